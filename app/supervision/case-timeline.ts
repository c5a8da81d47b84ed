// A case's history as a supervisor reads it: who did what and when, from the case's accepted actions (case_command:
// each batch of events with its actor) and from what the workflow itself did (emails sent, steps stuck and retried).
// Every code is turned into its label in both languages here, so the page only chooses the language.
import {
  REASON_LABELS,
  STAGE_TASK,
  STATUS_LABELS,
  TASK_LABELS,
  TASK_OUTCOMES,
  type CaseStatus,
  type Label,
  type StatusReason,
  type TaskType,
} from '../../domain/case-model.ts';
import type { AlertKind, CaseEvent, InterventionStatus, OutcomeType } from '../../domain/case-state.ts';
import { ALERT_KIND_LABELS } from '../../domain/case-timers.ts';
import { INFO_MODULES, type InfoModule } from '../../domain/additional-info.ts';
import { followUpSchedule } from '../../domain/followup.ts';
import { INTERVENTION_STATUS_LABELS } from '../../domain/interventions.ts';
import { EMPLOYMENT_STATUS_LABELS, OUTCOME_TYPE_LABELS } from '../../domain/outcomes.ts';
import { INTERVENTION_TYPES, type InterventionTypeCode } from '../../domain/reference.ts';
import { REFERRAL_TYPE_LABELS } from '../../domain/referrals.ts';
import { REGISTRATION_FIELD_LABELS, registrationValueLabel } from '../../domain/registration.ts';
import type { IsoDate } from '../../domain/dates.ts';

/** One thing that happened, in the domain's words; the page turns it into a sentence. */
export type TimelineEvent =
  | { type: 'caseOpened'; stage: Label }
  | { type: 'taskCompleted'; task: Label; stage: Label | null; outcome: Label | null }
  | { type: 'statusChanged'; to: Label; reason: Label }
  | { type: 'caseClosed'; reason: Label }
  | { type: 'taskOpened'; task: Label; dueDate: IsoDate | null }
  | { type: 'taskCancelled'; task: Label }
  | { type: 'taskDueDateChanged'; task: Label; dueDate: IsoDate | null }
  | { type: 'interventionAdded'; intervention: Label; start: IsoDate; end: IsoDate }
  | { type: 'interventionChanged'; intervention: Label; status: Label }
  | { type: 'interventionRemoved'; intervention: Label }
  | { type: 'needsSaved'; version: number; completed: boolean }
  | { type: 'noteAdded' }
  | { type: 'noteEdited' }
  | { type: 'educationSaved' }
  | { type: 'additionalInfoSaved'; module: Label }
  | { type: 'outcomeRecorded'; outcome: Label; employmentStatus: Label }
  | { type: 'outcomeChanged'; outcome: Label; employmentStatus: Label }
  | { type: 'outcomeDeleted'; outcome: Label }
  | { type: 'followUpScheduled'; due24: IsoDate; due52: IsoDate }
  | { type: 'alertRaised'; alert: Label; dueDate: IsoDate }
  | { type: 'alertCleared'; alert: Label }
  | { type: 'caseManagerChanged'; caseManager: string }
  | { type: 'registrationUpdated'; changes: { field: Label; from: Label | null; to: Label | null }[] }
  | { type: 'referralSent'; referralType: Label; organisation: string }
  | { type: 'referralEmailed' }
  | { type: 'referralEmailFailed' }
  | { type: 'transferCompleted'; organisation: string; caseManager: string }
  | { type: 'emailSent'; email: SentEmail; to: string | null }
  | { type: 'stepStuck'; step: Label; attempts: number; error: string | null; nextRetryAt: string | null }
  | { type: 'stepRetried'; step: Label };

export type SentEmail = 'CASE_ASSIGNED' | 'REFERRAL' | 'TRANSFER_REMINDER' | 'TRANSFER_COMPLETED';

export interface TimelineEntry {
  /** The instant it happened (ISO). */
  at: string;
  /** Who did it; null: Pathway itself (a timer, an email, a retry by itself). */
  actor: string | null;
  /** What happened: the first is the headline, the others what came with it. */
  events: TimelineEvent[];
}

/** An accepted action as case_command keeps it. */
export interface RecordedCommand {
  at: Date;
  actorId?: number | null;
  events: unknown[];
}

export interface Names {
  user(id: number): string;
  organisation(id: number): string;
}

