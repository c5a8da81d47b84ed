// R-PM-03: a Planned intervention with a submitted funding application cannot be deleted; its draft applications are
// deleted with it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { FundingPackage } from '../../db/entities.ts';
import { deletePackage } from '../../domain/funding-actions/index.ts';
import { validateFundedInterventionDeletion, type FundingState } from '../../domain/funding.ts';
import { assertNoViolations } from '../../domain/refusals.ts';
import type { AppContext } from '../context.ts';
import { fundingUpdate } from '../../workflows/funding-api.ts';
import { sendUpdate } from '../updates.ts';

/** R-PM-03: before a Planned intervention is deleted: refuses when it has a submitted application; its drafts. */
export async function draftsOfDeletedIntervention(
  em: EntityManager,
  caseId: number,
  interventionId: string,
): Promise<{ id: number; workflowId: string }[]> {
  const packages = await em.find(FundingPackage, { caseId, interventionId, state: { $nin: ['DELETED', 'CLOSED'] } });
  const v = validateFundedInterventionDeletion(packages.map((p) => p.state as FundingState['state']));
  assertNoViolations(v);
  return packages.map((p) => ({ id: p.id, workflowId: p.workflowId }));
}

/** The drafts of a deleted intervention are deleted with it (R-PM-03). */
export async function deleteDrafts(ctx: AppContext, drafts: { workflowId: string }[]): Promise<void> {
  for (const d of drafts) await sendUpdate(ctx, d.workflowId, fundingUpdate(deletePackage), {});
}
