// Case routes: opening a case, the caseload and home lists, and a case's pages. Reads come from PostgreSQL; the actions
// on a case are served from the list of case actions (./case-actions.ts).
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CASE_STATUSES } from '../../domain/case-model.ts';
import { Case, CaseNotification, User } from '../../db/entities.ts';
import { businessDate } from '../../domain/dates.ts';
import { newNeedsDraft, targetNeedsVersion } from '../../domain/needs.ts';
import { closedOutcomes, newOutcomeDefaults } from '../../domain/outcomes.ts';
import { validateDismiss } from '../../domain/notifications.ts';
import { can } from '../../domain/permissions.ts';
import { caseViewQuery } from '../../workflows/case-api.ts';
import { requirePermission } from '../auth.ts';
import { openCase } from '../../app/cases/opening.ts';
import {
  caseAfterChange,
  caseDetails,
  caseload,
  caseSummary,
  homeAlerts,
  homeTasks,
  loadCase,
} from '../../app/cases/queries.ts';
import { referredCase } from '../../app/referrals/queries.ts';
import { idParam, parse } from '../http.ts';
import { assertNoViolations, Refusal } from '../../domain/refusals.ts';
import { idempotencyKeyOf, reserveKey, storeResponse } from '../idempotency.ts';
import { renderPlan } from '../plan-document.ts';
import { inspectWorkflow, workflowSummary } from '../workflow-inspection.ts';
import { openCaseSchema } from '../../domain/schemas/case.ts';

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
  const em = () => orm.em;

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
    assertNoViolations(closedOutcomes(c));
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
    assertNoViolations(validateDismiss(n.kind));
    await db.nativeDelete(CaseNotification, { caseId: c.id, key: n.key });
    res.status(204).end();
  });

  return r;
}
