// Timers at scale: N open cases in Follow-up whose 24-week alert falls due at the same instant T, each a real case
// workflow asleep on its own durable timer; measured from T to the last case_alert row, with every alert accounted
// for.
//
// A case's alert fires at 06:00 Halifax time on its alert date (R-TMR-01: dates, not times). To make N cases fall
// due together at an instant of our choosing, each case workflow (the service's, with the CaseWorkflowInput the
// service uses, from a Follow-up state whose 24-week alert is tomorrow) is started well ahead of T with its clock
// moved forward by the same amount (bench/clock-shift.ts), so that T is 06:00 on its alert date to it. Each runs its
// first workflow task, computes the wait to its alert and sleeps on its timer; at T the server fires all N timers.
// With more cases than the worker's cache holds (the shipped cache), most wake-ups find their workflow evicted and
// replay its history first, as 06:00 would find them after a night of other work.
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import { addDays, businessDate, businessInstant } from '../domain/dates.ts';
import { CASE_TASK_QUEUE, caseWorkflowId, type CaseWorkflowInput } from '../workflows/case-api.ts';
import type { ClockShift } from './clock-shift.ts';
import { insertFollowUpCases, type BenchOrg } from './generate.ts';
import { percentile, round } from './stats.ts';
import { ALERT_HOUR } from '../domain/case-timers.ts';

export interface TimerResult {
  cases: number;
  alertDate: string;
  startsMs: number;
  startsPerSecond: number;
  /** From the first start until a sample of the workflows was asleep on its timer. */
  asleepMs: number;
  leadMs: number;
  raised: number;
  missed: number;
  unexpected: number;
  firstMs: number | null;
  medianMs: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  /** When the last of all N alerts was seen (null when some never came). */
  lastMs: number | null;
  /** When the last alert that did come was seen. */
  lastSeenMs: number | null;
  alertsPerSecond: number | null;
  waitedMs: number;
  failedWorkflows: number | null;
  /** From the workflows' histories: when recordCaseEvents (the alert's write) completed, relative to T. */
  processed: Processed;
}

