// `npm run test:faults [-- --minutes N] [-- --only worker-kill,postgres-restart,temporal-restart,smtp-down,load]`:
// starts the real service as separate processes (scripts/stack/), injects each fault while clients send
// mixed actions, retries what an operator would (emails that kept failing wait as stuck steps), and checks
// consistency (test/faults/check.ts): every accepted action in PostgreSQL and in its workflow's state, no
// duplicate rows, every email exactly once. Then a long load of 50 clients (5 minutes by default) counts 5xx
// answers and lost actions. Prints a table and writes test/faults/results/latest.json (FAULTS_KEEP=1 keeps the
// processes' logs). Every loop is bounded in time; every process started is stopped at the end.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { openOrm } from '../../db/orm.ts';
import { projectRoot } from '../../scripts/project-root.ts';
import { stackScript } from '../support/stack-script.ts';
import { createStack } from '../../scripts/stack/stack.ts';
import { createIndividual, createOrg, REGISTRATION, TEST_PASSWORD } from '../support/fixtures.ts';
import { request, sessionTokenOf } from '../support/http.ts';
import { checkConsistency, timersOf, type Consistency } from './check.ts';
import { caseWithTimer, Ledger, retryStuckSteps, runClients, type Action, type World } from './workload.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const minutes = Number(arg('--minutes') ?? 5);
if (!(minutes > 0 && minutes <= 30)) throw new Error('--minutes expects a number of minutes from 0 to 30');
const SCENARIOS = ['worker-kill', 'postgres-restart', 'temporal-restart', 'smtp-down', 'load'] as const;
type ScenarioName = (typeof SCENARIOS)[number];
const only = arg('--only')?.split(',') as ScenarioName[] | undefined;
for (const o of only ?? [])
  if (!SCENARIOS.includes(o)) throw new Error(`--only: unknown scenario ${o}; expects some of ${SCENARIOS.join(',')}`);

const { log, stops, run } = stackScript('faults');

interface Result {
  scenario: string;
  fault: string;
  clients: number;
  seconds: number;
  requests: number;
  answered5xx: Record<string, number>;
  /** Changes whose last answer was a 5xx or none, after every retry (reads are not retried: a 503 is their right answer
   * while a part is down). */
  final5xx: number;
  changesAccepted: number;
  readsAnswered503: number;
  maxChangeMs: number;
  extra: Record<string, unknown>;
  consistency: Consistency;
}

function summarise(actions: Action[]) {
  const answered5xx: Record<string, number> = {};
  for (const a of actions)
    for (const s of a.statuses)
      if (s >= 500 || s === 0)
        answered5xx[s === 0 ? 'no answer' : String(s)] = (answered5xx[s === 0 ? 'no answer' : String(s)] ?? 0) + 1;
  const changes = actions.filter((a) => a.kind === 'open' || a.kind === 'note' || a.kind === 'reassign');
  const reads = actions.filter((a) => a.kind === 'read' || a.kind === 'list');
  return {
    requests: actions.reduce((n, a) => n + a.statuses.length, 0),
    answered5xx,
    final5xx: changes.filter((a) => a.status >= 500 || a.status === 0).length,
    changesAccepted: changes.filter((a) => a.status >= 200 && a.status < 300).length,
    readsAnswered503: reads.filter((a) => a.status === 503).length,
    maxChangeMs: Math.max(0, ...changes.map((a) => a.ms)),
  };
}

/** The API while Temporal cannot be reached: a 503 saying nothing changed, and no case row written. */
async function temporalUnreachable(world: World): Promise<Record<string, unknown>> {
  const individuals = await Promise.all([1, 2, 3].map(async () => (await createIndividual(world.orm, world.org)).id));
  const answers = await Promise.all(
    individuals.map(async (individualId) => {
      const started = Date.now();
      const res = await request('POST', '/api/cases', {
        token: world.token,
        body: { individualId, registration: REGISTRATION },
        timeoutMs: 90_000,
      }).catch((e: Error) => ({ status: 0, body: { message: e.message } }));
      return { status: res.status, ms: Date.now() - started, message: String(res.body?.message ?? '') };
    }),
  );
  const rows = await world.orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>('select count(*) as n from "case" where individual_id in (?, ?, ?)', individuals);
  return {
    openCaseAnswers: answers.map((a) => a.status),
    slowestAnswerMs: Math.max(...answers.map((a) => a.ms)),
    message: answers[0]?.message,
    caseRowsWritten: Number(rows[0].n),
    pass: answers.every((a) => a.status === 503 && /nothing was changed/.test(a.message)) && Number(rows[0].n) === 0,
  };
}

