// Performing a case action (domain/case-actions/): who, then which case, then what, so a 403 or 404 never depends on
// the body; then the facts the server adds, the Update to the case's workflow (which refuses rule violations before
// anything is written), and the case as stored afterwards.
import type { CaseAction } from '../../domain/case-action.ts';
import { closedCaseViolation } from '../../domain/closed-case.ts';
import { parseInput } from '../../domain/input.ts';
import { assertNoViolations } from '../../domain/refusals.ts';
import { caseUpdate } from '../../workflows/case-api.ts';
import type { AppContext } from '../context.ts';
import { sendUpdate } from '../updates.ts';
import { hooksOf, type ActionRequest } from './action-hooks.ts';
import { caseAfterChange, loadCase } from './queries.ts';

export async function performCaseAction(
  ctx: AppContext,
  action: CaseAction<never>,
  caseId: number,
  request: { body: unknown; params: Record<string, string>; idempotencyKey?: string },
): Promise<unknown> {
  const hooks = hooksOf(action);
  const c = hooks.loadCase ? await hooks.loadCase(ctx, caseId) : await loadCase(ctx.em, ctx.user, caseId);
  assertNoViolations(closedCaseViolation(c));
  const body = action.body ? parseInput(action.body, request.body) : {};
  const input: ActionRequest = { ...(body as object), ...request.params };
  const facts = hooks.prepare ? await hooks.prepare(ctx, c, input) : {};
  await sendUpdate(
    ctx,
    c.workflowId,
    caseUpdate(action),
    { ...input, ...facts },
    {
      idempotencyKey: request.idempotencyKey,
    },
  );
  await hooks.after?.(ctx, c, input);
  const view = await caseAfterChange(ctx.em, ctx.user, c.id);
  return hooks.answer ? hooks.answer(view) : view;
}
