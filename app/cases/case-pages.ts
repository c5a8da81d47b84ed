// What the case's pages read beyond the tables: the case page (or what a referral lets another organisation see),
// the forms the workflow pre-fills from its state, the printable plan and the supervisors' workflow view.
import { Case, User } from '../../db/entities.ts';
import type { Lang } from '../../domain/case-model.ts';
import { businessDate } from '../../domain/dates.ts';
import { newNeedsDraft, targetNeedsVersion } from '../../domain/needs.ts';
import { closedOutcomes, newOutcomeDefaults } from '../../domain/outcomes.ts';
import { can } from '../../domain/permissions.ts';
import { assertNoViolations } from '../../domain/refusals.ts';
import { caseViewQuery } from '../../workflows/case-api.ts';
import type { AppContext } from '../context.ts';
import { rememberOpened } from '../navigation/recent-items.ts';
import { referredCase } from '../referrals/queries.ts';
import { renderPlan } from './plan-document.ts';
import { caseDetails, loadCase } from './queries.ts';
import { inspectWorkflow, workflowSummary } from './workflow-inspection.ts';
import { listedName } from '../../domain/person-name.ts';

/** The case page; a case another organisation referred to mine shows what the referral lets me see (R-REF-15). */
export async function casePage(ctx: AppContext, caseId: number) {
  const c = await ctx.em.findOne(Case, { id: caseId, organisationId: ctx.user.organisationId });
  if (!c) return { ...(await referredCase(ctx.em, ctx.user, caseId)), referredAccess: true as const };
  const [details, workflow] = await Promise.all([
    caseDetails(ctx.em, c),
    workflowSummary(ctx.temporal, c.workflowId, c.status === 'CLOSED'),
    rememberOpened(ctx.em, ctx.user, 'CASE', c.id),
  ]);
  return { ...details, workflow };
}

/** R-CASE-03: the case managers a case can be assigned to: the organisation's users holding ECM Case Manager. */
export async function caseManagers(ctx: AppContext) {
  const users = await ctx.em.find(
    User,
    { organisationId: ctx.user.organisationId, active: true },
    { orderBy: { lastName: 'asc', firstName: 'asc' } },
  );
  return users
    .filter((u) => can(u.profiles, 'case.assignable'))
    .map((u) => ({ id: u.id, name: listedName(u), isMe: u.id === ctx.user.id }));
}

/** R-OUT-04/05/10: what a new outcome starts with, from the case's state; a closed case takes none (R-OUT-08). */
export async function outcomeDefaults(ctx: AppContext, caseId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  assertNoViolations(closedOutcomes(c));
  const view = await ctx.temporal.workflow.getHandle(c.workflowId).query(caseViewQuery);
  return newOutcomeDefaults(view.state, businessDate(new Date()));
}

/** R-ND-09: the version a save goes to, pre-filled from the latest completed one. */
export async function needsDraft(ctx: AppContext, caseId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const view = await ctx.temporal.workflow.getHandle(c.workflowId).query(caseViewQuery);
  return { version: targetNeedsVersion(view.state), ...newNeedsDraft(view.state) };
}

/** The Return to Work Action Plan as a printable page, in the reader's language. */
export async function planDocument(ctx: AppContext, caseId: number, lang: Lang): Promise<string> {
  const details = await caseDetails(ctx.em, await loadCase(ctx.em, ctx.user, caseId));
  return renderPlan(details, ctx.user.organisationName, lang);
}

/** Supervisors: the case's stage, tasks and timers, and its history in words, linked to Temporal's own view. */
export async function caseWorkflow(ctx: AppContext, caseId: number, temporalUi: { url?: string; namespace: string }) {
  return inspectWorkflow(ctx, await loadCase(ctx.em, ctx.user, caseId), temporalUi);
}
