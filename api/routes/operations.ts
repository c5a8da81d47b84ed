// Operations: steps of any workflow that kept failing (an email, a call to the funding system) and wait for an
// operator. A retry is an Update to the step's workflow, refused (422) unless the step is still waiting.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import { stuckSteps } from '../../app/operations/queries.ts';
import type { TemporalUi } from '../../app/temporal-ui/run-link.ts';
import { retryStuckStep } from '../../app/operations/stuck-step-retry.ts';
import { stuckStepQuery } from '../../domain/schemas/operations.ts';
import { requirePermission } from '../auth.ts';
import { parse } from '../http.ts';
import { idempotencyKeyOf } from '../idempotency.ts';

export function operationsRoutes(orm: MikroORM, temporal: Client, temporalUi: TemporalUi): Router {
  const r = Router();

  r.get('/operations/stuck-steps', async (req, res) => {
    const user = requirePermission(res, 'ops.view');
    res.json(await stuckSteps({ em: orm.em, temporal, user }, parse(stuckStepQuery, req.query), temporalUi));
  });

  r.post('/operations/stuck-steps/:stepId/retry', async (req, res) => {
    const user = requirePermission(res, 'ops.retry');
    const stepId = String(req.params.stepId);
    await retryStuckStep({ em: orm.em, temporal, user }, stepId, idempotencyKeyOf(req));
    res.status(202).json({
      id: stepId,
      status: 'RETRYING',
      message: 'Retry started; the list shows the outcome in a moment.',
      messageFr: "Nouvel essai lancé; la liste en montrera l'issue dans un instant.",
    });
  });

  return r;
}
