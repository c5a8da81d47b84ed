// Changes to an application package, each an Update to its workflow (funding-<packageId>), which refuses a rule
// violation before anything is written: the case's organisation edits, submits and deletes its package (C4-C8), ENS
// decides on the agreement (C10). Each answers with the package as stored afterwards.
import type { UpdateDefinition } from '@temporalio/common';
import { CaseDocument, type ICase } from '../../db/entities.ts';
import type { CaseStatus } from '../../domain/case-model.ts';
import {
  changeAgreementStatus,
  deletePackage,
  requestChanges,
  saveChecklistItem,
  saveStatement,
  submitPackage,
} from '../../domain/funding-actions/index.ts';
import { validateAttachments } from '../../domain/documents.ts';
import { closedPackage, type FundingState, type PackageState } from '../../domain/funding.ts';
import { parseInput } from '../../domain/input.ts';
import { assertNoViolations, notFound } from '../../domain/refusals.ts';
import {
  agreementStatusSchema,
  checklistItemSchema,
  requestChangesSchema,
  statementSchema,
  submitPackageSchema,
} from '../../domain/schemas/funding.ts';
import type { Actor } from '../../workflows/case-api.ts';
import { fundingUpdate } from '../../workflows/funding-api.ts';
import type { AppContext } from '../context.ts';
import { sendUpdate } from '../updates.ts';
import { caseElements, loadAgreement, loadPackage, packageView } from './queries.ts';

/** An Update to the package's workflow by the case's organisation; answers with the package as stored. */
async function packageUpdate<I>(
  ctx: AppContext,
  packageId: number,
  def: UpdateDefinition<FundingState, [I & { actor: Actor }]>,
  readInput: (c: ICase) => I | Promise<I>,
  idempotencyKey: string | undefined,
) {
  const { pkg, c } = await loadPackage(ctx, packageId);
  if (c.organisationId !== ctx.user.organisationId)
    throw notFound({ en: `Application package ${pkg.id}`, fr: `La trousse de demande ${pkg.id}` });
  assertNoViolations(closedPackage({ state: pkg.state as PackageState }));
  const input = await readInput(c);
  await sendUpdate(ctx, pkg.workflowId, def, input, { idempotencyKey });
  const after = await loadPackage(ctx, pkg.id);
  return packageView(ctx, after.pkg, after.c);
}

/** C4 / R-FUND-05/07: a row's paper flag and attached case documents (documents of this case only). */
export const saveChecklist = (ctx: AppContext, packageId: number, body: unknown, idempotencyKey?: string) =>
  packageUpdate(
    ctx,
    packageId,
    fundingUpdate(saveChecklistItem),
    async (c) => {
      const input = parseInput(checklistItemSchema, body);
      if (input.documentIds.length) {
        const ofCase = await ctx.em.find(CaseDocument, {
          id: { $in: input.documentIds },
          caseId: c.id,
          deletedAt: null,
        });
        assertNoViolations(
          validateAttachments(
            input.documentIds,
            ofCase.map((d) => d.id),
          ),
        );
      }
      return { ...input, caseStatus: c.status as CaseStatus };
    },
    idempotencyKey,
  );

export const saveCaseManagerStatement = (ctx: AppContext, packageId: number, body: unknown, idempotencyKey?: string) =>
  packageUpdate(
    ctx,
    packageId,
    fundingUpdate(saveStatement),
    (c) => ({ statement: parseInput(statementSchema, body), caseStatus: c.status as CaseStatus }),
    idempotencyKey,
  );

export const submitApplication = (ctx: AppContext, packageId: number, body: unknown, idempotencyKey?: string) =>
  packageUpdate(
    ctx,
    packageId,
    fundingUpdate(submitPackage),
    async (c) => ({
      ...parseInput(submitPackageSchema, body),
      caseStatus: c.status as CaseStatus,
      caseElements: await caseElements(ctx, c.id),
    }),
    idempotencyKey,
  );

export const deleteApplication = (ctx: AppContext, packageId: number, idempotencyKey?: string) =>
  packageUpdate(ctx, packageId, fundingUpdate(deletePackage), () => ({}), idempotencyKey);

/** C10 / R-FUND-15/17/18: ENS decisions arrive as Updates to the package's workflow. */
async function decision<I>(
  ctx: AppContext,
  agreementId: number,
  def: UpdateDefinition<FundingState, [I & { actor: Actor }]>,
  readInput: () => I,
  idempotencyKey: string | undefined,
) {
  const { pkg, c } = await loadAgreement(ctx, agreementId);
  await sendUpdate(ctx, pkg.workflowId, def, readInput(), { idempotencyKey });
  return packageView(ctx, (await loadPackage(ctx, pkg.id)).pkg, c);
}

export const changeAgreement = (ctx: AppContext, agreementId: number, body: unknown, idempotencyKey?: string) =>
  decision(
    ctx,
    agreementId,
    fundingUpdate(changeAgreementStatus),
    () => {
      const input = parseInput(agreementStatusSchema, body);
      return { status: input.status, reason: input.reason ?? null, agreementManager: input.agreementManager };
    },
    idempotencyKey,
  );

export const requestAgreementChanges = (ctx: AppContext, agreementId: number, body: unknown, idempotencyKey?: string) =>
  decision(
    ctx,
    agreementId,
    fundingUpdate(requestChanges),
    () => parseInput(requestChangesSchema, body),
    idempotencyKey,
  );
