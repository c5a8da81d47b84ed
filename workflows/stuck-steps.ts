// Operator retries for a workflow's steps. A workflow calls `operatorRetries()` once (it installs the
// retryStuckStep Update) and wraps each activity call that may keep failing in the function it returns: after the
// activity's own bounded retries fail, the step is reported STUCK and waits for an operator, or for its next
// automatic retry (R-OPS-03), whichever comes first. A failure Pathway understands (a conflicting answer from an
// outside system) is reported with its explanation and the resolutions it offers; an operator who picks one ends
// the step with StepResolvedOtherwise, for the workflow to act on.
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
import {
  ATTEMPTS_BEFORE_STUCK,
  automaticRetryDelayMs,
  INTERNAL_ATTEMPTS_BEFORE_STUCK,
  validateRetry,
  type StepReport,
} from '../domain/stuck-steps.ts';
import { ACTIVITY_SUMMARIES, automaticRetryTimerSummary } from '../domain/history-summaries.ts';
import { problemOf, resolutionsFor, type StepResolution } from '../domain/step-problems.ts';
import type { StuckStepActivities } from './activity-types.ts';
import { summarised } from './summarised-activities.ts';

export const retryStuckStepUpdate = defineUpdate<
  { stepId: string },
  [{ stepId: string; resolution?: StepResolution; actor: { userId: number } }]
>('retryStuckStep');

/** An operator resolved a stuck step another way than a retry (e.g. a new agreement number): the caller acts on it. */
export class StepResolvedOtherwise extends Error {
  readonly resolution: StepResolution;
  constructor(resolution: StepResolution) {
    super(`Resolved by an operator: ${resolution}`);
    this.resolution = resolution;
  }
}

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

/**
 * Activity options for a step inside Pathway (recording into PostgreSQL): retried long enough that a database restart
 * goes unnoticed, then it waits for an operator instead of retrying silently forever.
 */
export const INTERNAL_STEP: ActivityOptions = {
  // A few statements that take milliseconds: a worker killed mid-step is noticed after this, and the retry is
  // idempotent. 30 s here kept the user's change waiting half a minute after a worker crash (fault run).
  startToCloseTimeout: '5 seconds',
  retry: {
    initialInterval: '1 second',
    backoffCoefficient: 2,
    // Short, so a change waiting on a database restart goes through within seconds of its return.
    maximumInterval: '4 seconds',
    maximumAttempts: INTERNAL_ATTEMPTS_BEFORE_STUCK,
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
  /** Attempts one round of the activity makes (its retry policy's maximum); ATTEMPTS_BEFORE_STUCK if left out. */
  attemptsPerRound?: number;
  /** Failure types that fail the caller at once instead of waiting (a refusal of the user's own input). */
  passThrough?: string[];
}

/** A step that records a workflow's accepted events in PostgreSQL; a refusal of the user's own input fails the action. */
export const recordingStep = (step: ExternalStep): ExternalStep => ({
  ...step,
  attemptsPerRound: INTERNAL_ATTEMPTS_BEFORE_STUCK,
  passThrough: ['DataRefused'],
});

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

/** Attempts the failed round made: a step given up on by its activity says how many it made. */
function attemptsOf(err: ActivityFailure, perRound: number): number {
  const cause = err.cause instanceof ApplicationFailure ? err.cause : null;
  const said = (cause?.details?.[0] as { attempts?: unknown } | undefined)?.attempts;
  if (typeof said === 'number') return said;
  return err.retryState === 'NON_RETRYABLE_FAILURE' ? 1 : perRound;
}

/**
 * `onStuckChange` is told how many steps are stuck each time that changes: a step counts from its first stuck report
 * until a retry succeeds (workflows/search-attributes.ts).
 */
export function operatorRetries(onStuckChange: (stuck: number) => void = () => {}): WithOperatorRetry {
  /** The steps waiting for an operator, each with the resolutions it offers besides a retry. */
  const waiting = new Map<string, StepResolution[]>();
  const stuck = new Set<string>();
  const retriedBy = new Map<string, number>();
  const chosen = new Map<string, StepResolution>();
  setHandler(
    retryStuckStepUpdate,
    ({ stepId, resolution, actor }) => {
      waiting.delete(stepId);
      retriedBy.set(stepId, actor.userId);
      if (resolution) chosen.set(stepId, resolution);
      return { stepId };
    },
    {
      validator: (input) => {
        const violations = [
          ...untrustedInputViolation(input),
          ...validateRetry(waiting, input.stepId, input.resolution),
        ];
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
      extra: Pick<StepReport, 'problem' | 'resolutions'> = {},
    ) =>
      recordStepState({
        id: step.id,
        kind: step.kind,
        description: step.description,
        workflowId: workflowInfo().workflowId,
        runId: workflowInfo().runId,
        caseId: step.caseId ?? null,
        organisationId: step.organisationId ?? null,
        status,
        attempts,
        error,
        at: new Date().toISOString(),
        retriedBy: by,
        nextRetryAt,
        ...extra,
      });
    for (;;) {
      try {
        const result = await run();
        if (stuck.delete(step.id)) onStuckChange(stuck.size);
        if (attempts > 0) await report('RESOLVED', null);
        return result;
      } catch (err) {
        if (!(err instanceof ActivityFailure)) throw err;
        const cause = err.cause instanceof ApplicationFailure ? err.cause : null;
        if (cause?.type && step.passThrough?.includes(cause.type)) throw err;
        // A non-retryable failure ends the round early; otherwise every attempt was used.
        attempts += attemptsOf(err, step.attemptsPerRound ?? ATTEMPTS_BEFORE_STUCK);
        const problem = problemOf(cause?.details ?? undefined);
        const offered = resolutionsFor(problem);
        waiting.set(step.id, offered);
        if (!stuck.has(step.id)) onStuckChange(stuck.add(step.id).size);
        // Runs from before automatic retries wait for an operator only.
        const retriesItself = patched('stuck-steps-retry-by-themselves');
        const delay = automaticRetryDelayMs(rounds++);
        // A problem that only an operator can resolve does not retry by itself: it would meet the same answer.
        const automatic = retriesItself && !problem;
        await report(
          'STUCK',
          failureText(err),
          null,
          automatic ? new Date(Date.now() + delay).toISOString() : null,
          problem ? { problem, resolutions: offered } : {},
        );
        await onStuck?.();
        const byOperator = automatic
          ? await condition(() => !waiting.has(step.id), delay, { summary: automaticRetryTimerSummary(step) })
          : (await condition(() => !waiting.has(step.id)), true);
        // Either way the step is no longer waiting: an operator's click during the retry is refused, not repeated.
        waiting.delete(step.id);
        const by = byOperator ? (retriedBy.get(step.id) ?? null) : null;
        const resolution = chosen.get(step.id);
        if (resolution) {
          chosen.delete(step.id);
          if (stuck.delete(step.id)) onStuckChange(stuck.size);
          await report('RESOLVED', null, by, null, { resolutions: [resolution] });
          throw new StepResolvedOtherwise(resolution);
        }
        await report('RETRYING', null, by);
      }
    }
  };
}