export async function runTimers(o: {
  db: pg.Pool;
  temporal: Client;
  org: BenchOrg;
  n: number;
  log: (s: string) => void;
  /** Every workflow is asleep: what follows is the wake-ups (the CPU account changes here). */
  asleep?: () => Promise<void>;
  /** Every alert came (or stopped coming): what follows is reading histories. */
  done?: () => Promise<void>;
}): Promise<TimerResult> {
  const now = new Date();
  const today = businessDate(now);
  // Tomorrow's 06:00 is always ahead, so every workflow's first task finds its alert still to come and sleeps.
  const alertDate = addDays(today, 1);
  o.log(`timers: writing ${o.n} Follow-up cases (24-week alert date ${alertDate})`);
  const cases = await insertFollowUpCases(o.db, o.org, o.n, alertDate, today);
  const ids = cases.map((c) => c.caseId);
  const lo = Math.min(...ids);
  const hi = Math.max(...ids);

  // Time for every workflow to start and fall asleep before T: 30 s plus 60 ms a case (the dev server ran about 30
  // first workflow tasks a second here); a sampled case still awake 1 s before T stops the step.
  const leadMs = 30_000 + o.n * 60;
  const t = Date.now() + leadMs;
  const shiftMs = businessInstant(alertDate, ALERT_HOUR).getTime() - t;
  o.log(`timers: starting ${o.n} workflows, each asleep on its timer until ${new Date(t).toISOString()}`);
  const s0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < cases.length) {
        const c = cases[next++];
        const input: CaseWorkflowInput & ClockShift = {
          state: c.state,
          assignmentEmailed: true,
          benchClockShiftMs: shiftMs,
        };
        await o.temporal.workflow.start('caseWorkflow', {
          workflowId: caseWorkflowId(c.caseId),
          taskQueue: CASE_TASK_QUEUE,
          args: [input],
        });
      }
    }),
  );
  const startsMs = performance.now() - s0;
  // Asleep: a sample of the workflows (the last ones started and every 50th) has started its timer.
  const sample = [...ids.slice(-20), ...ids.filter((_, i) => i % 50 === 0)];
  for (;;) {
    const awake = await awakeOf(o.temporal, sample);
    if (!awake) break;
    if (Date.now() > t - 1000)
      throw new Error(`timers: ${awake} sampled workflows were not asleep 1 s before the due instant; raise the lead`);
    await sleep(1000);
  }
  const asleepMs = performance.now() - s0;
  o.log(
    `timers: ${o.n} workflows started in ${(startsMs / 1000).toFixed(1)} s, asleep after ` +
      `${(asleepMs / 1000).toFixed(1)} s; waiting for the due instant`,
  );

  const count = async () => {
    const { rows } = await o.db.query<{ n: string }>(
      `select count(*) as n from case_alert where kind = 'WEEK_24_DUE' and case_id between $1 and $2`,
      [lo, hi],
    );
    return Number(rows[0].n);
  };
  if ((await count()) !== 0) throw new Error('timers: alerts were raised before the due instant');
  await o.asleep?.();
  await sleep(Math.max(0, t - Date.now()));

  // Poll every 100 ms: the k-th alert's latency is the first poll that saw at least k alerts. Stop when all are
  // there, when none came for 90 s (the rest will not come: with 10,000 cases the dev server can take over a
  // minute to schedule the first workflow tasks), or at the time limit, long enough to see every alert come
  // (or not) even when they come far later than the target: "none missed" is the other half of it.
  const maxWaitMs = Math.max(120_000, o.n * 100);
  const seenAt: number[] = [];
  let raised = 0;
  let lastProgress = Date.now();
  while (raised < o.n && Date.now() - t < maxWaitMs && Date.now() - lastProgress < 90_000) {
    await sleep(100);
    const c = await count();
    const at = Date.now() - t;
    for (let k = raised; k < c; k++) seenAt.push(at);
    if (c > raised) lastProgress = Date.now();
    raised = c;
  }
  const waitedMs = Date.now() - t;
  await o.done?.();
  // Every case must have exactly its open 24-week alert; anything else raised since T is unexpected (the
  // intervention-overdue alert each case raised and cleared on its way to Follow-up predates T).
  const { rows: check } = await o.db.query<{ cases: string; unexpected: string }>(
    `select count(distinct case_id) filter (where kind = 'WEEK_24_DUE' and due_date = $3::date and cleared_on is null)
      as cases,
            count(*) filter (where cleared_on is null and (kind <> 'WEEK_24_DUE' or due_date <> $3::date)) as unexpected
       from case_alert where case_id between $1 and $2`,
    [lo, hi, alertDate],
  );
  if (raised < o.n)
    await explainMissing(
      o,
      cases.map((c) => c.caseId),
      lo,
      hi,
    );
  const processed = await processedByWorkflows(o.temporal, ids, t, t + maxWaitMs, o.log);
  let failedWorkflows: number | null = null;
  try {
    failedWorkflows = (await o.temporal.workflow.count(`WorkflowType = 'caseWorkflow' AND ExecutionStatus = 'Failed'`))
      .count;
  } catch {
    // visibility count not available on this server
  }
  // Percentiles over all N cases: an alert that never came has no latency, so a percentile that falls on one is null.
  const sorted = seenAt;
  const of = (p: number) => {
    const rank = Math.max(1, Math.ceil((p / 100) * o.n));
    return rank <= sorted.length ? sorted[rank - 1] : null;
  };
  const last = sorted.length === o.n ? sorted[sorted.length - 1] : null;
  return {
    cases: o.n,
    alertDate,
    startsMs: Math.round(startsMs),
    startsPerSecond: round((o.n / startsMs) * 1000),
    asleepMs: Math.round(asleepMs),
    leadMs,
    raised,
    missed: o.n - Number(check[0].cases),
    unexpected: Number(check[0].unexpected),
    firstMs: sorted[0] ?? null,
    medianMs: of(50),
    p95Ms: of(95),
    p99Ms: of(99),
    lastMs: last,
    lastSeenMs: sorted.length ? sorted[sorted.length - 1] : null,
    alertsPerSecond: last ? round((raised / last) * 1000) : null,
    waitedMs,
    failedWorkflows,
    processed,
  };
}

/** How many of these workflows have not started their alert's timer yet. */
async function awakeOf(temporal: Client, ids: number[]): Promise<number> {
  let awake = 0;
  for (const id of ids) {
    const history = await temporal.workflow.getHandle(caseWorkflowId(id)).fetchHistory();
    if (!(history.events ?? []).some((e) => e.timerStartedEventAttributes)) awake++;
  }
  return awake;
}

/** Prints what the workflows of a few cases without their alert did: status, last events, the recorded timer commands.
 */
async function explainMissing(
  o: { db: pg.Pool; temporal: Client; log: (s: string) => void },
  ids: number[],
  lo: number,
  hi: number,
): Promise<void> {
  const { rows } = await o.db.query<{ case_id: number }>(
    `select case_id from case_alert where kind = 'WEEK_24_DUE' and case_id between $1 and $2`,
    [lo, hi],
  );
  const seen = new Set(rows.map((r) => r.case_id));
  const { rows: commands } = await o.db.query<{ id: string; case_id: number }>(
    `select id, case_id from case_command where id like 'timer:%' and case_id between $1 and $2 limit 5`,
    [lo, hi],
  );
  o.log(
    `timers: case_command rows of timer commands for these ${ids.length} cases: ` +
      `${commands.length}${commands.length ? ` (${commands.map((c) => `${c.id} → case ${c.case_id}`).join(', ')})` : ''}`,
  );
  for (const id of ids.filter((x) => !seen.has(x)).slice(0, 3)) {
    try {
      const handle = o.temporal.workflow.getHandle(caseWorkflowId(id));
      const d = await handle.describe();
      const history = await handle.fetchHistory();
      const events = (history.events ?? [])
        .slice(-6)
        .map((e) => proto.temporal.api.enums.v1.EventType[e.eventType ?? 0]);
      const pending = (d.raw.pendingActivities ?? []).map((a) => ({
        type: a.activityType?.name,
        attempt: a.attempt,
        failure: a.lastFailure?.message,
      }));
      o.log(
        `timers: case ${id} has no alert row; workflow ${d.status.name}, history ${d.historyLength} ` +
          `events, last: ${events.join(', ')}; pending activities ${JSON.stringify(pending)}`,
      );
    } catch (e) {
      o.log(`timers: case ${id} has no alert; describe failed: ${(e as Error).message}`);
    }
  }
}

