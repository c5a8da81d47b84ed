// The state a case workflow keeps, the events that change it, and the pure fold from one to the other.
// The same events are projected into PostgreSQL (db/case-projection.ts), so the database and the
// workflow never disagree about what happened.
import type { CaseStatus, StatusReason, TaskType } from './case-model.ts';
import type { IsoDate } from './dates.ts';
import type { FollowUpAnchors } from './followup.ts';
import type { Referral } from './referrals.ts';
import {
  type EducationExperienceInput,
  type InterventionChangeInput,
  type NeedsDeterminationInputRaw,
  type OUTCOME_TYPE_CODES,
  type OutcomeChangeInput,
  type RegistrationInput,
} from './schemas/case.ts';

export type InterventionStatus = 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'NOT_COMPLETED';
export type NonCompletionReason = NonNullable<InterventionChangeInput['nonCompletionReason']>;
export type OutcomeType = (typeof OUTCOME_TYPE_CODES)[number];
export type EmploymentDetails = Omit<OutcomeChangeInput, 'actualOutcomeDate'>;
export type NeedsDeterminationInput = Omit<NeedsDeterminationInputRaw, 'confirmed'>;
/** An answer to an Additional Case Information question. */
export type Answer = string | string[] | boolean;
export type ModuleStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';

export interface StatusRow {
  status: CaseStatus;
  startDate: IsoDate;
  endDate: IsoDate | null;
  reason: StatusReason;
}

export interface CaseTask {
  id: string;
  type: TaskType;
  openedOn: IsoDate;
  dueDate: IsoDate | null;
  state: 'OPEN' | 'COMPLETED' | 'CANCELLED';
  outcome?: string;
  closedOn?: IsoDate;
}

export interface Intervention {
  id: string;
  dimension: string;
  interventionType: string;
  fundingType: string;
  deliveryModel: 'EXTERNAL' | 'IN_HOUSE' | 'SELF_MANAGED';
  /** Who delivers an External intervention, as the plan shows it: the chosen organisation's name, or a partner's. */
  deliveringOrganisation: string | null;
  /** R-DLV-03: the organisation of Pathway the case is shared with; absent for a partner outside Pathway (and in
   * interventions saved before it existed, which share nothing). */
  deliveringOrganisationId?: number;
  plannedStartDate: IsoDate;
  plannedEndDate: IsoDate;
  description: string;
  fundingRequested: boolean;
  status: InterventionStatus;
  actualEndDate: IsoDate | null;
  nonCompletionReason: NonCompletionReason | null;
}

export interface NeedsDeterminationVersion extends NeedsDeterminationInput {
  version: number;
  savedOn: IsoDate;
}

export interface EmploymentOutcome extends EmploymentDetails {
  id: string;
  type: OutcomeType;
  actualOutcomeDate: IsoDate;
  recordedOn: IsoDate;
}

export type AlertKind =
  'INTERVENTION_OVERDUE' | 'WEEK_24_DUE' | 'WEEK_52_DUE' | 'TRANSFER_PENDING' | 'TRANSFER_REMINDER';

export interface CaseAlert {
  key: string;
  kind: AlertKind;
  raisedOn: IsoDate;
  /** The date the alert is about (intervention end date, follow-up alert date). */
  dueDate: IsoDate;
  ref: string | null;
}

export interface CaseState {
  caseId: number;
  caseManagerId: number;
  status: CaseStatus;
  history: StatusRow[];
  tasks: CaseTask[];
  interventions: Intervention[];
  needs: NeedsDeterminationVersion[];
  outcomes: EmploymentOutcome[];
  followUp: FollowUpAnchors | null;
  alerts: CaseAlert[];
  notes: number;
  /** Who wrote each note and when, for the 30-day edit rule (R-NOTE-03); absent in states saved before it existed. */
  noteIndex?: { id: string; authorId: number | null; createdOn: IsoDate; referralId?: string }[];
  /** Additional Case Information module statuses (R-ASM-03); absent before any module is saved. */
  additionalInfo?: Record<string, ModuleStatus>;
  /** Referrals sent from this case (R-REF); absent before the first one. */
  referrals?: Referral[];
  /** The managing organisation, once a transfer has moved the case (absent: the organisation that opened it). */
  organisationId?: number;
  /** The registration details as last updated on Case Details (spec 01 §4.12); absent before the first update. */
  registration?: RegistrationInput;
}

