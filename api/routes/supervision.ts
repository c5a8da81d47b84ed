// The supervisor dashboard: the organisation's cases at a glance, in one call (ECM Management).
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import { supervisionDashboard } from '../../app/supervision/dashboard.ts';
import { contextFor } from '../app-context.ts';

export function supervisionRoutes(orm: MikroORM, temporal: Client): Router {
  const r = Router();
  const ctx = contextFor(orm, temporal);
  r.get('/supervision/dashboard', async (_req, res) => res.json(await supervisionDashboard(ctx(res, 'case.inspect'))));
  return r;
}
