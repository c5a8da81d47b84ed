// A case's Additional Case Information: its answers and status per module of the organisation's configuration.
import { loadCase } from '../cases/queries.ts';
import type { AppContext } from '../context.ts';
import { caseModuleViews } from './modules.ts';

/** A case's answers and status per module of the organisation's configuration (R-ASM-03). */
export async function caseModules(ctx: AppContext, caseId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  return { modules: await caseModuleViews(ctx.em, ctx.user.organisationId, c.id) };
}
