// One workflow per case (id case-<caseId>): it holds the case's state, refuses actions that break a rule
// before anything is written (Update validators), records accepted ones through an idempotent activity,
// and sleeps on durable timers until the next alert is due.
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  currentUpdateInfo,
  patched,
  proxyActivities,
  setHandler,
  uuid4,
  workflowInfo,
  ApplicationFailure,
} from '@temporalio/workflow';
import type { UpdateDefinition } from '@temporalio/common';
import {
  decideAddIntervention,
  decideAddNote,
  decideChangeIntervention,
  decideChangeOutcome,
  decideCloseCase,
  decideCompleteTask,
  decideCorrectAnchors,
  decideDeleteOutcome,
  decideDueAlerts,
  decideEditNote,
  decideRecordOutcome,
  decideRemoveIntervention,
  decideReassign,
  decideSaveEducation,
  decideSaveModule,
  decideSaveNeeds,
  validateAddNote,
  validateCloseCase,
  validateCompleteTask,
  validateCorrectAnchors,
  validateEditNote,
  validateReassign,
  type DecisionContext,
} from '../domain/case-commands.ts';
import { ALERT_HOUR, foldEvents, pendingTimers, type CaseEvent, type CaseState } from '../domain/case-state.ts';
import { businessDate, businessInstant, type IsoDate } from '../domain/dates.ts';
import { validateInterventionChange, validateInterventionRemoval, validateNewIntervention } from '../domain/interventions.ts';
import { validateSaveModule } from '../domain/additional-info.ts';
import { validateEducationExperience } from '../domain/education.ts';
import { validateNeedsDetermination } from '../domain/needs.ts';
import { validateNewOutcome, validateOutcomeChange, validateOutcomeDeletion } from '../domain/outcomes.ts';
import type { Violation } from '../domain/violations.ts';
import type { CaseActivities } from './activity-types.ts';
import { EXTERNAL_STEP, operatorRetries, type ExternalStep } from './stuck-steps.ts';
import {
  addInterventionUpdate,
  addNoteUpdate,
  caseViewQuery,
  changeInterventionUpdate,
  changeOutcomeUpdate,
  closeCaseUpdate,
  completeTaskUpdate,
  correctAnchorsUpdate,
  deleteOutcomeUpdate,
  editNoteUpdate,
  reassignUpdate,
  recordOutcomeUpdate,
  removeInterventionUpdate,
  saveAdditionalInfoUpdate,
  saveEducationUpdate,
  saveNeedsUpdate,
  type Actor,
  type CaseWorkflowInput,
} from './case-api.ts';

const { recordCaseEvents, notifyCaseManagerAssigned } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

// Emails leave Pathway: a few attempts, then they wait for an operator as a stuck step (workflows/stuck-steps.ts).
const emails = proxyActivities<CaseActivities>(EXTERNAL_STEP);

const DEFAULT_HISTORY_LIMIT = 5_000;

/** A refused action: the API turns it into a 4xx carrying the violations. */
function refuse(violations: Violation[]): void {
  if (violations.length) {
    throw ApplicationFailure.create({
      type: 'RuleViolation',
      message: violations.map((v) => v.message).join(' '),
      details: violations,
      nonRetryable: true,
    });
  }
}

const today = (): IsoDate => businessDate(new Date());