/** The order in which one batch's events are told: the action the person took first, what followed after. */
const HEADLINE_ORDER: TimelineEvent['type'][] = [
  'caseOpened',
  'transferCompleted',
  'taskCompleted',
  'caseClosed',
  'outcomeRecorded',
  'outcomeChanged',
  'outcomeDeleted',
  'referralSent',
  'caseManagerChanged',
  'registrationUpdated',
  'interventionAdded',
  'interventionChanged',
  'interventionRemoved',
  'needsSaved',
  'educationSaved',
  'additionalInfoSaved',
  'followUpScheduled',
  'alertRaised',
  'noteAdded',
  'noteEdited',
  'statusChanged',
  'taskOpened',
  'taskDueDateChanged',
  'taskCancelled',
  'alertCleared',
  'referralEmailed',
  'referralEmailFailed',
];
const rank = (e: TimelineEvent) => HEADLINE_ORDER.indexOf(e.type);

const STAGE_OF_TASK = new Map(
  Object.entries(STAGE_TASK).map(([status, t]) => [t.type, STATUS_LABELS[status as CaseStatus]]),
);
const unknown = (code: string): Label => ({ en: code, fr: code });
const taskLabel = (type: string | undefined) =>
  type ? (TASK_LABELS[type as TaskType] ?? unknown(type)) : unknown('?');
const interventionLabel = (type: string | undefined): Label => {
  const t = type ? INTERVENTION_TYPES[type as InterventionTypeCode] : undefined;
  return t ? { en: t.en, fr: t.fr } : unknown(type ?? '?');
};
const outcomeLabel = (type: string | undefined) =>
  type ? (OUTCOME_TYPE_LABELS[type as OutcomeType] ?? unknown(type)) : unknown('?');
const statusLabel = (code: string) =>
  EMPLOYMENT_STATUS_LABELS[code as keyof typeof EMPLOYMENT_STATUS_LABELS] ?? unknown(code);
const alertLabel = (kind: string | undefined) =>
  kind ? (ALERT_KIND_LABELS[kind as AlertKind] ?? unknown(kind)) : unknown('?');

/**
 * The entries of a case's accepted actions, oldest first. The events name tasks, interventions, outcomes and alerts
 * by id; their types are followed through the case's whole life so a later event can say what it was about.
 */
