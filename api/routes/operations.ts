// Operations: steps of any workflow that kept failing (an email, a call to the funding system, a write to the
// database) and wait for an operator, and referrals whose email is late (R-TMR-09). A retry is an Update to the step's
// workflow, refused (422) unless the step is still waiting; a batch retries steps of one kind, one by one.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import { frozenCases } from '../../app/operations/frozen-cases.ts';
import { lateReferrals, stuckSteps } from '../../app/operations/queries.ts';
import { retryStuckSteps } from '../../app/operations/stuck-step-batch-retry.ts';
import { retryStuckStep } from '../../app/operations/stuck-step-retry.ts';
import type { TemporalUi } from '../../app/temporal-ui/run-link.ts';
import { stuckStepBatchRetry, stuckStepQuery, stuckStepRetry } from '../../domain/schemas/operations.ts';
import { requirePermission } from '../auth.ts';
import { parse } from '../http.ts';
import { idempotencyKeyOf } from '../idempotency.ts';

export function operationsRoutes(orm: MikroORM, temporal: Client, temporalUi: TemporalUi): Router {
  const r = Router();

  r.get('/operations/stuck-steps', async (req, res) => {
    const user = requirePermission(res, 'ops.view');
    res.json(await stuckSteps({ em: orm.em, temporal, user }, parse(stuckStepQuery, req.query), temporalUi));
  });

  r.get('/operations/late-referrals', async (_req, res) => {
    const user = requirePermission(res, 'ops.view');
    res.json(await lateReferrals({ em: orm.em, temporal, user }, temporalUi));
  });

  r.get('/operations/frozen-cases', async (_req, res) => {
    const user = requirePermission(res, 'ops.view');
    res.json(await frozenCases({ em: orm.em, temporal, user }, temporalUi));
  });

  r.post('/operations/stuck-steps/retry', async (req, res) => {
    const user = requirePermission(res, 'ops.retry');
    const input = parse(stuckStepBatchRetry, req.body ?? {});
    res.json(await retryStuckSteps({ em: orm.em, temporal, user }, input, idempotencyKeyOf(req)));
  });

  r.post('/operations/stuck-steps/:stepId/retry', async (req, res) => {
    const user = requirePermission(res, 'ops.retry');
    const stepId = String(req.params.stepId);
    const { resolution } = parse(stuckStepRetry, req.body ?? {});
    await retryStuckStep({ em: orm.em, temporal, user }, stepId, idempotencyKeyOf(req), resolution);
    res.status(202).json({
      id: stepId,
      status: 'RETRYING',
      message: 'Retry started; the list shows the outcome in a moment.',
      messageFr: "Nouvel essai lancé; la liste en montrera l'issue dans un instant.",
    });
  });

  return r;
}
