// One workflow per funding request (id funding-<packageId>), linked to its case by the case id: it keeps the
// application package, refuses actions that break a rule before anything is written (Update validators),
// runs the steps that leave Pathway (statement, agreement, submission, payment) as activities an operator
// can retry when they keep failing, and sleeps on durable timers for the mailed-documents and resubmission
// reminders (spec 02 §5.9 SM-1/SM-2, §6 T-04/T-05).
import { allHandlersFinished, condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import { FUNDING_ACTIVITY_SUMMARIES } from '../domain/history-summaries.ts';
import { ALERT_HOUR } from '../domain/case-timers.ts';
import { businessInstant, type IsoDate } from '../domain/dates.ts';
import { FUNDING_ACTIONS } from '../domain/funding-actions/index.ts';
import {
  decideSubmissionCompleted,
  FUNDING_PROGRAMS,
  foldFunding,
  isTerminal,
  pendingFundingTimers,
  type FundingEvent,
  type FundingState,
} from '../domain/funding.ts';
import { registerActions } from './actions.ts';
import type { FundingActivities } from './activity-types.ts';
import { fundingViewQuery, type FundingWorkflowInput } from './funding-api.ts';
import { workflowLock } from './lock.ts';
import { summarised } from './summarised-activities.ts';
import { fundingFacts, searchableWorkflow } from './search-attributes.ts';
import { EXTERNAL_STEP, INTERNAL_STEP, recordingStep, StepResolvedOtherwise } from './stuck-steps.ts';

const { recordFundingEvents } = summarised(
  proxyActivities<FundingActivities>({
    startToCloseTimeout: '30 seconds',
    retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
  }),
  FUNDING_ACTIVITY_SUMMARIES,
);
// Steps that leave Pathway: a few attempts, then they wait for an operator (workflows/stuck-steps.ts).
const external = summarised(proxyActivities<FundingActivities>(EXTERNAL_STEP), FUNDING_ACTIVITY_SUMMARIES);
// Recording: long enough for a database restart, then it waits for an operator too.
const internal = summarised(proxyActivities<FundingActivities>(INTERNAL_STEP), FUNDING_ACTIVITY_SUMMARIES);

export async function fundingRequestWorkflow(input: FundingWorkflowInput): Promise<FundingState> {
  let state = input.state;
  let changed = false;
  let landing: FundingState | null = null;
  const lock = workflowLock();
  const exclusive = lock.exclusive;
  const { searchAttributes, withOperatorRetry } = searchableWorkflow(() => fundingFacts(state));

  async function apply(commandId: string, actorId: number | null, events: FundingEvent[]): Promise<void> {
    if (!events.length) return;
    const next = foldFunding(state, events);
    const batch = {
      packageId: state.packageId,
      caseId: state.caseId,
      commandId,
      actorId,
      at: new Date().toISOString(),
      events,
      snapshot: next,
    };
    landing = next;
    try {
      // Runs from before recording waited for operators keep retrying it without end.
      if (patched('internal-steps-wait-for-operators')) {
        await withOperatorRetry(
          recordingStep(step(`record:${commandId}`, 'RECORD_FUNDING_EVENTS', 'record its changes in the database')),
          () => internal.recordFundingEvents(batch),
        );
      } else {
        await recordFundingEvents(batch);
      }
    } finally {
      landing = null;
    }
    state = next;
    changed = true;
    searchAttributes.publish();
  }

  registerActions(FUNDING_ACTIONS, {
    state: () => state,
    landing: () => landing,
    lock,
    apply: (commandId, actor, events) => apply(commandId, actor.userId, events),
  });
  setHandler(fundingViewQuery, () => state);
  searchAttributes.publish();

  const label = `Funding request ${state.packageId} (case ${state.caseId})`;
  const step = (id: string, kind: string, description: string) => ({
    id: `funding-${state.packageId}:${id}`,
    kind,
    description: `${label}: ${description}`,
    caseId: state.caseId,
  });

  /**
   * the agreement, made in the funding system and recorded. An agreement number another funding request holds
   * waits for an operator, who retries once the funding system is corrected or requests a new number (a new request).
   */
  async function createAgreement(): Promise<void> {
    const program = FUNDING_PROGRAMS[state.programCode];
    for (let request = 1; ; request++) {
      const created = await withOperatorRetry(
        step('agreement', 'FUNDING_AGREEMENT', 'create the agreement in the funding system'),
        () =>
          external.createAgreement({
            packageId: state.packageId,
            caseId: state.caseId,
            program: program.agreementCode,
            startDate: state.interventionStart,
            endDate: state.interventionEnd,
            ...(request > 1 ? { request } : {}),
          }),
      );
      try {
        await exclusive(() =>
          apply(request > 1 ? `agreement:${request}` : 'agreement', null, [
            {
              type: 'AgreementCreated',
              agreement: {
                agreementId: created.agreementId,
                program: program.agreementCode,
                status: 'APPLICATION',
                statusDate: created.statusDate as IsoDate,
                agreementManager: created.agreementManager,
                closedReason: null,
              },
            },
          ]),
        );
        return;
      } catch (e) {
        if (!(e instanceof StepResolvedOtherwise && e.resolution === 'NEW_AGREEMENT')) throw e;
      }
    }
  }

  /** R-FUND-10/16: statement, agreement (first submission only), hand-over; each step idempotent by its key. */
  async function runSubmission(submissionNo: number): Promise<void> {
    const documentId = await withOperatorRetry(
      step(
        `statement:${submissionNo}`,
        'FUNDING_STATEMENT',
        `render the case manager's statement (submission ${submissionNo})`,
      ),
      () => external.renderStatement({ packageId: state.packageId, caseId: state.caseId, submissionNo, actorId: null }),
    );
    await exclusive(() =>
      apply(`statement:${submissionNo}`, null, [{ type: 'StatementRendered', submissionNo, documentId }]),
    );
    if (!state.agreement) await createAgreement();
    const agreementId = state.agreement!.agreementId;
    await withOperatorRetry(
      step(`submission:${submissionNo}`, 'FUNDING_SUBMISSION', `send submission ${submissionNo} to the funding system`),
      () =>
        external.sendSubmission({
          packageId: state.packageId,
          agreementId,
          submissionNo,
          statementDocumentId: documentId,
        }),
    );
    await exclusive(() =>
      apply(
        `submitted:${submissionNo}`,
        null,
        decideSubmissionCompleted(state, submissionNo, new Date().toISOString(), null),
      ),
    );
  }

  async function runPayment(): Promise<void> {
    const agreementId = state.agreement!.agreementId;
    const payment = await withOperatorRetry(
      step('payment', 'FUNDING_PAYMENT', 'request the first payment of the approved agreement'),
      () => external.requestPayment({ packageId: state.packageId, agreementId }),
    );
    await exclusive(() => apply('payment', null, [{ type: 'PaymentRequested', paymentId: payment.paymentId }]));
  }

  const approved = () =>
    state.agreement !== null && (state.agreement.status === 'APPROVED' || state.agreement.status === 'ACTIVE');

  while (!isTerminal(state)) {
    if (state.pendingSubmission !== null) {
      await runSubmission(state.pendingSubmission);
      continue;
    }
    if (approved() && !state.payment) {
      await runPayment();
      continue;
    }
    changed = false;
    const next = pendingFundingTimers(state)[0];
    if (next) {
      const wait = Math.max(0, businessInstant(next.fireOn, ALERT_HOUR).getTime() - Date.now());
      const woken = await condition(() => changed, wait);
      if (!woken) {
        await exclusive(() =>
          apply(`timer:${next.key}`, null, [
            {
              type: 'ReminderRaised',
              key: next.key,
              message: next.message,
              messageFr: next.messageFr,
              dueDate: next.dueDate,
              priority: next.priority,
              kind: 'REMINDER',
            },
          ]),
        );
      }
    } else {
      await condition(() => changed);
    }
  }
  await condition(allHandlersFinished);
  return state;
}
