// One workflow per case (id case-<caseId>): it holds the case's state, refuses actions that break a rule
// before anything is written (Update validators), records accepted ones through an idempotent activity,
// and sleeps on durable timers until the next alert is due.
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { CASE_ACTIONS } from '../domain/case-actions/index.ts';
import { decideDueAlerts } from '../domain/case-due-alerts.ts';
import { foldEvents, type CaseEvent, type CaseState } from '../domain/case-state.ts';
import { caseUpdateAnswer } from '../domain/case-update-answer.ts';
import { ALERT_HOUR, pendingTimers } from '../domain/case-timers.ts';
import { businessInstant } from '../domain/dates.ts';
import { ACTIVITY_SUMMARIES, alertTimerSummary } from '../domain/history-summaries.ts';
import { registerActions, today } from './actions.ts';
import type { CaseActivities } from './activity-types.ts';
import { workflowLock } from './lock.ts';
import { caseFacts, searchableWorkflow } from './search-attributes.ts';
import { EXTERNAL_STEP, INTERNAL_STEP, recordingStep, type ExternalStep } from './stuck-steps.ts';
import { caseViewQuery, type Actor, type CaseWorkflowInput } from './case-api.ts';
import { summarised } from './summarised-activities.ts';

const { recordCaseEvents, notifyCaseManagerAssigned } = summarised(
  proxyActivities<CaseActivities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
  }),
  ACTIVITY_SUMMARIES,
);

// The projection of accepted events as a local activity: it runs in the workflow task that decided the events,
// without a round trip through the server's activity queue (fewer history events and tasks per action).
const { recordCaseEvents: recordCaseEventsLocally } = summarised(
  proxyLocalActivities<CaseActivities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
  }),
  ACTIVITY_SUMMARIES,
);

// Emails leave Pathway: a few attempts, then they wait for an operator as a stuck step (workflows/stuck-steps.ts).
const emails = summarised(proxyActivities<CaseActivities>(EXTERNAL_STEP), ACTIVITY_SUMMARIES);
// Recording: long enough for a database restart, then it waits for an operator too.
const recording = summarised(proxyActivities<CaseActivities>(INTERNAL_STEP), ACTIVITY_SUMMARIES);

const DEFAULT_HISTORY_LIMIT = 5_000;

export async function caseWorkflow(input: CaseWorkflowInput): Promise<CaseState> {
  let state = input.state;
  let assignmentEmailed = input.assignmentEmailed ?? false;
  const historyLimit = input.historyLimit ?? DEFAULT_HISTORY_LIMIT;
  let changed = false;
  const lock = workflowLock();
  const exclusive = lock.exclusive;
  const { searchAttributes, withOperatorRetry } = searchableWorkflow(() => caseFacts(state));
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
    const batch = {
      caseId: state.caseId,
      commandId,
      actorId: actor?.userId ?? null,
      at: new Date().toISOString(),
      events,
    };
    // Newer runs wait for an operator when recording keeps failing, rather than retrying it silently forever.
    if (patched('internal-steps-wait-for-operators')) {
      const description = `Case ${state.caseId}: record the case's changes in the database`;
      const step = { id: `record:${state.caseId}:${commandId}`, kind: 'RECORD_CASE_EVENTS', description };
      await withOperatorRetry(recordingStep({ ...step, caseId: state.caseId }), () =>
        recording.recordCaseEvents(batch),
      );
    } else {
      const record = patched('record-events-remotely')
        ? recordCaseEvents
        : patched('record-events-locally')
          ? recordCaseEventsLocally
          : recordCaseEvents;
      await record(batch);
    }
    const before = state.caseManagerId;
    state = foldEvents(state, events);
    changed = true;
    if (events.some((e) => e.type === 'TransferCompleted')) searchAttributes.organisationChanged();
    searchAttributes.publish();
    if (state.caseManagerId !== before) await notifyAssigned(commandId);
    emailsFor(events);
  }

  registerActions(CASE_ACTIONS, {
    state: () => state,
    lock,
    apply,
    // Newer runs answer an Update with what the caller needs, not the whole state (stored in history per action).
    answer: (after, events) => (patched('lean-update-result') ? caseUpdateAnswer(after, events) : after),
  });

  setHandler(caseViewQuery, () => ({
    state,
    timers: pendingTimers(state).map((t) => ({ ...t, fireAt: businessInstant(t.fireOn, ALERT_HOUR).toISOString() })),
    runId: workflowInfo().runId,
    historyLength: workflowInfo().historyLength,
  }));

  searchAttributes.publish();

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
          : await condition(() => changed || historyTooLong(), wait, {
              summary: alertTimerSummary(state.caseId, next),
            });
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
