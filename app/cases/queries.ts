// Read models for the case home page and the home-page lists. They read PostgreSQL only, so they stay fast
// with many cases; the workflow is asked only for what only it knows (pending timers), on the inspect view.
import type { EntityDictionary, EntityName } from '@mikro-orm/core';
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
  InterventionRow,
  NeedsDeterminationRow,
  CaseInfoModule,
  OrgInfoModule,
  OrgInfoQuestion,
  ReferralDraft,
  ReferralRow,
  type ICase,
} from '../../db/entities.ts';
import type { NeedsDeterminationVersion } from '../../domain/case-state.ts';
import {
  CASE_STATUSES,
  REASON_LABELS,
  STATUS_LABELS,
  TASK_LABELS,
  type CaseStatus,
  type StatusReason,
  type TaskType,
} from '../../domain/case-model.ts';
import type { CaseState } from '../../domain/case-state.ts';
import { NOTE_EDIT_DAYS } from '../../domain/case-actions/edit-note.ts';
import { addDays, businessDate, lastDayOfNextMonth } from '../../domain/dates.ts';
import { employmentHistoryHint } from '../../domain/education.ts';
import { recentEmployers, type RecentEmployer } from '../../domain/recent-employers.ts';
import { alertMessage, followUpSchedule } from '../../domain/followup.ts';
import { newNeedsDraft, targetNeedsVersion } from '../../domain/needs.ts';
import { validateOutcomeDeletion } from '../../domain/outcomes.ts';
import { formatSin } from '../../domain/people.ts';
import { notFound, Refusal } from '../../domain/refusals.ts';
import { isUnavailable } from '../../infra/unavailable.ts';
import { configuredFrom, moduleViews } from '../additional-info/modules.ts';
import { draftViews, referralViews } from './referral-view.ts';
import { type SessionUser } from '../context.ts';
import { listedName } from '../../domain/person-name.ts';

/** A case of the user's organisation, or 404: another organisation's case does not exist for them (R-UI-06). */
export async function loadCase(em: EntityManager, user: SessionUser, caseId: number): Promise<ICase> {
  const c = await em.findOne(Case, { id: caseId, organisationId: user.organisationId });
  if (!c) throw notFound({ en: `Case ${caseId}`, fr: `Le cas ${caseId}` });
  return c;
}

/** The case as stored, once a change to it was applied: a failed read is a 503 that says the change is kept. */
export function caseAfterChange(em: EntityManager, user: SessionUser, caseId: number) {
  return casePageRows(em, caseId, user.organisationId)
    .then((rows) => {
      if (!rows) throw notFound({ en: `Case ${caseId}`, fr: `Le cas ${caseId}` });
      return pageFrom(em, em.map(Case, rows.case), rows);
    })
    .catch(savedButUnread);
}

const statusLabel = (s: string) => STATUS_LABELS[s as CaseStatus]?.en ?? s;
const reasonLabel = (r: string) => REASON_LABELS[r as StatusReason]?.en ?? r;

/** A case's page: every section in one statement, so a page costs one round trip to PostgreSQL. */
export async function caseDetails(em: EntityManager, c: ICase) {
  return pageFrom(em, c, (await casePageRows(em, c.id, c.organisationId))!);
}

/** The page from its rows, with the notes and documents attached to referrals and drafts (R-REF-21; no statement
 * when there are none). */
async function pageFrom(em: EntityManager, c: ICase, rows: CasePageRows) {
  const [referrals, referralDrafts] = await Promise.all([
    referralViews(em, rows.referrals),
    draftViews(em, rows.referralDrafts),
  ]);
  return detailsFrom(c, { ...rows, referrals, referralDrafts });
}

type Row = Record<string, unknown>;
interface Person {
  id: number;
  firstName: string;
  lastName: string;
}

