// For a workflow-logic test file: the real workflow code on a time-skipping test server, its activities replaced by
// recording fakes, so it needs no database and no mail server. Set up before the file's tests and stopped after them;
// the fakes forget their calls and failures before each test.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { startTimeSkippingServer } from '../../scripts/services/temporal.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';
import { fakeActivities, type FakeActivities } from './fake-activities.ts';
import { sdkLogsToFile } from './logs.ts';
import { workflowBundle } from './workflow-bundle.ts';

export interface FakeWorld {
  env: TestWorkflowEnvironment;
  fakes: FakeActivities;
}

/** Read the fields inside tests: `env` is filled in beforeAll. */
export function useWorkflowsOnFakes(): FakeWorld {
  const world = { fakes: fakeActivities() } as FakeWorld;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  beforeAll(async () => {
    sdkLogsToFile(); // the fakes' failures on purpose are logged by the SDK as warnings
    world.env = await startTimeSkippingServer();
    worker = await Worker.create({
      connection: world.env.nativeConnection,
      namespace: world.env.namespace,
      taskQueue: CASE_TASK_QUEUE,
      workflowBundle: await workflowBundle(),
      activities: world.fakes.activities,
    });
    running = worker.run();
  });
  beforeEach(() => world.fakes.reset());
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await world.env?.teardown();
  });
  return world;
}
