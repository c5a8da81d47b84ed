// The case a participant is registered with: a case of the service's organisation, or one shared with it as the
// delivering organisation of one of its External interventions, chosen by id (R-DLV-03).
import { Case, InterventionRow, type ICase } from '../../db/entities.ts';
import type { CaseStatus } from '../../domain/case-model.ts';
import { deliveredBy } from '../../domain/delivering-organisations.ts';
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
  // R-DLV-05: the share outlives the intervention that made it, so a deleted one still counts for it.
  const everPlanned = await ctx.em.find(InterventionRow, { caseId: c.id });
  const interventions = everPlanned.filter((i) => !i.deleted);
  if (c.organisationId !== serviceOrg && !everPlanned.some((i) => deliveredBy(i, serviceOrg)))
    throw notFound({ en: `Case ${caseId}`, fr: `Le cas ${caseId}` });
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