// Each section as the tables hold it (the ORM maps its rows below), in the order the page lists it.
const CASE_PAGE_SQL = `
  select row_to_json(c) as "case",
    (select json_build_object('id', i.id, 'firstName', i.first_name, 'lastName', i.last_name,
                              'dateOfBirth', i.date_of_birth, 'sin', i.sin)
       from individual i where i.id = c.individual_id) as individual,
    (select json_build_object('id', u.id, 'firstName', u.first_name, 'lastName', u.last_name, 'office', o.name)
       from app_user u left join office_location o on o.id = u.office_location_id
      where u.id = c.case_manager_id) as manager,
    (select json_agg(x order by x.id desc) from case_status_row x where x.case_id = c.id) as history,
    (select json_agg(x order by x.state desc, x.due_date, x.opened_on) from case_task x where x.case_id = c.id) as tasks,
    (select json_agg(x order by x.due_date) from case_alert x where x.case_id = c.id) as alerts,
    (select json_agg(x order by x.planned_start_date) from intervention x
      where x.case_id = c.id and not x.deleted) as interventions,
    (select json_agg(x order by x.version desc) from needs_determination x where x.case_id = c.id) as needs,
    (select json_agg(x order by x.created_at desc) from case_note x where x.case_id = c.id) as notes,
    (select json_agg(x order by x.recorded_on desc, x.id desc) from employment_outcome x
      where x.case_id = c.id and x.deleted_at is null) as outcomes,
    (select json_agg(x order by x.due_date) from case_notification x where x.case_id = c.id) as notifications,
    (select row_to_json(x) from case_education x where x.case_id = c.id) as education,
    (select json_agg(x order by x.submitted_at desc) from referral x where x.case_id = c.id) as referrals,
    -- R-REF-21: the referrals the organisation is still writing.
    (select json_agg(x order by x.created_at) from referral_draft x
      where x.case_id = c.id and x.organisation_id = c.organisation_id and x.sent_at is null) as "referralDrafts",
    (select json_agg(x order by x.display_order) from org_info_module x
      where x.organisation_id = c.organisation_id) as modules,
    (select json_agg(x order by x.display_order) from org_info_question x
      where x.organisation_id = c.organisation_id) as questions,
    (select json_agg(x) from case_info_module x where x.case_id = c.id) as "savedModules",
    -- R-ASM-09: the employment records of the organisation's cases, the latest saved first (the list's candidates).
    (select json_agg(y.record order by y.updated_at desc, y.n) from (
       select r.record, e.updated_at, r.n from case_education e join "case" o on o.id = e.case_id
        cross join lateral jsonb_array_elements(e.document->'employmentRecords') with ordinality as r(record, n)
        where o.organisation_id = c.organisation_id
        order by e.updated_at desc, r.n limit 300) y) as employers,
    -- The authors of notes, and who opened and who closed each task (R-TASK-05, R-NOTIF-07).
    (select json_agg(json_build_object('id', u.id, 'firstName', u.first_name, 'lastName', u.last_name))
       from app_user u where u.id in (
         select created_by from case_note where case_id = c.id
         union select created_by from case_task where case_id = c.id
         union select closed_by from case_task where case_id = c.id)) as authors
  from "case" c where c.id = ? and c.organisation_id = ?`;

/** The rows of a case's page, or null when the organisation has no such case. */
async function casePageRows(em: EntityManager, caseId: number, organisationId: number) {
  const [row] = await em.execute<Row[]>(CASE_PAGE_SQL, [caseId, organisationId]);
  if (!row) return null;
  const list = (key: string) => (row[key] as Row[] | null) ?? [];
  const rows = <T extends object>(entity: EntityName<T>, key: string) =>
    list(key).map((r) => em.map(entity, r as EntityDictionary<T>));
  const education = row.education as Row | null;
  return {
    case: row.case as Row,
    individual: row.individual as Person & { dateOfBirth: string; sin: string | null },
    manager: row.manager as Person & { office: string | null },
    history: rows(CaseStatusRow, 'history'),
    tasks: rows(CaseTask, 'tasks'),
    alerts: rows(CaseAlert, 'alerts'),
    interventions: rows(InterventionRow, 'interventions'),
    needs: rows(NeedsDeterminationRow, 'needs'),
    notes: rows(CaseNote, 'notes'),
    outcomes: rows(EmploymentOutcomeRow, 'outcomes'),
    notifications: rows(CaseNotification, 'notifications'),
    education: education && em.map(CaseEducation, education),
    referrals: rows(ReferralRow, 'referrals'),
    referralDrafts: rows(ReferralDraft, 'referralDrafts'),
    additionalInfo: moduleViews(
      configuredFrom(rows(OrgInfoModule, 'modules'), rows(OrgInfoQuestion, 'questions')),
      rows(CaseInfoModule, 'savedModules'),
    ),
    employers: list('employers') as unknown as RecentEmployer[],
    authors: list('authors') as unknown as Person[],
  };
}

