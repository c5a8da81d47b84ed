// `npm run bench`: starts the real service on loopback ports, loads it, prints a table of figures against the
// targets and writes it as JSON (bench/results/latest.json); the steps run on each Temporal server in turn (the CLI
// dev server, then the real server on PostgreSQL as `npm run start:cluster` runs it), figures side by side. Not a
// test: nothing in `npm test` depends on it. Every load loop is bounded by a request count and by wall time; every
// process started is stopped at the end, on an error, and on Ctrl-C.
//
//   BENCH_SERVERS=dev,server  the Temporal servers to run on: dev (the CLI dev server, as `npm start`), server (the
//                             real Temporal server on PostgreSQL, as `npm run start:cluster`); default both
//   BENCH_TIMER_CASES=…       cases whose alerts fall due together (default 10,000, the issue's size)
//   BENCH_SEED_CASES=…        seeded individuals and cases for the reads (default 100,000)
//   BENCH_QUICK=1             small sizes and short loops, for development (writes bench/results/quick.json)
//   BENCH_ONLY=open,notes,reads,timers,startup   run only these steps (memory comes with timers)
//   BENCH_TEMPORAL_DB=memory  Temporal dev server in memory instead of a SQLite file (npm start's mode)
//   BENCH_PROFILE=api,worker  write V8 CPU profiles of those processes to bench/results/profiles/
//   BENCH_OUT=path            where to write the JSON
//   BENCH_QUIET_WAIT=60       seconds a step waits for other processes to leave the CPUs (0: no wait)
import { randomUUID } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import exitHook from 'async-exit-hook';
import pg from 'pg';
import { configSchema } from '../infra/config.ts';
import { projectRoot } from '../scripts/project-root.ts';
import { createStack, type Stack } from '../scripts/stack/stack.ts';
import { businessDate } from '../domain/dates.ts';
import { REGISTRATION } from '../test/support/fixtures.ts';
import {
  BENCH_PASSWORD,
  createOrganisation,
  insertIndividuals,
  seedDataSet,
  type BenchOrg,
  type SeedCounts,
  type SeededIndividual,
} from './generate.ts';
import { HttpClient, runLoad, type LoadResult, type Reply } from './load.ts';
import {
  cpuShare,
  cpuSnapshot,
  machineNotes,
  partOfPid,
  rssOf,
  waitForQuiet,
  type CpuShare,
  type CpuSnapshot,
} from './machine.ts';
import { sinNumber } from './names.ts';
import { renderSideBySide, type Row } from './report.ts';
import { runStartup, stopStartupChildren, type StartupResult } from './startup.ts';
import { mb, round } from './stats.ts';
import { runTimers, type TimerResult } from './timers.ts';
import { historyGrowth, type HistoryGrowth } from './history.ts';
import { PROVINCE, sizingLines, times, type Measured, type PartMs } from './sizing.ts';
import { TEMPORAL_SERVER_VERSION } from '../scripts/services/temporal-server-install.ts';
import { DEFAULT_HISTORY_SHARDS } from '../scripts/services/temporal-server.ts';

