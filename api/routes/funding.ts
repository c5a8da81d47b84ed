// Funding requests (spec 02 §4.C). A package is created here and lives in its own workflow (funding-<packageId>);
// every change is an Update to it, refused (422 with the rule's message) before anything is written. ENS staff change
// an agreement's status and ask for changes on the same workflow.
import { Router, type Request, type Response } from 'express';
import type { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  Case,
  CaseDocument,
  CaseEducation,
  FundingEvent,
  FundingPackage,
  InterventionRow,
  NeedsDeterminationRow,
  StuckStep,
  type ICase,
} from '../../db/entities.ts';
import type { CaseStatus } from '../../domain/case-model.ts';
import { businessDate } from '../../domain/dates.ts';
import { employmentHistoryHint } from '../../domain/education.ts';
import {
  CASE_ELEMENTS,
  caseElementStatuses,
  documentStatus,
  FUNDING_PROGRAMS,
  INFO_PACKAGE_LOCKED,
  newPackage,
  PACKAGE_STATE_LABELS,
  programsFor,
  submittedMessage,
  validateCreatePackage,
  WARN_CHANGES_REQUIRED,
  type FundingState,
} from '../../domain/funding.ts';
import { can } from '../../domain/permissions.ts';
import { CASE_TASK_QUEUE, type Actor } from '../../workflows/case-api.ts';
import { fundingWorkflowId, fundingUpdate } from '../../workflows/funding-api.ts';
import {
  changeAgreementStatus,
  deletePackage,
  requestChanges,
  saveChecklistItem,
  saveStatement,
  submitPackage,
} from '../../domain/funding-actions/index.ts';
import { requirePermission } from '../auth.ts';
import { loadCase } from '../../app/cases/queries.ts';
import { sendUpdate } from '../../app/updates.ts';
import { idParam, parse } from '../http.ts';
import { assertNoViolations, notFound, Refusal } from '../../domain/refusals.ts';
import { idempotencyKeyOf } from '../idempotency.ts';
import { type SessionUser } from '../../app/context.ts';
import {
  agreementStatusSchema,
  checklistItemSchema,
  createPackageSchema,
  requestChangesSchema,
  statementSchema,
  submitPackageSchema,
} from '../../domain/schemas/funding.ts';

/** R-FUND-06 / R-FUND-21: the case elements' statuses, read from what the case already holds. */
async function caseElements(em: EntityManager, caseId: number) {
  const [needs, education] = await Promise.all([
    em.find(NeedsDeterminationRow, { caseId }),
    em.findOne(CaseEducation, { caseId }),
  ]);
  const doc = (education?.document ?? {}) as {
    educationRecords?: unknown[];
    employmentRecords?: { fromDate: string; toDate?: string }[];
  };
  const employment = doc.employmentRecords ?? [];
  return caseElementStatuses({
    needs: needs.some((n) => n.completed) ? 'COMPLETED' : needs.length ? 'DRAFT' : 'NONE',
    educationRecords: doc.educationRecords?.length ?? 0,
    employmentRecords: employment.length,
    employmentHistoryShort:
      employment.length > 0 && employmentHistoryHint(employment as never, businessDate(new Date())) !== null,
  });
}

const ELEMENT_LABELS = { COMPLETE: 'Complete', INCOMPLETE: 'Incomplete', INCOMPLETE_MAYBE: 'Incomplete?' } as const;
const DOC_LABELS = { ATTACHED: 'Attached', MAILED_ON: 'Mailed On', MISSING: 'Missing', OPTIONAL: 'Optional' } as const;

