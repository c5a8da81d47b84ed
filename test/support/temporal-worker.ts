// A worker for tests, running the prebuilt workflow bundle with the real activities (PostgreSQL, SMTP).
import { readFile } from 'node:fs/promises';
import type { NativeConnection } from '@temporalio/worker';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { createActivities } from '../../activities/index.ts';
import { createMailer } from '../../activities/mailer.ts';
import type { Orm } from '../../db/orm.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';

export async function workflowBundle() {
  return { code: await readFile(process.env.WORKFLOW_BUNDLE_PATH!, 'utf8') };
}

/** Keeps the SDK's own logs to warnings; a test file gets its own copy of the SDK, hence once per file. */
export function quietSdkLogs(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    // already installed for this module registry
  }
}

export async function createTestWorker(connection: NativeConnection, orm: Orm, namespace = 'default'): Promise<Worker> {
  const mailer = createMailer(process.env.SMTP_URL!, 'pathway@localhost');
  return Worker.create({
    connection,
    namespace,
    taskQueue: CASE_TASK_QUEUE,
    workflowBundle: await workflowBundle(),
    activities: createActivities({ orm, mailer, publicUrl: 'http://localhost:3000' }),
  });
}