type CasePageRows = NonNullable<Awaited<ReturnType<typeof casePageRows>>>;

function detailsFrom(
  c: ICase,
  {
    referralDrafts,
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
    additionalInfo,
    employers,
    authors,
  }: Omit<CasePageRows, 'referrals' | 'referralDrafts'> & {
    referrals: Awaited<ReturnType<typeof referralViews>>;
    referralDrafts: Awaited<ReturnType<typeof draftViews>>;
  },
) {
  const today = businessDate(new Date());
  const latestNeeds = needs.find((n) => n.completed);
  const needsVersions = needs.map((n) => ({
    version: n.version,
    completed: n.completed,
    employmentGoal: n.employmentGoal ?? undefined,
    jobPreferences: n.jobPreferences,
    barriers: n.barriers as NeedsDeterminationVersion['barriers'],
    savedOn: n.savedOn,
  })) as NeedsDeterminationVersion[];
  const authorName = (id: number | null | undefined) => {
    const u = authors.find((a) => a.id === id);
    return u ? listedName(u) : null;
  };
  const outcomeState = {
    status: c.status as CaseStatus,
    outcomes: outcomes.map((o) => ({ id: o.id, type: o.type }) as CaseState['outcomes'][number]),
  };
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
      name: listedName(individual),
      dateOfBirth: individual.dateOfBirth,
      sin: individual.sin ? formatSin(individual.sin) : null,
    },
    // R-CASE-13: the header shows the case manager's office.
    caseManager: { id: manager.id, name: listedName(manager), office: manager.office },
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
      createdBy: authorName(t.createdBy),
      closedBy: authorName(t.closedBy),
      overdue: t.state === 'OPEN' && !!t.dueDate && today > t.dueDate,
    })),
    referrals,
    referralDrafts,
    notifications: notifications.map((n) => ({
      key: n.key,
      kind: n.kind,
      priority: n.priority,
      message: n.message,
      messageFr: n.messageFr ?? null,
      dueDate: n.dueDate,
      overdue: today > n.dueDate,
    })),
    alerts: alerts
      .filter((a) => a.clearedOn === null)
      .map((a) => ({
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
    // R-HIST: every alert the case has had, newest first, with the day it was cleared.
    alertHistory: [...alerts]
      .sort((a, b) => b.raisedOn.localeCompare(a.raisedOn))
      .map((a) => ({ key: a.key, kind: a.kind, dueDate: a.dueDate, raisedOn: a.raisedOn, clearedOn: a.clearedOn })),
    needsDeterminations: needs,
    // R-ND-09: the version a save goes to, pre-filled from the version in progress or the latest completed one.
    needsDraft: { version: targetNeedsVersion({ needs: needsVersions }), ...newNeedsDraft({ needs: needsVersions }) },
    // R-ASM-03, R-CASE-28: the organisation's modules with this case's answers and statuses.
    additionalInfo,
    highestEducationLevel: education?.highestEducationLevel ?? null,
    educationExperience: education?.document ?? null,
    // R-ASM-12: guidance only.
    employmentHistoryHint: employmentHistoryHint(
      (education?.document.employmentRecords as { fromDate: string }[] | undefined) ?? [],
      today,
    ),
    // R-ASM-09: the employers the organisation entered lately, to fill in an employer's address.
    recentEmployers: recentEmployers(employers),
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
      // R-OUT-07/08: why it cannot be deleted (the rule's code), or null when it can.
      deleteRefusedBy: validateOutcomeDeletion(outcomeState, o.id)[0]?.code ?? null,
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
      // R-NOTE-02: who wrote it, by name; null for a note the system wrote.
      authorName: authorName(n.createdBy),
      updatedAt: n.updatedAt,
      // R-NOTE-03: its author may edit it through this day (Halifax), never after.
      editableUntil: addDays(businessDate(n.createdAt), NOTE_EDIT_DAYS),
      // R-REF-21: written for a referral that has been sent, so it can no longer change.
      sentWithReferral: !!n.referralId && referrals.some((r) => r.id === n.referralId),
    })),
  };
}

