// Every case action (domain/case-actions/) served at its route under /api/cases/{caseId}/, made from the one list.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import { performCaseAction } from '../../app/cases/actions.ts';
import type { CaseAction } from '../../domain/case-action.ts';
import { CASE_ACTIONS } from '../../domain/case-actions/index.ts';
import { contextFor } from '../app-context.ts';
import { idParam } from '../http.ts';
import { idempotencyKeyOf } from '../idempotency.ts';

export function caseActionRoutes(orm: MikroORM, temporal: Client): Router {
  const r = Router();
  const context = contextFor(orm, temporal);
  for (const action of CASE_ACTIONS as readonly CaseAction<never>[]) {
    r[action.route.method](`/cases/:caseId/${action.route.path}`, async (req, res) => {
      const ctx = context(res, action.route.permission ?? 'case.update');
      const params = Object.fromEntries(
        action.params.map((p) => [p, String((req.params as Record<string, string>)[p])]),
      );
      const answer = await performCaseAction(ctx, action, idParam(req, 'caseId'), {
        body: req.body,
        params,
        idempotencyKey: idempotencyKeyOf(req),
      });
      res.status(action.route.creates ? 201 : 200).json(answer);
    });
  }
  return r;
}
