// The case workflow's public surface: its Updates (one per action of domain/case-actions/) and its Query.
// Shared by the workflow and by the callers that send them, so names and payloads cannot drift.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { CaseAction } from '../domain/case-action.ts';
import type { CaseState } from '../domain/case-state.ts';
import type { CaseUpdateAnswer } from '../domain/case-update-answer.ts';
import type { PendingTimer } from '../domain/case-timers.ts';

export const CASE_TASK_QUEUE = 'pathway-cases';
export const caseWorkflowId = (caseId: number) => `case-${caseId}`;

/** Who acts: every state change is recorded against the acting user (R-UI-04). */
export interface Actor {
  userId: number;
}

export interface CaseWorkflowInput {
  state: CaseState;
  /** Whether the case manager was already told of the assignment (kept across continue-as-new). */
  assignmentEmailed?: boolean;
  /** History length after which the workflow continues as new; lowered in tests. */
  historyLimit?: number;
}

export interface CaseView {
  state: CaseState;
  timers: (PendingTimer & { fireAt: string })[];
  runId: string;
  historyLength: number;
}

/**
 * The Update a case action is sent as: its input and the acting user. It answers with the case's stage and what the
 * change created (domain/case-update-answer.ts); a run that answered an Update before that change keeps answering
 * with its whole state (which holds caseId, status and caseManagerId too).
 */
export const caseUpdate = <I>(action: CaseAction<I>) =>
  defineUpdate<CaseUpdateAnswer, [I & { actor: Actor }]>(action.name);

export const caseViewQuery = defineQuery<CaseView>('caseView');
