// `npm run bench`: starts the real service on loopback ports, loads it, prints a table of figures against the
// targets and writes it as JSON (bench/results/latest.json). Not a test: nothing in `npm test`
// depends on it. Every load loop is bounded by a request count and by wall time; every process started is
// stopped at the end, on an error, and on Ctrl-C.
//
//   BENCH_TIMER_CASES=…       cases whose alerts fall due together (default 10,000, the issue's size)
//   BENCH_SEED_CASES=…        seeded individuals and cases for the reads (default 100,000)
//   BENCH_QUICK=1             small sizes and short loops, for development (writes bench/results/quick.json)
//   BENCH_ONLY=open,notes,reads,timers,startup   run only these steps (memory comes with timers)
//   BENCH_TEMPORAL_DB=memory  Temporal dev server in memory instead of a SQLite file (npm start's mode)
//   BENCH_PROFILE=api,worker  write V8 CPU profiles of those processes to bench/results/profiles/
//   BENCH_OUT=path            where to write the JSON
//   BENCH_QUIET_WAIT=60       seconds a step waits for other processes to leave the CPUs (0: no wait)
import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
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
import { renderTable, type Row } from './report.ts';
import { runStartup, stopStartupChildren, type StartupResult } from './startup.ts';
import { mb, round } from './stats.ts';
import { runTimers, type TimerResult } from './timers.ts';

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

const config = {
  quick,
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
} as const;
const budget = ([requests, seconds]: readonly [number, number]) => ({
  maxRequests: Math.max(10, Math.round(requests * scale)),
  maxMs: seconds * 1000 * (quick ? 0.5 : 1),
});

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
const rssPeaks: Record<string, Record<Proc, number>> = {};
let phase = 'start';
/** The service's memory when the first step that opens workflows starts (start-up's bundling long done): the base of
 * the per-workflow figure. */
let idleRss = { worker: 0, api: 0, temporal: 0 };
let phaseStart: CpuSnapshot | undefined;
const cpuByPhase: Record<string, CpuShare> = {};
const cpuAcc: Record<string, CpuSnapshot> = {};
const dbTop: Record<string, unknown[]> = {};
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
  dbTop[step] = rows;
  await db.query('select pg_stat_statements_reset()');
}

/**
 * Closes the current step's CPU account, once the step's background work is done so that it is charged to the
 * step, and opens the next one's (after waiting for a quiet machine).
 */