/** One registration field an update changed, by its name, with its value before and after (codes as stored). */
export interface RegistrationChange {
  field: keyof RegistrationInput;
  from: RegistrationInput[keyof RegistrationInput] | null;
  to: RegistrationInput[keyof RegistrationInput] | null;
}

export type CaseEvent =
  | { type: 'StatusChanged'; from: CaseStatus | null; to: CaseStatus; date: IsoDate; reason: StatusReason }
  | { type: 'TaskOpened'; task: Pick<CaseTask, 'id' | 'type' | 'openedOn' | 'dueDate'> }
  | { type: 'TaskCompleted'; taskId: string; outcome: string; date: IsoDate }
  | { type: 'TaskCancelled'; taskId: string; date: IsoDate }
  | { type: 'TaskDueDateChanged'; taskId: string; dueDate: IsoDate | null }
  | { type: 'InterventionAdded'; intervention: Intervention }
  | { type: 'InterventionChanged'; intervention: Intervention }
  | { type: 'InterventionRemoved'; interventionId: string }
  | { type: 'NeedsDeterminationSaved'; needs: NeedsDeterminationVersion }
  | {
      type: 'NoteAdded';
      noteId: string;
      text: string;
      context: string | null;
      authorId?: number | null;
      date?: IsoDate;
      /** R-REF-21: the draft referral the note was written for. */
      referralId?: string;
    }
  | { type: 'NoteEdited'; noteId: string; text: string }
  | { type: 'EducationExperienceSaved'; document: EducationExperienceInput }
  | { type: 'AdditionalInfoSaved'; moduleCode: string; answers: Record<string, Answer>; status: ModuleStatus }
  | { type: 'OutcomeRecorded'; outcome: EmploymentOutcome }
  | { type: 'OutcomeChanged'; outcome: EmploymentOutcome }
  | { type: 'OutcomeDeleted'; outcomeId: string }
  | { type: 'FollowUpScheduled'; anchors: FollowUpAnchors }
  | { type: 'AlertRaised'; alert: CaseAlert }
  | { type: 'AlertCleared'; key: string; date: IsoDate }
  | { type: 'CaseManagerChanged'; caseManagerId: number }
  | { type: 'RegistrationUpdated'; registration: RegistrationInput; changes: RegistrationChange[] }
  | { type: 'ReferralSubmitted'; referral: Referral }
  | { type: 'ReferralEmailed'; referralId: string; date: IsoDate }
  | { type: 'ReferralEmailFailed'; referralId: string }
  | {
      type: 'TransferCompleted';
      referralId: string;
      organisationId: number;
      previousOrganisationId: number;
      caseManagerId: number;
      previousCaseManagerId: number;
      serviceDeliveryLocation: string | null;
      date: IsoDate;
    };

export function emptyCaseState(caseId: number, caseManagerId: number): CaseState {
  return {
    caseId,
    caseManagerId,
    status: 'INTAKE',
    history: [],
    tasks: [],
    interventions: [],
    needs: [],
    outcomes: [],
    followUp: null,
    alerts: [],
    notes: 0,
  };
}

const replaceById = <T extends { id: string }>(list: T[], item: T) => list.map((x) => (x.id === item.id ? item : x));

