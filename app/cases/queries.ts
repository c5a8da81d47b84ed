// Read models for the case home page and the home-page lists. They read PostgreSQL only, so they stay fast
// with many cases; the workflow is asked only for what only it knows (pending timers), on the inspect view.
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Case,
  CaseAlert,
  CaseEducation,
  CaseNote,
  CaseNotification,
  CaseStatusRow,
  CaseTask,
  EmploymentOutcomeRow,
  Individual,
  InterventionRow,
  NeedsDeterminationRow,
  ReferralRow,
  User,
  type ICase,
} from '../../db/entities.ts';
import {
  CASE_STATUSES,
  REASON_LABELS,
  STATUS_LABELS,
  TASK_LABELS,
  type CaseStatus,
  type StatusReason,
  type TaskType,
} from '../../domain/case-model.ts';
import { businessDate, lastDayOfNextMonth } from '../../domain/dates.ts';
import { employmentHistoryHint } from '../../domain/education.ts';
import { alertMessage, followUpSchedule } from '../../domain/followup.ts';
import { formatSin } from '../../domain/people.ts';
import { notFound, Refusal } from '../../domain/refusals.ts';
import { isUnavailable } from '../../infra/unavailable.ts';
import { referralView } from './referral-view.ts';
import { type SessionUser } from '../context.ts';

/** A case of the user's organisation, or 404: another organisation's case does not exist for them (R-UI-06). */
export async function loadCase(em: EntityManager, user: SessionUser, caseId: number): Promise<ICase> {
  const c = await em.findOne(Case, { id: caseId, organisationId: user.organisationId });
  if (!c) throw notFound({ en: `Case ${caseId}`, fr: `Le cas ${caseId}` });
  return c;
}

/** The case as stored, once a change to it was applied: a failed read is a 503 that says the change is kept. */
export function caseAfterChange(em: EntityManager, user: SessionUser, caseId: number) {
  return loadCase(em, user, caseId)
    .then((c) => caseDetails(em, c))
    .catch(savedButUnread);
}

const statusLabel = (s: string) => STATUS_LABELS[s as CaseStatus]?.en ?? s;
const reasonLabel = (r: string) => REASON_LABELS[r as StatusReason]?.en ?? r;

