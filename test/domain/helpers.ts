// Test helpers for the pure domain: a case is built only by folding the events the domain's own
// decide* functions return, so every state a test starts from is one the product can really reach.
import type { CaseStatus } from '../../domain/case-model.ts';
import { foldEvents, openStageTask, openTasks, type CaseEvent, type CaseState } from '../../domain/case-state.ts';
import { addDays, type IsoDate } from '../../domain/dates.ts';
import { RuleViolationError, type Violation } from '../../domain/refusals.ts';
import {
  addIntervention,
  changeIntervention,
  completeTask,
  recordOutcome,
  saveNeedsDetermination,
} from '../../domain/case-actions/index.ts';
import { openCaseEvents } from '../../domain/case-transitions.ts';
import type { DecisionContext, RuleContext } from '../../domain/action.ts';
import {
  type InterventionInput,
  type NeedsDeterminationInputRaw,
  type OutcomeInput,
} from '../../domain/schemas/case.ts';

/** The context of a rule that does not look at the date. */
export const ANY_DAY: RuleContext = { today: '2011-10-24' };

/** A case under test: its state, every event that built it, and a counter-based id source. */
export class CaseRun {
  state: CaseState;
  readonly log: CaseEvent[] = [];
  private n = 0;

  constructor(openedOn: IsoDate, caseId = 100923, caseManagerId = 13349) {
    const { state, events } = openCaseEvents(caseId, caseManagerId, this.ctx(openedOn));
    this.state = state;
    this.log.push(...events);
  }

  /** The DecisionContext of a user action on `today`; ids are `id-1`, `id-2`, … in creation order. */
  ctx(today: IsoDate): DecisionContext {
    return { today, newId: () => `id-${++this.n}` };
  }

  /** The id the next newId() call will hand out. */
  nextId(offset = 1): string {
    return `id-${this.n + offset}`;
  }

  /** Runs a decision on the current state, folds its events and returns them. */
  apply(today: IsoDate, decide: (s: CaseState, ctx: DecisionContext) => CaseEvent[]): CaseEvent[] {
    const events = decide(this.state, this.ctx(today));
    this.fold(events);
    return events;
  }

  /** Folds events that did not come from a decision with a context (e.g. decideDueAlerts). */
  fold(events: CaseEvent[]): void {
    this.state = foldEvents(this.state, events);
    this.log.push(...events);
  }

  stageTaskId(): string {
    const task = openStageTask(this.state);
    if (!task) throw new Error(`case in ${this.state.status} has no open stage task`);
    return task.id;
  }

  completeStage(today: IsoDate, outcome: string): CaseEvent[] {
    const taskId = this.stageTaskId();
    return this.apply(today, (s, ctx) => completeTask.decide(s, { outcome, taskId: taskId }, ctx));
  }

  saveNeeds(today: IsoDate, input: Partial<NeedsDeterminationInputRaw> = {}): CaseEvent[] {
    return this.apply(today, (s, ctx) => saveNeedsDetermination.decide(s, needsInput(input), ctx));
  }

  addIntervention(today: IsoDate, input: Partial<InterventionInput> = {}): string {
    const id = this.nextId();
    this.apply(today, (s, ctx) => addIntervention.decide(s, interventionInput(input), ctx));
    return id;
  }

  /** Completes every Planned / In Progress intervention with the given actual end date. */
  closeAllInterventions(today: IsoDate, actualEndDate: IsoDate = today): void {
    for (const i of this.state.interventions) {
      if (i.status === 'PLANNED' || i.status === 'IN_PROGRESS') {
        this.apply(today, (s, ctx) =>
          changeIntervention.decide(s, { status: 'COMPLETED', actualEndDate, interventionId: i.id }, ctx),
        );
      }
    }
  }

  recordOutcome(today: IsoDate, input: OutcomeInput): CaseEvent[] {
    return this.apply(today, (s, ctx) => recordOutcome.decide(s, input, ctx));
  }

  openTaskTypes(): string[] {
    return openTasks(this.state).map((t) => t.type);
  }
}

export function needsInput(input: Partial<NeedsDeterminationInputRaw> = {}): NeedsDeterminationInputRaw {
  return {
    employmentGoal: 'FULL_TIME_EMPLOYMENT',
    jobPreferences: [{ label: 'Medical secretary', nocCode: '1243' }],
    barriers: [{ dimension: 'JOB_SEARCH', barrierType: 'ESSENTIAL_SKILLS', relevantToGoal: true }],
    completed: true,
    confirmed: true,
    ...input,
  };
}

