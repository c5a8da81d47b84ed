// The supervisor dashboard in one answer: the organisation's open cases by stage and by case manager, overdue
// interventions, follow-ups coming due, and the employment outcomes recorded this month and over twelve months.
// Codes stay codes (the page shows their labels); a client's name only for those who may see individuals.
import { CASE_STATUSES, type CaseStatus } from '../../domain/case-model.ts';
import { businessDate, daysBetween } from '../../domain/dates.ts';
import { can } from '../../domain/permissions.ts';
import type { AppContext } from '../context.ts';
import { dashboardPeriods } from './periods.ts';
import {
  followUpsDue,
  openCasesByManagerAndStage,
  outcomeCounts,
  overdueInterventions,
  recordedOutcomes,
  type CaseRow,
} from './queries.ts';

/** Each list stops here; its total still counts every row. */
export const DASHBOARD_LIST_LIMIT = 1_000;

export const OPEN_STAGES = CASE_STATUSES.filter((s) => s !== 'CLOSED');

export async function supervisionDashboard(ctx: AppContext) {
  const org = ctx.user.organisationId;
  const periods = dashboardPeriods(businessDate(new Date()));
  const [open, overdue, followUps, counts, outcomes] = await Promise.all([
    openCasesByManagerAndStage(ctx.em, org),
    overdueInterventions(ctx.em, org, periods.today, DASHBOARD_LIST_LIMIT),
    followUpsDue(
      ctx.em,
      org,
      { today: periods.today, weekEnd: periods.weekEnd, until: periods.nextMonthEnd },
      DASHBOARD_LIST_LIMIT,
    ),
    outcomeCounts(ctx.em, org, periods.yearStart, periods.monthStart),
    recordedOutcomes(ctx.em, org, periods.yearStart, DASHBOARD_LIST_LIMIT),
  ]);
  const seesClients = can(ctx.user.profiles, 'individual.view');
  const caseOf = (r: CaseRow) => ({
    caseId: r.case_id,
    client: seesClients ? r.client : null,
    caseManagerId: r.case_manager_id,
    caseManager: r.case_manager,
  });

  const managers = new Map<number, { caseManagerId: number; caseManager: string; byStage: Record<string, number> }>();
  for (const r of open) {
    const m = managers.get(r.case_manager_id) ?? {
      caseManagerId: r.case_manager_id,
      caseManager: r.case_manager,
      byStage: {},
    };
    m.byStage[r.status] = r.n;
    managers.set(r.case_manager_id, m);
  }
  const stageTotal = (s: CaseStatus) => open.filter((r) => r.status === s).reduce((n, r) => n + r.n, 0);

  return {
    periods,
    openCases: {
      total: open.reduce((n, r) => n + r.n, 0),
      byStage: OPEN_STAGES.map((status) => ({ status, cases: stageTotal(status) })),
      byCaseManager: [...managers.values()].map((m) => ({
        caseManagerId: m.caseManagerId,
        caseManager: m.caseManager,
        total: Object.values(m.byStage).reduce((a, b) => a + b, 0),
        byStage: OPEN_STAGES.map((status) => ({ status, cases: m.byStage[status] ?? 0 })),
      })),
    },
    overdueInterventions: {
      total: overdue[0]?.total ?? 0,
      items: overdue.map((r) => ({
        ...caseOf(r),
        interventionId: r.intervention_id,
        interventionType: r.intervention_type,
        status: r.status,
        plannedEndDate: r.planned_end_date,
        daysOverdue: daysBetween(r.planned_end_date, periods.today),
      })),
    },
    followUps: {
      total: followUps[0]?.total ?? 0,
      overdue: followUps[0]?.overdue ?? 0,
      thisWeek: followUps[0]?.this_week ?? 0,
      later: (followUps[0]?.total ?? 0) - (followUps[0]?.overdue ?? 0) - (followUps[0]?.this_week ?? 0),
      items: followUps.map((r) => ({
        ...caseOf(r),
        outcomeType: r.type === 'WEEK_24_OUTCOME' ? ('WEEK_24' as const) : ('WEEK_52' as const),
        dueDate: r.due_date,
        window:
          r.due_date < periods.today
            ? ('OVERDUE' as const)
            : r.due_date <= periods.weekEnd
              ? ('THIS_WEEK' as const)
              : ('LATER' as const),
      })),
    },
    outcomes: {
      counts: counts.map((r) => ({
        outcomeType: r.type,
        employmentStatus: r.employment_status,
        thisMonth: r.month,
        last12Months: r.year,
      })),
      total: outcomes[0]?.total ?? 0,
      items: outcomes.map((r) => ({
        ...caseOf(r),
        outcomeId: r.outcome_id,
        outcomeType: r.type,
        employmentStatus: r.employment_status,
        actualOutcomeDate: r.actual_outcome_date,
        recordedOn: r.recorded_on,
      })),
    },
  };
}

export type SupervisionDashboard = Awaited<ReturnType<typeof supervisionDashboard>>;
