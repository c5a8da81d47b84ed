// The case a participant is registered with: a case of the service's organisation, or one shared with it by an
// External intervention naming it as delivering organisation (R-DLV-03).
import { Case, InterventionRow, Organisation, type ICase } from '../../db/entities.ts';
import type { CaseStatus } from '../../domain/case-model.ts';
import { notFound } from '../../domain/refusals.ts';
import type { CaseFacts } from '../../domain/services.ts';
import type { AppContext } from '../context.ts';

/** The case and, while it is open, what the rules need of it. Unknown or unshared: 404. */
export async function participantCase(
  ctx: AppContext,
  serviceOrg: number,
  caseId: number,
): Promise<{ c: ICase; facts: CaseFacts | null }> {
  const c = await ctx.em.findOne(Case, { id: caseId });
  if (!c) throw notFound({ en: `Case ${caseId}`, fr: `Le cas ${caseId}` });
  if (c.organisationId !== serviceOrg && !(await sharedWith(ctx, c.id, serviceOrg)))
    throw notFound({ en: `Case ${caseId}`, fr: `Le cas ${caseId}` });
  const interventions = await ctx.em.find(InterventionRow, { caseId: c.id, deleted: false });
  const facts: CaseFacts | null =
    c.status === 'CLOSED'
      ? null
      : {
          caseId: c.id,
          individualId: c.individualId,
          status: c.status as CaseStatus,
          interventionTypes: interventions.map((i) => i.interventionType),
        };
  return { c, facts };
}

/** R-DLV-03: an External intervention naming the organisation (by code or name) shares the case with it. */
async function sharedWith(ctx: AppContext, caseId: number, organisationId: number): Promise<boolean> {
  const org = await ctx.em.findOne(Organisation, { id: organisationId });
  if (!org) return false;
  const n = await ctx.em.count(InterventionRow, {
    caseId,
    deleted: false,
    deliveryModel: 'EXTERNAL',
    deliveringOrganisation: { $in: [org.code, org.name] },
  });
  return n > 0;
}