export async function caseDetails(em: EntityManager, c: ICase) {
  const today = businessDate(new Date());
  const [
    individual,
    manager,
    history,
    tasks,
    alerts,
    interventions,
    needs,
    notes,
    outcomes,
    notifications,
    education,
    referrals,
  ] = await Promise.all([
    em.findOneOrFail(Individual, { id: c.individualId }),
    em.findOneOrFail(User, { id: c.caseManagerId }),
    em.find(CaseStatusRow, { caseId: c.id }, { orderBy: { id: 'desc' } }),
    em.find(CaseTask, { caseId: c.id }, { orderBy: { state: 'desc', dueDate: 'asc', openedOn: 'asc' } }),
    em.find(CaseAlert, { caseId: c.id, clearedOn: null }, { orderBy: { dueDate: 'asc' } }),
    em.find(InterventionRow, { caseId: c.id, deleted: false }, { orderBy: { plannedStartDate: 'asc' } }),
    em.find(NeedsDeterminationRow, { caseId: c.id }, { orderBy: { version: 'desc' } }),
    em.find(CaseNote, { caseId: c.id }, { orderBy: { createdAt: 'desc' } }),
    em.find(EmploymentOutcomeRow, { caseId: c.id, deletedAt: null }, { orderBy: { recordedOn: 'desc', id: 'desc' } }),
    em.find(CaseNotification, { caseId: c.id }, { orderBy: { dueDate: 'asc' } }),
    em.findOne(CaseEducation, { caseId: c.id }),
    em.find(ReferralRow, { caseId: c.id }, { orderBy: { submittedAt: 'desc' } }),
  ]);
  const latestNeeds = needs.find((n) => n.completed);
  return {
    id: c.id,
    workflowId: c.workflowId,
    program: c.program,
    status: c.status,
    statusLabel: statusLabel(c.status),
    statusSince: c.statusSince,
    closedReason: c.closedReason,
    accountabilityReporting: c.accountabilityReporting,
    registration: c.registration,
    createdAt: c.createdAt,
    individual: {
      id: individual.id,
      name: `${individual.lastName}, ${individual.firstName}`,
      dateOfBirth: individual.dateOfBirth,
      sin: individual.sin ? formatSin(individual.sin) : null,
    },
    caseManager: { id: manager.id, name: `${manager.lastName}, ${manager.firstName}` },
    // R-HIST-06: newest first, with start, end and reason as the seeds' table shows them.
    statusHistory: history.map((h) => ({
      status: h.status,
      statusLabel: statusLabel(h.status),
      startDate: h.startDate,
      endDate: h.endDate,
      reason: h.reason,
      reasonLabel: reasonLabel(h.reason),
    })),
    tasks: tasks.map((t) => ({
      id: t.id,
      type: t.type,
      label: TASK_LABELS[t.type as TaskType]?.en ?? t.type,
      openedOn: t.openedOn,
      dueDate: t.dueDate,
      state: t.state,
      outcome: t.outcome,
      closedOn: t.closedOn,
      overdue: t.state === 'OPEN' && !!t.dueDate && today > t.dueDate,
    })),
    referrals: referrals.map(referralView),
    notifications: notifications.map((n) => ({
      key: n.key,
      kind: n.kind,
      priority: n.priority,
      message: n.message,
      messageFr: n.messageFr ?? null,
      dueDate: n.dueDate,
      overdue: today > n.dueDate,
    })),
    alerts: alerts.map((a) => ({
      key: a.key,
      kind: a.kind,
      message: alertMessage(
        a.kind,
        a.dueDate,
        today,
        outcomes.some((o) => o.type === 'WEEK_24'),
      ),
      messageFr: alertMessage(
        a.kind,
        a.dueDate,
        today,
        outcomes.some((o) => o.type === 'WEEK_24'),
        'fr',
      ),
      dueDate: a.dueDate,
      raisedOn: a.raisedOn,
      ref: a.ref,
      overdue: today > a.dueDate,
    })),
    needsDeterminations: needs,
    highestEducationLevel: education?.highestEducationLevel ?? null,
    educationExperience: education?.document ?? null,
    // R-ASM-12: guidance only.
    employmentHistoryHint: employmentHistoryHint(
      (education?.document.employmentRecords as { fromDate: string }[] | undefined) ?? [],
      today,
    ),
    employmentGoal: latestNeeds?.employmentGoal ?? null,
    jobPreference1: latestNeeds?.jobPreferences[0] ?? null,
    actionPlan: {
      identifiedNeeds: latestNeeds
        ? [...new Set((latestNeeds.barriers as { dimension: string }[]).map((b) => b.dimension))]
        : [],
      interventionsEndDate: interventions.reduce<string | null>(
        (m, i) => (m === null || i.plannedEndDate > m ? i.plannedEndDate : m),
        null,
      ),
      interventions,
    },
    outcomes: outcomes.map((o) => ({
      id: o.id,
      type: o.type,
      actualOutcomeDate: o.actualOutcomeDate,
      employmentStatus: o.employmentStatus,
      recordedOn: o.recordedOn,
      ...o.details,
    })),
    // R-TMR-03: the follow-up schedule, computed on read.
    followUp:
      c.followUpPlanEnd && c.followUpLastInterventionEnd
        ? (({ planEndDate, lastInterventionEnd }) => ({
            planEndDate,
            lastInterventionEnd,
            ...followUpSchedule({ planEndDate, lastInterventionEnd }),
          }))({
            planEndDate: c.followUpPlanEnd,
            lastInterventionEnd: c.followUpLastInterventionEnd,
          })
        : null,
    notes: notes.map((n) => ({
      id: n.id,
      text: n.text,
      context: n.context,
      createdBy: n.createdBy,
      createdAt: n.createdAt,
    })),
  };
}

/** R-TASK-02 / R-NOTIF-08: open tasks due by the end of next month, plus every overdue one, by due date. */
export async function homeTasks(em: EntityManager, user: SessionUser) {
  const today = businessDate(new Date());
  const rows = await em.execute<Record<string, unknown>[]>(
    `select * from (
       select 'TASK' as kind, t.id, t.case_id, t.type, null as message, t.due_date::text as due_date
         from case_task t join "case" c on c.id = t.case_id
        where c.case_manager_id = ? and t.state = 'OPEN' and t.due_date <= ?
       union all
       select 'NOTIFICATION', n.key, n.case_id, n.kind, n.message, n.due_date::text
         from case_notification n join "case" c on c.id = n.case_id
        where c.case_manager_id = ? and n.due_date <= ?
     ) x order by due_date, case_id limit 500`,
    [user.id, lastDayOfNextMonth(today), user.id, lastDayOfNextMonth(today)],
  );
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    caseId: r.case_id,
    type: r.type,
    label: r.kind === 'TASK' ? (TASK_LABELS[r.type as TaskType]?.en ?? r.type) : r.message,
    dueDate: r.due_date,
    overdue: today > (r.due_date as string),
  }));
}

/**
 * Open alerts of the user's cases: they follow the case, so a reassignment moves them (R-TMR-07). Looked up
 * case by case (`offset 0` keeps PostgreSQL from flattening the lateral join into a merge with every open
 * alert of every organisation, which it prefers on its estimates and which grows with the whole table).
 */
