// What a case's Update answers (since patched('lean-update-result')): what a caller needs to know of the change, not
// the whole case state. Temporal stores an Update's answer in the case's history, encrypted, on every action; the
// case as a person sees it is read from PostgreSQL.
import type { CaseStatus } from './case-model.ts';
import type { CaseEvent, CaseState } from './case-state.ts';

export interface CaseUpdateAnswer {
  caseId: number;
  /** The case's stage after the change. */
  status: CaseStatus;
  caseManagerId: number;
  /** How many events the change recorded (0: nothing to change). */
  events: number;
  /** The ids of what the change created (a task, an intervention, a note, an outcome, a referral), in order. */
  created: string[];
}

function createdId(e: CaseEvent): string | null {
  switch (e.type) {
    case 'TaskOpened':
      return e.task.id;
    case 'InterventionAdded':
      return e.intervention.id;
    case 'NoteAdded':
      return e.noteId;
    case 'OutcomeRecorded':
      return e.outcome.id;
    case 'ReferralSubmitted':
      return e.referral.id;
    default:
      return null;
  }
}

export function caseUpdateAnswer(state: CaseState, events: readonly CaseEvent[]): CaseUpdateAnswer {
  return {
    caseId: state.caseId,
    status: state.status,
    caseManagerId: state.caseManagerId,
    events: events.length,
    created: events.map(createdId).filter((id): id is string => id !== null),
  };
}
