// The one way Pathway sends a user action to a workflow (a case, a funding request, a stuck step's retry): as an
// Update carrying the actor, deduplicated by the request's Idempotency-Key, bounded in time so a request never hangs,
// and with every way it can be refused turned into the domain's Refusal.
import {
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
  WorkflowUpdateRPCTimeoutOrCancelledError,
} from '@temporalio/client';
import { ApplicationFailure, ServerFailure, type UpdateDefinition } from '@temporalio/common';
import { StuckStep } from '../db/entities.ts';
import { CLOSED_CASE_MESSAGE } from '../domain/closed-case.ts';
import { Refusal, RuleViolationError, type Violation } from '../domain/refusals.ts';
import type { AppContext } from './context.ts';
import { checkUpdateKey, releaseKey } from './idempotent-requests.ts';
import type { Actor } from '../workflows/case-api.ts';

/** How long a user waits for a case to answer before a 503 tells them to try again. */
export const UPDATE_DEADLINE_MS = 30_000;

export async function sendUpdate<R, I>(
  ctx: AppContext,
  workflowId: string,
  def: UpdateDefinition<R, [I & { actor: Actor }]>,
  input: I,
  options: { idempotencyKey?: string; whenEnded?: Refusal } = {},
): Promise<R> {
  const actor: Actor = { userId: ctx.user.id };
  if (options.idempotencyKey)
    await checkUpdateKey(ctx.em, ctx.user.id, options.idempotencyKey, { workflowId, update: def.name, input });
  try {
    return await ctx.temporal.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () =>
      ctx.temporal.workflow.getHandle(workflowId).executeUpdate(def, {
        args: [{ ...input, actor }],
        // Temporal deduplicates Updates by id: a retried request with the same key is applied once.
        updateId: options.idempotencyKey ? `${actor.userId}:${options.idempotencyKey}` : undefined,
      }),
    );
  } catch (err) {
    if (err instanceof WorkflowNotFoundError && options.whenEnded) throw options.whenEnded;
    const refusal = refusalFromUpdate(err);
    // Not answering because recording its change waits for operations: say so, rather than "try again".
    if (refusal?.kind === 'unavailable' && (await waitsForOperations(ctx, workflowId))) throw WAITING_FOR_OPERATIONS;
    // A refused Update changed nothing: its key may carry the corrected request. One that timed out may still apply.
    if (refusal && refusal.kind !== 'unavailable' && options.idempotencyKey)
      await releaseKey(ctx.em, ctx.user.id, options.idempotencyKey);
    throw refusal ?? err;
  } finally {
    // The workflow's activities wrote to the database: what this request read before may be stale now.
    ctx.em.clear();
  }
}

const WAITING_FOR_OPERATIONS = new Refusal('unavailable', 'WAITING_FOR_OPERATIONS', {
  en:
    'This change is waiting for operations: Pathway could not record it, and operations have been told. It is ' +
    'applied once they resolve it; there is no need to send it again.',
  fr:
    "Ce changement attend l'équipe d'exploitation : Pathway n'a pas pu l'enregistrer, et l'équipe en a été " +
    "avisée. Il sera appliqué dès qu'elle l'aura résolu; inutile de l'envoyer de nouveau.",
});

/** Whether recording a change of this workflow is stuck, waiting for an operator (workflows/stuck-steps.ts). */
async function waitsForOperations(ctx: AppContext, workflowId: string): Promise<boolean> {
  const stuck = await ctx.em
    .fork()
    .count(StuckStep, { workflowId, status: 'STUCK', kind: { $in: ['RECORD_CASE_EVENTS', 'RECORD_FUNDING_EVENTS'] } })
    .catch(() => 0);
  return stuck > 0;
}

/** What an Update's failure means for the user, or null when it is not a refusal (a bug, an outage). */
export function refusalFromUpdate(err: unknown): Refusal | null {
  // The server turned the Update away because no worker took it up in its workflow task (ServerFailure: the server's
  // own verdict, seen under load when the workflow had just left the worker's cache), or the deadline passed: the
  // workflow may still apply it, and the same request again (same Idempotency-Key) applies it at most once.
  const turnedAway = err instanceof WorkflowUpdateFailedError && err.cause instanceof ServerFailure;
  if (turnedAway || err instanceof WorkflowUpdateRPCTimeoutOrCancelledError) {
    return new Refusal('unavailable', 'UNAVAILABLE', {
      en:
        'The case did not answer in time. Send the same request again in a moment: with the same ' +
        'Idempotency-Key it is applied at most once.',
      fr:
        "Le cas n'a pas répondu à temps. Envoyez la même requête de nouveau dans un instant : avec la même " +
        'Idempotency-Key, elle est appliquée au plus une fois.',
    });
  }
  if (err instanceof WorkflowNotFoundError) return new Refusal('conflict', 'E-CLOSE-01', CLOSED_CASE_MESSAGE);
  const cause = err instanceof WorkflowUpdateFailedError ? err.cause : err;
  if (cause instanceof ApplicationFailure && cause.type === 'RuleViolation') {
    return new RuleViolationError((cause.details ?? []) as Violation[]);
  }
  // The database refused the text an action carried (see recordCaseEvents): the client's input, not our fault.
  const root = (cause as { cause?: unknown })?.cause ?? cause;
  if (root instanceof ApplicationFailure && root.type === 'DataRefused') {
    return new Refusal('invalid', 'INVALID_INPUT', {
      en:
        'Some of this text could not be stored (unusual characters); ' +
        'nothing was changed. Remove them and send again.',
      fr:
        "Une partie de ce texte n'a pas pu être enregistrée (caractères inhabituels); rien n'a été modifié. " +
        'Retirez-les et envoyez de nouveau.',
    });
  }
  return null;
}
