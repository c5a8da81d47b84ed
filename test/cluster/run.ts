// `npm run test:cluster`: the production shape as `npm run start:cluster` runs it (the real Temporal server on
// PostgreSQL, two workers, two API processes behind one port), in a temporary folder, through its faults:
//  1. two cases opened and walked through intake, assessment and a signed plan to RTWAP Mgmt;
//  2. one worker killed with SIGKILL mid-load (restarted 10 s later): every change answered, applied once;
//  3. the Temporal server killed with SIGKILL mid-load and started again: nothing lost, the cases' timers kept.
// After each fault, the fault run's consistency check (test/faults/check.ts). Prints how long each change waited
// for its answer while the fault lasted, and which worker processes completed the cases' workflow tasks.
// CLUSTER_KEEP=1 keeps the folder with each part's log.
import { setTimeout as sleep } from 'node:timers/promises';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { openOrm } from '../../db/orm.ts';
import { stackScript } from '../support/stack-script.ts';
import { createStack, type RunningStack } from '../../scripts/stack/stack.ts';
import { caseWorkflowId } from '../../workflows/case-api.ts';
import { createOrg } from '../support/fixtures.ts';
import { bearerToken } from '../support/http.ts';
import { checkConsistency, timersOf, type Consistency } from '../faults/check.ts';
import { caseWithTimer, Ledger, runClients, type Action, type World } from '../faults/workload.ts';

const { log, stops, run } = stackScript('cluster');
/** The issue's bound: no action waits longer than this for its answer while a part is down. */
const WAIT_BOUND_MS = 10_000;

