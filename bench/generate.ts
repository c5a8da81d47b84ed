// The benchmark's data set, written straight into PostgreSQL with multi-row INSERTs (unnest of column arrays,
// 5,000 rows a statement). Every case is lived through the domain's own decide* functions on past dates
// (intake, needs, plan, interventions, outcomes, follow-up, early closures) and its events are projected the
// way db/case-projection.ts projects them, so the tables hold states the product can really reach: status
// history, tasks, alerts raised by the timers that would have fired (and cleared ones), interventions,
// progress-check notifications, needs determinations, notes and outcomes. Seeded cases have no workflows
// (the reads never ask Temporal); the follow-up cases of the timer test get theirs from bench/timers.ts.
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { hashPassword } from '../infra/passwords.ts';
import { foldEvents, openStageTask, type CaseEvent, type CaseState } from '../domain/case-state.ts';
import { addDays, businessInstant, maxDate, type IsoDate } from '../domain/dates.ts';
import { followUpSchedule } from '../domain/followup.ts';
import { needsProgressCheck, progressCheckMessage } from '../domain/interventions.ts';
import { INTERVENTION_TYPES, NOC_CODES } from '../domain/reference.ts';
import { soundex } from '../domain/people.ts';
import { caseWorkflowId } from '../workflows/case-api.ts';
import { int, NOTE_TEXTS, person, pick, rng, sinNumber, type Person } from './names.ts';
import { ALERT_HOUR, pendingTimers } from '../domain/case-timers.ts';
import { openCaseEvents } from '../domain/case-transitions.ts';
import { decideDueAlerts } from '../domain/case-due-alerts.ts';
import type { DecisionContext } from '../domain/action.ts';
import {
  addIntervention,
  addNote,
  changeIntervention,
  closeCase,
  completeTask,
  recordOutcome,
  saveNeedsDetermination,
} from '../domain/case-actions/index.ts';
import { type InterventionInput, type OutcomeInput } from '../domain/schemas/case.ts';

export const BENCH_PASSWORD = 'bench-password-2026';
export const BENCH_ORG = 'BENCH';
const PROGRAM = 'ECM (LAE-ENS)';
const REGISTRATIONS = [
  {
    employmentStatus: 'UNEMPLOYED',
    student: false,
    correspondenceLanguage: 'EN',
    preferredContactMethod: 'TELEPHONE',
    eiInLast36Months: true,
    eiClaimType: 'REGULAR',
    eiClaimStartedLast60Months: true,
    legallyEntitledToWork: true,
  },
  {
    employmentStatus: 'UNEMPLOYED',
    student: false,
    correspondenceLanguage: 'FR',
    preferredContactMethod: 'EMAIL',
    eiInLast36Months: false,
    legallyEntitledToWork: true,
  },
  {
    employmentStatus: 'EMPLOYED',
    workHoursPerWeek: 12,
    hourlyWage: 15.2,
    student: true,
    correspondenceLanguage: 'EN',
    preferredContactMethod: 'EMAIL',
    eiInLast36Months: false,
    legallyEntitledToWork: true,
  },
];

type Db = pg.Pool | pg.PoolClient;

/** businessInstant(day, hour) in ms, memoised: Intl's time-zone arithmetic is most of the generator's time. */
const instants = new Map<string, number>();
function instantMs(day: IsoDate, hour: number): number {
  const key = `${day}|${hour}`;
  let ms = instants.get(key);
  if (ms === undefined) instants.set(key, (ms = businessInstant(day, hour).getTime()));
  return ms;
}

/** Inserts rows with one statement per 5,000: `insert … select * from unnest($1::type[], …)`. */
export async function insertMany(
  db: Db,
  table: string,
  columns: [name: string, type: string][],
  rows: unknown[][],
): Promise<void> {
  const sql =
    `insert into ${table} (${columns.map(([n]) => n).join(', ')}) select * from ` +
    `unnest(${columns.map(([, t], k) => `$${k + 1}::${t}[]`).join(', ')})`;
  for (let i = 0; i < rows.length; i += 5000) {
    const chunk = rows.slice(i, i + 5000);
    await db.query(
      sql,
      columns.map((_, c) => chunk.map((row) => row[c])),
    );
  }
}

/** Reserves `n` consecutive ids of a sequence and returns the first. */
async function reserveIds(db: Db, sequence: string, n: number): Promise<number> {
  const { rows } = await db.query<{ first: string }>(`select nextval('${sequence}') as first`);
  const first = Number(rows[0].first);
  if (n > 1) await db.query(`select setval('${sequence}', $1)`, [first + n - 1]);
  return first;
}

export interface BenchOrg {
  id: number;
  code: string;
  /** Case-manager user ids, in login order (cm0001, cm0002, …). */
  managers: { id: number; loginId: string }[];
  supervisor: { id: number; loginId: string };
}

