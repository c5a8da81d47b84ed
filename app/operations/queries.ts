// The Operations page: steps of any workflow that kept failing and wait for an operator (R-OPS-01), newest failure
// first, with their organisation, who retried them last, what a failure Pathway understands means and how it may be
// resolved, and a link to the run in Temporal's Web UI; and the referrals whose email is late (R-TMR-09).
import { Organisation, ReferralRow, StuckStep, User } from '../../db/entities.ts';
import { listedName } from '../../domain/person-name.ts';
import { lateReferralAlert, referralEmailCutoff } from '../../domain/referral-email-deadline.ts';
import { type StuckStepQuery } from '../../domain/schemas/operations.ts';
import { describeFailure } from '../../domain/step-failures.ts';
import { explainProblem, STEP_RESOLUTION_LABELS } from '../../domain/step-problems.ts';
import type { AppContext } from '../context.ts';
import { temporalRunUrl, type TemporalUi } from '../temporal-ui/run-link.ts';

async function organisationNames(ctx: AppContext, ids: (number | null | undefined)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id != null))];
  const orgs = wanted.length ? await ctx.em.find(Organisation, { id: { $in: wanted } }) : [];
  return new Map(orgs.map((o) => [o.id, o.name]));
}

export async function stuckSteps(
  ctx: AppContext,
  q: StuckStepQuery,
  temporalUi: TemporalUi = { namespace: 'default' },
) {
  const { em } = ctx;
  const where =
    q.status === 'open' ? { status: { $ne: 'RESOLVED' } } : q.status === 'resolved' ? { status: 'RESOLVED' } : {};
  const [rows, total] = await em.findAndCount(StuckStep, where, {
    orderBy: { lastFailedAt: 'desc', id: 'asc' },
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const userIds = [...new Set(rows.map((s) => s.retriedBy).filter((id): id is number => id != null))];
  const [orgName, users] = await Promise.all([
    organisationNames(
      ctx,
      rows.map((s) => s.organisationId),
    ),
    userIds.length ? em.find(User, { id: { $in: userIds } }) : [],
  ]);
  const userName = new Map(users.map((u) => [u.id, listedName(u)]));
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
      /** The last error in plain words, in both languages; the error itself is for engineering. */
      failure: describeFailure(s),
      /** A failure Pathway understands, explained in both languages, and what an operator may do besides a retry
       * (STUCK), or what one did (RESOLVED). */
      problem: s.problem ? explainProblem(s.problem) : null,
      resolutions: (s.resolutions ?? []).map((code) => ({ code, label: STEP_RESOLUTION_LABELS[code] })),
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

/** R-TMR-09: referrals still SENT 15 minutes after submission, oldest first, with their case's workflow. */
export async function lateReferrals(ctx: AppContext, temporalUi: TemporalUi, now = new Date()) {
  const rows = await ctx.em.find(
    ReferralRow,
    { status: 'SENT', submittedAt: { $lt: referralEmailCutoff(now) } },
    { orderBy: { submittedAt: 'asc', id: 'asc' }, limit: 100 },
  );
  const orgName = await organisationNames(
    ctx,
    rows.map((r) => r.fromOrganisationId),
  );
  return rows.map((r) => {
    const workflowId = `case-${r.caseId}`;
    return {
      referralId: r.id,
      caseId: r.caseId,
      organisationId: r.fromOrganisationId,
      organisation: orgName.get(r.fromOrganisationId) ?? null,
      submittedAt: r.submittedAt.toISOString(),
      alert: lateReferralAlert({
        caseId: r.caseId,
        minutes: Math.floor((now.getTime() - r.submittedAt.getTime()) / 60_000),
      }),
      temporalUiUrl: temporalRunUrl(temporalUi, workflowId, null),
    };
  });
}
