// The activities the case workflow calls, declared here so workflow code depends on a contract,
// not on the I/O code behind it (activities/ implements it).
import type { CaseEvent } from '../domain/case-state.ts';
import type { StepReport } from '../domain/stuck-steps.ts';

export interface CaseEventBatch {
  caseId: number;
  /** Unique per accepted action: an Update's id or a timer's key; makes the write idempotent. */
  commandId: string;
  actorId: number | null;
  /** Workflow time of the action, ISO 8601. */
  at: string;
  events: CaseEvent[];
}

export interface CaseActivities {
  recordCaseEvents(batch: CaseEventBatch): Promise<void>;
  /** Emails the case manager that a case is theirs; `key` makes the email go out once per assignment. */
  notifyCaseManagerAssigned(input: { caseId: number; caseManagerId: number; key: string }): Promise<void>;
}

export interface StuckStepActivities {
  /** Writes a step's state for operations; idempotent (an upsert of the report). */
  recordStepState(report: StepReport): Promise<void>;
}
