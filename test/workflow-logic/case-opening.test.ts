// What a case workflow does when it starts: the case manager learns the case is theirs.
import { CaseRun } from '../domain/helpers.ts';
import { useWorkflowsOnFakes } from '../support/workflows-on-fakes.ts';
import { serverToday, startCase } from './helpers.ts';

const DAY = 86_400_000;
const world = useWorkflowsOnFakes();

test('opening a case asks once for the email telling the case manager the case is theirs', async () => {
  const run = new CaseRun(await serverToday(world.env), 2001, 31);
  await startCase(world.env, run.state);

  await world.fakes.waitFor('notifyCaseManagerAssigned');
  await world.env.sleep(DAY); // nothing more comes of it later
  expect(world.fakes.done('notifyCaseManagerAssigned')).toEqual([{ caseId: 2001, caseManagerId: 31, key: 'opened' }]);
  expect(world.fakes.done('recordStepState')).toEqual([]); // it went through at once: no step to report
});
