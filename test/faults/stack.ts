// The service for fault runs: the same parts as `npm start` (embedded PostgreSQL, the Temporal dev server on a
// SQLite file, the SMTP sink writing .eml files, worker.ts and api/main.ts as child processes) on free
// loopback ports in a temporary folder, each part stoppable, killable and restartable on the same port and
// data so a fault can be injected and lifted. stop() ends every part that is running.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { dataConverterFor, parsePayloadKeys } from '../../infra/payload-codec.ts';
import { migrate, openOrm } from '../../db/orm.ts';
import { freePort } from '../../scripts/services/ports.ts';
import { startEmbeddedPostgres, type RunningPostgres } from '../../scripts/services/postgres.ts';
import { startSmtpSink, type SmtpSink } from '../../scripts/services/smtp-sink.ts';
import { startTemporalDevServer, type RunningDevServer } from '../../scripts/services/temporal.ts';
import { root, serviceEnv, sleep } from '../../bench/stack.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';

export interface Part {
  readonly name: string;
  up(): boolean;
  start(): Promise<void>;
  /** A clean stop (SIGTERM or the server's own shutdown). */
  stop(): Promise<void>;
}

export interface ProcessPart extends Part {
  /** SIGKILL: no shutdown of any kind. */
  kill(): Promise<void>;
  pid(): number | undefined;
}

export interface FaultStack {
  dir: string;
  apiUrl: string;
  databaseUrl: string;
  temporalAddress: string;
  mailbox: string;
  temporal: Client;
  postgres: Part;
  temporalServer: Part;
  smtp: Part;
  worker: ProcessPart;
  api: ProcessPart;
  /** Resolves once the API answers /readyz 200 and a worker polls the case task queue. */
  waitHealthy(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** A part backed by a server object that `open` starts and whose stop() ends it. */
function serverPart<T extends { stop(): Promise<void> }>(
  name: string,
  open: () => Promise<T>,
  onStart: (t: T) => void = () => {},
): Part {
  let running: T | null = null;
  return {
    name,
    up: () => running !== null,
    async start() {
      if (running) return;
      running = await open();
      onStart(running);
    },
    async stop() {
      const r = running;
      running = null;
      await r?.stop();
    },
  };
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );
}

function processPart(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  dir: string,
  log: (s: string) => void,
): ProcessPart {
  let child: ChildProcess | null = null;
  const out = createWriteStream(path.join(dir, `${name}.log`), { flags: 'a' });
  const end = async (signal: NodeJS.Signals) => {
    const c = child;
    child = null;
    if (!c) return;
    c.kill(signal);
    await exited(c);
  };
  return {
    name,
    up: () => child !== null,
    async start() {
      if (child) return;
      const c = spawn(process.execPath, [path.join(root, script)], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      c.stdout!.pipe(out, { end: false });
      c.stderr!.pipe(out, { end: false });
      c.on('exit', (code, signal) => {
        if (child === c) {
          child = null;
          log(`[${name}] exited by itself (${signal ?? code}); see ${path.join(dir, `${name}.log`)}`);
        }
      });
      child = c;
    },
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
    pid: () => child?.pid,
  };
}

export async function startFaultStack(log: (s: string) => void): Promise<FaultStack> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pathway-faults-'));
  await chmod(dir, 0o755); // PostgreSQL runs as its own user when this runs as root
  const [pgPort, temporalPort, smtpPort, apiPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const mailbox = path.join(dir, 'mailbox');
  const parts: Part[] = [];

  let databaseUrl = '';
  const postgres = serverPart<RunningPostgres>(
    'postgres',
    () => startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: pgPort, database: 'pathway' }),
    (pg) => (databaseUrl = pg.url),
  );
  const temporalServer = serverPart<RunningDevServer>('temporal', () =>
    startTemporalDevServer({ port: temporalPort, dbFilename: path.join(dir, 'temporal.db') }),
  );
  const smtp = serverPart<SmtpSink>('smtp', () => startSmtpSink({ port: smtpPort, dir: mailbox }));
  const stop = async () => {
    for (const part of parts.reverse())
      await part.stop().catch((e) => log(`stop ${part.name}: ${(e as Error).message}`));
    if (process.env.FAULTS_KEEP === '1') log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  };
  try {
    for (const part of [postgres, temporalServer, smtp]) {
      log(`starting ${part.name}`);
      await part.start();
      parts.push(part);
    }
    const orm = await openOrm(databaseUrl);
    await migrate(orm);
    await orm.close();

    const payloadKeys = `faults-1:${randomBytes(32).toString('base64')}`;
    const connection = await Connection.connect({ address: `127.0.0.1:${temporalPort}` });
    const temporal = new Client({
      connection,
      dataConverter: dataConverterFor(parsePayloadKeys(payloadKeys, 'faults-1')),
    });
    parts.unshift({ name: 'client', up: () => true, start: async () => {}, stop: () => connection.close() });

    const env = serviceEnv({
      databaseUrl,
      temporalAddress: `127.0.0.1:${temporalPort}`,
      smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
      apiPort,
      payloadKeys,
      payloadKeyId: 'faults-1',
    });
    const worker = processPart('worker', 'worker.ts', env, dir, log);
    const api = processPart('api', 'api/main.ts', env, dir, log);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const waitHealthy = async (timeoutMs = 180_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const ready = (await fetch(`${apiUrl}/readyz`).catch(() => null))?.ok === true;
        const polled = await temporal.workflowService
          .describeTaskQueue({ namespace: 'default', taskQueue: { name: CASE_TASK_QUEUE }, taskQueueType: 1 })
          // The worker's identity is pid@host: a killed worker stays in the poller list for a while.
          .then((q) => (q.pollers ?? []).some((p) => p.identity?.startsWith(`${worker.pid()}@`)))
          .catch(() => false);
        if (ready && polled) return;
        if (Date.now() > deadline)
          throw new Error(
            `the service was not healthy within ${timeoutMs / 1000} s (readyz ${ready}, worker polling ${polled})`,
          );
        await sleep(500);
      }
    };
    for (const part of [worker, api]) {
      await part.start();
      parts.push(part);
    }
    log('waiting for the API and the worker');
    await waitHealthy();
    return {
      dir,
      apiUrl,
      databaseUrl,
      temporalAddress: `127.0.0.1:${temporalPort}`,
      mailbox,
      temporal,
      postgres,
      temporalServer,
      smtp,
      worker,
      api,
      waitHealthy,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
