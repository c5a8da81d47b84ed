// Operations: steps of any workflow that kept failing (an email, a call to the funding system) and wait for an
// operator. A retry is an Update to the step's workflow, refused (422) unless the step is still waiting.
import { Router } from 'express';
import type { Client } from '@temporalio/client';
import type { MikroORM } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { Organisation, StuckStep, User } from '../../db/entities.ts';
import { retryStuckStepUpdate } from '../../workflows/stuck-steps.ts';
import { requirePermission } from '../auth.ts';
import { sendUpdate } from '../../app/updates.ts';
import { parse } from '../http.ts';
import { Refusal } from '../../domain/refusals.ts';
import { idempotencyKeyOf } from '../idempotency.ts';

export const stuckStepQuery = z.object({
  status: z.enum(['open', 'resolved', 'all']).default('open'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

export function operationsRoutes(orm: MikroORM, temporal: Client): Router {
  const r = Router();

  r.get('/operations/stuck-steps', async (req, res) => {
    requirePermission(res, 'ops.view');
    const q = parse(stuckStepQuery, req.query);
    const em = orm.em;
    const where =
      q.status === 'open' ? { status: { $ne: 'RESOLVED' } } : q.status === 'resolved' ? { status: 'RESOLVED' } : {};
    const [rows, total] = await em.findAndCount(StuckStep, where, {
      orderBy: { lastFailedAt: 'desc', id: 'asc' },
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    const orgIds = [...new Set(rows.map((s) => s.organisationId).filter((id): id is number => id != null))];
    const userIds = [...new Set(rows.map((s) => s.retriedBy).filter((id): id is number => id != null))];
    const [orgs, users] = await Promise.all([
      orgIds.length ? em.find(Organisation, { id: { $in: orgIds } }) : [],
      userIds.length ? em.find(User, { id: { $in: userIds } }) : [],
    ]);
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const userName = new Map(users.map((u) => [u.id, `${u.lastName}, ${u.firstName}`]));
    res.json({
      total,
      page: q.page,
      pageSize: q.pageSize,
      items: rows.map((s) => ({
        id: s.id,
        kind: s.kind,
        description: s.description,
        status: s.status,
        caseId: s.caseId,
        organisation: s.organisationId == null ? null : (orgName.get(s.organisationId) ?? null),
        workflowId: s.workflowId,
        attempts: s.attempts,
        lastError: s.lastError,
        firstFailedAt: s.firstFailedAt.toISOString(),
        lastFailedAt: s.lastFailedAt.toISOString(),
        retries: s.retries,
        lastRetriedBy: s.retriedBy == null ? null : (userName.get(s.retriedBy) ?? null),
        resolvedAt: s.resolvedAt?.toISOString() ?? null,
        /** A stuck step retries by itself then, unless an operator retries it first (R-OPS-03). */
        nextAutomaticRetryAt: s.status === 'STUCK' ? (s.nextRetryAt?.toISOString() ?? null) : null,
      })),
    });
  });

  r.post('/operations/stuck-steps/:stepId/retry', async (req, res) => {
    const user = requirePermission(res, 'ops.retry');
    const stepId = String(req.params.stepId);
    const em = orm.em;
    const step = await em.findOne(StuckStep, { id: stepId });
    if (!step) throw new Refusal('not-found', 'NOT_FOUND', `No stuck step ${stepId}.`);
    if (step.status === 'RESOLVED')
      throw new Refusal(
        'conflict',
        'ALREADY_RESOLVED',
        `Step ${stepId} went through on ${step.resolvedAt?.toISOString()}; there is nothing to retry.`,
      );
    await sendUpdate(
      { em, temporal, user },
      step.workflowId,
      retryStuckStepUpdate,
      { stepId },
      {
        idempotencyKey: idempotencyKeyOf(req),
        whenEnded: new Refusal(
          'conflict',
          'WORKFLOW_ENDED',
          `The workflow of step ${stepId} has ended; there is nothing to retry.`,
        ),
      },
    );
    res
      .status(202)
      .json({ id: stepId, status: 'RETRYING', message: 'Retry started; the list shows the outcome in a moment.' });
  });

  return r;
}
