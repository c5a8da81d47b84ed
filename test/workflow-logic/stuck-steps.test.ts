// An email that keeps failing waits as a stuck step, and goes out once when it is retried: by itself a while later
// (R-OPS-03) or by an operator (R-OPS-02). The attempts' back-off and the wait pass in skipped time.
import { refusalFromUpdate } from '../../app/updates.ts';
import { ATTEMPTS_BEFORE_STUCK, automaticRetryDelayMs } from '../../domain/stuck-steps.ts';
import { retryStuckStepUpdate } from '../../workflows/stuck-steps.ts';
import { CaseRun } from '../domain/helpers.ts';
import { useWorkflowsOnFakes } from '../support/workflows-on-fakes.ts';
import { serverToday, startCase } from './helpers.ts';

const MINUTE = 60_000;
const world = useWorkflowsOnFakes();

/** A new case whose assignment email fails at every attempt, once its step reported STUCK. */
async function caseWithStuckEmail(caseId: number) {
  world.fakes.fail('notifyCaseManagerAssigned');
  const handle = await startCase(world.env, new CaseRun(await serverToday(world.env), caseId).state);
  await world.env.sleep(MINUTE); // the attempts' back-off (1 + 2 + 4 s)
  const stuck = await world.fakes.waitFor('recordStepState', (r) => r.status === 'STUCK');
  expect(stuck).toMatchObject({
    id: `email:case-assigned:${caseId}:opened`,
    kind: 'EMAIL',
    workflowId: `case-${caseId}`,
    caseId,
    attempts: ATTEMPTS_BEFORE_STUCK,
    error: 'notifyCaseManagerAssigned failed (fake outage)',
  });
  expect(world.fakes.calls.filter((c) => c.name === 'notifyCaseManagerAssigned')).toHaveLength(ATTEMPTS_BEFORE_STUCK);
  return { handle, stuck };
}

const reports = () => world.fakes.done('recordStepState').map((r) => [r.status, r.retriedBy]);

test(
  'R-OPS-01 R-OPS-03 an email that keeps failing becomes a stuck step, then goes out once by itself ' +
    'when the mail server is back',
  async () => {
    const { stuck } = await caseWithStuckEmail(2301);
    expect(Date.parse(stuck.nextRetryAt!) - Date.parse(stuck.at)).toBe(automaticRetryDelayMs(0));

    world.fakes.recover('notifyCaseManagerAssigned');
    await world.env.sleep(automaticRetryDelayMs(0));
    await world.fakes.waitFor('recordStepState', (r) => r.status === 'RESOLVED');
    expect(world.fakes.done('notifyCaseManagerAssigned')).toHaveLength(1);
    expect(reports()).toEqual([
      ['STUCK', null],
      ['RETRYING', null],
      ['RESOLVED', null],
    ]);
  },
);

test('R-OPS-02 an operator retries a stuck email: it goes out once, and a second retry is refused', async () => {
  const { handle, stuck } = await caseWithStuckEmail(2302);

  world.fakes.recover('notifyCaseManagerAssigned');
  const operator = { userId: 5 };
  await handle.executeUpdate(retryStuckStepUpdate, { args: [{ stepId: stuck.id, actor: operator }] });
  await world.fakes.waitFor('recordStepState', (r) => r.status === 'RESOLVED');
  expect(world.fakes.done('notifyCaseManagerAssigned')).toHaveLength(1);
  expect(reports()).toEqual([
    ['STUCK', null],
    ['RETRYING', operator.userId],
    ['RESOLVED', null],
  ]);

  const again = await handle
    .executeUpdate(retryStuckStepUpdate, { args: [{ stepId: stuck.id, actor: operator }] })
    .catch((e: unknown) => e);
  expect(refusalFromUpdate(again)?.violations.map((v) => v.rule)).toEqual(['R-OPS-02']);
  expect(world.fakes.done('notifyCaseManagerAssigned')).toHaveLength(1);
});
