// A worker for tests, running the prebuilt workflow bundle with the real activities (PostgreSQL, SMTP).
import type { NativeConnection } from '@temporalio/worker';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createActivities, type ActivityDeps } from '../../activities/index.ts';
import { createMailer } from '../../infra/mailer.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { startTimeSkippingServer } from '../../scripts/services/temporal.ts';
import { createOrg, type TestOrg } from './fixtures.ts';
import { sdkLogsToFile } from './logs.ts';
import { workflowBundle } from './workflow-bundle.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';

export async function createTestWorker(
  connection: NativeConnection,
  orm: Orm,
  namespace = 'default',
  activityDeps: Partial<ActivityDeps> = {},
): Promise<Worker> {
  const mailer = createMailer(process.env.SMTP_URL!, 'pathway@localhost');
  return Worker.create({
    connection,
    namespace,
    taskQueue: CASE_TASK_QUEUE,
    workflowBundle: await workflowBundle(),
    activities: createActivities({
      orm,
      mailer,
      publicUrl: 'http://localhost:3000',
      fundingApiUrl: process.env.FUNDING_API_URL,
      ...activityDeps,
    }),
  });
}

export interface TimeSkippingWorld {
  env: TestWorkflowEnvironment;
  orm: Orm;
  org: TestOrg;
}

/**
 * For a workflow test file: a time-skipping server, the ORM, an organisation and a running worker, set up
 * before the file's tests and stopped after them. Read the fields inside tests (they are filled in beforeAll).
 * `activityDeps` changes what the activities reach (a converter that is not installed, say).
 */
export function useTimeSkippingWorld(activityDeps: Partial<ActivityDeps> = {}): TimeSkippingWorld {
  const world = {} as TimeSkippingWorld;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  beforeAll(async () => {
    sdkLogsToFile();
    world.env = await startTimeSkippingServer();
    world.orm = await openOrm(process.env.DATABASE_URL!);
    world.org = await createOrg(world.orm);
    worker = await createTestWorker(world.env.nativeConnection, world.orm, 'default', activityDeps);
    running = worker.run();
  });
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await world.env?.teardown();
    await world.orm?.close();
  });
  return world;
}
