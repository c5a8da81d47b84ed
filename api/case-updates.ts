// The one way the API sends a user action to a workflow (a case, a funding request, a stuck step's retry): as an
// Update carrying the actor, deduplicated by the request's Idempotency-Key, and bounded in time so a request never
// hangs.
import type { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { Actor } from '../workflows/case-api.ts';

/** How long a user waits for a case to answer before a 503 tells them to try again. */
export const UPDATE_DEADLINE_MS = 30_000;

export async function sendUpdate<R, I>(
  temporal: Client,
  workflowId: string,
  def: UpdateDefinition<R, [I & { actor: Actor }]>,
  input: I,
  actor: Actor,
  idempotencyKey?: string,
): Promise<R> {
  return temporal.connection.withDeadline(Date.now() + UPDATE_DEADLINE_MS, () =>
    temporal.workflow.getHandle(workflowId).executeUpdate(def, {
      args: [{ ...input, actor }],
      // Temporal deduplicates Updates by id: a retried request with the same key is applied once.
      updateId: idempotencyKey ? `${actor.userId}:${idempotencyKey}` : undefined,
    }),
  );
}
