// Real servers for tests: embedded PostgreSQL in a temporary folder, an SMTP server that writes what it
// receives to a folder, and (for integration) a Temporal dev server, the worker and the API.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { migrate, openOrm } from '../../db/orm.ts';
import { parseConfig } from '../../infra/config.ts';
import { startEmbeddedPostgres } from '../../scripts/services/postgres.ts';
import { freePort } from '../../scripts/services/ports.ts';
import { startSmtpSink } from '../../scripts/services/smtp-sink.ts';
import { startFundingEndpoint } from '../../scripts/services/funding-endpoint.ts';
import { smtpControl } from './smtp-control.ts';
import { startTemporalDevServer } from '../../scripts/services/temporal.ts';
import { sharedWorkflowModules, startWorker, workflowsPath } from '../../worker.ts';
import { startApi } from '../../api/main.ts';

type Stop = () => Promise<unknown>;

const g = globalThis as unknown as { __pathwayStops?: Stop[] };

function onTeardown(stop: Stop) {
  (g.__pathwayStops ??= []).push(stop);
}

export async function stopAll(): Promise<void> {
  for (const stop of (g.__pathwayStops ?? []).reverse()) await stop().catch((e) => console.error(e));
  g.__pathwayStops = [];
}

/** PostgreSQL (migrated), an SMTP sink and a prebuilt workflow bundle; their addresses go to process.env. */
export async function startBase(name: string): Promise<{ dir: string }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `pathway-${name}-`));
  await chmod(dir, 0o755); // PostgreSQL runs as its own user when tests run as root
  onTeardown(() => rm(dir, { recursive: true, force: true }));
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'pg'),
    port: await freePort(),
    database: 'pathway',
  });
  onTeardown(pg.stop);
  const orm = await openOrm(pg.url);
  await migrate(orm);
  await orm.close();
  const mailbox = path.join(dir, 'mailbox');
  let sink = await startSmtpSink({ dir: mailbox });
  const smtpPort = sink.port;
  onTeardown(() => sink.stop());
  // Tests that need an SMTP outage stop and restart the same server (on the same port) through this control.
  smtpControl.stop = () => sink.stop();
  smtpControl.start = async () => {
    sink = await startSmtpSink({ port: smtpPort, dir: mailbox });
  };
  // The local funding system; tests tell it to fail, hang or succeed through its /control route.
  const funding = await startFundingEndpoint();
  onTeardown(funding.stop);
  process.env.FUNDING_API_URL = funding.url;
  const bundle = await bundleWorkflowCode({
    workflowsPath,
    preloadModules: sharedWorkflowModules,
    logger: { log() {}, info() {}, warn() {}, error: console.error, debug() {}, trace() {} },
  });
  const bundlePath = path.join(dir, 'workflow-bundle.js');
  await writeFile(bundlePath, bundle.code);
  Object.assign(process.env, {
    DATABASE_URL: pg.url,
    SMTP_URL: sink.url,
    MAILBOX_DIR: mailbox,
    WORKFLOW_BUNDLE_PATH: bundlePath,
    LOG_LEVEL: 'error',
    PAYLOAD_KEYS: `test-1:${randomBytes(32).toString('base64')}`,
    PAYLOAD_KEY_ID: 'test-1',
  });
  return { dir };
}

/** Adds a Temporal dev server, the worker and the API; API_URL goes to process.env. */
export async function startFullStack(): Promise<void> {
  await startBase('test');
  const temporalPort = await freePort();
  const temporal = await startTemporalDevServer({ port: temporalPort });
  onTeardown(temporal.stop);
  process.env.TEMPORAL_ADDRESS = temporal.address;
  process.env.TEMPORAL_UI_URL = 'http://localhost:8233';
  // Every test file shares one API and one address (127.0.0.1), so the public endpoints' limit per address is raised;
  // test/integration/rate-limit.test.ts checks the limit itself.
  // The worker keeps few workflows in memory, so tests keep evicting and replaying them as a busy production worker
  // does: a workflow that cannot be replayed, or an Update lost on eviction, fails the suite.
  const config = parseConfig(
    {
      WORKER_MAX_CACHED_WORKFLOWS: '10',
      ...process.env,
      PORT: String(await freePort()),
      NODE_ENV: 'test',
      PUBLIC_ATTEMPTS_PER_MINUTE: '100000',
    },
    ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SMTP_URL'],
  );
  const full = config as typeof config & { DATABASE_URL: string; TEMPORAL_ADDRESS: string; SMTP_URL: string };
  const { readFile } = await import('node:fs/promises');
  const worker = await startWorker(full, {
    workflowBundle: { code: await readFile(process.env.WORKFLOW_BUNDLE_PATH!, 'utf8') },
    workflowsPath: undefined,
  });
  onTeardown(() => worker.shutdown());
  const api = await startApi(full);
  onTeardown(() => api.stop());
  process.env.API_URL = `http://127.0.0.1:${config.PORT}`;
}