const env = process.env;
const quick = env.BENCH_QUICK === '1';
/** Whether BENCH_PROFILE names this part (api, worker, db). */
const profiling = (part: string) => (env.BENCH_PROFILE ?? '').split(',').includes(part);
function whole(name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}=${raw}: expects a whole number ≥ 1`);
  return n;
}
const STEPS = ['open', 'notes', 'reads', 'timers', 'startup'] as const;
const only = env.BENCH_ONLY ? new Set(env.BENCH_ONLY.split(',').map((s) => s.trim())) : null;
for (const s of only ?? [])
  if (!(STEPS as readonly string[]).includes(s))
    throw new Error(`BENCH_ONLY: unknown step ${s}; expects some of ${STEPS.join(',')}`);
const runs = (step: (typeof STEPS)[number]) => !only || only.has(step) || (step === 'open' && only.has('notes'));

const SERVERS = ['dev', 'server'] as const;
type Server = (typeof SERVERS)[number];
const SERVER_NAMES: Record<Server, string> = {
  dev: 'dev server',
  server: 'Temporal server',
};
const servers = (env.BENCH_SERVERS ?? SERVERS.join(','))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean) as Server[];
for (const s of servers)
  if (!SERVERS.includes(s)) throw new Error(`BENCH_SERVERS: unknown server ${s}; expects some of ${SERVERS.join(',')}`);

const config = {
  quick,
  servers,
  seedCases: whole('BENCH_SEED_CASES', quick ? 5_000 : 100_000),
  timerCases: whole('BENCH_TIMER_CASES', quick ? 200 : 10_000),
  caseManagers: whole('BENCH_CASE_MANAGERS', quick ? 40 : 400),
  temporalDb: (env.BENCH_TEMPORAL_DB === 'memory' ? 'memory' : 'file') as 'memory' | 'file',
  out: path.resolve(projectRoot, env.BENCH_OUT ?? (quick ? 'bench/results/quick.json' : 'bench/results/latest.json')),
  maxCachedWorkflows: whole(
    'WORKER_MAX_CACHED_WORKFLOWS',
    configSchema.shape.WORKER_MAX_CACHED_WORKFLOWS.parse(undefined),
  ),
  steps: STEPS.filter(runs),
};
const scale = quick ? 0.2 : 1;
/** BENCH_QUIET_WAIT=seconds: how long a step waits for other processes to calm down (0: not at all). */
const quietWaitMs = (env.BENCH_QUIET_WAIT ? Number(env.BENCH_QUIET_WAIT) : 60) * 1000;
if (!Number.isFinite(quietWaitMs) || quietWaitMs < 0)
  throw new Error(`BENCH_QUIET_WAIT=${env.BENCH_QUIET_WAIT}: expects seconds (0 or more)`);
/** [requests, seconds] per concurrency level: the loop stops at whichever comes first. */
const BUDGET = {
  open: { 1: [150, 15], 8: [600, 15], 32: [1000, 20] },
  notes: { 1: [200, 12], 8: [800, 15], 32: [1200, 15] },
  reads: { 1: [300, 8], 8: [1000, 10] },
  /** Updates at 32 clients with one worker, then two (the real server only). */
  workers: [1200, 15],
} as const;
const budget = ([requests, seconds]: readonly [number, number]) => ({
  maxRequests: Math.max(10, Math.round(requests * scale)),
  maxMs: seconds * 1000 * (quick ? 0.5 : 1),
});

/** Actions whose history growth is read one by one (cases opened, notes added). */
const HISTORY_ACTIONS = 10;

/** Bytes of these databases (those that exist) in the stack's PostgreSQL. */
async function databaseBytes(pool: pg.Pool, names: string[]): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    'select coalesce(sum(pg_database_size(datname)), 0) as n from pg_database where datname = any($1)',
    [names],
  );
  return Number(rows[0].n);
}
/** Bytes of the Temporal server's store: its databases, or the dev server's SQLite file. */
async function temporalStoreBytes(server: Server, pool: pg.Pool, dir: string): Promise<number> {
  if (server === 'server') return databaseBytes(pool, ['temporal', 'temporal_visibility']);
  const size = (f: string) =>
    stat(path.join(dir, f)).then(
      (s) => s.size,
      () => 0,
    );
  return (await size('temporal.db')) + (await size('temporal.db-wal'));
}

const t0 = Date.now();
const log = (s: string) => console.log(`bench ▸ ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s  ${s}`);

// ---------------------------------------------------------------------------------------------------------------
// Everything started is stopped: at the end, on an error, on Ctrl-C / SIGTERM.

let stack: Stack<'child-process'> | undefined;
/** The processes of the running service. */
let pids: Record<Proc, number | undefined> | undefined;
let db: pg.Pool | undefined;
let http: HttpClient | undefined;
let sampler: NodeJS.Timeout | undefined;
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    if (sampler) clearInterval(sampler);
    http?.close();
    const pool = db;
    db = undefined;
    await pool?.end().catch(() => undefined);
    await stopStartupChildren();
    await stack?.stop();
  })();
  return cleaning;
}
exitHook.forceExitTimeout(90_000);
exitHook((done: () => void) => void cleanup().then(done));

// ---------------------------------------------------------------------------------------------------------------
// Resident memory of the worker, the API and the Temporal server, sampled every 500 ms, peak per phase.

type Proc = 'worker' | 'api' | 'temporal';
let rssPeaks: Record<string, Record<Proc, number>> = {};
let phase = 'start';
/** The service's memory when the first step that opens workflows starts (start-up's bundling long done): the base of
 * the per-workflow figure. */
let idleRss = { worker: 0, api: 0, temporal: 0 };
let phaseStart: CpuSnapshot | undefined;
let cpuByPhase: Record<string, CpuShare> = {};
let cpuAcc: Record<string, CpuSnapshot> = {};
const dbTop: Record<string, unknown[]> = {};
/** Requests (or wake-ups) each step served, for the CPU per operation. */
let opsByPhase: Record<string, number> = {};
/** Each server's run starts its accounts afresh. */
function resetAccounts() {
  rssPeaks = {};
  phase = 'start';
  idleRss = { worker: 0, api: 0, temporal: 0 };
  phaseStart = undefined;
  cpuByPhase = {};
  cpuAcc = {};
  opsByPhase = {};
}
const countOps = (step: string, r: { count: number; errors: number }) =>
  (opsByPhase[step] = (opsByPhase[step] ?? 0) + r.count + r.errors);
/** BENCH_PROFILE=db: the statements that took the most time in the step that ends, then a fresh count. */
async function captureDb(step: string): Promise<void> {
  if (!profiling('db') || !db) return;
  await db.query('create extension if not exists pg_stat_statements');
  const { rows } = await db.query(
    `select calls, round(total_exec_time::numeric, 1) as total_ms, round(mean_exec_time::numeric, 3) as mean_ms,
      round(max_exec_time::numeric, 1) as max_ms,
            rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 400) as query
       from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())
      order by total_exec_time desc limit 15`,
  );
  // The plans of the slow reads (PostgreSQL's generic plan: no parameter values needed).
  for (const row of rows as { mean_ms: string; query: string; plan?: string[] }[]) {
    if (Number(row.mean_ms) < 5 || !/^select /i.test(row.query)) continue;
    const full = await db.query<{ query: string }>(
      `select query from pg_stat_statements where left(regexp_replace(query, '\\s+', ' ', 'g'), 400) = $1 limit 1`,
      [row.query],
    );
    try {
      const plan = await db.query<{ 'QUERY PLAN': string }>(`explain (generic_plan) ${full.rows[0].query}`);
      row.plan = plan.rows.map((p) => p['QUERY PLAN']);
    } catch (e) {
      row.plan = [`(no plan: ${(e as Error).message})`];
    }
  }
  dbTop[`${currentServer}:${step}`] = rows;
  await db.query('select pg_stat_statements_reset()');
}

/**
 * Closes the current step's CPU account, once the step's background work is done so that it is charged to the
 * step, and opens the next one's (after waiting for a quiet machine).
 */
async function setPhase(name: string): Promise<void> {
  if (pids && phase !== 'seed' && phase !== 'start') await settle();
  await captureDb(phase);
  await closePhase();
  if (['open', 'notes', 'reads', 'timers', 'startup', 'workers'].includes(name) && quietWaitMs > 0)
    await waitForQuiet(log, quietWaitMs);
  if (pids && (name === 'open' || name === 'timers') && !idleRss.worker) idleRss = await rssNow(pids);
  phase = name;
  phaseStart = await cpuSnapshot();
}
/** Closes the current step's CPU account and opens the next one's at once (no waiting: the timers' due instant). */
async function markPhase(name: string): Promise<void> {
  await closePhase();
  phase = name;
  phaseStart = await cpuSnapshot();
}
async function closePhase(): Promise<void> {
  const end = await cpuSnapshot();
  if (phaseStart) {
    // Steps entered more than once (the two kinds of note alternate) add up.
    const acc = (cpuAcc[phase] ??= { atMs: 0, busy: 0, steal: 0, mine: 0, byPart: {} });
    acc.atMs += end.atMs - phaseStart.atMs;
    acc.busy += end.busy - phaseStart.busy;
    acc.steal += end.steal - phaseStart.steal;
    acc.mine += end.mine - phaseStart.mine;
    for (const k of Object.keys(end.byPart))
      acc.byPart[k] = (acc.byPart[k] ?? 0) + end.byPart[k] - (phaseStart.byPart[k] ?? 0);
    cpuByPhase[phase] = cpuShare({ atMs: 0, busy: 0, steal: 0, mine: 0, byPart: {} }, acc);
  }
}
/** Before each measured load: the previous load's background work (emails, queued workflow tasks) is done. */
async function settle() {
  if (quietWaitMs > 0) await waitForQuiet(log, quietWaitMs, { service: true });
}
function startSampler(of: Record<Proc, number | undefined>) {
  sampler = setInterval(async () => {
    const peaks = (rssPeaks[phase] ??= { worker: 0, api: 0, temporal: 0 });
    for (const p of ['worker', 'api', 'temporal'] as const) peaks[p] = Math.max(peaks[p], await rssOf(of[p]));
  }, 500);
}
const rssNow = async (of: Record<Proc, number | undefined>) => ({
  worker: await rssOf(of.worker),
  api: await rssOf(of.api),
  temporal: await rssOf(of.temporal),
});

// ---------------------------------------------------------------------------------------------------------------

interface Session {
  token: string;
  userId: number;
}

async function signIn(client: HttpClient, org: BenchOrg, loginId: string): Promise<Session> {
  const res = await client.request('POST', '/api/session', {
    body: { organisationCode: org.code, loginId, password: BENCH_PASSWORD, acceptTerms: true },
  });
  if (res.status !== 201) throw new Error(`sign-in of ${loginId} failed: ${res.status} ${JSON.stringify(res.body)}`);
  // The token comes only in the session cookie; the benchmark sends it back as a Bearer header.
  const cookie = res.cookies.find((c) => c.startsWith('pathway_session='))!;
  const token = cookie.slice('pathway_session='.length).split(';')[0];
  return { token, userId: (res.body as { user: { id: number } }).user.id };
}

async function main() {
  const info = machineNotes();
  await setPhase('start');
  log(
    `machine: ${info.cpus} × ${info.cpuModel}, ${info.memoryMB} MB, Node ${info.node}, load ` +
      `${info.loadAverageAtStart.join(' ')}`,
  );
  log(
    `steps: ${config.steps.join(', ')} on ${config.servers.map((s) => SERVER_NAMES[s]).join(' and ')}` +
      `${quick ? ' (quick sizes)' : ''}`,
  );
  const needsStack = config.steps.some((s) => s !== 'startup');

  const byServer: Partial<Record<Server, ServerRun>> = {};
  if (needsStack)
    for (const server of config.servers) {
      resetAccounts();
      currentServer = server;
      byServer[server] = await runOn(server, server === config.servers[0]);
    }

  // Start-up of `npm start` on existing data (the stacks above are stopped first: they would share the CPUs).
  resetAccounts();
  const startupRows: Row[] = [];
  let startup: StartupResult | undefined;
  if (runs('startup')) {
    await setPhase('startup');
    startup = await runStartup(log);
    startupRows.push(
      {
        section: '9. Start-up: npm start to /readyz 200 on existing data',
        measure: 'second start (first start created the data)',
        value:
          `${(startup.secondStartMs / 1000).toFixed(1)} s (first ${(startup.firstStartMs / 1000).toFixed(1)} ` +
          `s, stop ${(startup.stopMs / 1000).toFixed(1)} s)`,
        target: '< 15 s',
        pass: startup.secondStartMs < 15_000,
      },
      {
        section: '9. Start-up: npm start to /readyz 200 on existing data',
        measure: 'second start to the worker polling (not in /readyz)',
        value:
          startup.workerPollingMs === null ? 'not within 60 s' : `${(startup.workerPollingMs / 1000).toFixed(1)} s`,
      },
    );
  }
  await setPhase('end');
  const startupCpu = cpuByPhase.startup;

  const ran = config.servers.filter((s) => byServer[s]);
  // The reads ran on the first server only; the others' sizing takes them from there.
  const readsCpu = ran.map((s) => perOperation(byServer[s]!, 'reads')).find((r) => r) ?? {};
  const sizingOf = (s: Server): Measured | undefined => {
    const r = byServer[s]!;
    if (!r.sizingBase) return undefined;
    return {
      cpuMs: {
        open: perOperation(r, 'open') ?? {},
        update: perOperation(r, 'notes-update') ?? {},
        alert: perOperation(r, 'timers-due') ?? {},
        read: perOperation(r, 'reads') ?? readsCpu,
      },
      ...r.sizingBase,
    };
  };
  const rows: (Row & { server: string })[] = [
    ...ran.flatMap((s) => [...byServer[s]!.rows, ...cpuRows(byServer[s]!)].map((r) => ({ ...r, server: s }))),
    ...startupRows.map((r) => ({ ...r, server: 'dev' })),
  ];

  const durationS = Math.round((Date.now() - t0) / 1000);
  const notes = { ...info, loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)) };
  const stepOf = (section: string) =>
    section.startsWith('1.')
      ? 'open'
      : section.startsWith('2. ')
        ? 'notes-update'
        : section.startsWith('3.')
          ? 'notes-plain'
          : section.startsWith('4')
            ? 'reads'
            : section.startsWith('5') || section.startsWith('6')
              ? 'timers-due'
              : section.startsWith('9')
                ? 'startup'
                : '';
  const table = renderSideBySide(
    rows,
    [...ran, ...(ran.includes('dev') || !startupRows.length ? [] : (['dev'] as const))].map((s) => ({
      key: s,
      name: SERVER_NAMES[s],
    })),
    (section, server) => {
      const step = stepOf(section);
      const c =
        step === 'startup' ? (server === 'dev' ? startupCpu : undefined) : byServer[server as Server]?.cpuByStep[step];
      // In the start-up step the CPU of `npm start` and its children, reaped by now, is counted with the benchmark's.
      const name = (k: string) => (k === 'bench' && step === 'startup' ? 'npm start + bench' : k);
      return c
        ? `other processes ${c.otherPercent}% of the CPUs, steal ${c.stealPercent}%; CPU s ${Object.entries(
            c.cpuSecondsByPart,
          )
            .map(([k, v]) => `${name(k)} ${v}`)
            .join(', ')} in ${c.seconds} s`
        : '';
    },
  );
  console.log(`\nPathway benchmark — ${new Date().toISOString()} — ${durationS} s`);
  console.log(
    `machine: ${notes.cpus} × ${notes.cpuModel}, ${notes.memoryMB} MB RAM, ${notes.os}, Node ${notes.node}; ` +
      ran
        .map((s) => `${SERVER_NAMES[s]}: ${byServer[s]!.notes.temporal}, PostgreSQL ${byServer[s]!.notes.postgres}`)
        .join('; '),
  );
  console.log(
    `commit ${notes.commit} (+${notes.uncommittedFiles} uncommitted files); load average ` +
      `${notes.loadAverageAtStart.join(' ')} at start, ${notes.loadAverageAtEnd.join(' ')} at end`,
  );
  const seed = ran.map((s) => byServer[s]!.seed).find((x) => x);
  if (seed)
    console.log(
      `data: ${seed.cases.toLocaleString('en')} seeded cases on each server (${Object.entries(seed.byStatus)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}), ${seed.openAlerts} open alerts; ${config.caseManagers} case managers`,
    );
  console.log(`\n${table}\n`);
  // The events one action added, under the table: too long for a cell.
  for (const s of ran)
    for (const [what, key] of [
      ['opening a case', 'historyPerOpenedCase'],
      ['an Update', 'historyPerUpdate'],
    ] as const) {
      const h = byServer[s]!.results[key] as HistoryGrowth | undefined;
      if (h) console.log(`${SERVER_NAMES[s]}, events of ${what}: ${h.eventTypes.join(', ')}`);
    }
  const missed = rows.filter((r) => r.pass === false);
  console.log(
    missed.length
      ? `${missed.length} target(s) missed: ` +
          missed
            .map((r) => `${r.measure}${r.clients ? ` ×${r.clients}` : ''} (${SERVER_NAMES[r.server as Server]})`)
            .join('; ')
      : 'every target met',
  );

  // The sizing guide from the production shape's figures (the real server's, else the dev server's).
  const sizedOn = [...ran].reverse().find((s) => sizingOf(s));
  const sizing = Object.fromEntries(ran.map((s) => [s, sizingOf(s)]).filter(([, m]) => m));
  if (sizedOn) {
    const lines = sizingLines(sizingOf(sizedOn)!, [PROVINCE, times(PROVINCE, 10)]);
    console.log(`\nSizing from the ${SERVER_NAMES[sizedOn]}'s figures (bench/sizing.ts):\n${lines.join('\n')}\n`);
  }

  await mkdir(path.dirname(config.out), { recursive: true });
  await writeFile(
    config.out,
    `${JSON.stringify(
      {
        version: 2,
        runAt: new Date(t0).toISOString(),
        durationS,
        machine: notes,
        config: { ...config, out: path.relative(projectRoot, config.out) },
        servers: Object.fromEntries(
          ran.map((s) => {
            const r = byServer[s]!;
            return [
              s,
              { ...r.notes, seed: r.seed, results: r.results, cpuByStep: r.cpuByStep, opsByStep: r.opsByStep },
            ];
          }),
        ),
        ...(startup ? { startup: { ...startup, cpu: startupCpu } } : {}),
        sizing: {
          measured: sizing,
          sizedOn,
          guide: sizedOn ? sizingLines(sizing[sizedOn]!, [PROVINCE, times(PROVINCE, 10)]) : [],
        },
        rows,
        ...(Object.keys(dbTop).length ? { dbTopStatements: dbTop } : {}),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written to ${path.relative(projectRoot, config.out)}`);
}

