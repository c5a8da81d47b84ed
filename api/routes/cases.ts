// Case routes: opening a case, the caseload and home lists, and a case's pages. Reads come from PostgreSQL; the actions
// on a case are served from the list of case actions (./case-actions.ts).
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CASE_STATUSES } from '../../domain/case-model.ts';
import { can } from '../../domain/permissions.ts';
import { requirePermission } from '../auth.ts';
import { contextFor } from '../app-context.ts';
import {
  caseManagers,
  casePage,
  caseWorkflow,
  needsDraft,
  outcomeDefaults,
  planDocument,
} from '../../app/cases/case-pages.ts';
import { caseAuditTrail } from '../../app/cases/audit-trail.ts';
import { dismissNotification } from '../../app/cases/notifications.ts';
import { PLAN_STYLE_HASH } from '../../app/cases/plan-document.ts';
import { openCase } from '../../app/cases/opening.ts';
import {
  caseAfterChange,
  caseload,
  caseSummary,
  contactSummary,
  homeAlerts,
  homeTasks,
} from '../../app/cases/queries.ts';
import { idParam, parse } from '../http.ts';
import { Refusal } from '../../domain/refusals.ts';
import { idempotencyKeyOf } from '../idempotency.ts';
import { openCaseSchema } from '../../domain/schemas/case.ts';
import { pageParam, pageSizeParam, sortParams } from '../../domain/schemas/paging.ts';
import { once } from '../../app/idempotent-requests.ts';

export interface CaseRouteDeps {
  orm: MikroORM;
  temporal: Client;
  temporalUiUrl?: string;
  namespace: string;
}

const caseloadQuery = z.object({
  scope: z.enum(['mine', 'organisation']).default('mine'),
  status: z.enum(CASE_STATUSES).optional(),
  /** Only cases still open (any stage but Closed). */
  open: z.enum(['true', 'false']).optional(),
  caseManagerId: z.coerce.number().int().positive().optional(),
  /** Only cases with an open task or alert due within a week (overdue ones included). */
  due: z.enum(['week']).optional(),
  ...sortParams(['id', 'name', 'status', 'statusSince', 'caseManager', 'nextDue'], { sort: 'id', dir: 'desc' }),
  page: pageParam,
  pageSize: pageSizeParam(20),
});

export function caseRoutes({ orm, temporal, temporalUiUrl, namespace }: CaseRouteDeps): Router {
  const r = Router();
  const ctx = contextFor(orm, temporal);

  r.post('/cases', async (req, res) => {
    const user = requirePermission(res, 'case.update');
    const input = parse(openCaseSchema, req.body);
    const key = idempotencyKeyOf(req);
    const db = orm.em;
    // The key keeps the case id as soon as the case is open: a retry, even of a request whose answer was
    // lost, gets the case as it is now instead of a refused second case.
    const answer = await once(db, user.id, key, req.body, async () => ({
      status: 201,
      body: { id: await openCase({ em: db, temporal, user }, input) },
    }));
    const caseId = (answer.body as { id: number }).id;
    res
      .status(201)
      .location(`/api/cases/${caseId}`)
      .json(await caseAfterChange(orm.em, user, caseId));
  });

  r.get('/cases', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    const q = parse(caseloadQuery, req.query);
    if (q.scope === 'organisation' && !can(user.profiles, 'case.inspect') && !can(user.profiles, 'case.update')) {
      throw new Refusal('forbidden', 'FORBIDDEN', {
        en: 'Listing every case of the organisation needs ECM Management or ECM Case Manager.',
        fr:
          "La liste de tous les cas de l'organisme exige le profil Consultation de la Gestion externe de cas ou " +
          'Gestionnaire de cas de la Gestion externe de cas.',
      });
    }
    res.json(await caseload(orm.em, user, q));
  });

  r.get('/organisation/case-summary', async (_req, res) =>
    res.json(await caseSummary(orm.em, requirePermission(res, 'case.inspect'))),
  );
  r.get('/organisation/contact-summary', async (_req, res) =>
    res.json(await contactSummary(orm.em, requirePermission(res, 'contacts.manage'))),
  );

  r.get('/case-managers', async (_req, res) => res.json(await caseManagers(ctx(res, 'case.view'))));
  r.get('/tasks', async (_req, res) => res.json(await homeTasks(orm.em, requirePermission(res, 'case.view'))));
  r.get('/alerts', async (_req, res) => res.json(await homeAlerts(orm.em, requirePermission(res, 'case.view'))));
  r.get('/cases/:caseId', async (req, res) => res.json(await casePage(ctx(res, 'case.view'), idParam(req, 'caseId'))));
  r.get('/cases/:caseId/outcomes/defaults', async (req, res) =>
    res.json(await outcomeDefaults(ctx(res, 'case.view'), idParam(req, 'caseId'))),
  );
  r.get('/cases/:caseId/needs-determinations/draft', async (req, res) =>
    res.json(await needsDraft(ctx(res, 'case.view'), idParam(req, 'caseId'))),
  );
  // The plan in the language the link asks for (the UI's), else the browser's; its style block is allowed by hash.
  r.get('/cases/:caseId/plan', async (req, res) => {
    const lang =
      req.query.lang === 'fr' || (!req.query.lang && req.acceptsLanguages('en', 'fr') === 'fr') ? 'fr' : 'en';
    const html = await planDocument(ctx(res, 'case.view'), idParam(req, 'caseId'), lang);
    res
      .set(
        'Content-Security-Policy',
        `default-src 'none'; style-src ${PLAN_STYLE_HASH}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
      )
      .type('html')
      .send(html);
  });
  r.get('/cases/:caseId/audit-trail', async (req, res) =>
    res.json(await caseAuditTrail(ctx(res, 'case.view'), idParam(req, 'caseId'))),
  );
  r.get('/cases/:caseId/workflow', async (req, res) =>
    res.json(await caseWorkflow(ctx(res, 'case.inspect'), idParam(req, 'caseId'), { url: temporalUiUrl, namespace })),
  );
  r.delete('/cases/:caseId/notifications/:key', async (req, res) => {
    await dismissNotification(ctx(res, 'case.update'), idParam(req, 'caseId'), String(req.params.key));
    res.status(204).end();
  });

  return r;
}
