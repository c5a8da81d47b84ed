// An operator's retry of a stuck step (R-OPS-02), or a resolution it offers (a new agreement number): an Update to the
// step's workflow, which refuses it unless the step is still waiting, so a second click is refused rather than
// repeated. The workflow records who retried it, as it records every retry.
import { StuckStep } from '../../db/entities.ts';
import { assertNoViolations, Refusal } from '../../domain/refusals.ts';
import type { StepResolution } from '../../domain/step-problems.ts';
import { validateRetryRequest } from '../../domain/stuck-steps.ts';
import { retryStuckStepUpdate } from '../../workflows/stuck-steps.ts';
import type { AppContext } from '../context.ts';
import { sendUpdate } from '../updates.ts';

export async function retryStuckStep(
  ctx: AppContext,
  stepId: string,
  idempotencyKey?: string,
  resolution?: StepResolution,
): Promise<void> {
  const step = await ctx.em.findOne(StuckStep, { id: stepId });
  if (!step)
    throw new Refusal('not-found', 'NOT_FOUND', {
      en: `No stuck step ${stepId}.`,
      fr: `L'étape bloquée ${stepId} est introuvable.`,
    });
  assertNoViolations(validateRetryRequest(step));
  await sendUpdate(ctx, step.workflowId, retryStuckStepUpdate, resolution ? { stepId, resolution } : { stepId }, {
    idempotencyKey,
    whenEnded: new Refusal('conflict', 'WORKFLOW_ENDED', {
      en: `The workflow of step ${stepId} has ended; there is nothing to retry.`,
      fr: `Le flux de travail de l'étape ${stepId} est terminé; il n'y a rien à réessayer.`,
    }),
  });
}
