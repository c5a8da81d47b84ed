// C2, Apply Now: the package row is written first (its id names the workflow), with its PackageCreated event, then its
// workflow starts with the same state. R-FUND-04 is also a unique index, so two saves at once cannot both make one.
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { FundingEvent, FundingPackage, InterventionRow } from '../../db/entities.ts';
import type { CaseStatus } from '../../domain/case-model.ts';
import { newPackage, packageExists, validateCreatePackage } from '../../domain/funding.ts';
import { parseInput } from '../../domain/input.ts';
import { assertNoViolations } from '../../domain/refusals.ts';
import { createPackageSchema } from '../../domain/schemas/funding.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';
import { fundingWorkflowId } from '../../workflows/funding-api.ts';
import { loadCase } from '../cases/queries.ts';
import type { AppContext } from '../context.ts';
import { packageView, type PackageRecord } from './queries.ts';

export async function createPackage(ctx: AppContext, caseId: number, interventionId: string, body: unknown) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const input = parseInput(createPackageSchema, body);
  const i = await ctx.em.findOne(InterventionRow, { id: interventionId, caseId: c.id, deleted: false });
  const active = await ctx.em.count(FundingPackage, {
    caseId: c.id,
    interventionId,
    state: { $nin: ['DELETED', 'CLOSED'] },
  });
  assertNoViolations(validateCreatePackage(i, input.programCode, active, c.status as CaseStatus));
  let pkg: PackageRecord;
  try {
    pkg = await ctx.em.transactional(async (tx) => {
      const row = tx.create(FundingPackage, {
        caseId: c.id,
        interventionId: i!.id,
        programCode: input.programCode,
        state: 'DRAFT',
        workflowId: '',
        snapshot: {},
        createdBy: ctx.user.id,
      });
      await tx.flush();
      const state = newPackage({
        packageId: row.id,
        caseId: c.id,
        caseManagerId: c.caseManagerId,
        interventionId: i!.id,
        programCode: input.programCode,
        interventionStart: i!.plannedStartDate,
        interventionEnd: i!.plannedEndDate,
      });
      Object.assign(row, { workflowId: fundingWorkflowId(row.id), snapshot: state });
      tx.create(FundingEvent, {
        packageId: row.id,
        commandId: 'created',
        seq: 0,
        caseId: c.id,
        type: 'PackageCreated',
        detail: { programCode: input.programCode },
        actorId: ctx.user.id,
        at: new Date(),
      });
      return row;
    });
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) assertNoViolations(packageExists());
    throw e;
  }
  try {
    await ctx.temporal.workflow.start('fundingRequestWorkflow', {
      workflowId: pkg.workflowId,
      taskQueue: CASE_TASK_QUEUE,
      args: [{ state: pkg.snapshot }],
    });
  } catch (e) {
    // Temporal unreachable: nothing half-made stays behind; the user tries again.
    await ctx.em.nativeUpdate(FundingPackage, { id: pkg.id }, { state: 'DELETED' });
    throw e;
  }
  return packageView(ctx, pkg, c);
}