/** The organisation and its users (every password BENCH_PASSWORD, hashed like the service hashes it). */
export async function createOrganisation(db: Db, managerCount: number): Promise<BenchOrg> {
  const { rows } = await db.query<{ id: number }>(
    `insert into organisation (code, name, active_funding_agreement, external_case_management, ` +
      `client_tracking) values ($1, $2, true, true, true) returning id`,
    [BENCH_ORG, 'Bench Employment Services'],
  );
  const orgId = rows[0].id;
  const hash = await hashPassword(BENCH_PASSWORD);
  const r = rng(7);
  const users: { loginId: string; profiles: string[] }[] = [
    ...Array.from({ length: managerCount }, (_, i) => ({
      loginId: `cm${String(i + 1).padStart(4, '0')}`,
      profiles: ['ECM_CASE_MANAGER'],
    })),
    { loginId: 'supervisor', profiles: ['ECM_MANAGEMENT'] },
  ];
  const ids: number[] = [];
  for (const u of users) {
    const p = person(r, '2026-01-01');
    const res = await db.query<{ id: number }>(
      `insert into app_user (organisation_id, login_id, first_name, last_name, email, password_hash, ` +
        `profiles, active) values ($1, $2, $3, $4, $5, $6, $7, true) returning id`,
      [orgId, u.loginId, p.firstName, p.lastName, `${u.loginId}@bench.example.org`, hash, u.profiles],
    );
    ids.push(res.rows[0].id);
  }
  return {
    id: orgId,
    code: BENCH_ORG,
    managers: ids.slice(0, managerCount).map((id, i) => ({ id, loginId: users[i].loginId })),
    supervisor: { id: ids[managerCount], loginId: 'supervisor' },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Individuals

const INDIVIDUAL_COLUMNS: [string, string][] = [
  ['id', 'int'],
  ['organisation_id', 'int'],
  ['first_name', 'text'],
  ['last_name', 'text'],
  ['first_name_soundex', 'text'],
  ['last_name_soundex', 'text'],
  ['middle_initial', 'text'],
  ['gender', 'text'],
  ['date_of_birth', 'date'],
  ['sin', 'text'],
  ['phone', 'text'],
  ['email', 'text'],
  ['address_line1', 'text'],
  ['city', 'text'],
  ['province', 'text'],
  ['country', 'text'],
  ['postal_code', 'text'],
  ['shared_with_government', 'boolean'],
  ['consent_recorded_at', 'timestamptz'],
  ['created_by', 'int'],
  ['created_at', 'timestamptz'],
  ['address_since', 'timestamptz'],
];

export interface SeededIndividual extends Person {
  id: number;
  sin: string;
}

let sinCounter = 0;

interface IndividualRows {
  people: SeededIndividual[];
  rows: unknown[][];
  aliases: unknown[][];
}

/** `n` individuals shared with government, each with a SIN; ~3% also get an alias (a former surname). */
function makeIndividuals(
  r: () => number,
  org: BenchOrg,
  first: number,
  n: number,
  today: IsoDate,
  createdOn: (i: number) => IsoDate,
): IndividualRows {
  const out: IndividualRows = { people: [], rows: [], aliases: [] };
  for (let i = 0; i < n; i++) {
    const p = person(r, today);
    const id = first + i;
    const sin = sinNumber(++sinCounter);
    const created = new Date(instantMs(createdOn(i), 10)).toISOString();
    const manager = pick(r, org.managers).id;
    out.people.push({ ...p, id, sin });
    out.rows.push([
      id,
      org.id,
      p.firstName,
      p.lastName,
      soundex(p.firstName),
      soundex(p.lastName),
      r() < 0.3 ? String.fromCharCode(65 + int(r, 0, 25)) : null,
      p.gender,
      p.dateOfBirth,
      sin,
      p.phone,
      p.email,
      p.addressLine1,
      p.city,
      'NS',
      'Canada',
      p.postalCode,
      true,
      created,
      manager,
      created,
      created,
    ]);
    if (r() < 0.03) {
      const former = person(r, today).lastName;
      out.aliases.push([id, p.firstName, former, soundex(p.firstName), soundex(former), 'MANUAL', manager]);
    }
  }
  return out;
}

async function insertIndividualRows(db: Db, x: IndividualRows): Promise<void> {
  await insertMany(db, 'individual', INDIVIDUAL_COLUMNS, x.rows);
  await insertMany(
    db,
    'individual_alias',
    [
      ['individual_id', 'int'],
      ['first_name', 'text'],
      ['last_name', 'text'],
      ['first_name_soundex', 'text'],
      ['last_name_soundex', 'text'],
      ['source', 'text'],
      ['created_by', 'int'],
    ],
    x.aliases,
  );
}

/** `n` individuals ready for a case (shared with government, with a SIN) and no case yet. */
export async function insertIndividuals(
  db: Db,
  org: BenchOrg,
  n: number,
  seed: number,
  today: IsoDate,
  createdOn: (i: number) => IsoDate = () => today,
): Promise<SeededIndividual[]> {
  const x = makeIndividuals(rng(seed), org, await reserveIds(db, 'individual_id_seq', n), n, today, createdOn);
  await insertIndividualRows(db, x);
  return x.people;
}

// ---------------------------------------------------------------------------------------------------------------
// A case's life, decided by the domain

interface Batch {
  at: Date;
  actorId: number | null;
  events: CaseEvent[];
}

class CaseLife {
  state: CaseState;
  readonly batches: Batch[] = [];
  readonly openedOn: IsoDate;
  private readonly r: () => number;
  private readonly managerId: number;

  constructor(r: () => number, caseId: number, managerId: number, openedOn: IsoDate) {
    this.r = r;
    this.managerId = managerId;
    this.openedOn = openedOn;
    const { state, events } = openCaseEvents(caseId, managerId, this.ctx(openedOn));
    this.state = state;
    this.batches.push({ at: this.at(openedOn), actorId: managerId, events });
  }

  ctx(today: IsoDate): DecisionContext {
    return { today, newId: randomUUID, actorId: this.managerId };
  }

  /** Office hours on that day. */
  at(day: IsoDate): Date {
    return new Date(instantMs(day, 9) + int(this.r, 0, 8 * 3600) * 1000);
  }

  /** Raises what the workflow's timers would have raised up to `untilMs` (each on its own fire date). */
  raiseDue(untilMs: number): void {
    for (;;) {
      const next = pendingTimers(this.state)[0];
      if (!next) return;
      const fireMs = instantMs(next.fireOn, ALERT_HOUR);
      if (fireMs > untilMs) return;
      const fire = new Date(fireMs);
      const events = decideDueAlerts(this.state, fire, next.fireOn);
      if (!events.length) return;
      this.state = foldEvents(this.state, events);
      this.batches.push({ at: fire, actorId: null, events });
    }
  }

  apply(day: IsoDate, decide: (s: CaseState, ctx: DecisionContext) => CaseEvent[]): void {
    const at = this.at(day);
    this.raiseDue(at.getTime());
    const events = decide(this.state, this.ctx(day));
    this.state = foldEvents(this.state, events);
    this.batches.push({ at, actorId: this.managerId, events });
  }

  complete(day: IsoDate, outcome: string): void {
    const task = openStageTask(this.state);
    if (!task) throw new Error(`case ${this.state.caseId} in ${this.state.status} has no stage task`);
    this.apply(day, (s, c) => completeTask.decide(s, { outcome, taskId: task.id }, c));
  }

  note(day: IsoDate, p: number): void {
    if (this.r() < p) this.apply(day, (s, c) => addNote.decide(s, { text: pick(this.r, NOTE_TEXTS) }, c));
  }
}

const INTERVENTION_CODES = Object.keys(INTERVENTION_TYPES) as (keyof typeof INTERVENTION_TYPES)[];
const NOCS = Object.keys(NOC_CODES);

function interventionInput(r: () => number, start: IsoDate, end: IsoDate): InterventionInput {
  const type = pick(r, INTERVENTION_CODES);
  const model = pick(r, ['IN_HOUSE', 'IN_HOUSE', 'EXTERNAL', 'SELF_MANAGED'] as const);
  return {
    dimension: INTERVENTION_TYPES[type].dimension,
    interventionType: type,
    fundingType: pick(r, ['EDMT', 'EDMT', 'WDA', 'PROVINCIAL'] as const),
    deliveryModel: model,
    deliveringOrganisation:
      model === 'EXTERNAL'
        ? pick(r, ['NSCC Akerley Campus', 'YMCA Employment Services', 'Career Connections', 'Digital Nova Scotia'])
        : undefined,
    plannedStartDate: start,
    plannedEndDate: end,
    description: INTERVENTION_TYPES[type].en,
    fundingRequested: r() < 0.3,
  };
}

function outcomeInput(
  r: () => number,
  type: OutcomeInput['type'],
  date: IsoDate,
  extra: Partial<OutcomeInput> = {},
): OutcomeInput {
  const x = r();
  const status =
    x < 0.4 ? 'EMPLOYED' : x < 0.45 ? 'SELF_EMPLOYED' : x < 0.8 ? 'UNEMPLOYED' : x < 0.9 ? 'IN_TRAINING' : 'UNKNOWN';
  const employed = status === 'EMPLOYED' || status === 'SELF_EMPLOYED';
  return {
    type,
    actualOutcomeDate: date,
    employmentStatus: status,
    inPreferredField: employed && r() < 0.5,
    confirmClose: false,
    ...(employed
      ? {
          employmentDetails: pick(r, ['FULL_TIME', 'PART_TIME', 'SEASONAL', 'CONTRACT_TEMPORARY'] as const),
          employerName: pick(r, [
            'Sobeys',
            'Nova Scotia Health',
            'Irving Shipbuilding',
            'Michelin',
            'Clearwater Seafoods',
            'Municipality of Halifax',
            'Tim Hortons',
          ]),
          provinceOfEmployment: 'NS' as const,
          jobTitle: pick(r, ['Cashier', 'Labourer', 'Administrative assistant', 'Care aide', 'Welder', 'Cook']),
          nocCode: pick(r, NOCS),
          hoursPerWeek: int(r, 15, 44),
          hourlyWage: int(r, 1520, 3400) / 100,
        }
      : {}),
    ...extra,
  };
}

/** A case opened on `openedOn` and lived until `today` with realistic durations and early exits. */
function liveCase(
  r: () => number,
  caseId: number,
  managerId: number,
  openedOn: IsoDate,
  today: IsoDate,
  nowMs: number,
): CaseLife {
  const life = new CaseLife(r, caseId, managerId, openedOn);
  let d = openedOn;
  const wait = (days: number) => {
    d = addDays(d, days);
    return d <= today;
  };
  const done = () => {
    life.raiseDue(nowMs);
    return life;
  };
  life.note(d, 0.4);
  // Intake
  if (!wait(int(r, 2, 12))) return done();
  if (r() < 0.12) {
    life.complete(d, pick(r, ['SELF_SERVE_ONLY', 'GROUP_SERVICES_ONLY', 'REFERRED']));
    return done();
  }
  life.complete(d, 'INTAKE_COMPLETE');
  // Assessment: a needs determination, then the result
  if (!wait(int(r, 1, 10))) return done();
  life.apply(d, (s, c) =>
    saveNeedsDetermination.decide(
      s,
      {
        employmentGoal: pick(r, [
          'FULL_TIME_EMPLOYMENT',
          'FULL_TIME_EMPLOYMENT',
          'MAXIMUM_CAPACITY_EMPLOYMENT',
          'SELF_EMPLOYMENT',
        ] as const),
        jobPreferences: [pick(r, NOCS)].map((noc) => ({ label: NOC_CODES[noc], nocCode: noc })),
        barriers: [
          {
            dimension: 'JOB_SEARCH',
            barrierType: pick(r, [
              'ESSENTIAL_SKILLS',
              'EDUCATION',
              'MAT_SUPP_TRANSPORT',
              'MAT_SUPP_CHILD_CARE',
            ] as const),
            relevantToGoal: true,
          },
        ],
        completed: true,
        confirmed: true,
      },
      c,
    ),
  );
  life.note(d, 0.3);
  if (!wait(int(r, 2, 12))) return done();
  if (r() < 0.08) {
    life.complete(d, pick(r, ['ACTION_PLAN_NOT_VIABLE', 'REFERRED', 'SELF_SERVE_ONLY']));
    return done();
  }
  life.complete(d, 'ASSESSMENT_COMPLETE');
  // RTWAP Dev: one to three interventions, then signed
  const count = r() < 0.5 ? 1 : r() < 0.6 ? 2 : 3;
  for (let i = 0; i < count; i++) {
    if (!wait(int(r, 1, 4))) return done();
    const start = addDays(d, int(r, 3, 20));
    life.apply(d, (s, c) => addIntervention.decide(s, interventionInput(r, start, addDays(start, int(r, 14, 120))), c));
  }
  if (!wait(int(r, 1, 10))) return done();
  if (r() < 0.06) {
    life.complete(d, 'CLIENT_NOT_COMMITTED');
    return done();
  }
  life.complete(d, 'DEVELOPED_AND_SIGNED');
  // RTWAP Mgmt: interventions start on their dates; the plan closes around the last end date
  for (const i of [...life.state.interventions].sort((a, b) => (a.plannedStartDate < b.plannedStartDate ? -1 : 1))) {
    d = maxDate(d, i.plannedStartDate);
    if (d > today) return done();
    if (r() < 0.75)
      life.apply(d, (s, c) => changeIntervention.decide(s, { status: 'IN_PROGRESS', interventionId: i.id }, c));
  }
  life.note(d, 0.5);
  if (r() < 0.07) {
    if (!wait(int(r, 5, 60))) return done();
    life.apply(d, (s, c) =>
      closeCase.decide(
        s,
        { reason: pick(r, ['ABANDONED', 'FOUND_EMPLOYMENT', 'LEFT_LABOUR_FORCE']), confirmed: true },
        c,
      ),
    );
    return done();
  }
  const lastEnd = life.state.interventions.reduce((m, i) => maxDate(m, i.plannedEndDate), d);
  d = maxDate(addDays(d, 1), addDays(lastEnd, int(r, -10, 30)));
  if (d > today) return done();
  for (const i of life.state.interventions) {
    const end = i.plannedEndDate < d ? i.plannedEndDate : d;
    const input =
      r() < 0.85
        ? { status: 'COMPLETED' as const, actualEndDate: end }
        : {
            status: 'NOT_COMPLETED' as const,
            actualEndDate: end,
            nonCompletionReason: pick(r, ['CLIENT_WITHDREW', 'FOUND_EMPLOYMENT', 'ILLNESS', 'MOVED'] as const),
          };
    life.apply(d, (s, c) => changeIntervention.decide(s, { ...input, interventionId: i.id }, c));
  }
  life.apply(d, (s, c) => recordOutcome.decide(s, outcomeInput(r, 'RTWAP_CLOSURE', d), c));
  life.complete(d, pick(r, ['PLAN_COMPLETED', 'PLAN_COMPLETED', 'PLAN_COMPLETED', 'NOT_COMPLETED_FOUND_WORK']));
  return followUp(life, r, d, today, done);
}

/** Follow-up: the 24-week outcome around its alert date (sometimes never), the 52-week one closes the case. */
function followUp(life: CaseLife, r: () => number, from: IsoDate, today: IsoDate, done: () => CaseLife): CaseLife {
  const schedule = followUpSchedule(life.state.followUp!);
  if (r() < 0.05) {
    const d = addDays(from, int(r, 30, 300));
    if (d > today) return done();
    life.apply(d, (s, c) =>
      closeCase.decide(
        s,
        { reason: pick(r, ['FOLLOW_UPS_NOT_ACHIEVABLE', 'NEW_CASE_REQUIRED', 'LEFT_LABOUR_FORCE']), confirmed: true },
        c,
      ),
    );
    return done();
  }
  if (r() < 0.85) {
    const d = maxDate(schedule.earliest24, addDays(schedule.alertAt24, int(r, -14, 45)));
    if (d > today) return done();
    life.apply(d, (s, c) => recordOutcome.decide(s, outcomeInput(r, 'WEEK_24', d), c));
  }
  const d = maxDate(schedule.earliest52, addDays(schedule.alertAt52, int(r, -14, 45)));
  if (d > today) return done();
  if (!life.state.outcomes.some((o) => o.type === 'WEEK_24')) {
    life.apply(d, (s, c) =>
      recordOutcome.decide(
        s,
        outcomeInput(r, 'WEEK_24', d, {
          employmentStatus: 'UNKNOWN',
          employmentDetails: undefined,
          employerName: undefined,
          provinceOfEmployment: undefined,
          jobTitle: undefined,
          nocCode: undefined,
          hoursPerWeek: undefined,
          hourlyWage: undefined,
          inPreferredField: false,
        }),
        c,
      ),
    );
  }
  life.apply(d, (s, c) => recordOutcome.decide(s, outcomeInput(r, 'WEEK_52', d, { confirmClose: true }), c));
  return done();
}

/**
 * A case that entered Follow-up on `a` with its last intervention ended on `l`, and nothing since: its
 * 24-week alert is pending in the workflow (not raised), the 52-week one far ahead.
 */
function followUpCaseAt(r: () => number, caseId: number, managerId: number, a: IsoDate, l: IsoDate): CaseLife {
  const dev = addDays(l, -int(r, 40, 90));
  const life = new CaseLife(r, caseId, managerId, addDays(dev, -int(r, 10, 20)));
  life.complete(addDays(dev, -int(r, 5, 9)), 'INTAKE_COMPLETE');
  life.apply(addDays(dev, -2), (s, c) =>
    saveNeedsDetermination.decide(
      s,
      {
        employmentGoal: 'FULL_TIME_EMPLOYMENT',
        jobPreferences: [{ label: NOC_CODES['6421'], nocCode: '6421' }],
        barriers: [{ dimension: 'JOB_SEARCH', barrierType: 'ESSENTIAL_SKILLS', relevantToGoal: true }],
        completed: true,
        confirmed: true,
      },
      c,
    ),
  );
  life.complete(dev, 'ASSESSMENT_COMPLETE');
  life.apply(dev, (s, c) => addIntervention.decide(s, interventionInput(r, addDays(dev, 10), l), c));
  life.complete(addDays(dev, 5), 'DEVELOPED_AND_SIGNED');
  const id = life.state.interventions[0].id;
  life.apply(addDays(dev, 10), (s, c) =>
    changeIntervention.decide(s, { status: 'IN_PROGRESS', interventionId: id }, c),
  );
  life.apply(a, (s, c) =>
    changeIntervention.decide(s, { status: 'COMPLETED', actualEndDate: l, interventionId: id }, c),
  );
  life.apply(a, (s, c) => recordOutcome.decide(s, outcomeInput(r, 'RTWAP_CLOSURE', a), c));
  life.complete(a, 'PLAN_COMPLETED');
  return life;
}

// ---------------------------------------------------------------------------------------------------------------
// Projection into rows (db/case-projection.ts, in bulk)

class Rows {
  cases: unknown[][] = [];
  status: unknown[][] = [];
  tasks: unknown[][] = [];
  alerts: unknown[][] = [];
  interventions: unknown[][] = [];
  needs: unknown[][] = [];
  notes: unknown[][] = [];
  outcomes: unknown[][] = [];
  notifications: unknown[][] = [];

  add(
    life: CaseLife,
    c: { individual: SeededIndividual; organisationId: number; managerId: number; registration: unknown },
  ): void {
    const caseId = life.state.caseId;
    type StatusRow = {
      status: string;
      start: IsoDate;
      end: IsoDate | null;
      reason: string;
      by: number | null;
      at: Date;
    };
    const status: StatusRow[] = [];
    const tasks = new Map<
      string,
      {
        type: string;
        openedOn: IsoDate;
        dueDate: IsoDate | null;
        state: string;
        outcome: string | null;
        closedOn: IsoDate | null;
        closedBy: number | null;
        createdBy: number | null;
      }
    >();
    const alerts = new Map<
      string,
      { kind: string; dueDate: IsoDate; raisedOn: IsoDate; clearedOn: IsoDate | null; ref: string | null }
    >();
    const interventions = new Map<string, Record<string, unknown>>();
    const notifications = new Map<
      string,
      { message: string; messageFr: string; dueDate: IsoDate; by: number | null; at: Date }
    >();
    const needs = new Map<number, unknown[]>();
    const notes: unknown[][] = [];
    const outcomes: unknown[][] = [];
    let anchors: { planEndDate: IsoDate; lastInterventionEnd: IsoDate } | null = null;
    for (const b of life.batches) {
      for (const e of b.events) {
        switch (e.type) {
          case 'StatusChanged':
            for (const row of status) if (row.end === null) row.end = e.date;
            status.push({ status: e.to, start: e.date, end: null, reason: e.reason, by: b.actorId, at: b.at });
            break;
          case 'TaskOpened':
            tasks.set(e.task.id, {
              ...e.task,
              state: 'OPEN',
              outcome: null,
              closedOn: null,
              closedBy: null,
              createdBy: b.actorId,
            });
            break;
          case 'TaskCompleted':
            Object.assign(tasks.get(e.taskId)!, {
              state: 'COMPLETED',
              outcome: e.outcome,
              closedOn: e.date,
              closedBy: b.actorId,
            });
            break;
          case 'TaskCancelled':
            Object.assign(tasks.get(e.taskId)!, { state: 'CANCELLED', closedOn: e.date, closedBy: b.actorId });
            break;
          case 'TaskDueDateChanged':
            tasks.get(e.taskId)!.dueDate = e.dueDate;
            break;
          case 'InterventionAdded':
          case 'InterventionChanged': {
            const i = e.intervention;
            interventions.set(i.id, { ...i, deleted: false });
            if (needsProgressCheck(i)) {
              const message = progressCheckMessage(
                `${c.individual.firstName} ${c.individual.lastName}`,
                i.interventionType,
                i.plannedStartDate,
              );
              notifications.set(i.id, {
                message: message.en,
                messageFr: message.fr,
                dueDate: i.plannedEndDate,
                by: b.actorId,
                at: b.at,
              });
            } else notifications.delete(i.id);
            break;
          }
          case 'NeedsDeterminationSaved': {
            const n = e.needs;
            needs.set(n.version, [
              caseId,
              n.version,
              n.completed,
              n.employmentGoal ?? null,
              JSON.stringify(n.jobPreferences),
              JSON.stringify(n.barriers),
              n.savedOn,
              b.actorId,
            ]);
            break;
          }
          case 'NoteAdded':
            notes.push([e.noteId, caseId, e.text, e.context, b.actorId, b.at.toISOString()]);
            break;
          case 'OutcomeRecorded': {
            const { id, type, actualOutcomeDate, employmentStatus, recordedOn, ...details } = e.outcome;
            outcomes.push([
              id,
              caseId,
              type,
              actualOutcomeDate,
              employmentStatus,
              JSON.stringify(details),
              recordedOn,
              b.actorId,
            ]);
            break;
          }
          case 'AlertRaised':
            alerts.set(e.alert.key, {
              kind: e.alert.kind,
              dueDate: e.alert.dueDate,
              raisedOn: e.alert.raisedOn,
              clearedOn: null,
              ref: e.alert.ref,
            });
            break;
          case 'AlertCleared': {
            const a = alerts.get(e.key);
            if (a) a.clearedOn = e.date;
            break;
          }
          case 'FollowUpScheduled':
            anchors = e.anchors;
            break;
          default:
            throw new Error(`the generator does not project ${e.type}`);
        }
      }
    }
    const s = life.state;
    const current = status[status.length - 1];
    if (s.status === 'CLOSED') notifications.clear();
    this.cases.push([
      caseId,
      c.individual.id,
      c.organisationId,
      c.managerId,
      PROGRAM,
      'PRIVATE',
      JSON.stringify(c.registration),
      s.status,
      current.start,
      caseWorkflowId(caseId),
      c.managerId,
      life.batches[0].at.toISOString(),
      s.status === 'CLOSED' ? current.reason : null,
      anchors?.planEndDate ?? null,
      anchors?.lastInterventionEnd ?? null,
    ]);
    for (const row of status)
      this.status.push([caseId, row.status, row.start, row.end, row.reason, row.by, row.at.toISOString()]);
    for (const [id, t] of tasks)
      this.tasks.push([
        id,
        caseId,
        t.type,
        t.openedOn,
        t.dueDate,
        t.state,
        t.outcome,
        t.closedOn,
        t.closedBy,
        t.createdBy,
      ]);
    for (const [key, a] of alerts) this.alerts.push([caseId, key, a.kind, a.dueDate, a.raisedOn, a.clearedOn, a.ref]);
    for (const i of interventions.values()) {
      this.interventions.push([
        i.id,
        caseId,
        i.dimension,
        i.interventionType,
        i.fundingType,
        i.deliveryModel,
        i.deliveringOrganisation,
        i.plannedStartDate,
        i.plannedEndDate,
        i.description,
        i.fundingRequested,
        i.status,
        i.actualEndDate,
        i.nonCompletionReason,
        false,
      ]);
    }
    for (const [iid, n] of notifications)
      this.notifications.push([
        caseId,
        `PROGRESS_CHECK:${iid}`,
        'ACTION_REQUIRED',
        'Medium',
        n.message,
        n.messageFr,
        n.dueDate,
        n.by,
        n.at.toISOString(),
      ]);
    this.needs.push(...needs.values());
    this.notes.push(...notes);
    this.outcomes.push(...outcomes);
  }

  /** Writes the cases first (the other tables reference them), then the rest over one or two connections. */
  async insert(db: Db, db2: Db = db): Promise<void> {
    await insertMany(
      db,
      '"case"',
      [
        ['id', 'int'],
        ['individual_id', 'int'],
        ['organisation_id', 'int'],
        ['case_manager_id', 'int'],
        ['program', 'text'],
        ['accountability_reporting', 'text'],
        ['registration', 'jsonb'],
        ['status', 'text'],
        ['status_since', 'date'],
        ['workflow_id', 'text'],
        ['created_by', 'int'],
        ['created_at', 'timestamptz'],
        ['closed_reason', 'text'],
        ['follow_up_plan_end', 'date'],
        ['follow_up_last_intervention_end', 'date'],
      ],
      this.cases,
    );
    await Promise.all([this.insertHistory(db), this.insertPlan(db2)]);
  }

  private async insertHistory(db: Db): Promise<void> {
    await insertMany(
      db,
      'case_status_row',
      [
        ['case_id', 'int'],
        ['status', 'text'],
        ['start_date', 'date'],
        ['end_date', 'date'],
        ['reason', 'text'],
        ['changed_by', 'int'],
        ['recorded_at', 'timestamptz'],
      ],
      this.status,
    );
    await insertMany(
      db,
      'case_task',
      [
        ['id', 'text'],
        ['case_id', 'int'],
        ['type', 'text'],
        ['opened_on', 'date'],
        ['due_date', 'date'],
        ['state', 'text'],
        ['outcome', 'text'],
        ['closed_on', 'date'],
        ['closed_by', 'int'],
        ['created_by', 'int'],
      ],
      this.tasks,
    );
    await insertMany(
      db,
      'case_alert',
      [
        ['case_id', 'int'],
        ['key', 'text'],
        ['kind', 'text'],
        ['due_date', 'date'],
        ['raised_on', 'date'],
        ['cleared_on', 'date'],
        ['ref', 'text'],
      ],
      this.alerts,
    );
  }

  private async insertPlan(db: Db): Promise<void> {
    await insertMany(
      db,
      'intervention',
      [
        ['id', 'text'],
        ['case_id', 'int'],
        ['dimension', 'text'],
        ['intervention_type', 'text'],
        ['funding_type', 'text'],
        ['delivery_model', 'text'],
        ['delivering_organisation', 'text'],
        ['planned_start_date', 'date'],
        ['planned_end_date', 'date'],
        ['description', 'text'],
        ['funding_requested', 'boolean'],
        ['status', 'text'],
        ['actual_end_date', 'date'],
        ['non_completion_reason', 'text'],
        ['deleted', 'boolean'],
      ],
      this.interventions,
    );
    await insertMany(
      db,
      'needs_determination',
      [
        ['case_id', 'int'],
        ['version', 'int'],
        ['completed', 'boolean'],
        ['employment_goal', 'text'],
        ['job_preferences', 'jsonb'],
        ['barriers', 'jsonb'],
        ['saved_on', 'date'],
        ['saved_by', 'int'],
      ],
      this.needs,
    );
    await insertMany(
      db,
      'case_note',
      [
        ['id', 'text'],
        ['case_id', 'int'],
        ['text', 'text'],
        ['context', 'text'],
        ['created_by', 'int'],
        ['created_at', 'timestamptz'],
      ],
      this.notes,
    );
    await insertMany(
      db,
      'employment_outcome',
      [
        ['id', 'text'],
        ['case_id', 'int'],
        ['type', 'text'],
        ['actual_outcome_date', 'date'],
        ['employment_status', 'text'],
        ['details', 'jsonb'],
        ['recorded_on', 'date'],
        ['recorded_by', 'int'],
      ],
      this.outcomes,
    );
    await insertMany(
      db,
      'case_notification',
      [
        ['case_id', 'int'],
        ['key', 'text'],
        ['kind', 'text'],
        ['priority', 'text'],
        ['message', 'text'],
        ['message_fr', 'text'],
        ['due_date', 'date'],
        ['created_by', 'int'],
        ['created_at', 'timestamptz'],
      ],
      this.notifications,
    );
  }
}

export interface SeedCounts {
  individuals: number;
  cases: number;
  byStatus: Record<string, number>;
  rows: Record<string, number>;
  openAlerts: number;
  ms: number;
}

/**
 * `cases` individuals, each with one case opened in the last three years and lived until today, spread over
 * the organisation's case managers; written in chunks of 10,000 cases.
 */
export async function seedDataSet(
  pool: pg.Pool,
  org: BenchOrg,
  cases: number,
  today: IsoDate,
  log: (s: string) => void,
): Promise<SeedCounts> {
  const t0 = Date.now();
  const r = rng(42);
  const nowMs = Date.now();
  const byStatus: Record<string, number> = {};
  const rows: Record<string, number> = {};
  const db = await pool.connect();
  const db2 = await pool.connect();
  try {
    // A benchmark's throwaway data: no need to wait for each commit's flush.
    await db.query('set synchronous_commit = off');
    await db2.query('set synchronous_commit = off');
    const firstCase = await reserveIds(db, 'case_id_seq', cases);
    const firstPerson = await reserveIds(db, 'individual_id_seq', cases);
    const CHUNK = 10_000;
    // Chunk k+1 is lived in JavaScript while chunk k is written: the two use different cores.
    let writing: Promise<void> = Promise.resolve();
    for (let done = 0; done < cases; done += CHUNK) {
      const n = Math.min(CHUNK, cases - done);
      const lived = Date.now();
      const opened = Array.from({ length: n }, () => addDays(today, -int(r, 0, 3 * 365)));
      const people = makeIndividuals(r, org, firstPerson + done, n, today, (i) => addDays(opened[i], -int(r, 0, 30)));
      const batch = new Rows();
      for (let i = 0; i < n; i++) {
        if (i % 500 === 499) await new Promise((resolve) => setImmediate(resolve));
        const manager = org.managers[(done + i) % org.managers.length].id;
        const life = liveCase(r, firstCase + done + i, manager, opened[i], today, nowMs);
        byStatus[life.state.status] = (byStatus[life.state.status] ?? 0) + 1;
        batch.add(life, {
          individual: people.people[i],
          organisationId: org.id,
          managerId: manager,
          registration: pick(r, REGISTRATIONS),
        });
      }
      const livedMs = Date.now() - lived;
      await writing;
      for (const [k, v] of Object.entries(batch)) if (Array.isArray(v)) rows[k] = (rows[k] ?? 0) + v.length;
      writing = (async () => {
        const written = Date.now();
        await insertIndividualRows(db, people);
        await batch.insert(db, db2);
        log(
          `seeded ${done + n} / ${cases} cases (lived in ${(livedMs / 1000).toFixed(1)} s, written in ` +
            `${((Date.now() - written) / 1000).toFixed(1)} s)`,
        );
      })();
      writing.catch(() => undefined); // awaited on the next turn or after the loop
    }
    await writing;
    const { rows: alertRows } = await db.query<{ n: string }>(
      'select count(*) as n from case_alert where cleared_on is null',
    );
    return { individuals: cases, cases, byStatus, rows, openAlerts: Number(alertRows[0].n), ms: Date.now() - t0 };
  } finally {
    db.release();
    db2.release();
  }
}

export interface FollowUpCase {
  caseId: number;
  state: CaseState;
  managerId: number;
}

/**
 * `n` cases in Follow-up whose 24-week alert date is `alertDate` (L = alertDate − 168 days, A = L + 5, so
 * alertAt24 = max(L + 168, A + 154) = alertDate), written like the seeded ones but with no alert raised yet.
 */
export async function insertFollowUpCases(
  db: Db,
  org: BenchOrg,
  n: number,
  alertDate: IsoDate,
  today: IsoDate,
): Promise<FollowUpCase[]> {
  const r = rng(99);
  const l = addDays(alertDate, -168);
  const a = addDays(l, 5);
  const people = await insertIndividuals(db, org, n, 900, today, () => addDays(l, -120));
  const firstCase = await reserveIds(db, 'case_id_seq', n);
  const batch = new Rows();
  const out: FollowUpCase[] = [];
  for (let i = 0; i < n; i++) {
    const manager = org.managers[i % org.managers.length].id;
    const life = followUpCaseAt(r, firstCase + i, manager, a, l);
    const schedule = followUpSchedule(life.state.followUp!);
    if (schedule.alertAt24 !== alertDate || life.state.alerts.length)
      throw new Error(`follow-up case built wrong: ${JSON.stringify(schedule)}`);
    batch.add(life, {
      individual: people[i],
      organisationId: org.id,
      managerId: manager,
      registration: REGISTRATIONS[0],
    });
    out.push({ caseId: firstCase + i, state: life.state, managerId: manager });
  }
  await batch.insert(db);
  return out;
}
