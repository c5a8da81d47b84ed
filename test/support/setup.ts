// jest's global setup: the servers of the test run, started once (scripts/stack/) with the worker and the API in
// this process; what the tests need to reach them goes to process.env. PATHWAY_TEST_SERVERS=none skips them (pure
// domain tests).
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { buildWeb } from '../../scripts/services/web-ui.ts';
import { createStack, type Stack } from '../../scripts/stack/stack.ts';
import { sdkLogsToFile, TEST_LOG_DIR, testLog } from './logs.ts';
import { smtpControl } from './smtp-control.ts';
import { publishWorkflowBundle } from './workflow-bundle.ts';

/** Global setup and teardown do not share modules: the running stack is kept here. */
const holder = globalThis as { __pathwayStack?: Stack<'in-process'> };

/** What test files read from process.env, besides what jest sets. */
const PUBLISHED = [
  'DATABASE_URL',
  'TEMPORAL_ADDRESS',
  'TEMPORAL_NAMESPACE',
  'TEMPORAL_UI_URL',
  'SMTP_URL',
  'MAILBOX_DIR',
  'FUNDING_API_URL',
  'PAYLOAD_KEYS',
  'PAYLOAD_KEY_ID',
  'LOG_LEVEL',
  // The raised limits below, so an API a test starts itself (test/support/api-instance.ts) has them too.
  'PUBLIC_ATTEMPTS_PER_MINUTE',
  'SIGN_IN_FAILURES_PER_ADDRESS',
];

export default async function setup() {
  if (process.env.PATHWAY_TEST_SERVERS === 'none') return;
  await rm(TEST_LOG_DIR, { recursive: true, force: true });
  sdkLogsToFile();
  process.env.LOG_DIR = TEST_LOG_DIR; // the pino logs of the worker and the API in this process (infra/logger.ts)
  // One bundle for the run: the worker here and each workflow test file's worker load it instead of bundling.
  const bundle = await publishWorkflowBundle();
  const stackLog = testLog('stack');
  await buildWeb(stackLog);
  const stack = createStack({
    run: 'in-process',
    name: 'test',
    logDir: TEST_LOG_DIR,
    temporalStore: 'memory',
    mailbox: true,
    payloadKeys: { keys: `test-1:${randomBytes(32).toString('base64')}`, keyId: 'test-1' },
    env: {
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      TEMPORAL_UI_URL: 'http://localhost:8233',
      // Every test file shares one API and one address (127.0.0.1), so the public endpoints' limit per address is
      // raised; test/integration/rate-limit.test.ts checks the limit itself.
      PUBLIC_ATTEMPTS_PER_MINUTE: '100000',
      // The same for failed sign-ins; test/security/sign-in.test.ts checks the limit per address on its own instances.
      SIGN_IN_FAILURES_PER_ADDRESS: '1000000',
      // The worker keeps few workflows in memory, so tests keep evicting and replaying them as a busy production
      // worker does: a workflow that cannot be replayed, or an Update lost on eviction, fails the suite.
      WORKER_MAX_CACHED_WORKFLOWS: process.env.WORKER_MAX_CACHED_WORKFLOWS || '10',
    },
    workerOptions: { workflowBundle: { code: bundle }, workflowsPath: undefined, bundlerOptions: undefined },
    say: (part, text) => stackLog(`${part}: ${text}`),
  });
  holder.__pathwayStack = stack;
  const running = await stack.start();
  await running.waitReady(120_000);
  // Tests of an SMTP outage stop the sink and start it again, on the same port.
  smtpControl.stop = () => running.smtp.stop();
  smtpControl.start = () => running.smtp.start();
  for (const name of PUBLISHED) process.env[name] = running.env[name];
  process.env.API_URL = running.apiUrl;
}

export async function stopServers(): Promise<void> {
  await holder.__pathwayStack?.stop();
}