export interface Processed {
  sampled: number;
  completed: number;
  medianMs: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  lastMs: number | null;
  /** Median and slowest time from T to each step of a case's wake-up, from the sampled histories. */
  stages: Record<string, { medianMs: number; maxMs: number }>;
}

const tsMs = (ts: { seconds?: unknown; nanos?: number | null } | null | undefined) =>
  ts ? Number(String(ts.seconds ?? 0)) * 1000 + (ts.nanos ?? 0) / 1e6 : Number.NaN;

/**
 * When each workflow's recordCaseEvents activity (the alert's projection) completed, from the server's event
 * times, for up to 2,000 of the cases: the pipeline's latency independent of what the projection wrote.
 */
async function processedByWorkflows(
  temporal: Client,
  ids: number[],
  t: number,
  deadline: number,
  log: (s: string) => void,
): Promise<Processed> {
  const sample = ids.length <= 2000 ? ids : ids.filter((_, i) => i % Math.ceil(ids.length / 2000) === 0);
  const latencies: number[] = [];
  const stages: Record<string, number[]> = {};
  const stage = (name: string, ms: number) => (stages[name] ??= []).push(ms);
  const EventType = proto.temporal.api.enums.v1.EventType;
  // Histories are read until every sampled workflow has done its write (event times are the server's, so
  // reading late does not change the figures) or the time limit passes.
  let pending = sample;
  while (pending.length) {
    const again: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < pending.length) {
          const id = pending[next++];
          try {
            const history = await temporal.workflow.getHandle(caseWorkflowId(id)).fetchHistory();
            const events = history.events ?? [];
            // The wake-up: the timer fired at T, then the workflow task that ran (or replayed) the workflow and the
            // alert's recordCaseEvents activity.
            const fired = events.findIndex((e) => e.eventType === EventType.EVENT_TYPE_TIMER_FIRED);
            const woken = fired >= 0 ? events.slice(fired) : [];
            const scheduled = new Set(
              woken
                .filter((e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'recordCaseEvents')
                .map((e) => String(e.eventId)),
            );
            const done = woken.find(
              (e) =>
                e.activityTaskCompletedEventAttributes &&
                scheduled.has(String(e.activityTaskCompletedEventAttributes.scheduledEventId)),
            );
            const last = [...events]
              .reverse()
              .find((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED);
            if (!done || !last || tsMs(last.eventTime) < tsMs(done.eventTime)) {
              again.push(id);
              continue;
            }
            latencies.push(tsMs(done.eventTime) - t);
            const after = (type: number) => woken.find((e) => e.eventType === type);
            const at = (name: string, e: (typeof events)[number] | undefined) =>
              e && stage(name, tsMs(e.eventTime) - t);
            at('1 timer fired', woken[0]);
            at('2 workflow task started', after(EventType.EVENT_TYPE_WORKFLOW_TASK_STARTED));
            at('3 recordCaseEvents scheduled', after(EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED));
            at('4 recordCaseEvents started', after(EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED));
            at('5 recordCaseEvents completed', done);
            at('6 last workflow task completed', last);
          } catch (e) {
            log(`timers: history of case ${id}: ${(e as Error).message}`);
            again.push(id);
          }
        }
      }),
    );
    pending = again;
    if (!pending.length || Date.now() > deadline) break;
    await sleep(2000);
  }
  latencies.sort((a, b) => a - b);
  const r = (n: number) => Math.round(n);
  return {
    sampled: sample.length,
    completed: latencies.length,
    medianMs: latencies.length ? r(percentile(latencies, 50)) : null,
    p95Ms: latencies.length ? r(percentile(latencies, 95)) : null,
    p99Ms: latencies.length ? r(percentile(latencies, 99)) : null,
    lastMs: latencies.length ? r(latencies[latencies.length - 1]) : null,
    stages: Object.fromEntries(
      Object.entries(stages)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => {
          v.sort((a, b) => a - b);
          return [k, { medianMs: r(percentile(v, 50)), maxMs: r(v[v.length - 1]) }];
        }),
    ),
  };
}