export function fundingRoutes({ orm, temporal }: { orm: MikroORM; temporal: Client }): Router {
  const r = Router();
  const em = () => orm.em;

  /** A package of the user's organisation; ENS staff see every package (R-FUND-13). Else 404. */
  async function loadPackage(db: EntityManager, user: SessionUser, packageId: number) {
    const pkg = await db.findOne(FundingPackage, { id: packageId });
    if (!pkg) throw notFound(`Application package ${packageId}`);
    const c = await db.findOneOrFail(Case, { id: pkg.caseId });
    if (c.organisationId !== user.organisationId && !can(user.profiles, 'funding.decide'))
      throw notFound(`Application package ${packageId}`);
    return { pkg, c };
  }

  async function packageView(
    db: EntityManager,
    pkg: { id: number; workflowId: string; snapshot: Record<string, unknown>; state: string },
    c: ICase,
  ) {
    const s = pkg.snapshot as unknown as FundingState;
    const [elements, history, stuck] = await Promise.all([
      caseElements(db, c.id),
      db.find(FundingEvent, { packageId: pkg.id }, { orderBy: { at: 'asc', commandId: 'asc', seq: 'asc' } }),
      db.find(StuckStep, { workflowId: pkg.workflowId, status: { $ne: 'RESOLVED' } }),
    ]);
    const docIds = s.checklist.flatMap((i) => i.documentIds);
    const docs = docIds.length ? await db.find(CaseDocument, { id: { $in: docIds } }) : [];
    const editable = s.state === 'DRAFT' || s.state === 'CHANGES_REQUIRED';
    const message =
      s.state === 'CHANGES_REQUIRED'
        ? WARN_CHANGES_REQUIRED
        : s.state === 'DRAFT'
          ? 'Please complete this application for funding using the checklist below. To submit this ' +
            'application for funding, click the Submit Application button at the bottom of this page.'
          : s.state === 'SUBMITTING' || s.state === 'RESUBMITTING'
            ? 'Submission is being processed.'
            : INFO_PACKAGE_LOCKED;
    return {
      id: pkg.id,
      caseId: c.id,
      interventionId: s.interventionId,
      program: FUNDING_PROGRAMS[s.programCode],
      state: s.state,
      stateLabel: PACKAGE_STATE_LABELS[s.state],
      editable,
      message,
      // §3.8: the button on the action plan.
      buttonLabel: editable ? 'Edit Application' : 'View Application',
      caseElements: CASE_ELEMENTS.map((e) => ({
        code: e.code,
        name: e.name,
        status: elements[e.code],
        statusLabel: ELEMENT_LABELS[elements[e.code]],
      })),
      documents: s.checklist.map((i) => ({
        code: i.code,
        name: i.name,
        requirement: i.requirement,
        status: documentStatus(i),
        statusLabel: DOC_LABELS[documentStatus(i)],
        paper: i.paper,
        date: i.date,
        attachments: i.documentIds.map((id) => ({
          id,
          documentName: docs.find((d) => d.id === id)?.documentName ?? null,
        })),
      })),
      statement: s.statement,
      agreement: s.agreement && { ...s.agreement, lastSubmittedAt: s.submissions.at(-1)?.at ?? null },
      submissions: s.submissions,
      changeRequest: s.changeRequest,
      payment: s.payment,
      successMessage: s.state === 'SUBMITTED' && s.agreement ? submittedMessage(s.agreement.agreementId) : null,
      // §5.9: a step that keeps failing is shown as "being processed" to the user; operations see the detail.
      processing: stuck.map((x) => ({ kind: x.kind, status: x.status })),
      history: history.map((h) => ({ type: h.type, at: h.at, actorId: h.actorId, detail: h.detail })),
    };
  }

  async function caseFor(res: Response, req: Request, action: 'case.view' | 'case.update') {
    const user = requirePermission(res, action);
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    return { user, c };
  }

  // C1 / R-FUND-01/02: the programs that fund this intervention, primary first, then the alternatives.
  r.get('/cases/:caseId/interventions/:interventionId/funding-programs', async (req, res) => {
    const { c } = await caseFor(res, req, 'case.view');
    const i = await em().findOne(InterventionRow, {
      id: String(req.params.interventionId),
      caseId: c.id,
      deleted: false,
    });
    if (!i) throw notFound(`Intervention ${req.params.interventionId}`);
    const programs = i.fundingRequested ? programsFor(i.interventionType) : [];
    res.json({
      fundingRequested: i.fundingRequested,
      programs: programs.filter((p) => !p.alternative),
      alternatives: programs.filter((p) => p.alternative),
      message: !i.fundingRequested
        ? 'This intervention is not marked as needing funding.'
        : programs.length
          ? null
          : 'No funding program available',
    });
  });

  // C2: Apply Now. The row is written first (its id names the workflow); R-FUND-04 is also a unique index.
  r.post('/cases/:caseId/interventions/:interventionId/funding-package', async (req, res) => {
    const { user, c } = await caseFor(res, req, 'case.update');
    const input = parse(createPackageSchema, req.body);
    const db = em();
    const i = await db.findOne(InterventionRow, {
      id: String(req.params.interventionId),
      caseId: c.id,
      deleted: false,
    });
    const active = await db.count(FundingPackage, {
      caseId: c.id,
      interventionId: String(req.params.interventionId),
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
          [c.id, i!.id, input.programCode, user.id],
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
          [row.id, c.id, JSON.stringify({ programCode: input.programCode }), user.id],
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
    const pkg = await em().findOneOrFail(FundingPackage, { id: pkgId! });
    try {
      await temporal.workflow.start('fundingRequestWorkflow', {
        workflowId: pkg.workflowId,
        taskQueue: CASE_TASK_QUEUE,
        args: [{ state: pkg.snapshot }],
      });
    } catch (e) {
      // Temporal unreachable: nothing half-made stays behind; the user tries again.
      await em().nativeUpdate(FundingPackage, { id: pkg.id }, { state: 'DELETED' });
      throw e;
    }
    res
      .status(201)
      .location(`/api/funding-packages/${pkg.id}`)
      .json(await packageView(em(), pkg, c));
  });

  r.get('/cases/:caseId/funding-packages', async (req, res) => {
    const { c } = await caseFor(res, req, 'case.view');
    const rows = await em().find(
      FundingPackage,
      { caseId: c.id, state: { $ne: 'DELETED' } },
      { orderBy: { id: 'desc' } },
    );
    res.json({
      items: rows.map((p) => ({
        id: p.id,
        interventionId: p.interventionId,
        programCode: p.programCode,
        state: p.state,
        stateLabel: PACKAGE_STATE_LABELS[p.state as FundingState['state']],
        agreementId: p.agreementId,
      })),
    });
  });

  r.get('/funding-packages/:packageId', async (req, res) => {
    const user = requirePermission(res, ['case.view', 'funding.decide']);
    const { pkg, c } = await loadPackage(em(), user, idParam(req, 'packageId'));
    res.json(await packageView(em(), pkg, c));
  });

  /** An Update to the package's workflow by the case's organisation; answers with the package as stored. */
  async function packageUpdate<I>(
    req: Request,
    res: Response,
    def: UpdateDefinition<FundingState, [I & { actor: Actor }]>,
    readInput: (c: ICase) => I | Promise<I>,
  ) {
    const user = requirePermission(res, 'case.update');
    const { pkg, c } = await loadPackage(em(), user, idParam(req, 'packageId'));
    if (c.organisationId !== user.organisationId) throw notFound(`Application package ${pkg.id}`);
    if (pkg.state === 'DELETED' || pkg.state === 'CLOSED')
      throw new Refusal(
        'conflict',
        'ERR_PACKAGE_CLOSED',
        `This application package is ${PACKAGE_STATE_LABELS[pkg.state as 'CLOSED']}: it can no longer change.`,
      );
    const input = await readInput(c);
    await sendUpdate({ em: em(), temporal, user }, pkg.workflowId, def, input, {
      idempotencyKey: idempotencyKeyOf(req),
    });
    const after = await loadPackage(em(), user, pkg.id);
    res.json(await packageView(em(), after.pkg, after.c));
  }

  // C4 / R-FUND-05/07: a row's paper flag and attached case documents (documents of this case only).
  r.put('/funding-packages/:packageId/checklist', (req, res) =>
    packageUpdate(req, res, fundingUpdate(saveChecklistItem), async (c) => {
      const input = parse(checklistItemSchema, req.body);
      if (input.documentIds.length) {
        const found = await em().count(CaseDocument, { id: { $in: input.documentIds }, caseId: c.id, deletedAt: null });
        if (found !== new Set(input.documentIds).size)
          assertNoViolations([
            {
              rule: 'R-DOC-01',
              code: 'ERR_DOCUMENT_NOT_IN_CASE',
              message: 'Attach documents of this case only (upload them to the case first).',
              field: 'documentIds',
            },
          ]);
      }
      return { ...input, caseStatus: c.status as CaseStatus };
    }),
  );
  r.put('/funding-packages/:packageId/statement', (req, res) =>
    packageUpdate(req, res, fundingUpdate(saveStatement), (c) => ({
      statement: parse(statementSchema, req.body),
      caseStatus: c.status as CaseStatus,
    })),
  );
  r.post('/funding-packages/:packageId/submit', (req, res) =>
    packageUpdate(req, res, fundingUpdate(submitPackage), async (c) => ({
      ...parse(submitPackageSchema, req.body),
      caseStatus: c.status as CaseStatus,
      caseElements: await caseElements(em(), c.id),
    })),
  );
  r.delete('/funding-packages/:packageId', (req, res) =>
    packageUpdate(req, res, fundingUpdate(deletePackage), () => ({})),
  );

  // C9: the agreement home page, for the case's organisation and for ENS.
  async function loadAgreement(req: Request, res: Response) {
    const user = requirePermission(res, ['case.view', 'funding.decide']);
    const pkg = await em().findOne(FundingPackage, { agreementId: idParam(req, 'agreementId') });
    if (!pkg) throw notFound(`Agreement ${req.params.agreementId}`);
    return { user, ...(await loadPackage(em(), user, pkg.id)) };
  }

  r.get('/agreements/:agreementId', async (req, res) => {
    const { pkg, c } = await loadAgreement(req, res);
    const s = pkg.snapshot as unknown as FundingState;
    const a = s.agreement!;
    const days = Math.round((Date.parse(s.interventionEnd) - Date.parse(s.interventionStart)) / 86_400_000);
    res.json({
      agreementId: a.agreementId,
      program: a.program,
      agreementManager: a.agreementManager,
      status: a.status,
      statusDate: a.statusDate,
      closedReason: a.closedReason,
      startDate: s.interventionStart,
      endDate: s.interventionEnd,
      duration: `${Math.floor(days / 7)} week(s), ${days % 7} day(s)`,
      caseId: c.id,
      packageId: pkg.id,
      numberOfAmendments: 0,
      lastSubmittedAt: s.submissions.at(-1)?.at ?? null,
    });
  });

  // C10 / R-FUND-15/17/18: ENS decisions arrive as Updates to the package's workflow.
  async function decision<I>(
    req: Request,
    res: Response,
    def: UpdateDefinition<FundingState, [I & { actor: Actor }]>,
    input: () => I,
  ) {
    const user = requirePermission(res, 'funding.decide');
    const { pkg, c } = await loadAgreement(req, res);
    const body = input();
    await sendUpdate({ em: em(), temporal, user }, pkg.workflowId, def, body, {
      idempotencyKey: idempotencyKeyOf(req),
    });
    res.json(await packageView(em(), (await loadPackage(em(), user, pkg.id)).pkg, c));
  }
  r.post('/agreements/:agreementId/status', (req, res) =>
    decision(req, res, fundingUpdate(changeAgreementStatus), () => {
      const input = parse(agreementStatusSchema, req.body);
      return { status: input.status, reason: input.reason ?? null, agreementManager: input.agreementManager };
    }),
  );
  r.post('/agreements/:agreementId/request-changes', (req, res) =>
    decision(req, res, fundingUpdate(requestChanges), () => parse(requestChangesSchema, req.body)),
  );

  return r;
}
