// C2, Apply Now: the package row is written first (its id names the workflow), then its workflow starts with the same
// state. R-FUND-04 is also a unique index, so two saves at once cannot both make one.
import { FundingPackage, InterventionRow } from '../../db/entities.ts';
import type { CaseStatus } from '../../domain/case-model.ts';
import { newPackage, validateCreatePackage } from '../../domain/funding.ts';
import { parseInput } from '../../domain/input.ts';
import { assertNoViolations } from '../../domain/refusals.ts';
import { createPackageSchema } from '../../domain/schemas/funding.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';
import { fundingWorkflowId } from '../../workflows/funding-api.ts';
import { loadCase } from '../cases/queries.ts';
import type { AppContext } from '../context.ts';
import { packageView } from './queries.ts';

export async function createPackage(ctx: AppContext, caseId: number, interventionId: string, body: unknown) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const input = parseInput(createPackageSchema, body);
  const db = ctx.em;
  const i = await db.findOne(InterventionRow, {
    id: interventionId,
    caseId: c.id,
    deleted: false,
  });
  const active = await db.count(FundingPackage, {
    caseId: c.id,
    interventionId,
    state: { $nin: ['DELETED', 'CLOSED'] },
  });
  const v = validateCreatePackage(i, input.programCode, active, c.status as CaseStatus);
  if (v.length) assertNoViolations(v);
  let pkgId: number;
  try {
    pkgId = await db.transactional(async (tx) => {
      const [row] = await tx.execute<{ id: number }[]>(
        `insert into funding_package (case_id, intervention_id, program_code, state, workflow_id, ` +
          `snapshot, created_by) values (?, ?, ?, 'DRAFT', '', '{}', ?) returning id`,
        [c.id, i!.id, input.programCode, ctx.user.id],
      );
      const state = newPackage({
        packageId: row.id,
        caseId: c.id,
        caseManagerId: c.caseManagerId,
        interventionId: i!.id,
        programCode: input.programCode,
        interventionStart: i!.plannedStartDate,
        interventionEnd: i!.plannedEndDate,
      });
      await tx.execute('update funding_package set workflow_id = ?, snapshot = ? where id = ?', [
        fundingWorkflowId(row.id),
        JSON.stringify(state),
        row.id,
      ]);
      await tx.execute(
        `insert into funding_event (package_id, command_id, seq, case_id, type, detail, actor_id, at) ` +
          `values (?, 'created', 0, ?, 'PackageCreated', ?, ?, now())`,
        [row.id, c.id, JSON.stringify({ programCode: input.programCode }), ctx.user.id],
      );
      return row.id;
    });
  } catch (e) {
    if ((e as { code?: string }).code === '23505')
      assertNoViolations([
        {
          rule: 'R-FUND-04',
          code: 'ERR_PACKAGE_EXISTS',
          message:
            'This intervention already has an application package; a new one can be started once it is ' +
            'deleted or closed.',
        },
      ]);
    throw e;
  }
  const pkg = await ctx.em.findOneOrFail(FundingPackage, { id: pkgId! });
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