/** CPU milliseconds per operation of a step, by part of the service (the benchmark's own process left out). */
function perOperation(r: ServerRun, step: string): PartMs | undefined {
  const cpu = r.cpuByStep[step];
  const ops = r.opsByStep[step];
  if (!cpu || !ops) return undefined;
  return Object.fromEntries(
    Object.entries(cpu.cpuSecondsByPart)
      .filter(([k]) => k !== 'bench' && k !== 'other')
      .map(([k, v]) => [k, round((v * 1000) / ops)]),
  );
}
const totalMs = (p: PartMs) => round(Object.values(p).reduce((n: number, v) => n + (v ?? 0), 0));

/** The CPU per operation rows of one server, with the issue's targets on opening a case and on an Update. */
function cpuRows(r: ServerRun): Row[] {
  const section = '7. CPU ms per operation, by process (the load generator left out)';
  const ops: [string, string][] = [
    ['open', 'open a case (its assignment email included)'],
    ['notes-update', 'note via Update'],
    ['notes-plain', 'note, plain write'],
    ['timers-due', 'alert raised by its timer (wake-up)'],
    ['reads', 'read (mean over the reads)'],
  ];
  const rows: Row[] = [];
  for (const [step, measure] of ops) {
    const p = perOperation(r, step);
    if (!p) continue;
    const total = totalMs(p);
    rows.push({
      section,
      measure,
      value: `${total} ms: ${Object.entries(p)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} (${r.opsByStep[step]} ops)`,
      ...(step === 'open' ? { target: '≤ 50 ms', pass: total <= 50 } : {}),
    });
  }
  const update = perOperation(r, 'notes-update');
  const plain = perOperation(r, 'notes-plain');
  if (update && plain) {
    const ratio = round(totalMs(update) / totalMs(plain), 2);
    rows.push({ section, measure: 'Update ÷ plain write', value: `${ratio} ×`, target: '≤ 2.5 ×', pass: ratio <= 2.5 });
  }
  return rows;
}

