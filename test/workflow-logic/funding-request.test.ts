// A funding request's submission runs its steps in order, each through the funding system's activities, and one the
// funding system keeps refusing waits as a stuck step until it answers again.
import { randomUUID } from 'node:crypto';
import { addDays } from '../../domain/dates.ts';
import { saveChecklistItem, saveStatement, submitPackage } from '../../domain/funding-actions/index.ts';
import { foldFunding, newPackage, type FundingEvent, type FundingState, type Statement } from '../../domain/funding.ts';
import { automaticRetryDelayMs } from '../../domain/stuck-steps.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';
import { fundingUpdate, fundingViewQuery, fundingWorkflowId } from '../../workflows/funding-api.ts';
import type { fundingRequestWorkflow } from '../../workflows/funding-workflow.ts';
import { useWorkflowsOnFakes } from '../support/workflows-on-fakes.ts';
import { serverToday } from './helpers.ts';

const MINUTE = 60_000;
const world = useWorkflowsOnFakes();
const actor = { userId: 31 };
const STATEMENT: Statement = {
  supportsPlan: 'YES',
  signedByBoth: 'YES',
  spouseConsentSigned: 'YES',
  justification: 'Welding courses lead to the job in the plan.',
};
const complete = { NEEDS_DETERMINATION: 'COMPLETE', EMPLOYMENT_HISTORY: 'COMPLETE', EDUCATION: 'COMPLETE' } as const;

/** An SDIA package ready to submit, by the funding actions' own decisions: required documents mailed, statement in. */
async function readyPackage(packageId: number): Promise<FundingState> {
  const today = await serverToday(world.env);
  const ctx = { today, newId: randomUUID, actorId: actor.userId };
  let s = newPackage({
    packageId,
    caseId: 2400 + packageId,
    caseManagerId: actor.userId,
    interventionId: 'i-1',
    programCode: 'SDIA',
    interventionStart: addDays(today, 30),
    interventionEnd: addDays(today, 200),
  });
  const decided = (events: FundingEvent[]) => (s = foldFunding(s, events));
  for (const doc of s.checklist.filter((d) => d.requirement === 'REQUIRED'))
    decided(
      saveChecklistItem.decide(s, { code: doc.code, paper: true, documentIds: [], caseStatus: 'RTWAP_MGMT' }, ctx),
    );
  decided(saveStatement.decide(s, { statement: STATEMENT, caseStatus: 'RTWAP_MGMT' }, ctx));
  return s;
}

async function submitted(state: FundingState) {
  const handle = await world.env.client.workflow.start<typeof fundingRequestWorkflow>('fundingRequestWorkflow', {
    workflowId: fundingWorkflowId(state.packageId),
    taskQueue: CASE_TASK_QUEUE,
    args: [{ state }],
  });
  await handle.executeUpdate(fundingUpdate(submitPackage), {
    updateId: 'submit-1',
    args: [{ confirmed: true, caseStatus: 'RTWAP_MGMT', caseElements: complete, actor }],
  });
  return handle;
}

/** The steps in the order they went through, each recording named by its command id (the read-only lookup of the
 * organisation's code for the search attributes is no step). */
const stepsDone = () =>
  world.fakes.calls
    .filter((c) => !c.failed && c.name !== 'organisationCodeOfCase')
    .map((c) => (c.name === 'recordFundingEvents' ? `record ${c.input.commandId}` : c.name));

test(
  'R-FUND-10 R-FUND-16 a submission renders the statement, creates the agreement and hands the ' +
    'submission over, in that order',
  async () => {
    const state = await readyPackage(1);
    const handle = await submitted(state);

    await world.fakes.waitFor('recordFundingEvents', (b) => b.commandId === 'submitted:1');
    expect(stepsDone()).toEqual([
      'record submit-1',
      'renderStatement',
      'record statement:1',
      'createAgreement',
      'record agreement',
      'sendSubmission',
      'record submitted:1',
    ]);
    const ids = { packageId: 1, caseId: state.caseId };
    expect(world.fakes.done('renderStatement')).toEqual([{ ...ids, submissionNo: 1, actorId: null }]);
    expect(world.fakes.done('createAgreement')).toEqual([
      { ...ids, program: 'SDA(LAE-ENS)', startDate: state.interventionStart, endDate: state.interventionEnd },
    ]);
    // What the funding system answered (the fakes: document 9000 + submission number, agreement 4711) is handed over.
    expect(world.fakes.done('sendSubmission')).toEqual([
      { packageId: 1, agreementId: 4711, submissionNo: 1, statementDocumentId: 9001 },
    ]);
    // The last recording is done once the workflow has folded its answer in: ask until it has (or time runs out).
    let view = await handle.query(fundingViewQuery);
    for (let i = 0; i < 50 && view.state !== 'SUBMITTED'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      view = await handle.query(fundingViewQuery);
    }
    expect([view.state, view.pendingSubmission, view.agreement?.agreementId]).toEqual(['SUBMITTED', null, 4711]);
  },
);

test(
  'R-OPS-01 R-OPS-03 a funding system that keeps refusing the agreement leaves a stuck step and sends ' +
    'nothing further until it answers',
  async () => {
    world.fakes.fail('createAgreement');
    const handle = await submitted(await readyPackage(2));

    await world.env.sleep(MINUTE); // the attempts' back-off
    const stuck = await world.fakes.waitFor('recordStepState', (r) => r.status === 'STUCK');
    expect(stuck).toMatchObject({ id: 'funding-2:agreement', kind: 'FUNDING_AGREEMENT', workflowId: 'funding-2' });
    expect(world.fakes.done('sendSubmission')).toEqual([]);
    expect((await handle.query(fundingViewQuery)).pendingSubmission).toBe(1);

    world.fakes.recover('createAgreement');
    await world.env.sleep(automaticRetryDelayMs(0));
    await world.fakes.waitFor('recordFundingEvents', (b) => b.commandId === 'submitted:1');
    expect(world.fakes.done('createAgreement')).toHaveLength(1);
    expect(world.fakes.done('sendSubmission')).toHaveLength(1);
  },
);