async function setPhase(name: string): Promise<void> {
  if (pids && phase !== 'seed' && phase !== 'start') await settle();
  await captureDb(phase);
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
  if (['open', 'notes', 'reads', 'timers', 'startup'].includes(name) && quietWaitMs > 0)
    await waitForQuiet(log, quietWaitMs);
  if (pids && (name === 'open' || name === 'timers') && !idleRss.worker) idleRss = await rssNow(pids);
  phase = name;
  phaseStart = await cpuSnapshot();
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
  const info: ReturnType<typeof machineNotes> & {
    postgres?: string;
    temporalDb?: string;
    maxCachedWorkflows?: number;
  } = machineNotes();
  await setPhase('start');
  log(
    `machine: ${info.cpus} × ${info.cpuModel}, ${info.memoryMB} MB, Node ${info.node}, load ` +
      `${info.loadAverageAtStart.join(' ')}`,
  );
  log(`steps: ${config.steps.join(', ')}${quick ? ' (quick sizes)' : ''}`);
  const rows: Row[] = [];
  const results: Record<string, unknown> = {};
  let seed: SeedCounts | undefined;
  let timers: TimerResult | undefined;
  let startup: StartupResult | undefined;
  const needsStack = config.steps.some((s) => s !== 'startup');

  if (needsStack) {
    // As `npm start` runs it, on free ports in a temporary folder (BENCH_KEEP=1 keeps it, with each part's log in
    // logs/), in production mode; the API is bench/api-server.ts (the service's app plus the plain-write route).
    // The worker and the API are child processes, so their resident memory is theirs alone.
    stack = createStack({
      run: 'child-process',
      name: 'bench',
      keepDir: env.BENCH_KEEP === '1',
      logDir: 'logs',
      temporalStore: config.temporalDb,
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
    pids = { worker: service.worker.pid(), api: service.api.pid(), temporal: service.temporalServer.running()?.pid };
    startSampler(pids);
    for (const [part, pid] of Object.entries(pids)) if (pid) partOfPid.set(pid, part);
    db = new pg.Pool({ connectionString: service.databaseUrl, max: 4 });
    const { rows: version } = await db.query<{ v: string }>("select current_setting('server_version') as v");
    Object.assign(info, {
      postgres: version[0].v,
      temporalDb: config.temporalDb,
      maxCachedWorkflows: config.maxCachedWorkflows,
    });
    http = new HttpClient(service.apiUrl, 64);
    const api = http;

    await setPhase('seed');
    const today = businessDate(new Date());
    const org = await createOrganisation(db, config.caseManagers);
    if (runs('reads') || runs('open')) {
      log(`seeding ${config.seedCases} individuals and cases`);
      seed = await seedDataSet(db, org, config.seedCases, today, log);
      log(
        `seeded in ${(seed.ms / 1000).toFixed(1)} s: ${JSON.stringify(seed.byStatus)}, ${seed.openAlerts} open alerts`,
      );
    }
    const openBudget = [1, 8, 32]
      .map((c) => budget(BUDGET.open[c as 1 | 8 | 32]).maxRequests)
      .reduce((a, b) => a + b, 0);
    const fresh: SeededIndividual[] = runs('open') ? await insertIndividuals(db, org, openBudget + 100, 7, today) : [];
    log('vacuum analyze');
    await db.query('vacuum analyze');

    const managers = await Promise.all(org.managers.slice(0, 32).map((m) => signIn(api, org, m.loginId)));
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
      await runLoad({ concurrency: 4, maxRequests: 40, maxMs: 30_000, send: open, ok: (s) => s === 201 }); // warm-up
      const opened: LoadResult[] = [];
      for (const c of [1, 8, 32] as const) {
        await settle();
        const r = await runLoad({ concurrency: c, ...budget(BUDGET.open[c]), send: open, ok: (s) => s === 201 });
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
        await setPhase('notes-plain'); // settles first
        const p = await runLoad({ concurrency: c, ...budget(BUDGET.notes[c]), send: plain, ok: (s) => s === 200 });
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
    }

    // 4. Reads over the seeded data set.
    if (runs('reads')) {
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
        await runLoad({ concurrency: 2, maxRequests: 30, maxMs: 20_000, send: read.send, ok: (s) => s === read.ok }); // warm-up
        readResults[read.name] = [];
        for (const c of [1, 8] as const) {
          await settle();
          const r = await runLoad({
            concurrency: c,
            ...budget(BUDGET.reads[c]),
            send: read.send,
            ok: (s) => s === read.ok,
          });
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
      timers = await runTimers({ db, temporal: service.temporal, org, n: config.timerCases, log });
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
      const peak = rssPeaks.timers;
      const openWorkflows = config.timerCases + casesOf.flat().length;
      const perCachedKB = Math.round(
        (after.worker - idleRss.worker) / 1024 / Math.min(config.maxCachedWorkflows, openWorkflows),
      );
      const fits600 = Math.max(0, Math.floor(((600 - mb(idleRss.worker)) * 1024) / perCachedKB / 100) * 100);
      rows.push(
        {
          section: `5. Timers: ${timers.cases.toLocaleString('en')} cases due at the same instant`,
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
          target: '≤ 60 s',
          pass: timers.lastMs !== null && timers.lastMs <= 60_000 && timers.missed === 0,
        },
        {
          section: `5. Timers: ${timers.cases.toLocaleString('en')} cases due at the same instant`,
          measure:
            `alert processed by its workflow (recordCaseEvents completed; ` +
            `${timers.processed.completed}/${timers.processed.sampled} histories)`,
          medianMs: timers.processed.medianMs,
          p95Ms: timers.processed.p95Ms,
          p99Ms: timers.processed.p99Ms,
          value: `last ${((timers.processed.lastMs ?? NaN) / 1000).toFixed(1)} s`,
        },
        {
          section: `5. Timers: ${timers.cases.toLocaleString('en')} cases due at the same instant`,
          measure: 'alerts missed / unexpected',
          value: `${timers.missed} / ${timers.unexpected}`,
          target: '0 missed',
          pass: timers.missed === 0 && timers.unexpected === 0,
        },
        {
          section:
            `6. Memory with ${openWorkflows.toLocaleString('en')} open case workflows (maxCachedWorkflows ` +
            `${config.maxCachedWorkflows})`,
          measure: 'worker RSS peak (during timers)',
          value: `${mb(peak.worker)} MB`,
          target: '< 600 MB',
          pass: mb(peak.worker) < 600,
        },
        {
          section:
            `6. Memory with ${openWorkflows.toLocaleString('en')} open case workflows (maxCachedWorkflows ` +
            `${config.maxCachedWorkflows})`,
          measure: 'worker RSS after timers',
          value: `${mb(after.worker)} MB (before: ${mb(before.worker)} MB)`,
        },
        {
          section:
            `6. Memory with ${openWorkflows.toLocaleString('en')} open case workflows (maxCachedWorkflows ` +
            `${config.maxCachedWorkflows})`,
          measure: 'worker RSS per cached workflow (after − idle) and the cache that keeps a worker under 600 MB',
          value: `${perCachedKB} KB (idle ${mb(idleRss.worker)} MB): about ${fits600.toLocaleString('en')} workflows`,
        },
        {
          section:
            `6. Memory with ${openWorkflows.toLocaleString('en')} open case workflows (maxCachedWorkflows ` +
            `${config.maxCachedWorkflows})`,
          measure: 'API RSS peak / after timers',
          value: `${mb(Math.max(...Object.values(rssPeaks).map((p) => p.api)))} MB / ${mb(after.api)} MB`,
        },
        {
          section:
            `6. Memory with ${openWorkflows.toLocaleString('en')} open case workflows (maxCachedWorkflows ` +
            `${config.maxCachedWorkflows})`,
          measure: 'Temporal dev server RSS after timers',
          value: `${mb(after.temporal)} MB`,
        },
      );
      results.timers = timers;
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
  }

  // 7. Start-up of `npm start` on existing data (the stack above is stopped first: it would share the CPUs).
  if (runs('startup')) {
    await setPhase('startup');
    startup = await runStartup(log);
    rows.push({
      section: '7. Start-up: npm start to /readyz 200 on existing data',
      measure: 'second start (first start created the data)',
      value:
        `${(startup.secondStartMs / 1000).toFixed(1)} s (first ${(startup.firstStartMs / 1000).toFixed(1)} ` +
        `s, stop ${(startup.stopMs / 1000).toFixed(1)} s)`,
      target: '< 15 s',
      pass: startup.secondStartMs < 15_000,
    });
    rows.push({
      section: '7. Start-up: npm start to /readyz 200 on existing data',
      measure: 'second start to the worker polling (not in /readyz)',
      value: startup.workerPollingMs === null ? 'not within 60 s' : `${(startup.workerPollingMs / 1000).toFixed(1)} s`,
    });
    results.startup = startup;
  }

  await setPhase('end');
  const durationS = Math.round((Date.now() - t0) / 1000);
  const notes = { ...info, loadAverageAtEnd: os.loadavg().map((x) => round(x, 2)), cpuByStep: cpuByPhase };
  const stepOf = (r: Row) =>
    r.section.startsWith('1.')
      ? 'open'
      : r.section.startsWith('2. ')
        ? 'notes-update'
        : r.section.startsWith('3.')
          ? 'notes-plain'
          : r.section.startsWith('2/3')
            ? ''
            : r.section.startsWith('4')
              ? 'reads'
              : r.section.startsWith('5') || r.section.startsWith('6')
                ? 'timers'
                : 'startup';
  const table = renderTable(rows, (r) => {
    const c = cpuByPhase[stepOf(r)];
    // In the start-up step the CPU of `npm start` and its children, reaped by now, is counted with the benchmark's.
    const name = (k: string) => (k === 'bench' && stepOf(r) === 'startup' ? 'npm start + bench' : k);
    return c
      ? `  (machine: other processes ${c.otherPercent}% of the CPUs, steal ${c.stealPercent}%; CPU s ${Object.entries(
          c.cpuSecondsByPart,
        )
          .map(([k, v]) => `${name(k)} ${v}`)
          .join(', ')} in ${c.seconds} s)`
      : '';
  });
  console.log(`\nPathway benchmark — ${new Date().toISOString()} — ${durationS} s`);
  console.log(
    `machine: ${notes.cpus} × ${notes.cpuModel}, ${notes.memoryMB} MB RAM, ${notes.os}, Node ` +
      `${notes.node}, PostgreSQL ${notes.postgres ?? '?'}, ${notes.temporal ?? 'Temporal ?'} ` +
      `(${config.temporalDb === 'file' ? 'SQLite file' : 'in memory'})`,
  );
  console.log(
    `commit ${notes.commit} (+${notes.uncommittedFiles} uncommitted files); load average ` +
      `${notes.loadAverageAtStart.join(' ')} at start, ${notes.loadAverageAtEnd.join(' ')} at end`,
  );
  if (seed)
    console.log(
      `data: ${seed.cases.toLocaleString('en')} seeded cases (${Object.entries(seed.byStatus)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}), ${seed.openAlerts} open alerts; ${config.caseManagers} case managers`,
    );
  console.log(`\n${table}\n`);
  const missed = rows.filter((r) => r.pass === false);
  console.log(
    missed.length
      ? `${missed.length} target(s) missed: ` +
          `${missed.map((r) => `${r.measure}${r.clients ? ` ×${r.clients}` : ''}`).join('; ')}`
      : 'every target met',
  );

  await mkdir(path.dirname(config.out), { recursive: true });
  await writeFile(
    config.out,
    `${JSON.stringify(
      {
        version: 1,
        runAt: new Date(t0).toISOString(),
        durationS,
        machine: notes,
        config: { ...config, out: path.relative(projectRoot, config.out) },
        seed,
        results,
        rows,
        ...(Object.keys(dbTop).length ? { dbTopStatements: dbTop } : {}),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`written to ${path.relative(projectRoot, config.out)}`);
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
