// The supervisor dashboard's SQL: counts and lists over one organisation's cases. Each list stops at `limit` rows and
// says how many there are in all (a window count), so a long list costs one query.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IsoDate } from '../../domain/dates.ts';

const CLIENT = `i.last_name || ', ' || i.first_name`;
const MANAGER = `u.last_name || ', ' || u.first_name`;
const CASE_JOINS = 'join individual i on i.id = c.individual_id join app_user u on u.id = c.case_manager_id';

export interface CaseRow {
  case_id: number;
  client: string;
  case_manager_id: number;
  case_manager: string;
}

/** Open cases counted by case manager and stage. */
export function openCasesByManagerAndStage(em: EntityManager, organisationId: number) {
  return em.execute<{ case_manager_id: number; case_manager: string; status: string; n: number }[]>(
    `select c.case_manager_id, ${MANAGER} as case_manager, c.status, count(*)::int as n
       from "case" c join app_user u on u.id = c.case_manager_id
      where c.organisation_id = ? and c.status <> 'CLOSED'
      group by c.case_manager_id, u.last_name, u.first_name, c.status
      order by u.last_name, u.first_name, c.case_manager_id`,
    [organisationId],
  );
}

/** R-TASK-03: interventions still Planned or In Progress after their planned end date, of cases in RTWAP Mgmt. */
export function overdueInterventions(em: EntityManager, organisationId: number, today: IsoDate, limit: number) {
  return em.execute<
    (CaseRow & {
      intervention_id: string;
      intervention_type: string;
      status: string;
      planned_end_date: string;
      total: number;
    })[]
  >(
    `select c.id as case_id, ${CLIENT} as client, c.case_manager_id, ${MANAGER} as case_manager,
            v.id as intervention_id, v.intervention_type, v.status, v.planned_end_date::text as planned_end_date,
            (count(*) over ())::int as total
       from intervention v join "case" c on c.id = v.case_id ${CASE_JOINS}
      where c.organisation_id = ? and c.status = 'RTWAP_MGMT' and not v.deleted
        and v.status in ('PLANNED', 'IN_PROGRESS') and v.planned_end_date < ?
      order by v.planned_end_date, c.id, v.id
      limit ?`,
    [organisationId, today, limit],
  );
}

/** R-TMR-01: the open 24- and 52-week outcome tasks due by `until`, overdue ones first. */
export function followUpsDue(
  em: EntityManager,
  organisationId: number,
  p: { today: IsoDate; weekEnd: IsoDate; until: IsoDate },
  limit: number,
) {
  return em.execute<
    (CaseRow & {
      type: string;
      due_date: string;
      total: number;
      overdue: number;
      this_week: number;
    })[]
  >(
    `select c.id as case_id, ${CLIENT} as client, c.case_manager_id, ${MANAGER} as case_manager,
            t.type, t.due_date::text as due_date, (count(*) over ())::int as total,
            (count(*) filter (where t.due_date < ?) over ())::int as overdue,
            (count(*) filter (where t.due_date >= ? and t.due_date <= ?) over ())::int as this_week
       from case_task t join "case" c on c.id = t.case_id ${CASE_JOINS}
      where c.organisation_id = ? and t.state = 'OPEN' and t.type in ('WEEK_24_OUTCOME', 'WEEK_52_OUTCOME')
        and t.due_date <= ?
      order by t.due_date, c.id, t.type
      limit ?`,
    [p.today, p.today, p.weekEnd, organisationId, p.until, limit],
  );
}

/** Employment outcomes recorded since `since`, counted by type and employment status (and those since `monthStart`). */
export function outcomeCounts(em: EntityManager, organisationId: number, since: IsoDate, monthStart: IsoDate) {
  return em.execute<{ type: string; employment_status: string; year: number; month: number }[]>(
    `select o.type, o.employment_status, count(*)::int as year,
            (count(*) filter (where o.recorded_on >= ?))::int as month
       from employment_outcome o join "case" c on c.id = o.case_id
      where c.organisation_id = ? and o.deleted_at is null and o.recorded_on >= ?
      group by o.type, o.employment_status`,
    [monthStart, organisationId, since],
  );
}

/** The outcomes recorded since `since`, newest first. */
export function recordedOutcomes(em: EntityManager, organisationId: number, since: IsoDate, limit: number) {
  return em.execute<
    (CaseRow & {
      outcome_id: string;
      type: string;
      employment_status: string;
      actual_outcome_date: string;
      recorded_on: string;
      total: number;
    })[]
  >(
    `select c.id as case_id, ${CLIENT} as client, c.case_manager_id, ${MANAGER} as case_manager,
            o.id as outcome_id, o.type, o.employment_status, o.actual_outcome_date::text as actual_outcome_date,
            o.recorded_on::text as recorded_on, (count(*) over ())::int as total
       from employment_outcome o join "case" c on c.id = o.case_id ${CASE_JOINS}
      where c.organisation_id = ? and o.deleted_at is null and o.recorded_on >= ?
      order by o.recorded_on desc, c.id desc, o.id
      limit ?`,
    [organisationId, since, limit],
  );
}
