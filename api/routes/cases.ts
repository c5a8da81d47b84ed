// Case routes. Reads come from PostgreSQL; every change goes to the case's workflow as an Update, which
// refuses rule violations (422 with the rule's message) before anything is written.
import { Router, type Request, type Response } from 'express';
import type { Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import { z } from 'zod';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CASE_STATUSES } from '../../domain/case-model.ts';
import type { CaseState } from '../../domain/case-state.ts';
import {
  anchorCorrectionSchema,
  closeCaseSchema,
  completeTaskSchema,
  educationExperienceSchema,
  interventionChangeSchema,
  interventionSchema,
  needsDeterminationSchema,
  noteSchema,
  openCaseSchema,
  outcomeChangeSchema,
  outcomeSchema,
  reassignSchema,
} from '../../domain/schemas.ts';
import { Case, CaseNotification, User } from '../../db/entities.ts';
import { businessDate } from '../../domain/dates.ts';
import { newNeedsDraft, targetNeedsVersion } from '../../domain/needs.ts';
import { newOutcomeDefaults } from '../../domain/outcomes.ts';
import { validateDismiss } from '../../domain/notifications.ts';
import { can } from '../../domain/permissions.ts';
import {
  addInterventionUpdate,
  addNoteUpdate,
  caseViewQuery,
  changeInterventionUpdate,
  changeOutcomeUpdate,
  closeCaseUpdate,
  completeTaskUpdate,
  correctAnchorsUpdate,
  deleteOutcomeUpdate,
  editNoteUpdate,
  reassignUpdate,
  recordOutcomeUpdate,
  removeInterventionUpdate,
  saveEducationUpdate,
  saveNeedsUpdate,
  type Actor,
} from '../../workflows/case-api.ts';
import { currentUser, requirePermission } from '../auth.ts';
import { openCase } from '../case-opening.ts';
import { caseAfterChange, caseDetails, caseload, caseSummary, homeAlerts, homeTasks, loadCase } from '../case-read.ts';
import { sendUpdate } from '../../app/updates.ts';
import { requiredModules } from './additional-info.ts';
import { deleteDrafts, draftsOfDeletedIntervention } from './funding.ts';
import { referredCase } from './referrals.ts';
import { idParam, parse } from '../http.ts';
import { Refusal } from '../../domain/refusals.ts';
import { idempotencyKeyOf, reserveKey, storeResponse } from '../idempotency.ts';
import { renderPlan } from '../plan-document.ts';
import { inspectWorkflow, workflowSummary } from '../workflow-inspection.ts';

export interface CaseRouteDeps {
  orm: MikroORM;
  temporal: Client;
  temporalUiUrl?: string;
  namespace: string;
}