interface ServerRun {
  rows: Row[];
  results: Record<string, unknown>;
  seed?: SeedCounts;
  cpuByStep: Record<string, CpuShare>;
  opsByStep: Record<string, number>;
  notes: { postgres?: string; temporal?: string; temporalStore?: string };
  /** Memory and storage figures for the sizing guide (from the timers step). */
  sizingBase?: Pick<Measured, 'memoryMB' | 'bytes'>;
}
let currentServer: Server = 'dev';

/** Every step but start-up on one Temporal server: its own stack, data and accounts. */
async function runOn(server: Server, first: boolean): Promise<ServerRun> {
  const rows: Row[] = [];
  const results: Record<string, unknown> = {};
  const notes: ServerRun['notes'] = {};
  let seed: SeedCounts | undefined;
  let timers: TimerResult | undefined;
  let memoryForSizing: Measured['memoryMB'] | undefined;
  let temporalBytesPerWorkflow = 0;
  log(`── on the ${SERVER_NAMES[server]} ──`);
  // As `npm start` (dev) or `npm run start:cluster` (server: the real Temporal server on the stack's PostgreSQL)
  // runs it, on free ports in a temporary folder (BENCH_KEEP=1 keeps it, with each part's log in logs/), in
  // production mode; the API is bench/api-server.ts (the service's app plus the plain-write route), the workers
  // bench/worker.ts (worker.ts plus the timers' clock shift). One API process and one worker on both servers, so that
  // the figures differ by the server alone; the real server's second worker runs only for the two-worker step.
  // The workers and the API are child processes, so their resident memory is theirs alone.
  stack = createStack({
    run: 'child-process',
    name: `bench-${server}`,
    keepDir: env.BENCH_KEEP === '1',
    logDir: 'logs',
    temporalStore: server === 'server' ? 'postgres' : config.temporalDb,
    workers: server === 'server' ? 2 : 1,
    workerScript: 'bench/worker.ts',
    // BENCH_PROFILE=db: pg_stat_statements, read per step by the benchmark.
    postgresSettings: profiling('db') ? { shared_preload_libraries: 'pg_stat_statements' } : undefined,
    env: { NODE_ENV: 'production' },
    apiScript: 'bench/api-server.ts',
    nodeArgs: (part) =>
      profiling(part) ? ['--cpu-prof', `--cpu-prof-dir=${path.join(projectRoot, 'bench/results/profiles')}`] : [],
    say: (part, text) => log(`${part}: ${text}`),
    sayErrors: true,
  });
  const service = await stack.start();
  await service.waitReady(120_000);
  const secondWorker = service.workers[1];
  await secondWorker?.stop();
  pids = { worker: service.worker.pid(), api: service.api.pid(), temporal: service.temporalServer.running()?.pid };
  startSampler(pids);
  for (const [part, pid] of Object.entries(pids)) if (pid) partOfPid.set(pid, part);
  db = new pg.Pool({ connectionString: service.databaseUrl, max: 4 });
  const { rows: version } = await db.query<{ v: string }>("select current_setting('server_version') as v");
  Object.assign(notes, {
    postgres: version[0].v,
    temporal:
      server === 'server'
        ? `Temporal server ${TEMPORAL_SERVER_VERSION} on PostgreSQL (${DEFAULT_HISTORY_SHARDS} history shards)`
        : `${machineNotes().temporal ?? 'Temporal CLI'} (${config.temporalDb === 'file' ? 'SQLite file' : 'in memory'})`,
    temporalStore: server === 'server' ? 'postgres' : config.temporalDb,
  });
  http = new HttpClient(service.apiUrl, 64);
  const api = http;

  await setPhase('seed');
  const today = businessDate(new Date());
  const org = await createOrganisation(db, config.caseManagers);
  let pathwayBytesPerCase = 0;
  if (runs('reads') || runs('open')) {
    log(`seeding ${config.seedCases} individuals and cases`);
    const before = await databaseBytes(db, ['pathway']);
    seed = await seedDataSet(db, org, config.seedCases, today, log);
    pathwayBytesPerCase = Math.round(((await databaseBytes(db, ['pathway'])) - before) / seed.cases);
    log(`seeded in ${(seed.ms / 1000).toFixed(1)} s: ${JSON.stringify(seed.byStatus)}, ${seed.openAlerts} open alerts`);
  }
  const openBudget = [1, 8, 32].map((c) => budget(BUDGET.open[c as 1 | 8 | 32]).maxRequests).reduce((a, b) => a + b, 0);
  const fresh: SeededIndividual[] = runs('open')
    ? await insertIndividuals(db, org, openBudget + HISTORY_ACTIONS + 100, 7, today)
    : [];
  log('vacuum analyze');
  await db.query('vacuum analyze');

  // One after the other: sign-ins from one address at once count against it (domain/sign-in-throttle.ts).
  const managers: Session[] = [];
  for (const m of org.managers.slice(0, 32)) managers.push(await signIn(api, org, m.loginId));
  // R-PER-07: a person is added only after a search; each session's search token, as the page sends it.
  const searchTokens = await Promise.all(
    managers.map(async (m) => {
      const found = await api.request('GET', '/api/individuals?lastName=Search', { token: m.token });
      return (found.body as { searchToken: string }).searchToken;
    }),
  );
  const casesOf: number[][] = managers.map(() => []);

  // 1. Opening cases: row written and workflow started.
  if (runs('open')) {
    await setPhase('open');
    let nextPerson = 0;
    const open = (c: number): Promise<Reply> =>
      api
        .request('POST', '/api/cases', {
          token: managers[c].token,
          body: {
            individualId: fresh[nextPerson++].id,
            accountabilityReporting: 'PRIVATE',
            registration: REGISTRATION,
          },
        })
        .then((r) => {
          if (r.status === 201) casesOf[c].push((r.body as { id: number }).id);
          return r;
        });
    countOps(
      'open',
      await runLoad({ concurrency: 4, maxRequests: 40, maxMs: 30_000, send: open, ok: (s) => s === 201 }), // warm-up
    );
    const opened: LoadResult[] = [];
    for (const c of [1, 8, 32] as const) {
      await settle();
      const r = await runLoad({ concurrency: c, ...budget(BUDGET.open[c]), send: open, ok: (s) => s === 201 });
      countOps('open', r);
      log(
        `open cases   ×${String(c).padStart(2)}: ${r.perSecond} cases/s, median ${r.medianMs} ms, p99 ` +
          `${r.p99Ms} ms${r.errors ? `, ${r.errors} errors (${r.firstError})` : ''}`,
      );
      opened.push(r);
      rows.push({
        section: '1. Open a case (POST /api/cases: row + workflow start)',
        measure: 'open case',
        clients: c,
        ...pickFigures(r),
        ...(c === 8 ? { target: '≥ 100 cases/s', pass: (r.perSecond ?? 0) >= 100 && r.errors === 0 } : {}),
      });
    }
    results.openCases = opened;

    // What opening a case adds to Temporal's history, its first steps (the assignment email) included.
    await setPhase('history-open');
    const opening = await historyGrowth(
      service.temporal,
      Array.from({ length: HISTORY_ACTIONS }, () => ({
        run: async () => {
          const r = await open(0);
          if (r.status !== 201) throw new Error(`opening a case for its history: ${r.status}`);
          return (r.body as { id: number }).id;
        },
      })),
    );
    rows.push(historyRow('open a case', opening));
    results.historyPerOpenedCase = opening;
  }

  // 2 and 3. A case note through the workflow Update, and the same write without Temporal.
  if (runs('notes')) {
    await setPhase('notes');
    const seq = managers.map(() => 0);
    const note = (route: string) => (c: number) => {
      const cases = casesOf[c].length ? casesOf[c] : casesOf.flat();
      const caseId = cases[seq[c]++ % cases.length];
      return api.request('POST', `${route}/${caseId}/notes`, {
        token: managers[c].token,
        body: { text: `Benchmark note ${randomUUID()}: called the client about the next appointment.` },
      });
    };
    const viaUpdate = note('/api/cases');
    const plain = note('/bench/cases');
    await runLoad({ concurrency: 4, maxRequests: 40, maxMs: 30_000, send: viaUpdate, ok: (s) => s === 200 });
    await runLoad({ concurrency: 4, maxRequests: 40, maxMs: 30_000, send: plain, ok: (s) => s === 200 });
    const updates: LoadResult[] = [];
    const plains: LoadResult[] = [];
    for (const c of [1, 8, 32] as const) {
      await setPhase('notes-update'); // settles first
      const u = await runLoad({ concurrency: c, ...budget(BUDGET.notes[c]), send: viaUpdate, ok: (s) => s === 200 });
      countOps('notes-update', u);
      await setPhase('notes-plain'); // settles first
      const p = await runLoad({ concurrency: c, ...budget(BUDGET.notes[c]), send: plain, ok: (s) => s === 200 });
      countOps('notes-plain', p);
      updates.push(u);
      plains.push(p);
      log(
        `note Update ×${String(c).padStart(2)}: median ${u.medianMs} ms, p99 ${u.p99Ms} ms | plain: ` +
          `median ${p.medianMs} ms, p99 ${p.p99Ms} ms`,
      );
      rows.push({
        section: '2. Case note through the workflow Update (POST /api/cases/:id/notes)',
        measure: 'note via Update',
        clients: c,
        ...pickFigures(u),
        ...(c === 8
          ? { target: 'median < 20, p99 < 100', pass: u.medianMs < 20 && u.p99Ms < 100 && u.errors === 0 }
          : {}),
      });
    }
    plains.forEach((p, i) =>
      rows.push({
        section: '3. Same note as a plain PostgreSQL write, same Express app (POST /bench/cases/:id/notes)',
        measure: 'note, plain write',
        clients: [1, 8, 32][i],
        ...pickFigures(p),
      }),
    );
    const ratios = updates.map((u, i) => ({
      clients: [1, 8, 32][i],
      median: round(u.medianMs / plains[i].medianMs, 2),
      p95: round(u.p95Ms / plains[i].p95Ms, 2),
      p99: round(u.p99Ms / plains[i].p99Ms, 2),
    }));
    for (const r of ratios) {
      rows.push({
        section: '2/3. Orchestration overhead (Update latency ÷ plain-write latency)',
        measure: 'ratio median (p95, p99)',
        clients: r.clients,
        value: `${r.median.toFixed(2)} (${r.p95.toFixed(2)}, ${r.p99.toFixed(2)})`,
        ...(r.clients === 8 ? { target: 'median ratio < 3', pass: r.median < 3 } : {}),
      });
    }
    results.notesViaUpdate = updates;
    results.notesPlain = plains;
    results.overheadRatios = ratios;

    // What an Update (a case note) adds to Temporal's history.
    await setPhase('history-note');
    const noteCases = casesOf.flat().slice(0, HISTORY_ACTIONS);
    const noting = await historyGrowth(
      service.temporal,
      noteCases.map((caseId) => ({
        caseId,
        run: async () => {
          const r = await api.request('POST', `/api/cases/${caseId}/notes`, {
            token: managers[casesOf.findIndex((cs) => cs.includes(caseId))].token,
            body: { text: `Benchmark note ${randomUUID()}: called the client about the next appointment.` },
          });
          if (r.status !== 200) throw new Error(`a note for its history: ${r.status}`);
          return caseId;
        },
      })),
    );
    rows.push(historyRow('note (an Update)', noting));
    results.historyPerUpdate = noting;

    // Two workers against one on the real server: the same Updates at 32 clients, the second worker started between.
    if (secondWorker) {
      const perWorkers: { workers: number; result: LoadResult; cpu: CpuShare }[] = [];
      for (const workers of [1, 2]) {
        if (workers === 2) {
          await secondWorker.start();
          await service.waitReady(120_000, [secondWorker]);
          partOfPid.set(secondWorker.pid()!, 'worker');
          await runLoad({ concurrency: 8, maxRequests: 80, maxMs: 30_000, send: viaUpdate, ok: (s) => s === 200 });
        }
        await setPhase(`workers-${workers}`);
        const result = await runLoad({
          concurrency: 32,
          ...budget(BUDGET.workers),
          send: viaUpdate,
          ok: (s) => s === 200,
        });
        countOps(`workers-${workers}`, result);
        await markPhase('after-workers');
        perWorkers.push({ workers, result, cpu: cpuByPhase[`workers-${workers}`] });
        log(`Updates ×32 with ${workers} worker(s): ${result.perSecond}/s, median ${result.medianMs} ms`);
      }
      // Back to one worker, as on the dev server, for the steps that follow.
      await secondWorker.stop();
      const [one, two] = perWorkers;
      const ratio = round((two.result.perSecond ?? 0) / (one.result.perSecond ?? 1), 2);
      // How much of the machine the one-worker run used: near 100 % leaves a second worker nothing to run on.
      const busy = (c: CpuShare) => round(c.benchmarkPercent + c.otherPercent + c.stealPercent);
      for (const w of perWorkers)
        rows.push({
          section: '2b. Updates at 32 clients, one worker and two (POST /api/cases/:id/notes)',
          measure: `${w.workers} worker${w.workers > 1 ? 's' : ''}`,
          clients: 32,
          ...pickFigures(w.result),
          value: `machine ${busy(w.cpu)} % busy (worker CPU ${w.cpu.cpuSecondsByPart.worker ?? 0} s)`,
        });
      rows.push({
        section: '2b. Updates at 32 clients, one worker and two (POST /api/cases/:id/notes)',
        measure: 'two workers ÷ one (Updates/s)',
        value:
          `${ratio.toFixed(2)} ×` +
          (busy(one.cpu) >= 85
            ? `; the CPUs were ${busy(one.cpu)} % busy with one worker: the machine allows no gain`
            : ''),
        target: '≥ 1.6 × where the CPU allows',
        ...(busy(one.cpu) >= 85 ? {} : { pass: ratio >= 1.6 }),
      });
      results.workers = perWorkers.map((w) => ({ workers: w.workers, ...w.result, machineBusyPercent: busy(w.cpu) }));
    }
  }

  // 4. Reads over the seeded data set.
  // Reads do not touch Temporal: measured once, on the first server.
  if (runs('reads') && first) {
    await setPhase('reads');
    const { rows: sample } = await db.query<{
      first_name: string;
      last_name: string;
      gender: string;
      date_of_birth: string;
      city: string;
      postal_code: string;
    }>(
      `select first_name, last_name, gender, date_of_birth::text, city, postal_code from individual where ` +
        `organisation_id = $1 order by random() limit 2000`,
      [org.id],
    );
    let dupSin = 0;
    const reads: {
      name: string;
      target: string;
      limit: number;
      ok: number;
      send: (c: number, seq: number) => Promise<Reply>;
    }[] = [
      {
        name: 'caseload GET /api/cases',
        target: 'p95 < 30',
        limit: 30,
        ok: 200,
        send: (c) => api.request('GET', '/api/cases', { token: managers[c].token }),
      },
      {
        name: 'caseload, whole organisation (?scope=organisation)',
        target: 'p95 < 30',
        limit: 30,
        ok: 200,
        send: (c) => api.request('GET', '/api/cases?scope=organisation', { token: managers[c].token }),
      },
      {
        name: 'alerts GET /api/alerts',
        target: 'p95 < 30',
        limit: 30,
        ok: 200,
        send: (c) => api.request('GET', '/api/alerts', { token: managers[c].token }),
      },
      {
        name: 'search GET /api/individuals?lastName=',
        target: 'p95 < 50',
        limit: 50,
        ok: 200,
        send: (c, s) =>
          api.request('GET', `/api/individuals?lastName=${encodeURIComponent(sample[s % sample.length].last_name)}`, {
            token: managers[c].token,
          }),
      },
      {
        name: 'duplicate check POST /api/individuals',
        target: 'p95 < 30',
        limit: 30,
        ok: 409,
        send: (c, s) => {
          const p = sample[(s * 7) % sample.length];
          return api.request('POST', '/api/individuals', {
            token: managers[c].token,
            body: {
              firstName: p.first_name,
              lastName: p.last_name,
              gender: p.gender,
              dateOfBirth: p.date_of_birth,
              sin: sinNumber(5_000_000 + ++dupSin),
              address: { line1: '100 Main St', city: p.city, province: 'NS', postalCode: p.postal_code },
              searchToken: searchTokens[c],
            },
          });
        },
      },
    ];
    const readResults: Record<string, LoadResult[]> = {};
    for (const read of reads) {
      countOps(
        'reads',
        await runLoad({ concurrency: 2, maxRequests: 30, maxMs: 20_000, send: read.send, ok: (s) => s === read.ok }),
      ); // warm-up
      readResults[read.name] = [];
      for (const c of [1, 8] as const) {
        await settle();
        const r = await runLoad({
          concurrency: c,
          ...budget(BUDGET.reads[c]),
          send: read.send,
          ok: (s) => s === read.ok,
        });
        countOps('reads', r);
        readResults[read.name].push(r);
        log(
          `${read.name} ×${c}: median ${r.medianMs} ms, p95 ${r.p95Ms} ms, ` +
            `${r.perSecond}/s${r.errors ? `, ${r.errors} errors (${r.firstError})` : ''}`,
        );
        rows.push({
          section: `4. Reads at ${config.seedCases.toLocaleString('en')} cases (target judged at 8 clients)`,
          measure: read.name,
          clients: c,
          ...pickFigures(r),
          ...(c === 8 ? { target: read.target, pass: r.p95Ms < read.limit && r.errors === 0 } : {}),
        });
      }
    }
    results.reads = readResults;
  }

  // 5 and 6. Timers at scale, and the memory with those cases open.
  if (runs('timers')) {
    await setPhase('timers');
    const before = await rssNow(pids);
    const storeBefore = await temporalStoreBytes(server, db, service.dir);
    timers = await runTimers({
      db,
      temporal: service.temporal,
      org,
      n: config.timerCases,
      log,
      asleep: async () => {
        temporalBytesPerWorkflow = Math.round(
          ((await temporalStoreBytes(server, db!, service.dir)) - storeBefore) / config.timerCases,
        );
        await markPhase('timers-due');
        opsByPhase['timers-due'] = config.timerCases;
      },
      done: () => markPhase('timers-histories'),
    });
    log(
      `timers: ${timers.raised}/${timers.cases} alert rows, last ${timers.lastMs} ms after due, ` +
        `${timers.missed} missed; workflows processed ` +
        `${timers.processed.completed}/${timers.processed.sampled}, last ${timers.processed.lastMs} ms`,
    );
    log(
      `timers: wake-up steps from the due instant (median / slowest ms): ${Object.entries(timers.processed.stages)
        .map(([k, v]) => `${k.slice(2)} ${v.medianMs}/${v.maxMs}`)
        .join('; ')}`,
    );
    await setPhase('after-timers');
    await sleep(5_000);
    const after = await rssNow(pids);
    // The peak over the timer step's three accounts (starting, waking up, reading histories).
    const peak = { worker: 0, api: 0, temporal: 0 };
    for (const [k, v] of Object.entries(rssPeaks))
      if (k.startsWith('timers'))
        for (const p of ['worker', 'api', 'temporal'] as const) peak[p] = Math.max(peak[p], v[p]);
    const memorySection = `6. Memory with the open case workflows (maxCachedWorkflows ${config.maxCachedWorkflows})`;
    const timersSection = `5. Timers: ${timers.cases.toLocaleString('en')} sleeping case workflows due at one instant`;
    const openWorkflows = config.timerCases + casesOf.flat().length;
    const perCachedKB = Math.round(
      (after.worker - idleRss.worker) / 1024 / Math.min(config.maxCachedWorkflows, openWorkflows),
    );
    const fits600 = Math.max(0, Math.floor(((600 - mb(idleRss.worker)) * 1024) / perCachedKB / 100) * 100);
    rows.push(
      {
        section: timersSection,
        measure: 'alert raised after due (case_alert row)',
        medianMs: timers.medianMs,
        p95Ms: timers.p95Ms,
        p99Ms: timers.p99Ms,
        perSecond: timers.alertsPerSecond,
        value:
          timers.raised === timers.cases
            ? `all ${timers.cases}, last ${((timers.lastMs ?? NaN) / 1000).toFixed(1)} s`
            : `${timers.raised}/${timers.cases} raised (last seen ` +
              `${((timers.lastSeenMs ?? NaN) / 1000).toFixed(1)} s)`,
        target: '≤ 120 s',
        pass: timers.lastMs !== null && timers.lastMs <= 120_000 && timers.missed === 0,
      },
      {
        section: timersSection,
        measure: 'alert processed by its workflow (recordCaseEvents completed, from histories)',
        medianMs: timers.processed.medianMs,
        p95Ms: timers.processed.p95Ms,
        p99Ms: timers.processed.p99Ms,
        value:
          `last ${((timers.processed.lastMs ?? NaN) / 1000).toFixed(1)} s ` +
          `(${timers.processed.completed}/${timers.processed.sampled} histories)`,
      },
      {
        section: timersSection,
        measure: 'open workflows, worker cache, wake-ups that replay at least',
        value:
          `${openWorkflows.toLocaleString('en')} open, cache ${config.maxCachedWorkflows.toLocaleString('en')}: ` +
          `${Math.max(0, timers.cases - config.maxCachedWorkflows).toLocaleString('en')} of ` +
          `${timers.cases.toLocaleString('en')} (asleep ${(timers.asleepMs / 1000).toFixed(0)} s after the first start)`,
      },
      {
        section: timersSection,
        measure: 'alerts missed / unexpected',
        value: `${timers.missed} / ${timers.unexpected}`,
        target: '0 missed',
        pass: timers.missed === 0 && timers.unexpected === 0,
      },
      {
        section: memorySection,
        measure: 'worker RSS peak (during timers)',
        value: `${mb(peak.worker)} MB with ${openWorkflows.toLocaleString('en')} open`,
        target: '< 1 GB',
        pass: mb(peak.worker) < 1024,
      },
      {
        section: memorySection,
        measure: 'worker RSS after timers',
        value: `${mb(after.worker)} MB (before: ${mb(before.worker)} MB)`,
      },
      {
        section: memorySection,
        measure: 'worker RSS per cached workflow (after − idle) and the cache that keeps a worker under 600 MB',
        value: `${perCachedKB} KB (idle ${mb(idleRss.worker)} MB): about ${fits600.toLocaleString('en')} workflows`,
        target: '≤ 256 KB',
        pass: perCachedKB <= 256,
      },
      {
        section: memorySection,
        measure: 'API RSS peak / after timers',
        value: `${mb(Math.max(...Object.values(rssPeaks).map((p) => p.api)))} MB / ${mb(after.api)} MB`,
      },
      {
        section: memorySection,
        measure: 'Temporal server process RSS after timers',
        value: `${mb(after.temporal)} MB`,
      },
    );
    results.timers = timers;
    memoryForSizing = {
      workerIdle: mb(idleRss.worker),
      workerKBPerCachedWorkflow: perCachedKB,
      api: mb(Math.max(...Object.values(rssPeaks).map((p) => p.api))),
      temporal: mb(after.temporal),
    };
    results.storage = { pathwayBytesPerCase, temporalBytesPerWorkflow };
    results.memory = {
      maxCachedWorkflows: config.maxCachedWorkflows,
      openWorkflows,
      idleMB: { worker: mb(idleRss.worker), api: mb(idleRss.api), temporal: mb(idleRss.temporal) },
      workerKBPerCachedWorkflow: perCachedKB,
      cachedWorkflowsUnder600MB: fits600,
      beforeTimersMB: { worker: mb(before.worker), api: mb(before.api), temporal: mb(before.temporal) },
      afterTimersMB: { worker: mb(after.worker), api: mb(after.api), temporal: mb(after.temporal) },
      peakMBByPhase: Object.fromEntries(
        Object.entries(rssPeaks).map(([k, v]) => [
          k,
          { worker: mb(v.worker), api: mb(v.api), temporal: mb(v.temporal) },
        ]),
      ),
    };
  }
  if (!results.memory)
    results.memory = {
      maxCachedWorkflows: config.maxCachedWorkflows,
      peakMBByPhase: Object.fromEntries(
        Object.entries(rssPeaks).map(([k, v]) => [
          k,
          { worker: mb(v.worker), api: mb(v.api), temporal: mb(v.temporal) },
        ]),
      ),
    };

  await setPhase('stopping');
  log('stopping the service');
  if (sampler) clearInterval(sampler);
  http.close();
  const pool = db;
  db = undefined;
  await pool.end();
  await stack.stop();
  stack = undefined;
  pids = undefined;
  return {
    rows,
    results,
    seed,
    cpuByStep: cpuByPhase,
    opsByStep: opsByPhase,
    notes,
    sizingBase: memoryForSizing && {
      memoryMB: memoryForSizing,
      bytes: { pathwayPerCase: pathwayBytesPerCase, temporalPerWorkflow: temporalBytesPerWorkflow },
    },
  };
}

function historyRow(action: string, h: HistoryGrowth): Row {
  return {
    section: `8. Temporal history per action (mean of ${h.actions}, read through the client before and after)`,
    measure: action,
    value:
      `${h.eventsPerAction} events, ${h.bytesPerAction.toLocaleString('en')} bytes ` +
      `(payloads ${h.payloadBytesPerAction.toLocaleString('en')})`,
  };
}

function pickFigures(r: LoadResult): Pick<Row, 'medianMs' | 'p95Ms' | 'p99Ms' | 'perSecond' | 'errors'> {
  return { medianMs: r.medianMs, p95Ms: r.p95Ms, p99Ms: r.p99Ms, perSecond: r.perSecond, errors: r.errors };
}

main()
  .then(() => cleanup())
  .then(() => process.exit(0))
  .catch(async (e) => {
    console.error(e);
    await cleanup();
    process.exit(1);
  });