/**
 * R-TASK-02 / R-NOTIF-08: open tasks, notifications and the user's reminders (R-NOTIF-04) due by the end of next
 * month, plus every overdue one, by due date; each with its client, so the list says whose work it is (a reminder
 * about no case has none).
 */
export async function homeTasks(em: EntityManager, user: SessionUser) {
  const today = businessDate(new Date());
  const rows = await em.execute<Record<string, unknown>[]>(
    `select x.*, i.id as individual_id, i.last_name || ', ' || i.first_name as client,
            u.last_name || ', ' || u.first_name as created_by from (
       select 'TASK' as kind, t.id, t.case_id, t.type, null as message, null as message_fr, null as priority,
              t.due_date::text as due_date, t.created_by as creator
         from case_task t join "case" c on c.id = t.case_id
        where c.case_manager_id = ? and t.state = 'OPEN' and t.due_date <= ?
       union all
       select 'NOTIFICATION', n.key, n.case_id, n.kind, n.message, n.message_fr, n.priority, n.due_date::text,
              n.created_by
         from case_notification n join "case" c on c.id = n.case_id
        where c.case_manager_id = ? and n.due_date <= ?
       union all
       select 'REMINDER', r.id::text, r.case_id, 'REMINDER', r.description, r.description, r.priority,
              r.due_date::text, r.owner_id
         from user_reminder r left join "case" c on c.id = r.case_id
        where ((r.case_id is null and r.owner_id = ?) or c.case_manager_id = ?) and r.due_date <= ?
     ) x left join "case" c on c.id = x.case_id left join individual i on i.id = c.individual_id
     left join app_user u on u.id = x.creator
     order by x.due_date, x.case_id limit 500`,
    [
      user.id,
      lastDayOfNextMonth(today),
      user.id,
      lastDayOfNextMonth(today),
      user.id,
      user.id,
      lastDayOfNextMonth(today),
    ],
  );
  return rows.map((r) => ({
    kind: r.kind as 'TASK' | 'NOTIFICATION' | 'REMINDER',
    id: r.id as string,
    caseId: (r.case_id as number | null) ?? null,
    type: r.type as string,
    label: (r.kind === 'TASK' ? (TASK_LABELS[r.type as TaskType]?.en ?? r.type) : r.message) as string,
    /** A notification's French (null for one raised before notifications were bilingual). */
    labelFr: (r.message_fr as string | null) ?? null,
    /** A notification's priority (R-NOTIF-09); null for a task. */
    priority: (r.priority as string | null) ?? null,
    /** R-TASK-05: the user whose action created it; null when Pathway did by itself (a timer). */
    createdBy: (r.created_by as string | null) ?? null,
    dueDate: r.due_date as string,
    overdue: today > (r.due_date as string),
    individualId: (r.individual_id as number | null) ?? null,
    client: (r.client as string | null) ?? null,
  }));
}

/**
 * R-NOTIF-08: open alerts of the user's cases due by the end of next month, plus every overdue one. They follow the
 * case, so a reassignment moves them (R-TMR-07). Looked up case by case (`offset 0` keeps PostgreSQL from flattening
 * the lateral join into a merge with every open alert of every organisation, which it prefers on its estimates and
 * which grows with the whole table).
 */