export function evolve(s: CaseState, e: CaseEvent): CaseState {
  switch (e.type) {
    case 'StatusChanged':
      return {
        ...s,
        status: e.to,
        history: [
          ...s.history.map((r) => (r.endDate === null ? { ...r, endDate: e.date } : r)),
          // R-HIST-03: a Closed row never gets an end date; it is the last row.
          { status: e.to, startDate: e.date, endDate: null, reason: e.reason },
        ],
      };
    case 'TaskOpened':
      return { ...s, tasks: [...s.tasks, { ...e.task, state: 'OPEN' }] };
    case 'TaskCompleted':
      return {
        ...s,
        tasks: s.tasks.map((t) =>
          t.id === e.taskId ? { ...t, state: 'COMPLETED', outcome: e.outcome, closedOn: e.date } : t,
        ),
      };
    case 'TaskCancelled':
      return {
        ...s,
        tasks: s.tasks.map((t) => (t.id === e.taskId ? { ...t, state: 'CANCELLED', closedOn: e.date } : t)),
      };
    case 'TaskDueDateChanged':
      return { ...s, tasks: s.tasks.map((t) => (t.id === e.taskId ? { ...t, dueDate: e.dueDate } : t)) };
    case 'InterventionAdded':
      return { ...s, interventions: [...s.interventions, e.intervention] };
    case 'InterventionChanged':
      return { ...s, interventions: replaceById(s.interventions, e.intervention) };
    case 'InterventionRemoved':
      return { ...s, interventions: s.interventions.filter((i) => i.id !== e.interventionId) };
    case 'NeedsDeterminationSaved':
      return { ...s, needs: [...s.needs.filter((n) => n.version !== e.needs.version), e.needs] };
    case 'NoteAdded':
      return {
        ...s,
        notes: s.notes + 1,
        noteIndex: e.date
          ? [
              ...(s.noteIndex ?? []),
              {
                id: e.noteId,
                authorId: e.authorId ?? null,
                createdOn: e.date,
                ...(e.referralId ? { referralId: e.referralId } : {}),
              },
            ]
          : s.noteIndex,
      };
    case 'NoteEdited':
    case 'EducationExperienceSaved':
      return s;
    case 'AdditionalInfoSaved':
      return { ...s, additionalInfo: { ...s.additionalInfo, [e.moduleCode]: e.status } };
    case 'OutcomeRecorded':
      return { ...s, outcomes: [...s.outcomes, e.outcome] };
    case 'OutcomeChanged':
      return { ...s, outcomes: replaceById(s.outcomes, e.outcome) };
    case 'OutcomeDeleted':
      return { ...s, outcomes: s.outcomes.filter((o) => o.id !== e.outcomeId) };
    case 'FollowUpScheduled':
      return { ...s, followUp: e.anchors };
    case 'AlertRaised':
      return { ...s, alerts: [...s.alerts.filter((a) => a.key !== e.alert.key), e.alert] };
    case 'AlertCleared':
      return { ...s, alerts: s.alerts.filter((a) => a.key !== e.key) };
    case 'CaseManagerChanged':
      return { ...s, caseManagerId: e.caseManagerId };
    case 'RegistrationUpdated':
      return { ...s, registration: e.registration };
    case 'ReferralSubmitted':
      return { ...s, referrals: [...(s.referrals ?? []), e.referral] };
    case 'ReferralEmailed':
      return {
        ...s,
        referrals: (s.referrals ?? []).map((r) => (r.id === e.referralId ? { ...r, status: 'EMAILED' } : r)),
      };
    case 'ReferralEmailFailed':
      return {
        ...s,
        referrals: (s.referrals ?? []).map((r) =>
          r.id === e.referralId && r.status === 'SENT' ? { ...r, status: 'EMAIL_FAILED' } : r,
        ),
      };
    case 'TransferCompleted':
      // R-REF-20: the first completed transfer wins; every other pending one is superseded.
      return {
        ...s,
        organisationId: e.organisationId,
        referrals: (s.referrals ?? []).map((r) =>
          r.id === e.referralId
            ? { ...r, transferOutcome: 'COMPLETED' }
            : r.transferOutcome === 'PENDING'
              ? { ...r, transferOutcome: 'SUPERSEDED' }
              : r,
        ),
      };
  }
}

export const foldEvents = (s: CaseState, events: CaseEvent[]): CaseState => events.reduce(evolve, s);

export const openTasks = (s: CaseState) => s.tasks.filter((t) => t.state === 'OPEN');
/** Tasks that sit beside the stage's own task and never move the case to another status. */
const SIDE_TASKS: readonly TaskType[] = [
  'WEEK_24_OUTCOME',
  'WEEK_52_OUTCOME',
  'CASE_RECEIVED',
  'REQUEST_DOCUMENTATION',
];
export const openStageTask = (s: CaseState) => openTasks(s).find((t) => !SIDE_TASKS.includes(t.type));
export const outcomeOfType = (s: CaseState, type: OutcomeType) => s.outcomes.find((o) => o.type === type);
export const latestCompletedNeeds = (s: CaseState) =>
  s.needs.filter((n) => n.completed).sort((a, b) => b.version - a.version)[0];

/** R-PLAN-03: the latest planned end date among the plan's interventions. */
export function interventionsEndDate(s: CaseState): IsoDate | null {
  return s.interventions.reduce<IsoDate | null>(
    (max, i) => (max === null || i.plannedEndDate > max ? i.plannedEndDate : max),
    null,
  );
}

/** An accepted action's events as the workflow records them (db/case-projection.ts projects them). */
export interface CaseEventBatch {
  caseId: number;
  /** Unique per accepted action: an Update's id or a timer's key; makes the write idempotent. */
  commandId: string;
  actorId: number | null;
  /** Workflow time of the action, ISO 8601. */
  at: string;
  events: CaseEvent[];
}
