// Steps that leave Pathway (an email, a call to the funding system) can keep failing. After a bounded number
// of attempts such a step is "stuck": its workflow waits, operations see it with its error, and an operator
// retries it, or it retries by itself a while later. Nothing is lost and the workflow never fails because a
// server outside it is down.
import { violation, type Violation } from './refusals.ts';

export const STUCK_STEP_STATUSES = ['STUCK', 'RETRYING', 'RESOLVED'] as const;
export type StuckStepStatus = (typeof STUCK_STEP_STATUSES)[number];

/** Attempts an external step makes (with back-off) before it waits for an operator. */
export const ATTEMPTS_BEFORE_STUCK = 4;

/**
 * R-OPS-03: minutes a stuck step waits before it retries by itself, round after round (then hourly): an outage
 * that ends (the mail server back) needs no operator, and a step that keeps failing costs a few attempts an hour.
 */
export const AUTOMATIC_RETRY_MINUTES = [5, 15, 30, 60] as const;

/** How long a step stuck for the `round`-th time (0 first) waits before it retries by itself. */
export const automaticRetryDelayMs = (round: number): number =>
  AUTOMATIC_RETRY_MINUTES[Math.min(Math.max(0, round), AUTOMATIC_RETRY_MINUTES.length - 1)] * 60_000;

/** What a workflow reports about one of its external steps; `id` is unique across workflows. */
export interface StepReport {
  id: string;
  kind: string;
  description: string;
  workflowId: string;
  caseId: number | null;
  organisationId: number | null;
  status: StuckStepStatus;
  /** Attempts made so far, over every round. */
  attempts: number;
  error: string | null;
  at: string;
  /** The operator who asked for the retry (status RETRYING); none when the step retried by itself. */
  retriedBy?: number | null;
  /** When a STUCK step retries by itself unless an operator retries it first. */
  nextRetryAt?: string | null;
}

/** R-OPS-02: only a step that is waiting for an operator can be retried; a second click is refused, not repeated. */
export function validateRetry(waiting: ReadonlySet<string>, stepId: string): Violation[] {
  return waiting.has(stepId)
    ? []
    : [
        violation('R-OPS-02', 'NOT_STUCK', {
          en:
            `Step ${stepId} is not waiting for a retry: it has already been retried or has gone through. ` +
            `Refresh the list.`,
          fr:
            `L'étape ${stepId} n'attend pas de nouvel essai : elle a déjà été réessayée ou a abouti. ` +
            `Actualisez la liste.`,
        }),
      ];
}

/** R-OPS-02: a step that has gone through has nothing to retry. */
export const validateRetryRequest = (step: { id: string; status: string; resolvedAt?: Date | null }): Violation[] =>
  step.status === 'RESOLVED'
    ? [
        violation(
          'R-OPS-02',
          'ALREADY_RESOLVED',
          {
            en: `Step ${step.id} went through on ${step.resolvedAt?.toISOString()}; there is nothing to retry.`,
            fr: `L'étape ${step.id} a abouti le ${step.resolvedAt?.toISOString()}; il n'y a rien à réessayer.`,
          },
          { kind: 'conflict' },
        ),
      ]
    : [];