const caseloadQuery = z.object({
  scope: z.enum(['mine', 'organisation']).default('mine'),
  status: z.enum(CASE_STATUSES).optional(),
  caseManagerId: z.coerce.number().int().positive().optional(),
  sort: z.enum(['id', 'name', 'status', 'statusSince']).default('id'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

export function caseRoutes({ orm, temporal, temporalUiUrl, namespace }: CaseRouteDeps): Router {
  const r = Router();
  const em = () => orm.em.fork();

  r.post('/cases', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const input = parse(openCaseSchema, req.body);
    const key = idempotencyKeyOf(req);
    const db = em();
    // The key keeps the case id as soon as the case is open: a retry, even of a request whose answer was
    // lost, gets the case as it is now instead of a refused second case.
    const stored = key ? await reserveKey(db, user.id, key, req.body) : null;
    const caseId = (stored?.body as { id?: number } | undefined)?.id ?? (await openCase(db, temporal, user, input));
    if (key && !stored) await storeResponse(db, user.id, key, { status: 201, body: { id: caseId } });
    res
      .status(201)
      .location(`/api/cases/${caseId}`)
      .json(await caseAfterChange(em(), user, caseId));
  });

  r.get('/cases', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    const q = parse(caseloadQuery, req.query);
    if (q.scope === 'organisation' && !can(user.profiles, 'case.inspect') && !can(user.profiles, 'case.update')) {
      throw new Refusal(
        'forbidden',
        'FORBIDDEN',
        'Listing every case of the organisation needs ECM Management or ECM Case Manager.',
      );
    }
    res.json(await caseload(em(), user, q));
  });

  r.get('/organisation/case-summary', async (_req, res) =>
    res.json(await caseSummary(em(), requirePermission(res, 'case.inspect'))),
  );

  // R-CASE-03: the case managers a case can be assigned to: the organisation's users holding ECM Case Manager.
  r.get('/case-managers', async (_req, res) => {
    const user = requirePermission(res, 'case.view');
    const users = await em().find(
      User,
      { organisationId: user.organisationId, active: true },
      { orderBy: { lastName: 'asc', firstName: 'asc' } },
    );
    res.json(
      users
        .filter((u) => can(u.profiles, 'case.assignable'))
        .map((u) => ({ id: u.id, name: `${u.lastName}, ${u.firstName}`, isMe: u.id === user.id })),
    );
  });

  r.get('/tasks', async (_req, res) => res.json(await homeTasks(em(), requirePermission(res, 'case.view'))));
  r.get('/alerts', async (_req, res) => res.json(await homeAlerts(em(), requirePermission(res, 'case.view'))));

  r.get('/cases/:caseId', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    const caseId = idParam(req, 'caseId');
    const c = await em().findOne(Case, { id: caseId, organisationId: user.organisationId });
    // A case another organisation referred to mine: the summary the referral lets me see (R-REF-15), else 404.
    if (!c) return void res.json(await referredCase(em(), user, caseId));
    const [details, workflow] = await Promise.all([
      caseDetails(em(), c),
      workflowSummary(temporal, c.workflowId, c.status === 'CLOSED'),
    ]);
    res.json({ ...details, workflow });
  });

  r.get('/cases/:caseId/outcomes/defaults', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    if (c.status === 'CLOSED')
      throw new Refusal(
        'conflict',
        'E-OUT-09',
        'This case is closed. Its employment outcomes can no longer be added, changed or deleted.',
      );
    const view = await temporal.workflow.getHandle(c.workflowId).query(caseViewQuery);
    res.json(newOutcomeDefaults(view.state, businessDate(new Date())));
  });

  r.get('/cases/:caseId/needs-determinations/draft', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    const view = await temporal.workflow.getHandle(c.workflowId).query(caseViewQuery);
    res.json({ version: targetNeedsVersion(view.state), ...newNeedsDraft(view.state) });
  });

  r.get('/cases/:caseId/plan', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    const details = await caseDetails(em(), await loadCase(em(), user, idParam(req, 'caseId')));
    res.type('html').send(renderPlan(details, user.organisationName));
  });

  r.get('/cases/:caseId/workflow', async (req, res) => {
    const user = requirePermission(res, 'case.inspect');
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    res.json(await inspectWorkflow(temporal, c.workflowId, temporalUiUrl, namespace));
  });

  /** Sends an Update to the case's workflow and answers with the case as stored. */
  async function update<I>(
    req: Request,
    res: Response,
    def: UpdateDefinition<CaseState, [I & { actor: Actor }]>,
    readInput: () => I | Promise<I>,
    after?: () => Promise<void>,
  ) {
    // Who, then which case, then what: a 403 or 404 never depends on the body.
    const user = requirePermission(res, 'case.update');
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    if (c.status === 'CLOSED')
      throw new Refusal('conflict', 'E-CLOSE-01', 'This case is closed and cannot be reopened or changed.');
    const input = await readInput();
    await sendUpdate(temporal, c.workflowId, def, input, { userId: user.id }, idempotencyKeyOf(req));
    if (after) await after();
    res.json(await caseAfterChange(em(), user, c.id));
  }

  // R-CASE-28 is checked by the workflow against the organisation's required modules as configured now.
  r.post('/cases/:caseId/tasks/:taskId/complete', (req, res) =>
    update(req, res, completeTaskUpdate, async () => ({
      ...parse(completeTaskSchema, req.body),
      taskId: String(req.params.taskId),
      requiredModules: await requiredModules(em(), requirePermission(res, 'case.update').organisationId),
    })),
  );
  r.post('/cases/:caseId/close', (req, res) =>
    update(req, res, closeCaseUpdate, () => parse(closeCaseSchema, req.body)),
  );
  r.post('/cases/:caseId/interventions', (req, res) =>
    update(req, res, addInterventionUpdate, () => parse(interventionSchema, req.body)),
  );
  r.patch('/cases/:caseId/interventions/:interventionId', (req, res) =>
    update(req, res, changeInterventionUpdate, () => ({
      ...parse(interventionChangeSchema, req.body),
      interventionId: String(req.params.interventionId),
    })),
  );
  // R-PM-03: refused with a submitted funding application; a Draft application is deleted with it.
  r.delete('/cases/:caseId/interventions/:interventionId', (req, res) => {
    const interventionId = String(req.params.interventionId);
    let drafts: Awaited<ReturnType<typeof draftsOfDeletedIntervention>> = [];
    return update(
      req,
      res,
      removeInterventionUpdate,
      async () => {
        drafts = await draftsOfDeletedIntervention(em(), idParam(req, 'caseId'), interventionId);
        return { interventionId };
      },
      () => deleteDrafts(temporal, drafts, { userId: currentUser(res).id }),
    );
  });
  r.put('/cases/:caseId/education-experience', (req, res) =>
    update(req, res, saveEducationUpdate, () => parse(educationExperienceSchema, req.body)),
  );
  r.post('/cases/:caseId/needs-determinations', (req, res) =>
    update(req, res, saveNeedsUpdate, () => parse(needsDeterminationSchema, req.body)),
  );
  r.post('/cases/:caseId/notes', (req, res) => update(req, res, addNoteUpdate, () => parse(noteSchema, req.body)));
  r.patch('/cases/:caseId/notes/:noteId', (req, res) =>
    update(req, res, editNoteUpdate, () => ({
      text: parse(noteSchema, req.body).text,
      noteId: String(req.params.noteId),
    })),
  );
  r.post('/cases/:caseId/outcomes', (req, res) =>
    update(req, res, recordOutcomeUpdate, () => parse(outcomeSchema, req.body)),
  );
  r.patch('/cases/:caseId/outcomes/:outcomeId', (req, res) =>
    update(req, res, changeOutcomeUpdate, () => ({
      ...parse(outcomeChangeSchema, req.body),
      outcomeId: String(req.params.outcomeId),
    })),
  );
  r.delete('/cases/:caseId/outcomes/:outcomeId', (req, res) =>
    update(req, res, deleteOutcomeUpdate, () => ({ outcomeId: String(req.params.outcomeId) })),
  );
  r.delete('/cases/:caseId/notifications/:key', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const db = em();
    const c = await loadCase(db, user, idParam(req, 'caseId'));
    const n = await db.findOne(CaseNotification, { caseId: c.id, key: String(req.params.key) });
    if (!n)
      throw new Refusal(
        'not-found',
        'NOT_FOUND',
        'This notification was not found; it may have been dismissed already.',
      );
    const refused = validateDismiss(n.kind);
    if (refused.length)
      return void res.status(422).json({ error: 'RULE_VIOLATION', message: refused[0].message, violations: refused });
    await db.nativeDelete(CaseNotification, { caseId: c.id, key: n.key });
    res.status(204).end();
  });

  // R-TMR-06: an administrative correction; the organisation's administrator makes it.
  r.post('/cases/:caseId/follow-up-anchors', async (req, res) => {
    const user = requirePermission(res, 'org.admin');
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    const input = parse(anchorCorrectionSchema, req.body);
    await sendUpdate(temporal, c.workflowId, correctAnchorsUpdate, input, { userId: user.id }, idempotencyKeyOf(req));
    res.json(await caseAfterChange(em(), user, c.id));
  });

  r.post('/cases/:caseId/reassign', (req, res) =>
    update(req, res, reassignUpdate, async () => {
      const input = parse(reassignSchema, req.body);
      const manager = await em().findOne(User, {
        id: input.caseManagerId,
        organisationId: currentUser(res).organisationId,
        active: true,
      });
      if (!manager || !can(manager.profiles, 'case.assignable')) {
        throw new Refusal(
          'rule',
          'R-CASE-11',
          `User ${input.caseManagerId} is not an active case manager of your organisation.`,
        );
      }
      return input;
    }),
  );

  return r;
}
