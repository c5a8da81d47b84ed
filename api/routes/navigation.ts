// Getting around (seed 001, the user's home page): "Display an Agreement/Case" by its number, and the Recent lists.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import { agreementOrCase } from '../../app/navigation/agreement-or-case.ts';
import { recentLists } from '../../app/navigation/queries.ts';
import { requirePermission } from '../auth.ts';
import { idParam } from '../http.ts';
import { contextFor } from '../app-context.ts';

export function navigationRoutes(orm: MikroORM, temporal: Client): Router {
  const r = Router();
  const context = contextFor(orm, temporal);

  r.get('/agreement-or-case/:id', async (req, res) => {
    res.json(await agreementOrCase(context(res, ['case.view', 'funding.decide']), idParam(req, 'id')));
  });

  r.get('/recent', async (_req, res) => {
    const user = requirePermission(res, ['case.view', 'funding.decide', 'individual.view', 'org.view']);
    res.json(await recentLists(orm.em, user));
  });

  return r;
}
