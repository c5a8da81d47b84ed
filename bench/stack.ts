// The service under test, as `npm start` runs it but on free loopback ports and in a temporary folder:
// embedded PostgreSQL, the Temporal dev server (SQLite file, as `npm start` keeps it), the SMTP sink, then the
// worker (worker.ts, unchanged) and the API (bench/api-server.ts: the service's Express app plus the plain-write
// route) as child processes, so their resident memory is theirs alone. Every part started is stopped by stop().
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { chmod, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection } from '@temporalio/client';
import pgLib from 'pg';
import { dataConverterFor, parsePayloadKeys } from '../infra/payload-codec.ts';
import { migrate, openOrm } from '../db/orm.ts';
import { configSchema } from '../infra/config.ts';
import { freePort } from '../scripts/services/ports.ts';
import { startEmbeddedPostgres } from '../scripts/services/postgres.ts';
import { startSmtpSink } from '../scripts/services/smtp-sink.ts';
import { startTemporalDevServer } from '../scripts/services/temporal.ts';
import { CASE_TASK_QUEUE } from '../workflows/case-api.ts';

export { freePort };

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Whether BENCH_PROFILE names this part (api, worker, db). */
export const profiling = (part: string) => (process.env.BENCH_PROFILE ?? '').split(',').includes(part);

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** VmRSS of a process in bytes, from /proc (0 once it is gone). */
export async function rssOf(pid: number | undefined): Promise<number> {
  if (!pid) return 0;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Children of this process whose command name is `comm` (the Temporal dev server binary is started by
 * scripts/services). */
async function childPidsNamed(comm: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const m = /^\d+ \((.*)\) \S+ (\d+)/.exec(stat);
      if (m && m[1] === comm && Number(m[2]) === process.pid) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

export interface Stack {
  dir: string;
  databaseUrl: string;
  temporalAddress: string;
  apiUrl: string;
  temporal: Client;
  pids: { worker?: number; api?: number; temporal?: number };
  maxCachedWorkflows: number;
  temporalDb: string;
  stop(): Promise<void>;
}

type Stop = () => Promise<unknown>;

/** The environment of the worker and API child processes: production mode on loopback, warnings only. */
export function serviceEnv(o: {
  databaseUrl: string;
  temporalAddress: string;
  smtpUrl: string;
  apiPort: number;
  payloadKeys: string;
  payloadKeyId: string;
}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: o.databaseUrl,
    TEMPORAL_ADDRESS: o.temporalAddress,
    SMTP_URL: o.smtpUrl,
    PORT: String(o.apiPort),
    PUBLIC_URL: `http://127.0.0.1:${o.apiPort}`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    PAYLOAD_KEYS: o.payloadKeys,
    PAYLOAD_KEY_ID: o.payloadKeyId,
  };
  delete env.MAILBOX_DIR;
  return env;
}

function waitExit(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Starts every part; on a failure part-way, what was started is stopped before the error is rethrown. */
export async function startStack(opts: { log: (line: string) => void; temporalDb: 'file' | 'memory' }): Promise<Stack> {
  const stops: Stop[] = [];
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const s of stops.reverse()) await s().catch((e) => console.error('stop:', (e as Error).message));
  };
  try {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pathway-bench-'));
    await chmod(dir, 0o755); // PostgreSQL runs as its own user when the benchmark runs as root
    // BENCH_KEEP=1 keeps the folder (the worker's and the API's logs, PostgreSQL's data) for a look afterwards.
    if (process.env.BENCH_KEEP === '1') opts.log(`keeping ${dir}`);
    else stops.push(() => rm(dir, { recursive: true, force: true }));

    opts.log('starting embedded PostgreSQL');
    const pgOptions = { dataDir: path.join(dir, 'pg'), port: await freePort(), database: 'pathway' };
    let pg = await startEmbeddedPostgres(pgOptions);
    if (profiling('db')) {
      // BENCH_PROFILE=db: pg_stat_statements (needs a restart to load), read per step by the benchmark.
      const admin = new pgLib.Client({ connectionString: pg.url });
      await admin.connect();
      await admin.query("alter system set shared_preload_libraries = 'pg_stat_statements'");
      await admin.end();
      await pg.stop();
      pg = await startEmbeddedPostgres(pgOptions);
    }
    stops.push(pg.stop);
    const orm = await openOrm(pg.url);
    await migrate(orm);
    await orm.close();

    opts.log(
      `starting the Temporal dev server (${opts.temporalDb === 'file' ? 'SQLite file, as npm start' : 'in memory'})`,
    );
    const dev = await startTemporalDevServer({
      port: await freePort(),
      dbFilename: opts.temporalDb === 'file' ? path.join(dir, 'temporal.db') : undefined,
    });
    stops.push(dev.stop);
    const [temporalPid] = await childPidsNamed('temporal');

    const sink = await startSmtpSink({ port: 0 });
    stops.push(sink.stop);

    // Payloads encrypted as `npm start` does (one local key); the benchmark's own client uses the same keys.
    const payloadKeys = `bench-1:${randomBytes(32).toString('base64')}`;
    const connection = await Connection.connect({ address: dev.address });
    stops.push(() => connection.close());
    const temporal = new Client({
      connection,
      dataConverter: dataConverterFor(parsePayloadKeys(payloadKeys, 'bench-1')),
    });

    const apiPort = await freePort();
    const env = serviceEnv({
      databaseUrl: pg.url,
      temporalAddress: dev.address,
      smtpUrl: sink.url,
      apiPort,
      payloadKeys,
      payloadKeyId: 'bench-1',
    });
    const children: ChildProcess[] = [];
    stops.push(async () => {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
      await Promise.all(children.map((c) => waitExit(c, 20_000)));
    });
    const spawnChild = (name: string, script: string) => {
      const out = createWriteStream(path.join(dir, `${name}.log`));
      const extra = profiling(name)
        ? ['--cpu-prof', `--cpu-prof-dir=${path.join(root, 'bench/results/profiles')}`]
        : [];
      const c = spawn(process.execPath, [...extra, path.join(root, script)], {
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      c.stdout!.pipe(out);
      c.stderr!.pipe(out);
      c.stderr!.on('data', (d: Buffer) => {
        const text = d.toString();
        if (/error|fatal/i.test(text)) opts.log(`[${name}] ${text.trim().slice(0, 500)}`);
      });
      c.on('exit', (code, signal) => {
        if (!stopped)
          opts.log(`[${name}] exited unexpectedly (${signal ?? code}); see ${path.join(dir, `${name}.log`)}`);
      });
      children.push(c);
      return c;
    };

    opts.log('starting the worker (worker.ts) and the API (bench/api-server.ts)');
    const worker = spawnChild('worker', 'worker.ts');
    const api = spawnChild('api', 'bench/api-server.ts');
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await waitUntil(
      async () => (await fetch(`${apiUrl}/readyz`).catch(() => null))?.ok === true,
      90_000,
      'the API to answer /readyz 200',
      [worker, api],
    );
    await waitUntil(
      async () => {
        const q = await temporal.workflowService.describeTaskQueue({
          namespace: 'default',
          taskQueue: { name: CASE_TASK_QUEUE },
          taskQueueType: 1,
        });
        return (q.pollers ?? []).length > 0;
      },
      120_000,
      'the worker to poll its task queue',
      [worker, api],
    );
    const maxCachedWorkflows = configSchema.shape.WORKER_MAX_CACHED_WORKFLOWS.parse(
      process.env.WORKER_MAX_CACHED_WORKFLOWS || undefined,
    );
    return {
      dir,
      databaseUrl: pg.url,
      temporalAddress: dev.address,
      apiUrl,
      temporal,
      pids: { worker: worker.pid, api: api.pid, temporal: temporalPid },
      maxCachedWorkflows,
      temporalDb: opts.temporalDb,
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

async function waitUntil(
  check: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  mustLive: ChildProcess[],
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = mustLive.find((c) => c.exitCode !== null || c.signalCode !== null);
    if (dead) throw new Error(`a child process exited while waiting for ${what}`);
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
}