export async function homeAlerts(em: EntityManager, user: SessionUser) {
  const today = businessDate(new Date());
  const rows = await em.execute<Record<string, unknown>[]>(
    `select a.case_id, a.key, a.kind, a.due_date::text as due_date, a.raised_on::text as raised_on,
            exists (select 1 from employment_outcome o where o.case_id = a.case_id and o.type = 'WEEK_24' and
              o.deleted_at is null) as week24
       from "case" c
       cross join lateral (select * from case_alert a where a.case_id = c.id and a.cleared_on is null offset 0) a
      where c.case_manager_id = ?
      order by a.due_date, a.case_id limit 500`,
    [user.id],
  );
  return rows.map((r) => ({
    caseId: r.case_id,
    key: r.key,
    kind: r.kind,
    message: alertMessage(r.kind as string, r.due_date as string, today, r.week24 as boolean),
    messageFr: alertMessage(r.kind as string, r.due_date as string, today, r.week24 as boolean, 'fr'),
    dueDate: r.due_date,
    raisedOn: r.raised_on,
    overdue: today > (r.due_date as string),
  }));
}

/** Caseload counts stop here (50 pages of 20): enough for a pager, and cheap at any size. */
export const CASELOAD_COUNT_CAP = 1_000;

const CASELOAD_SORTS: Record<string, string> = {
  id: 'c.id',
  name: 'i.last_name, i.first_name',
  status: 'c.status',
  statusSince: 'c.status_since',
};

export async function caseload(
  em: EntityManager,
  user: SessionUser,
  q: {
    scope: 'mine' | 'organisation';
    status?: string;
    caseManagerId?: number;
    sort: string;
    dir: 'asc' | 'desc';
    page: number;
    pageSize: number;
  },
) {
  const where = ['c.organisation_id = ?'];
  const params: unknown[] = [user.organisationId];
  if (q.scope === 'mine' || q.caseManagerId !== undefined) {
    where.push('c.case_manager_id = ?');
    params.push(q.scope === 'mine' ? user.id : q.caseManagerId);
  }
  if (q.status) {
    where.push('c.status = ?');
    params.push(q.status);
  }
  const order = `${CASELOAD_SORTS[q.sort] ?? 'c.id'} ${q.dir === 'desc' ? 'desc' : 'asc'}, c.id`;
  // The page and a count that stops at CASELOAD_COUNT_CAP: counting a whole organisation's cases on every
  // page would read them all (hundreds of milliseconds at 100,000 cases) to show a page number.
  const [rows, [counted]] = await Promise.all([
    em.execute<Record<string, unknown>[]>(
      `select c.id, c.status, c.status_since::text as status_since, c.case_manager_id, u.last_name || ', ' ||
        u.first_name as case_manager,
              i.id as individual_id, i.last_name || ', ' || i.first_name as individual
         from "case" c join individual i on i.id = c.individual_id join app_user u on u.id = c.case_manager_id
        where ${where.join(' and ')}
        order by ${order} limit ? offset ?`,
      [...params, q.pageSize, (q.page - 1) * q.pageSize],
    ),
    em.execute<{ n: number }[]>(
      `select count(*)::int as n from (select 1 from "case" c where ${where.join(' and ')} limit ` +
        `${CASELOAD_COUNT_CAP + 1}) x`,
      params,
    ),
  ]);
  return {
    page: q.page,
    pageSize: q.pageSize,
    total: Math.min(counted.n, CASELOAD_COUNT_CAP),
    /** More cases than `total`: the count stopped at its cap. */
    totalCapped: counted.n > CASELOAD_COUNT_CAP,
    items: rows.map((r) => ({
      id: r.id,
      status: r.status,
      statusLabel: statusLabel(r.status as string),
      statusSince: r.status_since,
      caseManagerId: r.case_manager_id,
      caseManager: r.case_manager,
      individualId: r.individual_id,
      individual: r.individual,
    })),
  };
}

/** Supervisors' overview: the organisation's cases by stage, and its open cases by case manager. */
export async function caseSummary(em: EntityManager, user: SessionUser) {
  const [byStage, byManager] = await Promise.all([
    em.execute<{ status: string; n: number }[]>(
      'select status, count(*)::int as n from "case" where organisation_id = ? group by status',
      [user.organisationId],
    ),
    em.execute<{ id: number; name: string; n: number }[]>(
      `select u.id, u.last_name || ', ' || u.first_name as name, count(*)::int as n
         from "case" c join app_user u on u.id = c.case_manager_id
        where c.organisation_id = ? and c.status <> 'CLOSED'
        group by u.id, u.last_name, u.first_name order by u.last_name, u.first_name`,
      [user.organisationId],
    ),
  ]);
  const counts = new Map(byStage.map((r) => [r.status, r.n]));
  return {
    byStage: CASE_STATUSES.map((status) => ({ status, label: STATUS_LABELS[status], cases: counts.get(status) ?? 0 })),
    byCaseManager: byManager.map((r) => ({ caseManagerId: r.id, caseManager: r.name, openCases: r.n })),
  };
}

/** After a change was applied: failing to read the case back is a 503 that says the change is kept. */
function savedButUnread(err: unknown): never {
  if (isUnavailable(err))
    throw new Refusal('unavailable', 'UNAVAILABLE', {
      en: 'Your change was saved, but the case cannot be read back right now; reload it in a moment.',
      fr: 'Votre modification a été enregistrée, mais le cas ne peut pas être relu pour le moment; rechargez-le dans un instant.',
    });
  throw err;
}
