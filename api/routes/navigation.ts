// Getting around (seed 001, the user's and the organisation's home pages): "Display an Agreement/Case" by its number,
// the Recent lists, and the organisation's agreements.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import { organisationAgreements } from '../../app/agreements/queries.ts';
import { agreementOrCase } from '../../app/navigation/agreement-or-case.ts';
import { recentLists } from '../../app/navigation/queries.ts';
import { requirePermission } from '../auth.ts';
import { organisationAgreementsQuery } from '../../domain/schemas/agreements.ts';
import { idParam, parse } from '../http.ts';
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

  r.get('/organisation/agreements', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    res.json(await organisationAgreements(orm.em, user, parse(organisationAgreementsQuery, req.query)));
  });

  return r;
}
