// Operator retries for a workflow's external steps. A workflow calls `operatorRetries()` once (it installs the
// retryStuckStep Update) and wraps each external activity call in the function it returns: after the
// activity's own bounded retries fail, the step is reported STUCK and waits for an operator, or for its next
// automatic retry (R-OPS-03), whichever comes first.
import {
  ActivityFailure,
  ApplicationFailure,
  condition,
  defineUpdate,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
  type ActivityOptions,
} from '@temporalio/workflow';
import { untrustedInputViolation } from '../domain/untrusted-input.ts';
import { ATTEMPTS_BEFORE_STUCK, automaticRetryDelayMs, validateRetry, type StepReport } from '../domain/stuck-steps.ts';
import { ACTIVITY_SUMMARIES, automaticRetryTimerSummary } from '../domain/history-summaries.ts';
import type { StuckStepActivities } from './activity-types.ts';
import { summarised } from './summarised-activities.ts';

export const retryStuckStepUpdate = defineUpdate<{ stepId: string }, [{ stepId: string; actor: { userId: number } }]>(
  'retryStuckStep',
);

/** Activity options for an external step: a few attempts with back-off, then the operator decides. */
export const EXTERNAL_STEP: ActivityOptions = {
  startToCloseTimeout: '30 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    maximumAttempts: ATTEMPTS_BEFORE_STUCK,
  },
};

const { recordStepState } = summarised(
  proxyActivities<StuckStepActivities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
  }),
  ACTIVITY_SUMMARIES,
);

export interface ExternalStep {
  id: string;
  kind: string;
  /** Shown to operators: says what the step does, never a client's personal information. */
  description: string;
  caseId?: number | null;
  organisationId?: number | null;
}

/** Runs `run`; `onStuck` is told each time the step starts waiting for an operator. */
export type WithOperatorRetry = <T>(
  step: ExternalStep,
  run: () => Promise<T>,
  onStuck?: () => Promise<void>,
) => Promise<T>;

function failureText(err: ActivityFailure): string {
  const cause = err.cause as (Error & { cause?: Error }) | undefined;
  return cause?.message || err.message;
}

/**
 * `onStuckChange` is told how many steps are stuck each time that changes: a step counts from its first stuck report
 * until a retry succeeds (workflows/search-attributes.ts).
 */
export function operatorRetries(onStuckChange: (stuck: number) => void = () => {}): WithOperatorRetry {
  const waiting = new Set<string>();
  const stuck = new Set<string>();
  const retriedBy = new Map<string, number>();
  setHandler(
    retryStuckStepUpdate,
    ({ stepId, actor }) => {
      waiting.delete(stepId);
      retriedBy.set(stepId, actor.userId);
      return { stepId };
    },
    {
      validator: (input) => {
        const violations = [...untrustedInputViolation(input), ...validateRetry(waiting, input.stepId)];
        if (violations.length) {
          throw ApplicationFailure.create({
            type: 'RuleViolation',
            message: violations[0].message,
            details: violations,
            nonRetryable: true,
          });
        }
      },
    },
  );

  return async function withOperatorRetry<T>(
    step: ExternalStep,
    run: () => Promise<T>,
    onStuck?: () => Promise<void>,
  ): Promise<T> {
    let attempts = 0;
    let rounds = 0;
    const report = (
      status: StepReport['status'],
      error: string | null,
      by: number | null = null,
      nextRetryAt: string | null = null,
    ) =>
      recordStepState({
        id: step.id,
        kind: step.kind,
        description: step.description,
        workflowId: workflowInfo().workflowId,
        caseId: step.caseId ?? null,
        organisationId: step.organisationId ?? null,
        status,
        attempts,
        error,
        at: new Date().toISOString(),
        retriedBy: by,
        nextRetryAt,
      });
    for (;;) {
      try {
        const result = await run();
        if (stuck.delete(step.id)) onStuckChange(stuck.size);
        if (attempts > 0) await report('RESOLVED', null);
        return result;
      } catch (err) {
        if (!(err instanceof ActivityFailure)) throw err;
        // A non-retryable failure ends the round after one attempt; otherwise every attempt was used.
        attempts += err.retryState === 'NON_RETRYABLE_FAILURE' ? 1 : ATTEMPTS_BEFORE_STUCK;
        waiting.add(step.id);
        if (!stuck.has(step.id)) onStuckChange(stuck.add(step.id).size);
        // Runs from before automatic retries wait for an operator only.
        const retriesItself = patched('stuck-steps-retry-by-themselves');
        const delay = automaticRetryDelayMs(rounds++);
        await report(
          'STUCK',
          failureText(err),
          null,
          retriesItself ? new Date(Date.now() + delay).toISOString() : null,
        );
        await onStuck?.();
        const byOperator = retriesItself
          ? await condition(() => !waiting.has(step.id), delay, { summary: automaticRetryTimerSummary(step) })
          : (await condition(() => !waiting.has(step.id)), true);
        // Either way the step is no longer waiting: an operator's click during the retry is refused, not repeated.
        waiting.delete(step.id);
        await report('RETRYING', null, byOperator ? (retriedBy.get(step.id) ?? null) : null);
      }
    }
  };
}