export async function homeAlerts(em: EntityManager, user: SessionUser) {
  const today = businessDate(new Date());
  const rows = await em.execute<Record<string, unknown>[]>(
    `select a.case_id, a.key, a.kind, a.due_date::text as due_date, a.raised_on::text as raised_on,
            i.id as individual_id, i.last_name || ', ' || i.first_name as client,
            exists (select 1 from employment_outcome o where o.case_id = a.case_id and o.type = 'WEEK_24' and
              o.deleted_at is null) as week24
       from "case" c
       join individual i on i.id = c.individual_id
       cross join lateral (select * from case_alert a where a.case_id = c.id and a.cleared_on is null and
         a.due_date <= ? offset 0) a
      where c.case_manager_id = ?
      order by a.due_date, a.case_id limit 500`,
    [lastDayOfNextMonth(today), user.id],
  );
  return rows.map((r) => ({
    caseId: r.case_id as number,
    key: r.key as string,
    kind: r.kind as string,
    message: alertMessage(r.kind as string, r.due_date as string, today, r.week24 as boolean),
    messageFr: alertMessage(r.kind as string, r.due_date as string, today, r.week24 as boolean, 'fr'),
    dueDate: r.due_date as string,
    raisedOn: r.raised_on as string,
    overdue: today > (r.due_date as string),
    individualId: r.individual_id as number,
    client: r.client as string,
  }));
}

/** Caseload counts stop here (50 pages of 20): enough for a pager, and cheap at any size. */
export const CASELOAD_COUNT_CAP = 1_000;
/** The caseload's "due within a week" filter: a task or alert due before today plus these days (overdue included). */
const DUE_SOON_DAYS = 7;

const CASELOAD_SORTS: Record<string, string[]> = {
  id: ['c.id'],
  name: ['i.last_name', 'i.first_name'],
  status: ['c.status'],
  statusSince: ['c.status_since'],
  caseManager: ['u.last_name', 'u.first_name'],
  nextDue: ['t.due_date'],
};

