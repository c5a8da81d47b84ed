// Retrying stuck steps of one kind at once (the operator selects some, or takes every one waiting): each is the same
// retry as a single one (stuck-step-retry.ts), recorded with who asked, so the batch changes nothing of the audit. A
// step that went through or was retried meanwhile is counted as already resolved, not as a failure.
import { StuckStep } from '../../db/entities.ts';
import { Refusal } from '../../domain/refusals.ts';
import type { StuckStepBatchRetry } from '../../domain/schemas/operations.ts';
import { stepGroup } from '../../domain/stuck-steps.ts';
import type { AppContext } from '../context.ts';
import { retryStuckStep } from './stuck-step-retry.ts';

/** At most this many steps in one request: each is an Update that may take a moment. */
export const BATCH_RETRY_LIMIT = 100;

type Outcome = 'RETRIED' | 'ALREADY_RESOLVED' | 'FAILED';

/** Refusals that say the step needs no retry any more: it went through, was retried, or its workflow ended. */
const SETTLED = ['NOT_STUCK', 'ALREADY_RESOLVED', 'WORKFLOW_ENDED'];

export async function retryStuckSteps(ctx: AppContext, input: StuckStepBatchRetry, idempotencyKey?: string) {
  const steps = await ctx.em.find(StuckStep, input.stepIds ? { id: { $in: input.stepIds } } : { status: 'STUCK' }, {
    orderBy: { lastFailedAt: 'asc', id: 'asc' },
  });
  const ofKind = steps.filter((s) => stepGroup(s.kind) === input.group).slice(0, BATCH_RETRY_LIMIT);
  const unknown = (input.stepIds ?? []).filter((id) => !steps.some((s) => s.id === id));
  // Named steps must all be of the kind; without names, the kind picks them.
  const otherKind = input.stepIds ? steps.filter((s) => stepGroup(s.kind) !== input.group).map((s) => s.id) : [];
  if (unknown.length || otherKind.length)
    throw new Refusal('invalid', 'NOT_OF_THIS_KIND', {
      en: `Only stuck steps of one kind are retried together; not: ${[...unknown, ...otherKind].join(', ')}.`,
      fr:
        "Seules des étapes bloquées d'un même genre sont relancées ensemble; " +
        `pas : ${[...unknown, ...otherKind].join(', ')}.`,
    });
  const results: { id: string; outcome: Outcome; message: string | null }[] = [];
  // One after another: each Update waits for its workflow, and a batch must not flood the workers.
  for (const s of ofKind) {
    try {
      await retryStuckStep(ctx, s.id, idempotencyKey && `${idempotencyKey}:${s.id}`);
      results.push({ id: s.id, outcome: 'RETRIED', message: null });
    } catch (e) {
      // Steps retried before this one keep their retry: a failure is reported for its step, not thrown.
      const settled = e instanceof Refusal && SETTLED.includes(e.code);
      results.push({ id: s.id, outcome: settled ? 'ALREADY_RESOLVED' : 'FAILED', message: (e as Error).message });
    }
  }
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  const retried = count('RETRIED');
  const already = count('ALREADY_RESOLVED');
  const failed = count('FAILED');
  return {
    retried,
    alreadyResolved: already,
    failed,
    results,
    message: [
      `${retried} retried`,
      ...(already ? [`${already} already resolved`] : []),
      ...(failed ? [`${failed} could not be retried`] : []),
    ].join(', '),
    messageFr: [
      `${retried} ${retried > 1 ? 'relancées' : 'relancée'}`,
      ...(already ? [`${already} ${already > 1 ? 'déjà résolues' : 'déjà résolue'}`] : []),
      ...(failed ? [`${failed} ${failed > 1 ? 'impossibles à relancer' : 'impossible à relancer'}`] : []),
    ].join(', '),
  };
}