export function interventionInput(input: Partial<InterventionInput> = {}): InterventionInput {
  return {
    dimension: 'JOB_SEARCH',
    interventionType: 'JS_WORKSHOPS',
    fundingType: 'EDMT',
    deliveryModel: 'IN_HOUSE',
    plannedStartDate: '2011-11-16',
    plannedEndDate: '2011-12-26',
    description: 'Job search workshops',
    fundingRequested: false,
    ...input,
  };
}

export function outcomeInput(
  type: OutcomeInput['type'],
  actualOutcomeDate: IsoDate,
  extra: Partial<OutcomeInput> = {},
): OutcomeInput {
  return {
    type,
    actualOutcomeDate,
    employmentStatus: 'UNEMPLOYED',
    inPreferredField: false,
    confirmClose: false,
    ...extra,
  };
}

/** The employment fields R-OUT-09 requires for an Employed client (Jane Johnson's 24-week outcome in the seed). */
export const EMPLOYED_DETAILS: Partial<OutcomeInput> = {
  employmentStatus: 'EMPLOYED',
  employmentDetails: 'FULL_TIME',
  employerName: 'Dr XYZ medical clinic',
  provinceOfEmployment: 'NS',
  jobTitle: 'Medical Secretary',
  nocCode: '1243',
  hoursPerWeek: 35,
  hourlyWage: 15.75,
  inPreferredField: true,
};

/** The dates of legacy case 100923 (seed 002, lines 147-153): Intake Oct 20, 2011 … Follow-up Nov 28, 2011. */
export const LEGACY_DATES = {
  INTAKE: '2011-10-20',
  ASSESSMENT: '2011-10-25',
  RTWAP_DEV: '2011-10-31',
  RTWAP_MGMT: '2011-11-22',
  FOLLOW_UP: '2011-11-28',
} as const;

export type WalkDates = Partial<Record<Exclude<CaseStatus, 'CLOSED'>, IsoDate>>;

export interface WalkOptions {
  /** The intervention added in RTWAP Dev (the default one ends on Dec 26, 2011, the seed's Close Action Plan due date).
   */
  intervention?: Partial<InterventionInput>;
  /** Actual end date given to the interventions when the plan is closed (default: the Follow-up date). */
  actualEndDate?: IsoDate;
}

/**
 * Walks a new case through the normal path up to `target`, one status per date (default: legacy case 100923):
 * Intake Complete, a completed needs determination, Assessment Complete, one intervention, Developed and Signed,
 * then every intervention completed, the RTWAP Closure outcome and Plan Completed.
 */
export function walkTo(
  target: Exclude<CaseStatus, 'CLOSED'>,
  dates: WalkDates = {},
  options: WalkOptions = {},
): CaseRun {
  const d = { ...LEGACY_DATES, ...dates };
  const run = new CaseRun(d.INTAKE);
  if (target === 'INTAKE') return run;
  run.completeStage(d.ASSESSMENT, 'INTAKE_COMPLETE');
  if (target === 'ASSESSMENT') return run;
  run.saveNeeds(d.RTWAP_DEV);
  run.completeStage(d.RTWAP_DEV, 'ASSESSMENT_COMPLETE');
  if (target === 'RTWAP_DEV') return run;
  run.addIntervention(d.RTWAP_DEV, options.intervention);
  run.completeStage(d.RTWAP_MGMT, 'DEVELOPED_AND_SIGNED');
  if (target === 'RTWAP_MGMT') return run;
  run.closeAllInterventions(d.FOLLOW_UP, options.actualEndDate ?? d.FOLLOW_UP);
  run.recordOutcome(d.FOLLOW_UP, outcomeInput('RTWAP_CLOSURE', d.FOLLOW_UP));
  run.completeStage(d.FOLLOW_UP, 'PLAN_COMPLETED');
  return run;
}

/** A case that entered Follow-up on `a`, its last intervention having ended on `l` (≤ a). */
export function followUpCase(a: IsoDate, l: IsoDate = a): CaseRun {
  const dev = addDays(l, -60);
  return walkTo(
    'FOLLOW_UP',
    {
      INTAKE: addDays(dev, -11),
      ASSESSMENT: addDays(dev, -6),
      RTWAP_DEV: dev,
      RTWAP_MGMT: addDays(dev, 7),
      FOLLOW_UP: a,
    },
    { intervention: { plannedStartDate: addDays(dev, 14), plannedEndDate: l }, actualEndDate: l },
  );
}

/** The violations a decide* call throws; fails the test when it does not throw one. */
export function violationsOf(action: () => unknown): Violation[] {
  try {
    action();
  } catch (e) {
    if (e instanceof RuleViolationError) return e.violations;
    throw e;
  }
  throw new Error('expected the action to be refused with a RuleViolationError');
}

/** rule/code pairs, the compact form most assertions compare. */
export const ruleCodes = (v: Violation[]) => v.map((x) => `${x.rule} ${x.code}`);