async function main() {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; long load ${minutes} min`);
  // The parts as `npm start` runs them (the worker and the API as child processes), in production mode, on free ports
  // in a temporary folder (FAULTS_KEEP=1 keeps it, with each part's log in logs/).
  const stack = stops(
    createStack({
      run: 'child-process',
      name: 'faults',
      keepDir: process.env.FAULTS_KEEP === '1',
      logDir: 'logs',
      temporalStore: 'file',
      mailbox: true,
      env: { NODE_ENV: 'production' },
      say: (part, text) => log(`${part}: ${text}`),
    }),
  );
  const s = await stack.start();
  const waitHealthy = () => s.waitReady(180_000);
  log('waiting for the API and the worker');
  await waitHealthy();
  process.env.API_URL = s.apiUrl;
  const orm = await openOrm(s.databaseUrl, { poolMax: 4 });
  const org = await createOrg(orm, 'Fault Run Employment Services');
  const session = await request('POST', '/api/session', {
    body: { organisationCode: org.code, loginId: 'manager', password: TEST_PASSWORD, acceptTerms: true },
  });
  const opsToken = sessionTokenOf(
    await request('POST', '/api/session', {
      body: { organisationCode: org.code, loginId: 'operations', password: TEST_PASSWORD, acceptTerms: true },
    }),
  );
  const world: World = {
    orm,
    org,
    token: sessionTokenOf(session),
    userId: org.users.manager.id,
    managerIds: [org.users.manager.id, org.users.manager2.id],
  };
  const ledger = new Ledger();
  const timerCases = [await caseWithTimer(world), await caseWithTimer(world)];
  log(`cases with a pending overdue-alert timer: ${timerCases.join(', ')}`);
  const results: Result[] = [];

  const scenario = async (
    name: ScenarioName,
    fault: string,
    clients: number,
    seconds: number,
    inject: () => Promise<Record<string, unknown>>,
  ) => {
    if (only && !only.includes(name)) return;
    log(`${name}: ${clients} clients for ${seconds} s; ${fault}`);
    const from = ledger.actions.length;
    const [, extra] = await Promise.all([
      runClients(world, ledger, { clients, durationMs: seconds * 1000, graceMs: 180_000 }),
      inject(),
    ]);
    await waitHealthy();
    extra.stuckStepsRetriedByOperator = await retryStuckSteps(opsToken);
    const consistency = await checkConsistency({
      world,
      ledger,
      databaseUrl: s.databaseUrl,
      temporal: s.temporal,
      mailbox: s.mailbox!,
    });
    const result: Result = {
      scenario: name,
      fault,
      clients,
      seconds,
      ...summarise(ledger.actions.slice(from)),
      extra,
      consistency,
    };
    results.push(result);
    log(
      `${name}: ` +
        `${JSON.stringify({ ...result, consistency: { ...consistency, problems: consistency.problems.slice(0, 5) } })}`,
    );
  };

  await scenario('worker-kill', 'worker SIGKILL at 8 s, restarted 2 s later', 10, 40, async () => {
    await sleep(8000);
    await s.worker.kill();
    log('worker killed (SIGKILL)');
    await sleep(2000);
    await s.worker.start();
    const restarted = Date.now();
    await waitHealthy();
    return { workerBackAfterMs: Date.now() - restarted };
  });

  await scenario('postgres-restart', 'PostgreSQL stopped at 8 s for 15 s', 10, 40, async () => {
    await sleep(8000);
    await s.postgres.stop();
    log('PostgreSQL stopped');
    await sleep(15_000);
    await s.postgres.start();
    log('PostgreSQL started');
    return { downSeconds: 15 };
  });

  await scenario(
    'temporal-restart',
    'Temporal server stopped at 8 s for 20 s (SQLite store kept); a timer falls due while it is down',
    10,
    45,
    async () => {
      const before = await timersOf(s.temporal, timerCases);
      const probeConnection = await NativeConnection.connect({ address: s.temporalAddress });
      const probeWorker = await Worker.create({
        connection: probeConnection,
        taskQueue: 'faults-probe',
        workflowsPath: path.join(projectRoot, 'test/faults/probe-workflow.ts'),
      });
      const probeRun = probeWorker.run();
      const probe = await new Client({ connection: s.temporal.connection }).workflow.start('timerProbe', {
        workflowId: `timer-probe-${Date.now()}`,
        taskQueue: 'faults-probe',
        args: [18_000],
      });
      await sleep(8000);
      await s.temporalServer.stop();
      const downAt = Date.now();
      log('Temporal server stopped');
      const unreachable = await temporalUnreachable(world);
      log(`Temporal unreachable from the API: ${JSON.stringify(unreachable)}`);
      await sleep(Math.max(0, 20_000 - (Date.now() - downAt)));
      await s.temporalServer.start();
      const upAt = Date.now();
      log('Temporal server started');
      const fired = await Promise.race([probe.result(), sleep(120_000).then(() => null)]);
      probeWorker.shutdown();
      await probeRun;
      await probeConnection.close();
      const after = await timersOf(s.temporal, timerCases);
      return {
        downSeconds: Math.round((upAt - downAt) / 1000),
        timerDueWhileDownFired: fired !== null && fired.firedAt >= upAt,
        timerFiredSecondsAfterRestart: fired ? Math.round((fired.firedAt - upAt) / 100) / 10 : null,
        caseTimersKept: before === after,
        temporalUnreachable: unreachable,
      };
    },
  );

  await scenario(
    'smtp-down',
    'SMTP server stopped at 5 s for 30 s; assignment emails wait in the outbox',
    10,
    40,
    async () => {
      await sleep(5000);
      await s.smtp.stop();
      log('SMTP server stopped');
      await sleep(30_000);
      const waiting = await orm.em
        .fork()
        .getConnection()
        .execute<{ n: string }[]>("select count(*) as n from email_outbox where status <> 'SENT'");
      await s.smtp.start();
      log(`SMTP server started; ${waiting[0].n} emails waiting in the outbox`);
      return { downSeconds: 30, emailsWaitingWhenBack: Number(waiting[0].n) };
    },
  );

  await scenario('load', 'none: a long mixed load', 50, Math.round(minutes * 60), async () => ({}));

  await orm.close();
  const out = path.join(projectRoot, 'test/faults/results/latest.json');
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(
    out,
    `${JSON.stringify(
      {
        ranAt: new Date().toISOString(),
        machine: { cores: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30) },
        minutes,
        results,
      },
      null,
      2,
    )}\n`,
  );
  printTable(results);
  log(`figures written to ${path.relative(projectRoot, out)}`);
  const failed = results.filter((r) => !passed(r));
  if (failed.length) {
    console.log(`FAILED: ${failed.map((r) => r.scenario).join(', ')}`);
    for (const r of failed) for (const p of r.consistency.problems.slice(0, 10)) console.log(`  ${r.scenario}: ${p}`);
  }
  return failed.length ? 1 : 0;
}

function passed(r: Result): boolean {
  const c = r.consistency;
  const clean =
    c.lost === 0 &&
    c.duplicateRows === 0 &&
    c.halfWritten === 0 &&
    c.stateMismatches === 0 &&
    c.emailDuplicates === 0 &&
    c.emailsMissing === 0 &&
    c.outboxNotSent === 0;
  const extra = r.extra as {
    timerDueWhileDownFired?: boolean;
    caseTimersKept?: boolean;
    temporalUnreachable?: { pass: boolean };
  };
  const faultOk =
    extra.timerDueWhileDownFired !== false &&
    extra.caseTimersKept !== false &&
    extra.temporalUnreachable?.pass !== false;
  const no5xx = r.scenario !== 'load' || Object.keys(r.answered5xx).length === 0;
  return clean && faultOk && no5xx && r.final5xx === 0;
}

function printTable(results: Result[]) {
  const header = [
    'Scenario',
    'Clients',
    's',
    'Requests',
    '5xx/no answer (retried)',
    'Reads 503',
    'Changes unanswered',
    'Accepted',
    'Lost',
    'Dup rows',
    'Half-written',
    'Emails exp/recv',
    'Email dup/miss',
    'Result',
  ];
  const rows = results.map((r) => [
    r.scenario,
    String(r.clients),
    String(r.seconds),
    String(r.requests),
    Object.entries(r.answered5xx)
      .map(([k, v]) => `${k}:${v}`)
      .join(' ') || '0',
    String(r.readsAnswered503),
    String(r.final5xx),
    String(r.changesAccepted),
    String(r.consistency.lost),
    String(r.consistency.duplicateRows),
    String(r.consistency.halfWritten),
    `${r.consistency.emailsExpected}/${r.consistency.emailsReceived}`,
    `${r.consistency.emailDuplicates}/${r.consistency.emailsMissing}`,
    passed(r) ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i])).join('  ');
  console.log(['', line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line), ''].join('\n'));
  for (const r of results) if (Object.keys(r.extra).length) console.log(`${r.scenario}: ${JSON.stringify(r.extra)}`);
}

run(main);