export async function caseload(
  em: EntityManager,
  user: SessionUser,
  q: {
    scope: 'mine' | 'organisation';
    status?: string;
    open?: 'true' | 'false';
    caseManagerId?: number;
    due?: 'week';
    sort: string;
    dir: 'asc' | 'desc';
    page: number;
    pageSize: number;
  },
) {
  const today = businessDate(new Date());
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
  if (q.open === 'true') where.push(`c.status <> 'CLOSED'`);
  if (q.due === 'week') {
    // What Temporal's NextAlertAt answers for timers still to fire, told here by what they leave: due tasks and alerts.
    where.push(
      `(exists (select 1 from case_task t where t.case_id = c.id and t.state = 'OPEN' and t.due_date < ?::date)
        or exists (select 1 from case_alert a where a.case_id = c.id and a.cleared_on is null and a.due_date < ?::date))`,
    );
    params.push(addDays(today, DUE_SOON_DAYS), addDays(today, DUE_SOON_DAYS));
  }
  const dir = q.dir === 'desc' ? 'desc' : 'asc';
  // A case without an open task sorts after those with one, whichever the direction.
  const order = `${(CASELOAD_SORTS[q.sort] ?? ['c.id']).map((c) => `${c} ${dir} nulls last`).join(', ')}, c.id`;
  // The page and a count that stops at CASELOAD_COUNT_CAP: counting a whole organisation's cases on every
  // page would read them all (hundreds of milliseconds at 100,000 cases) to show a page number.
  const [rows, [counted]] = await Promise.all([
    em.execute<Record<string, unknown>[]>(
      `select c.id, c.status, c.status_since::text as status_since, c.case_manager_id, u.last_name || ', ' ||
        u.first_name as case_manager,
              i.id as individual_id, i.last_name || ', ' || i.first_name as individual,
              t.type as next_task, t.due_date::text as next_due
         from "case" c join individual i on i.id = c.individual_id join app_user u on u.id = c.case_manager_id
         left join lateral (select t.type, t.due_date from case_task t where t.case_id = c.id and t.state = 'OPEN'
                             order by t.due_date nulls last limit 1) t on true
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
      id: r.id as number,
      status: r.status as string,
      statusLabel: statusLabel(r.status as string),
      statusSince: r.status_since as string,
      caseManagerId: r.case_manager_id as number,
      caseManager: r.case_manager as string,
      individualId: r.individual_id as number,
      individual: r.individual as string,
      /** The case's open task due first, if any: what the case manager does next, and by when. */
      nextTask: r.next_task
        ? {
            type: r.next_task as string,
            dueDate: r.next_due as string | null,
            overdue: !!r.next_due && today > (r.next_due as string),
          }
        : null,
    })),
  };
}

/**
 * Supervisors' overview: the organisation's cases by stage, its open cases by case manager, and the work past due:
 * open tasks and open alerts whose due date has passed, in all and per case manager.
 */
export async function caseSummary(em: EntityManager, user: SessionUser) {
  const today = businessDate(new Date());
  const [byStage, byManager, overdue] = await Promise.all([
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
    em.execute<{ case_manager_id: number; tasks: number; alerts: number }[]>(
      `select c.case_manager_id,
              (select count(*) from case_task t where t.case_id = c.id and t.state = 'OPEN' and t.due_date < ?)::int
                as tasks,
              (select count(*) from case_alert a where a.case_id = c.id and a.cleared_on is null and a.due_date < ?)::int
                as alerts
         from "case" c where c.organisation_id = ? and c.status <> 'CLOSED'`,
      [today, today, user.organisationId],
    ),
  ]);
  const counts = new Map(byStage.map((r) => [r.status, r.n]));
  const late = new Map<number, { tasks: number; alerts: number }>();
  for (const r of overdue) {
    const m = late.get(r.case_manager_id) ?? { tasks: 0, alerts: 0 };
    late.set(r.case_manager_id, { tasks: m.tasks + r.tasks, alerts: m.alerts + r.alerts });
  }
  const total = [...late.values()].reduce((a, b) => ({ tasks: a.tasks + b.tasks, alerts: a.alerts + b.alerts }), {
    tasks: 0,
    alerts: 0,
  });
  return {
    byStage: CASE_STATUSES.map((status) => ({ status, label: STATUS_LABELS[status], cases: counts.get(status) ?? 0 })),
    byCaseManager: byManager.map((r) => ({
      caseManagerId: r.id,
      caseManager: r.name,
      openCases: r.n,
      overdueTasks: late.get(r.id)?.tasks ?? 0,
      overdueAlerts: late.get(r.id)?.alerts ?? 0,
    })),
    /** Open tasks and alerts past their due date, over the organisation's open cases. */
    overdue: total,
  };
}

/** The administrator's home page: how many contacts the organisation has, how many have access, invitations waiting. */
export async function contactSummary(em: EntityManager, user: SessionUser) {
  const [row] = await em.execute<{ contacts: number; with_access: number; pending: number; expired: number }[]>(
    `select count(*) filter (where u.active)::int as contacts,
            count(*) filter (where u.active and u.login_id is not null)::int as with_access,
            (select count(*) from invitation i where i.organisation_id = ? and i.status = 'PENDING')::int as pending,
            (select count(distinct i.contact_id) from invitation i join app_user c on c.id = i.contact_id
              where i.organisation_id = ? and i.status = 'EXPIRED' and c.active and c.login_id is null
                and not exists (select 1 from invitation p where p.contact_id = i.contact_id and p.status = 'PENDING')
            )::int as expired
       from app_user u where u.organisation_id = ?`,
    [user.organisationId, user.organisationId, user.organisationId],
  );
  return {
    contacts: row.contacts,
    withAccess: row.with_access,
    pendingInvitations: row.pending,
    expiredInvitations: row.expired,
  };
}

/** After a change was applied: failing to read the case back is a 503 that says the change is kept. */
function savedButUnread(err: unknown): never {
  if (isUnavailable(err))
    throw new Refusal('unavailable', 'UNAVAILABLE', {
      en: 'Your change was saved, but the case cannot be read back right now; reload it in a moment.',
      fr:
        'Votre modification a été enregistrée, mais le cas ne peut pas être relu pour le moment; rechargez-le dans ' +
        'un instant.',
    });
  throw err;
}