interface Check {
  name: string;
  pass: boolean;
  detail: string;
}
const checks: Check[] = [];
const check = (name: string, pass: boolean, detail: string) => {
  checks.push({ name, pass, detail });
  log(`${pass ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
};

const isChange = (a: Action) => a.kind === 'open' || a.kind === 'note' || a.kind === 'reassign';
const seconds = (ms: number) => (ms / 1000).toFixed(1);

function consistent(c: Consistency): string | undefined {
  const bad = Object.entries({
    lost: c.lost,
    unanswered: c.unanswered,
    duplicateRows: c.duplicateRows,
    halfWritten: c.halfWritten,
    stateMismatches: c.stateMismatches,
    emailsMissing: c.emailsMissing,
  }).filter(([, n]) => n > 0);
  return bad.length
    ? `${bad.map(([k, n]) => `${k} ${n}`).join(', ')}; ${c.problems.slice(0, 3).join('; ')}`
    : undefined;
}

/** The fault run's ledger, which also notes when each action was sent and answered (it keeps durations only). */
class TimedLedger extends Ledger {
  readonly times = new Map<Action, { sent: number; answered: number }>();
  override add(a: Action): void {
    this.times.set(a, { sent: Date.now() - a.ms, answered: Date.now() });
    super.add(a);
  }
}

/** Runs the load while `fault` happens, checks every change was answered once, and prints each one's wait. */
async function underFault(
  s: RunningStack<'child-process'>,
  world: World,
  ledger: TimedLedger,
  name: string,
  fault: () => Promise<{ from: number; to: number }>,
): Promise<void> {
  const first = ledger.actions.length;
  const [, window] = await Promise.all([
    runClients(world, ledger, { clients: 6, durationMs: 35_000, graceMs: 120_000 }),
    fault(),
  ]);
  await s.waitReady(120_000);
  const actions = ledger.actions.slice(first);
  const changes = actions.filter(isChange);
  // A change waited through the fault when it was sent before the part was back and answered after it went down.
  const through = changes.filter((a) => {
    const t = ledger.times.get(a)!;
    return t.sent <= window.to && t.answered >= window.from;
  });
  const waits = through.map((a) => a.ms).sort((x, y) => x - y);
  const within = (from: number, to: number) => waits.filter((ms) => ms >= from && ms < to).length;
  const at = (q: number) => seconds(waits[Math.min(waits.length - 1, Math.floor(q * waits.length))] ?? 0);
  const overOneSecond = waits.filter((ms) => ms >= 1000).map(seconds);
  log(
    `${name}: ${changes.length} changes, ${actions.length - changes.length} reads; ${waits.length} changes waited ` +
      `through the fault: median ${at(0.5)} s, 95th percentile ${at(0.95)} s; under 1 s ${within(0, 1000)}, ` +
      `1–10 s ${within(1000, WAIT_BOUND_MS)}, over 10 s ${within(WAIT_BOUND_MS, Infinity)}; each over 1 s (s): ` +
      (overOneSecond.join(' ') || 'none'),
  );
  const consistency = await checkConsistency({
    world,
    ledger,
    databaseUrl: s.databaseUrl,
    temporal: s.temporal,
    mailbox: s.mailbox!,
  });
  const unanswered = changes.filter((a) => a.status < 200 || a.status >= 300).length;
  const problem = consistent(consistency);
  check(
    `${name}: every change answered, and applied exactly once`,
    !problem && unanswered === 0,
    problem ?? `${consistency.accepted} changes accepted in all, none lost or doubled; ${unanswered} unanswered`,
  );
  // Emails are sent at least once: a worker killed after the mail server took an email and before the outbox
  // recorded it sends it again on the retry, with the same Message-ID (infra/mailer.ts). Reported, not a failure.
  if (consistency.emailDuplicates > 0)
    log(
      `${name}: ${consistency.emailDuplicates} email(s) received twice with the same Message-ID (a worker killed ` +
        `between the mail server's acceptance and the outbox's record): ${consistency.problems.join('; ')}`,
    );
  const slowest = Math.max(0, ...changes.map((a) => a.ms));
  // Measured, not a failure: the bound is the issue's target and depends on the machine's load.
  log(
    `${name}: slowest answer ${seconds(slowest)} s (bound ${seconds(WAIT_BOUND_MS)} s: ` +
      `${slowest <= WAIT_BOUND_MS ? 'met' : 'not met'})`,
  );
}

/** The worker processes (pid@host) that completed workflow tasks of these cases. */
async function workersThatServed(s: RunningStack<'child-process'>, caseIds: number[]): Promise<Set<string>> {
  const identities = new Set<string>();
  for (const id of caseIds) {
    const history = await s.temporal.workflow.getHandle(caseWorkflowId(id)).fetchHistory();
    for (const e of history.events ?? []) {
      const identity = e.workflowTaskCompletedEventAttributes?.identity;
      if (identity) identities.add(identity);
    }
  }
  return identities;
}

async function main(): Promise<number> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const stack = stops(
    createStack({
      run: 'child-process',
      name: 'cluster',
      keepDir: process.env.CLUSTER_KEEP === '1',
      logDir: 'logs',
      temporalStore: 'postgres',
      historyShards: 4,
      workers: 2,
      apiProcesses: 2,
      mailbox: true,
      env: { NODE_ENV: 'production' },
      say: (part, text) => log(`${part}: ${text}`),
    }),
  );
  const s = await stack.start();
  await s.waitReady(180_000);
  log(`ready: Temporal server pid ${s.temporalServer.running()?.pid}, workers ${s.workers.map((w) => w.pid())}`);
  process.env.API_URL = s.apiUrl;
  const orm = await openOrm(s.databaseUrl, { poolMax: 4 });
  try {
    const org = await createOrg(orm, 'Cluster Run Employment Services');
    const world: World = {
      orm,
      org,
      token: await bearerToken(org, 'manager'),
      userId: org.users.manager.id,
      managerIds: [org.users.manager.id, org.users.manager2.id],
    };
    const ledger = new TimedLedger();

    const walkStarted = Date.now();
    const walked = [await caseWithTimer(world), await caseWithTimer(world)];
    check(
      'two cases walked from intake to RTWAP Mgmt (six actions each)',
      true,
      `cases ${walked.join(', ')} in ${seconds(Date.now() - walkStarted)} s`,
    );

    await underFault(s, world, ledger, 'worker SIGKILL', async () => {
      await sleep(8000);
      const victim = s.workers[0];
      const from = Date.now();
      await victim.kill();
      log(`${victim.name} killed (SIGKILL); ${s.workers[1].name} carries on alone`);
      await sleep(10_000);
      await victim.start();
      await s.waitReady(120_000, [victim]);
      log(`${victim.name} started again`);
      return { from, to: Date.now() };
    });

    const timersBefore = await timersOf(s.temporal, walked);
    await underFault(s, world, ledger, 'Temporal server SIGKILL', async () => {
      await sleep(8000);
      const pid = s.temporalServer.running()!.pid!;
      const from = Date.now();
      process.kill(pid, 'SIGKILL');
      await s.temporalServer.stop();
      log(`Temporal server killed (SIGKILL, pid ${pid})`);
      await sleep(5000);
      await s.temporalServer.start();
      log(`Temporal server started again in ${seconds(Date.now() - from)} s after the kill`);
      await s.waitReady(120_000);
      return { from, to: Date.now() };
    });
    const timersAfter = await timersOf(s.temporal, walked);
    check(
      "Temporal server SIGKILL: the cases' timers kept",
      timersBefore === timersAfter,
      timersBefore === timersAfter ? timersAfter : `before ${timersBefore}, after ${timersAfter}`,
    );

    const opened = ledger.actions.filter((a) => a.kind === 'open' && a.caseId).map((a) => a.caseId!);
    const served = await workersThatServed(s, [...walked, ...opened.slice(0, 40)]);
    const pids = new Set([...served].map((i) => i.split('@')[0]));
    check(
      'workflow tasks completed by more than one worker process',
      pids.size >= 2,
      `worker processes ${[...pids].join(', ')}`,
    );
  } finally {
    await orm.close();
  }
  const failed = checks.filter((c) => !c.pass);
  console.log(`\ncluster: ${checks.length - failed.length} passed, ${failed.length} failed`);
  return failed.length ? 1 : 0;
}

run(main);
