// Additional Case Information: the organisation's configuration (administrators, R-ASM-01/02) and each
// case's answers per module, saved through the case workflow (R-ASM-03/04).
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { requirePermission } from '../auth.ts';
import { contextFor } from '../app-context.ts';
import { idParam, parse } from '../http.ts';
import { configureModules } from '../../app/additional-info/configuration.ts';
import { configuredModules } from '../../app/additional-info/modules.ts';
import { caseModules } from '../../app/additional-info/queries.ts';
import type { Client } from '@temporalio/client';
import { additionalInfoConfigSchema } from '../../domain/schemas/case.ts';

export function additionalInfoRoutes(orm: MikroORM, temporal: Client): Router {
  const r = Router();
  const ctx = contextFor(orm, temporal);

  r.get('/organisation/additional-info', async (_req, res) => {
    const user = requirePermission(res, ['case.view', 'org.admin']);
    res.json({ modules: await configuredModules(orm.em, user.organisationId) });
  });

  // Questions keep their ids (and so their answers) when sent back with them; the ones left out are removed.
  r.put('/organisation/additional-info', async (req, res) => {
    res.json(await configureModules(ctx(res, 'org.admin'), parse(additionalInfoConfigSchema, req.body)));
  });

  r.get('/cases/:caseId/additional-info', async (req, res) => {
    res.json(await caseModules(ctx(res, 'case.view'), idParam(req, 'caseId')));
  });

  return r;
}
