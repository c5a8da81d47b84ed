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
  proxyLocalActivities,
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
  decideSubmitReferral,
  decideCompleteTransfer,
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
import {
  validateInterventionChange,
  validateInterventionRemoval,
  validateNewIntervention,
} from '../domain/interventions.ts';
import { validateSaveModule } from '../domain/additional-info.ts';
import { validateEducationExperience } from '../domain/education.ts';
import { validateNeedsDetermination } from '../domain/needs.ts';
import { validateNewOutcome, validateOutcomeChange, validateOutcomeDeletion } from '../domain/outcomes.ts';
import { validateCompleteTransfer, validateReferral } from '../domain/referrals.ts';
import type { Violation } from '../domain/refusals.ts';
import type { CaseActivities } from './activity-types.ts';
import { workflowLock } from './lock.ts';
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
  submitReferralUpdate,
  completeTransferUpdate,
  type Actor,
  type CaseWorkflowInput,
} from './case-api.ts';

const { recordCaseEvents, notifyCaseManagerAssigned } = proxyActivities<CaseActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

// The projection of accepted events as a local activity: it runs in the workflow task that decided the events,
// without a round trip through the server's activity queue (fewer history events and tasks per action).
const { recordCaseEvents: recordCaseEventsLocally } = proxyLocalActivities<CaseActivities>({
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
  const lock = workflowLock();
  const exclusive = lock.exclusive;
  const withOperatorRetry = operatorRetries();
  let sending = 0;

  /** Emails go out beside the case's work: a send waiting for an operator never holds up the case manager. */
  function sendInBackground(
    step: ExternalStep,
    send: () => Promise<void>,
    hooks: { sent?: () => Promise<void>; stuck?: () => Promise<void> } = {},
  ): void {
    sending += 1;
    void withOperatorRetry({ ...step, caseId: state.caseId }, send, hooks.stuck)
      .then(() => hooks.sent?.())
      .finally(() => {
        sending -= 1;
      });
  }

  /** R-REF-14: a referral is SENT, then EMAILED once its email is handed to the mail server (EMAIL_FAILED while stuck).
   */
  function emailReferral(referralId: string, kind: 'REFERRAL' | 'TRANSFER_REMINDER'): void {
    const what = kind === 'REFERRAL' ? 'referral' : 'transfer-reminder';
    sendInBackground(
      {
        id: `email:${what}:${referralId}`,
        kind: 'EMAIL',
        description:
          `Case ${state.caseId}: ${kind === 'REFERRAL' ? 'referral' : 'transfer reminder'} email to the ` +
          `receiving organisation`,
      },
      () => emails.sendReferralEmail({ caseId: state.caseId, referralId, kind }),
      kind === 'REFERRAL'
        ? {
            sent: () =>
              exclusive(() =>
                apply(`referral-emailed:${referralId}`, null, [{ type: 'ReferralEmailed', referralId, date: today() }]),
              ),
            stuck: () =>
              exclusive(async () => {
                if (state.referrals?.some((r) => r.id === referralId && r.status === 'SENT')) {
                  await apply(`referral-email-failed:${referralId}`, null, [
                    { type: 'ReferralEmailFailed', referralId },
                  ]);
                }
              }),
          }
        : {},
    );
  }

  /** The emails some events call for, started once the events are recorded. */
  function emailsFor(events: CaseEvent[]): void {
    for (const e of events) {
      if (e.type === 'ReferralSubmitted') emailReferral(e.referral.id, 'REFERRAL');
      if (e.type === 'AlertRaised' && e.alert.kind === 'TRANSFER_REMINDER' && e.alert.ref)
        emailReferral(e.alert.ref, 'TRANSFER_REMINDER');
      if (e.type === 'TransferCompleted') {
        const input = {
          caseId: state.caseId,
          referralId: e.referralId,
          previousCaseManagerId: e.previousCaseManagerId,
        };
        sendInBackground(
          {
            id: `email:transfer-completed:${e.referralId}`,
            kind: 'EMAIL',
            description: `Case ${state.caseId}: transfer notice to the former case manager`,
          },
          () => emails.notifyTransferCompleted(input),
        );
      }
    }
  }

  async function notifyAssigned(key: string): Promise<void> {
    const input = { caseId: state.caseId, caseManagerId: state.caseManagerId, key };
    if (patched('emails-wait-for-operators')) {
      sendInBackground(
        {
          id: `email:case-assigned:${state.caseId}:${key}`,
          kind: 'EMAIL',
          description: `Case ${state.caseId}: email telling the case manager the case is theirs`,
        },
        () => emails.notifyCaseManagerAssigned(input),
      );
    } else {
      await notifyCaseManagerAssigned(input);
    }
  }

  async function apply(commandId: string, actor: Actor | null, events: CaseEvent[]): Promise<void> {
    if (!events.length) return;
    // Cases that recorded their events locally keep doing so on replay; new ones record through the server's
    // activity queue again: a local activity cut short by the worker evicting the workflow left Updates waiting.
    const record = patched('record-events-remotely')
      ? recordCaseEvents
      : patched('record-events-locally')
        ? recordCaseEventsLocally
        : recordCaseEvents;
    await record({
      caseId: state.caseId,
      commandId,
      actorId: actor?.userId ?? null,
      at: new Date().toISOString(),
      events,
    });
    const before = state.caseManagerId;
    state = foldEvents(state, events);
    changed = true;
    if (state.caseManagerId !== before) await notifyAssigned(commandId);
    emailsFor(events);
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

  command(
    completeTaskUpdate,
    (s, i) => validateCompleteTask(s, i.taskId, i),
    (s, i, c) => decideCompleteTask(s, i.taskId, i, c),
  );
  command(closeCaseUpdate, (s, i) => validateCloseCase(s, i), decideCloseCase);
  command(addInterventionUpdate, (s, i) => validateNewIntervention(s, i), decideAddIntervention);
  command(
    changeInterventionUpdate,
    (s, i, t) => validateInterventionChange(s, i.interventionId, i, t),
    (s, i, c) => decideChangeIntervention(s, i.interventionId, i, c),
  );
  command(
    removeInterventionUpdate,
    (s, i) => validateInterventionRemoval(s, i.interventionId),
    (s, i, c) => decideRemoveIntervention(s, i.interventionId, c),
  );
  command(saveNeedsUpdate, (s, i) => validateNeedsDetermination(s, i), decideSaveNeeds);
  command(
    saveAdditionalInfoUpdate,
    (s, i) => validateSaveModule(s, i),
    (s, i) => decideSaveModule(s, i),
  );
  command(saveEducationUpdate, (s, i, t) => validateEducationExperience(s, i, t), decideSaveEducation);
  command(addNoteUpdate, (s) => validateAddNote(s), decideAddNote);
  command(
    editNoteUpdate,
    (s, i, t) => validateEditNote(s, i.noteId, i.actor.userId, t),
    (s, i, c) => decideEditNote(s, i.noteId, i.text, c),
  );
  command(recordOutcomeUpdate, (s, i, t) => validateNewOutcome(s, i, t), decideRecordOutcome);
  command(
    changeOutcomeUpdate,
    (s, i, t) => validateOutcomeChange(s, i.outcomeId, i, t),
    (s, i, c) => decideChangeOutcome(s, i.outcomeId, i, c),
  );
  command(
    deleteOutcomeUpdate,
    (s, i) => validateOutcomeDeletion(s, i.outcomeId),
    (s, i) => decideDeleteOutcome(s, i.outcomeId),
  );
  command(correctAnchorsUpdate, (s, i, t) => validateCorrectAnchors(s, i, t), decideCorrectAnchors);
  command(
    reassignUpdate,
    (s, i) => validateReassign(s, i.caseManagerId),
    (s, i) => decideReassign(s, i.caseManagerId),
  );
  command(
    submitReferralUpdate,
    (s, i) => validateReferral(s.status, i, i),
    (s, i, c) => decideSubmitReferral(s, i, { ...c, ...i }),
  );
  command(
    completeTransferUpdate,
    (s, i) => validateCompleteTransfer(s.status, s.referrals, i, i.actorOrganisationId),
    (s, i, c) => decideCompleteTransfer(s, i, { ...c, previousOrganisationId: i.previousOrganisationId }),
  );

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
      // An alert already due (anchors corrected into the past, a case continued with one due) is raised in this
      // wake-up: a zero-length timer would cost a round trip through the server and one more workflow task.
      const woken =
        wait === 0 && patched('due-alerts-without-timer')
          ? historyTooLong()
          : await condition(() => changed || historyTooLong(), wait);
      if (!woken) {
        await exclusive(() =>
          apply(`timer:${next.key}:${next.fireOn}`, null, decideDueAlerts(state, new Date(), today())),
        );
      }
    } else {
      await condition(() => changed || historyTooLong());
    }
    if (historyTooLong() && isOpen()) {
      // Carry the state into a fresh run before the history grows large; wait for in-flight Updates first.
      await condition(() => allHandlersFinished() && !lock.busy && sending === 0);
      return continueAsNew<typeof caseWorkflow>({ state, assignmentEmailed, historyLimit: input.historyLimit });
    }
  }
  await condition(() => allHandlersFinished() && sending === 0);
  return state;
}