export function commandEntries(commands: readonly RecordedCommand[], names: Names): TimelineEntry[] {
  const tasks = new Map<string, string>();
  const interventions = new Map<string, string>();
  const outcomes = new Map<string, string>();
  const alerts = new Map<string, string>();

  function describe(e: CaseEvent): TimelineEvent | null {
    switch (e.type) {
      case 'StatusChanged':
        if (e.from === null) return { type: 'caseOpened', stage: STATUS_LABELS[e.to] };
        if (e.to === 'CLOSED') return { type: 'caseClosed', reason: REASON_LABELS[e.reason as StatusReason] };
        return { type: 'statusChanged', to: STATUS_LABELS[e.to], reason: REASON_LABELS[e.reason as StatusReason] };
      case 'TaskOpened':
        tasks.set(e.task.id, e.task.type);
        return { type: 'taskOpened', task: taskLabel(e.task.type), dueDate: e.task.dueDate };
      case 'TaskCompleted': {
        const type = tasks.get(e.taskId);
        const rule = type ? TASK_OUTCOMES[type as TaskType]?.[e.outcome] : undefined;
        const employment = EMPLOYMENT_STATUS_LABELS[e.outcome as keyof typeof EMPLOYMENT_STATUS_LABELS];
        return {
          type: 'taskCompleted',
          task: taskLabel(type),
          stage: (type && STAGE_OF_TASK.get(type as TaskType)) || null,
          outcome: rule?.label ?? employment ?? null,
        };
      }
      case 'TaskCancelled':
        return { type: 'taskCancelled', task: taskLabel(tasks.get(e.taskId)) };
      case 'TaskDueDateChanged':
        return { type: 'taskDueDateChanged', task: taskLabel(tasks.get(e.taskId)), dueDate: e.dueDate };
      case 'InterventionAdded':
        interventions.set(e.intervention.id, e.intervention.interventionType);
        return {
          type: 'interventionAdded',
          intervention: interventionLabel(e.intervention.interventionType),
          start: e.intervention.plannedStartDate,
          end: e.intervention.plannedEndDate,
        };
      case 'InterventionChanged':
        return {
          type: 'interventionChanged',
          intervention: interventionLabel(e.intervention.interventionType),
          status: INTERVENTION_STATUS_LABELS[e.intervention.status as InterventionStatus],
        };
      case 'InterventionRemoved':
        return { type: 'interventionRemoved', intervention: interventionLabel(interventions.get(e.interventionId)) };
      case 'NeedsDeterminationSaved':
        return { type: 'needsSaved', version: e.needs.version, completed: e.needs.completed };
      case 'NoteAdded':
        return { type: 'noteAdded' };
      case 'NoteEdited':
        return { type: 'noteEdited' };
      case 'EducationExperienceSaved':
        return { type: 'educationSaved' };
      case 'AdditionalInfoSaved':
        return {
          type: 'additionalInfoSaved',
          module: INFO_MODULES[e.moduleCode as InfoModule] ?? unknown(e.moduleCode),
        };
      case 'OutcomeRecorded':
        outcomes.set(e.outcome.id, e.outcome.type);
        return {
          type: 'outcomeRecorded',
          outcome: outcomeLabel(e.outcome.type),
          employmentStatus: statusLabel(e.outcome.employmentStatus),
        };
      case 'OutcomeChanged':
        return {
          type: 'outcomeChanged',
          outcome: outcomeLabel(e.outcome.type),
          employmentStatus: statusLabel(e.outcome.employmentStatus),
        };
      case 'OutcomeDeleted':
        return { type: 'outcomeDeleted', outcome: outcomeLabel(outcomes.get(e.outcomeId)) };
      case 'FollowUpScheduled': {
        const s = followUpSchedule(e.anchors);
        return { type: 'followUpScheduled', due24: s.alertAt24, due52: s.alertAt52 };
      }
      case 'AlertRaised':
        alerts.set(e.alert.key, e.alert.kind);
        return { type: 'alertRaised', alert: alertLabel(e.alert.kind), dueDate: e.alert.dueDate };
      case 'AlertCleared':
        return { type: 'alertCleared', alert: alertLabel(alerts.get(e.key)) };
      case 'CaseManagerChanged':
        return { type: 'caseManagerChanged', caseManager: names.user(e.caseManagerId) };
      case 'RegistrationUpdated':
        return {
          type: 'registrationUpdated',
          changes: e.changes.map((c) => ({
            field: REGISTRATION_FIELD_LABELS[c.field] ?? unknown(c.field),
            from: registrationValueLabel(c.field, c.from),
            to: registrationValueLabel(c.field, c.to),
          })),
        };
      case 'ReferralSubmitted':
        return {
          type: 'referralSent',
          referralType: REFERRAL_TYPE_LABELS[e.referral.type],
          organisation: e.referral.toOrganisationName,
        };
      case 'ReferralEmailed':
        return { type: 'referralEmailed' };
      case 'ReferralEmailFailed':
        return { type: 'referralEmailFailed' };
      case 'TransferCompleted':
        return {
          type: 'transferCompleted',
          organisation: names.organisation(e.organisationId),
          caseManager: names.user(e.caseManagerId),
        };
      default:
        return null;
    }
  }

  return commands
    .map((c) => ({
      at: c.at.toISOString(),
      actor: c.actorId == null ? null : names.user(c.actorId),
      events: (c.events as CaseEvent[])
        .map(describe)
        .filter((e): e is TimelineEvent => e !== null)
        // A stable sort: the action first, what came with it in the order it was decided.
        .sort((a, b) => rank(a) - rank(b)),
    }))
    .filter((entry) => entry.events.length > 0);
}

/** The ids of the users and organisations the entries of these commands name. */
export function idsNamedBy(commands: readonly RecordedCommand[]): { users: number[]; organisations: number[] } {
  const users = new Set<number>();
  const organisations = new Set<number>();
  for (const c of commands) {
    if (c.actorId != null) users.add(c.actorId);
    for (const e of c.events as CaseEvent[]) {
      if (e.type === 'CaseManagerChanged') users.add(e.caseManagerId);
      if (e.type === 'TransferCompleted') {
        users.add(e.caseManagerId);
        organisations.add(e.organisationId);
      }
    }
  }
  return { users: [...users], organisations: [...organisations] };
}

/** Newest first; at the same instant, the later-listed entry (the workflow's step after the action behind it) first. */
export function newestFirst(entries: TimelineEntry[]): TimelineEntry[] {
  return [...entries].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).reverse();
}
