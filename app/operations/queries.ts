// The Operations page: steps of any workflow that kept failing and wait for an operator (R-OPS-01), newest failure
// first, with their organisation and who retried them last.
import { Organisation, StuckStep, User } from '../../db/entities.ts';
import { contactName } from '../../domain/access.ts';
import { type StuckStepQuery } from '../../domain/schemas/operations.ts';
import type { AppContext } from '../context.ts';
import { temporalRunUrl, type TemporalUi } from '../temporal-ui/run-link.ts';

export async function stuckSteps(ctx: AppContext, q: StuckStepQuery, temporalUi: TemporalUi) {
  const { em } = ctx;
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
  const userName = new Map(users.map((u) => [u.id, contactName(u)]));
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    items: rows.map((s) => ({
      id: s.id,
      kind: s.kind,
      description: s.description,
      status: s.status,
      caseId: s.caseId,
      organisationId: s.organisationId ?? null,
      organisation: s.organisationId == null ? null : (orgName.get(s.organisationId) ?? null),
      workflowId: s.workflowId,
      /** The step's run in Temporal's Web UI, when one is configured. */
      temporalUiUrl: temporalRunUrl(temporalUi, s.workflowId, s.runId),
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
  };
}