export async function caseWorkflow(input: CaseWorkflowInput): Promise<CaseState> {
  let state = input.state;
  let assignmentEmailed = input.assignmentEmailed ?? false;
  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  let changed = false;
  let busy = false;
  const withOperatorRetry = operatorRetries();
  let sending = 0;

  /** Emails go out beside the case's work: a send waiting for an operator never holds up the case manager. */
  function sendInBackground(step: ExternalStep, send: () => Promise<void>): void {
    sending += 1;
    void withOperatorRetry({ ...step, caseId: state.caseId }, send).finally(() => {
      sending -= 1;
    });
  }

  async function notifyAssigned(key: string): Promise<void> {
    const input = { caseId: state.caseId, caseManagerId: state.caseManagerId, key };
    if (patched('emails-wait-for-operators')) {
      sendInBackground(
        { id: `email:case-assigned:${state.caseId}:${key}`, kind: 'EMAIL', description: `Case ${state.caseId}: email telling the case manager the case is theirs` },
        () => emails.notifyCaseManagerAssigned(input),
      );
    } else {
      await notifyCaseManagerAssigned(input);
    }
  }

  // One action at a time: an Update validated while another was being written is checked again under the lock.
  async function exclusive<T>(fn: () => Promise<T>): Promise<T> {
    await condition(() => !busy);
    busy = true;
    try {
      return await fn();
    } finally {
      busy = false;
    }
  }

  async function apply(commandId: string, actor: Actor | null, events: CaseEvent[]): Promise<void> {
    if (!events.length) return;
    await recordCaseEvents({ caseId: state.caseId, commandId, actorId: actor?.userId ?? null, at: new Date().toISOString(), events });
    const before = state.caseManagerId;
    state = foldEvents(state, events);
    changed = true;
    if (state.caseManagerId !== before) await notifyAssigned(commandId);
  }

  function command<I extends { actor: Actor }>(
    def: UpdateDefinition<CaseState, [I]>,
    validate: (s: CaseState, input: NoInfer<I>, today: IsoDate) => Violation[],
    decide: (s: CaseState, input: NoInfer<I>, ctx: DecisionContext) => CaseEvent[],
  ): void {
    setHandler(
      def,
      (input: I) =>
        exclusive(async () => {
          const ctx: DecisionContext = { today: today(), newId: uuid4, actorId: input.actor.userId };
          refuse(validate(state, input, ctx.today));
          await apply(currentUpdateInfo()!.id, input.actor, decide(state, input, ctx));
          return state;
        }),
      { validator: (input: I) => refuse(validate(state, input, today())) },
    );
  }

  command(completeTaskUpdate, (s, i) => validateCompleteTask(s, i.taskId, i), (s, i, c) => decideCompleteTask(s, i.taskId, i, c));
  command(closeCaseUpdate, (s, i) => validateCloseCase(s, i), decideCloseCase);
  command(addInterventionUpdate, (s, i) => validateNewIntervention(s, i), decideAddIntervention);
  command(
    changeInterventionUpdate,
    (s, i, t) => validateInterventionChange(s, i.interventionId, i, t),
    (s, i, c) => decideChangeIntervention(s, i.interventionId, i, c),
  );
  command(removeInterventionUpdate, (s, i) => validateInterventionRemoval(s, i.interventionId), (s, i, c) => decideRemoveIntervention(s, i.interventionId, c));
  command(saveNeedsUpdate, (s, i) => validateNeedsDetermination(s, i), decideSaveNeeds);
  command(saveAdditionalInfoUpdate, (s, i) => validateSaveModule(s, i), (s, i) => decideSaveModule(s, i));
  command(saveEducationUpdate, (s, i, t) => validateEducationExperience(s, i, t), decideSaveEducation);
  command(addNoteUpdate, (s) => validateAddNote(s), decideAddNote);
  command(editNoteUpdate, (s, i, t) => validateEditNote(s, i.noteId, i.actor.userId, t), (s, i, c) => decideEditNote(s, i.noteId, i.text, c));
  command(recordOutcomeUpdate, (s, i, t) => validateNewOutcome(s, i, t), decideRecordOutcome);
  command(changeOutcomeUpdate, (s, i, t) => validateOutcomeChange(s, i.outcomeId, i, t), (s, i, c) => decideChangeOutcome(s, i.outcomeId, i, c));
  command(deleteOutcomeUpdate, (s, i) => validateOutcomeDeletion(s, i.outcomeId), (s, i) => decideDeleteOutcome(s, i.outcomeId));
  command(correctAnchorsUpdate, (s, i, t) => validateCorrectAnchors(s, i, t), decideCorrectAnchors);
  command(reassignUpdate, (s, i) => validateReassign(s, i.caseManagerId), (s, i) => decideReassign(s, i.caseManagerId));

  setHandler(caseViewQuery, () => ({
    state,
    timers: pendingTimers(state).map((t) => ({ ...t, fireAt: businessInstant(t.fireOn, ALERT_HOUR).toISOString() })),
    runId: workflowInfo().runId,
    historyLength: workflowInfo().historyLength,
  }));

  if (!assignmentEmailed) {
    await notifyAssigned('opened');
    assignmentEmailed = true;
  }

  const historyTooLong = () => workflowInfo().continueAsNewSuggested || workflowInfo().historyLength > historyLimit;

  const isOpen = () => state.status !== 'CLOSED';
  while (isOpen()) {
    changed = false;
    const next = pendingTimers(state)[0];
    if (next) {
      const wait = Math.max(0, businessInstant(next.fireOn, ALERT_HOUR).getTime() - Date.now());
      const woken = await condition(() => changed || historyTooLong(), wait);
      if (!woken) {
        await exclusive(() => apply(`timer:${next.key}:${next.fireOn}`, null, decideDueAlerts(state, new Date(), today())));
      }
    } else {
      await condition(() => changed || historyTooLong());
    }
    if (historyTooLong() && isOpen()) {
      // Carry the state into a fresh run before the history grows large; wait for in-flight Updates first.
      await condition(() => allHandlersFinished() && !busy && sending === 0);
      return continueAsNew<typeof caseWorkflow>({ state, assignmentEmailed, historyLimit: input.historyLimit });
    }
  }
  await condition(() => allHandlersFinished() && sending === 0);
  return state;
}
