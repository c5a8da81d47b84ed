// The fault run's clients and its ledger: C clients, each owning the cases it opens, send mixed actions (open
// a case, add a note, reassign, read a case, list the caseload) through the API as a real client would: every
// change carries an Idempotency-Key and is retried with the same key on a 5xx or a lost connection, until it
// is answered or the run gives up. The ledger keeps every answer for the consistency check.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Orm } from '../../db/orm.ts';
import { businessDate } from '../../domain/dates.ts';
import { createIndividual, plannedIntervention, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { request } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';

export type ActionKind = 'open' | 'note' | 'reassign' | 'read' | 'list';

export interface Action {
  kind: ActionKind;
  caseId?: number;
  /** The Idempotency-Key of a change; a note's text holds it too. */
  key?: string;
  /** Manager the case was reassigned to. */
  toManagerId?: number;
  /** Final answer (0: no answer at all). */
  status: number;
  /** Every answer, retries included. */
  statuses: number[];
  ms: number;
  /** The message of the first 5xx, to see what a user was told. */
  message?: string;
}

export interface World {
  orm: Orm;
  org: TestOrg;
  token: string;
  userId: number;
  managerIds: [number, number];
}

export class Ledger {
  readonly actions: Action[] = [];
  add(a: Action): void {
    this.actions.push(a);
  }
  get changes(): Action[] {
    return this.actions.filter((a) => a.kind === 'open' || a.kind === 'note' || a.kind === 'reassign');
  }
}

const is2xx = (s: number) => s >= 200 && s < 300;
const retryable = (s: number) => s === 0 || s >= 500 || s === 429;

interface Sent {
  status: number;
  statuses: number[];
  body: any;
  message?: string;
}

/** One request, or for a change, the same request retried (same Idempotency-Key) until answered or `giveUpAt`. */
async function send(
  world: World,
  method: string,
  path: string,
  opts: { body?: unknown; key?: string; giveUpAt: number },
): Promise<Sent> {
  const statuses: number[] = [];
  let message: string | undefined;
  let wait = 300;
  for (;;) {
    let status = 0;
    let body: any = null;
    try {
      const res = await request(method, path, {
        token: world.token,
        body: opts.body,
        headers: opts.key ? { 'Idempotency-Key': opts.key } : {},
        timeoutMs: 60_000,
      });
      status = res.status;
      body = res.body;
    } catch {
      // refused connection, reset, or no answer in 60 s: status stays 0
    }
    statuses.push(status);
    if (status >= 500) message ??= typeof body === 'object' && body ? String(body.message) : String(body).slice(0, 200);
    if (!opts.key || !retryable(status) || Date.now() > opts.giveUpAt) return { status, statuses, body, message };
    await sleep(wait);
    wait = Math.min(wait * 2, 4000);
  }
}

interface OwnedCase {
  id: number;
  managerId: number;
}

export interface LoadOptions {
  clients: number;
  durationMs: number;
  /** Changes still unanswered this long after the load ends stop being retried. */
  graceMs: number;
}

/** Runs the clients until durationMs has passed and every change they sent is answered (or given up). */
export async function runClients(world: World, ledger: Ledger, o: LoadOptions): Promise<void> {
  const endAt = Date.now() + o.durationMs;
  const giveUpAt = endAt + o.graceMs;
  const client = async (c: number) => {
    const mine: OwnedCase[] = [];
    let n = 0;
    while (Date.now() < endAt) {
      n++;
      const roll = Math.random();
      const owned = mine[Math.floor(Math.random() * mine.length)];
      const t0 = Date.now();
      if (!owned || roll < 0.12) {
        const person = await createIndividual(world.orm, world.org).catch(() => null);
        if (!person) {
          await sleep(500); // PostgreSQL is down: the test data cannot be made either
          continue;
        }
        const key = `open-${c}-${n}-${randomUUID()}`;
        const r = await send(world, 'POST', '/api/cases', {
          body: { individualId: person.id, registration: REGISTRATION },
          key,
          giveUpAt,
        });
        if (is2xx(r.status)) mine.push({ id: r.body.id, managerId: world.userId });
        ledger.add({
          kind: 'open',
          key,
          caseId: is2xx(r.status) ? r.body.id : undefined,
          status: r.status,
          statuses: r.statuses,
          ms: Date.now() - t0,
          message: r.message,
        });
      } else if (roll < 0.55) {
        const key = `note-${c}-${n}-${randomUUID()}`;
        const r = await send(world, 'POST', `/api/cases/${owned.id}/notes`, {
          body: { text: `fault run ${key}` },
          key,
          giveUpAt,
        });
        ledger.add({
          kind: 'note',
          key,
          caseId: owned.id,
          status: r.status,
          statuses: r.statuses,
          ms: Date.now() - t0,
          message: r.message,
        });
      } else if (roll < 0.65) {
        const key = `reassign-${c}-${n}-${randomUUID()}`;
        const to = owned.managerId === world.managerIds[0] ? world.managerIds[1] : world.managerIds[0];
        const r = await send(world, 'POST', `/api/cases/${owned.id}/reassign`, {
          body: { caseManagerId: to },
          key,
          giveUpAt,
        });
        if (is2xx(r.status)) owned.managerId = to;
        ledger.add({
          kind: 'reassign',
          key,
          caseId: owned.id,
          toManagerId: to,
          status: r.status,
          statuses: r.statuses,
          ms: Date.now() - t0,
          message: r.message,
        });
      } else if (roll < 0.85) {
        const r = await send(world, 'GET', `/api/cases/${owned.id}`, { giveUpAt });
        ledger.add({
          kind: 'read',
          caseId: owned.id,
          status: r.status,
          statuses: r.statuses,
          ms: Date.now() - t0,
          message: r.message,
        });
      } else {
        const r = await send(world, 'GET', '/api/cases?scope=organisation&pageSize=20', { giveUpAt });
        ledger.add({ kind: 'list', status: r.status, statuses: r.statuses, ms: Date.now() - t0, message: r.message });
      }
    }
  };
  await Promise.all(Array.from({ length: o.clients }, (_, c) => client(c)));
}

/** A case in RTWAP Mgmt with an intervention ending in 30 days: its workflow sleeps on the overdue alert's timer. */
export async function caseWithTimer(world: World): Promise<number> {
  const today = businessDate(new Date());
  const end = businessDate(new Date(Date.now() + 30 * 86_400_000));
  const giveUpAt = Date.now() + 60_000;
  const step = async (method: string, path: string, body: unknown) => {
    const r = await send(world, method, path, { body, key: randomUUID(), giveUpAt });
    if (!is2xx(r.status)) throw new Error(`${method} ${path}: ${r.status} ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const person = await createIndividual(world.orm, world.org);
  let c = await step('POST', '/api/cases', { individualId: person.id, registration: REGISTRATION });
  c = await step('POST', `/api/cases/${c.id}/tasks/${openStageTaskId(c.tasks)}/complete`, {
    outcome: 'INTAKE_COMPLETE',
  });
  c = await step('POST', `/api/cases/${c.id}/needs-determinations`, {
    employmentGoal: 'FULL_TIME_EMPLOYMENT',
    jobPreferences: [{ label: 'Dental Assistant', nocCode: '3411' }],
    completed: true,
    confirmed: true,
  });
  c = await step('POST', `/api/cases/${c.id}/tasks/${openStageTaskId(c.tasks)}/complete`, {
    outcome: 'ASSESSMENT_COMPLETE',
  });
  c = await step('POST', `/api/cases/${c.id}/interventions`, plannedIntervention(today, end));
  c = await step('POST', `/api/cases/${c.id}/tasks/${openStageTaskId(c.tasks)}/complete`, {
    outcome: 'DEVELOPED_AND_SIGNED',
  });
  if (c.status !== 'RTWAP_MGMT') throw new Error(`case ${c.id} is ${c.status}, not RTWAP_MGMT`);
  return c.id as number;
}

/**
 * What an operator does after an outage: emails that kept failing wait as stuck steps (workflows/stuck-steps.ts);
 * retry each through the operations API until none waits. Returns how many retries it took.
 */
export async function retryStuckSteps(opsToken: string, timeoutMs = 180_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let retried = 0;
  for (;;) {
    const list = await request('GET', '/api/operations/stuck-steps?status=open&pageSize=100', {
      token: opsToken,
      timeoutMs: 30_000,
    });
    if (list.status !== 200) throw new Error(`stuck steps: ${list.status} ${JSON.stringify(list.body)}`);
    const items = list.body.items as { id: string; status: string }[];
    if (!items.length) return retried;
    if (Date.now() > deadline) throw new Error(`${items.length} steps still stuck after ${timeoutMs / 1000} s`);
    for (const step of items.filter((s) => s.status === 'STUCK')) {
      const r = await request('POST', `/api/operations/stuck-steps/${encodeURIComponent(step.id)}/retry`, {
        token: opsToken,
        body: {},
        headers: { 'Idempotency-Key': randomUUID() },
        timeoutMs: 30_000,
      });
      if (r.status === 202) retried++;
    }
    await sleep(2000);
  }
}
