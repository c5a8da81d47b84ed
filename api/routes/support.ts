// R-SEC-18: Operations Support acting as another organisation (start, stop, the history of such sessions), and
// R-SEC-17: an organisation's periodic access review (the review page, its reminder, recording a review).
import type { Request, Response } from 'express';
import { Router } from 'express';
import { z } from 'zod';
import { requireAdministrator, scopedOrganisation } from '../../app/access/organisation.ts';
import { accessReview, reviewSchedule } from '../../app/access-review/queries.ts';
import { recordAccessReview } from '../../app/access-review/record-review.ts';
import { supportSessions } from '../../app/session/queries.ts';
import { startActingAs, stopActingAs } from '../../app/session/support-sessions.ts';
import { accessReviewSchema, actingAsSchema } from '../../domain/schemas/support.ts';
import { requirePermission, tokenOf } from '../auth.ts';
import { idParam, parse } from '../http.ts';
import { accessContextOf, type ContactRouteDeps } from './contacts.ts';

export function supportRoutes(deps: Omit<ContactRouteDeps, 'attemptsPerMinute'>) {
  const r = Router();
  const ctxOf = accessContextOf(deps);

  r.put('/session/acting-organisation', async (req, res) => {
    const input = parse(actingAsSchema, req.body);
    await startActingAs(ctxOf(req, res), tokenOf(req)!, input);
    res.status(204).end();
  });

  r.delete('/session/acting-organisation', async (req, res) => {
    await stopActingAs(ctxOf(req, res), tokenOf(req)!);
    res.status(204).end();
  });

  const supportQuery = z.object({ organisationId: z.coerce.number().int().positive().optional() });
  r.get('/support-sessions', async (req, res) => {
    requirePermission(res, 'org.any');
    res.json(await supportSessions(ctxOf(req, res), parse(supportQuery, req.query).organisationId));
  });

  /** The organisation an administrator reviews: their own (or, for Operations Support, the one they act as). */
  const reviewedOrg = async (req: Request, res: Response) => {
    const ctx = ctxOf(req, res);
    requireAdministrator(ctx);
    return { ctx, org: await scopedOrganisation(ctx, idParam(req, 'organisationId')) };
  };

  r.get('/organisations/:organisationId/access-review', async (req, res) => {
    const { ctx, org } = await reviewedOrg(req, res);
    res.json(await accessReview(ctx, org));
  });

  r.get('/organisations/:organisationId/access-review/schedule', async (req, res) => {
    const { ctx, org } = await reviewedOrg(req, res);
    res.json(await reviewSchedule(ctx, org));
  });

  r.post('/organisations/:organisationId/access-review', async (req, res) => {
    const { ctx, org } = await reviewedOrg(req, res);
    res.status(201).json(await recordAccessReview(ctx, org, parse(accessReviewSchema, req.body)));
  });

  return r;
}
