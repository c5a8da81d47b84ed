// Enhanced services through the API (spec 02 §4.A): services, participants, pre-registration, waitlists,
// seats under concurrent saves, business partners and an intervention started from a service.
import { Case, ServiceParticipant } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { createIndividual, createOrg, createUser, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';

let orm: Orm;
let org: TestOrg;
let other: TestOrg;
let manager: Client;
let manager2: Client;
let coordinator: Client;
let otherManager: Client;
const today = businessDate(new Date());

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Halifax Community Learning Network');
  other = await createOrg(orm, 'HRDA Enterprises');
  await createUser(orm, org, 'coordinator', ['ECM_ENHANCED_SERVICES']);
  [manager, manager2, coordinator, otherManager] = await Promise.all([
    signIn(org, 'manager'),
    signIn(org, 'manager2'),
    signIn(org, 'coordinator'),
    signIn(other, 'manager'),
  ]);
});
afterAll(() => orm.close());

const service = (overrides: Record<string, unknown> = {}) => ({
  serviceFormat: 'GROUP',
  accountabilityReporting: '100922 - Oct 01, 2011 - Sep 30, 2012 - EAS(LAE-ENS)',
  name: 'Improving Your Interview Skills',
  description: 'Practise answering interview questions.',
  serviceType: 'JS_WORKSHOPS',
  startDate: addDays(today, 10),
  endDate: addDays(today, 10),
  startTime: '13:00',
  endTime: '16:00',
  minParticipants: 1,
  maxParticipants: 8,
  location: '1657 Barrington Street, Halifax',
  visibility: 'PRIVATE',
  ...overrides,
});

async function newService(overrides: Record<string, unknown> = {}): Promise<number> {
  const res = await coordinator.post('/api/services', service(overrides));
  expect(res.status).toBe(201);
  return res.body.service.id;
}

async function newCase(
  o: TestOrg = org,
  who: Client = manager,
  names: { firstName?: string; lastName?: string } = {},
): Promise<number> {
  const person = await createIndividual(orm, o, names);
  const res = await who.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(res.status).toBe(201);
  return res.body.id;
}

const NEEDS = {
  employmentGoal: 'FULL_TIME_EMPLOYMENT',
  jobPreferences: [{ label: 'Dental Assistant', nocCode: '3411' }],
  completed: true,
  confirmed: true,
};

const openTaskOf = async (c: Client, caseId: number) =>
  openStageTaskId((await c.get(`/api/cases/${caseId}`)).body.tasks);

/** A case whose plan is signed (RTWAP Mgmt) with one intervention of the given type. */
async function caseInPlanManagement(
  interventionType = 'JS_WORKSHOPS',
  extra: Record<string, unknown> = {},
  names: { firstName?: string; lastName?: string } = {},
): Promise<number> {
  const id = await newCase(org, manager, names);
  await manager.post(`/api/cases/${id}/tasks/${await openTaskOf(manager, id)}/complete`, {
    outcome: 'INTAKE_COMPLETE',
  });
  await manager.post(`/api/cases/${id}/needs-determinations`, NEEDS);
  await manager.post(`/api/cases/${id}/tasks/${await openTaskOf(manager, id)}/complete`, {
    outcome: 'ASSESSMENT_COMPLETE',
  });
  const dimension = interventionType.startsWith('JS')
    ? 'JOB_SEARCH'
    : interventionType.startsWith('SE')
      ? 'SKILLS_ENHANCEMENT'
      : 'CAREER_DECISION_MAKING';
  const added = await manager.post(`/api/cases/${id}/interventions`, {
    dimension,
    interventionType,
    fundingType: 'EDMT',
    deliveryModel: 'IN_HOUSE',
    plannedStartDate: today,
    plannedEndDate: addDays(today, 60),
    description: 'Planned',
    ...extra,
  });
  expect(added.status).toBe(200);
  const signed = await manager.post(`/api/cases/${id}/tasks/${await openTaskOf(manager, id)}/complete`, {
    outcome: 'DEVELOPED_AND_SIGNED',
  });
  expect(signed.body.status).toBe('RTWAP_MGMT');
  return id;
}

const add = (serviceId: number, body: Record<string, unknown>, who: Client = manager) =>
  who.post(`/api/services/${serviceId}/participants`, body);
const statuses = (page: { participants: { status: string }[] }) => page.participants.map((p) => p.status);

test('R-ES-01 only the enhanced-services role creates a service; capacity and dates are checked', async () => {
  expect((await manager.post('/api/services', service())).status).toBe(403);
  const reversed = await coordinator.post(
    '/api/services',
    service({ startDate: addDays(today, 5), endDate: addDays(today, 4) }),
  );
  expect(reversed.status).toBe(422);
  expect(reversed.body.violations[0]).toMatchObject({ rule: 'R-ES-01', code: 'ERR_DATE_ORDER' });
  const capacity = await coordinator.post('/api/services', service({ minParticipants: 5, maxParticipants: 4 }));
  expect(capacity.status).toBe(422);
  expect(capacity.body.message).toBe('The maximum number of participants (4) cannot be below the minimum (5).');
  const created = await coordinator.post('/api/services', service());
  expect(created.status).toBe(201);
  expect(created.body.service).toMatchObject({
    status: 'SCHEDULED',
    summary: { enrolled: 0, minimum: 1, maximum: 8, full: false },
  });
});

test(
  'R-ES-02 R-DLV-01 a Private service is invisible to other organisations; a Public one appears in their ' +
    'business-partner search without its participants',
  async () => {
    const priv = await newService({ name: 'Private workshop' });
    const pub = await newService({ name: 'Cover Letters', visibility: 'PUBLIC', maxParticipants: 12 });
    expect((await otherManager.get(`/api/services/${priv}`)).status).toBe(404);
    const seen = await otherManager.get(`/api/services/${pub}`);
    expect(seen.status).toBe(200);
    expect(seen.body.participants).toEqual([]);
    const partners = await otherManager.get(`/api/business-partners?name=${encodeURIComponent('Halifax Community')}`);
    const mine = partners.body.items.find((p: { organisationId: number }) => p.organisationId === org.id);
    const names = mine.publicSchedule.map((s: { name: string }) => s.name);
    expect(names).toContain('Cover Letters');
    expect(names).not.toContain('Private workshop');
    expect(mine.publicSchedule.find((s: { serviceId: number }) => s.serviceId === pub)).toMatchObject({
      maxSeats: 12,
      location: '1657 Barrington Street, Halifax',
    });
    // Another organisation never adds participants to it.
    expect((await add(pub, { caseId: await newCase(other, otherManager) }, otherManager)).status).toBe(404);
  },
);

test(
  'R-ES-03 the search lists every service of the ' + 'organisation without criteria; each criterion narrows',
  async () => {
    const a = await newService({ name: 'Resume Writing', serviceFormat: 'INDIVIDUAL' });
    const b = await newService({ name: 'Resume Clinic', startDate: addDays(today, 40), endDate: addDays(today, 40) });
    const all = (await manager.get('/api/services')).body.items.map((s: { id: number }) => s.id);
    expect(all).toEqual(expect.arrayContaining([a, b]));
    const byName = (await manager.get('/api/services?name=Resume')).body.items.map((s: { id: number }) => s.id);
    expect(byName).toEqual(expect.arrayContaining([a, b]));
    const individual = (await manager.get('/api/services?name=Resume&serviceFormat=INDIVIDUAL')).body.items.map(
      (s: { id: number }) => s.id,
    );
    expect(individual).toEqual([a]);
    const inRange = (
      await manager.get(`/api/services?name=Resume&from=${addDays(today, 30)}&to=${addDays(today, 50)}`)
    ).body.items.map((s: { id: number }) => s.id);
    expect(inRange).toEqual([b]);
    expect((await otherManager.get('/api/services?name=Resume')).body.items).toEqual([]);
  },
);

test('R-ES-04 a Cancelled service takes no participants; Q-07 its waitlist moves to history as Cancelled', async () => {
  const id = await newService({ maxParticipants: 1 });
  await add(id, { caseId: await newCase() });
  const waiting = await add(id, { caseId: await newCase(), confirmWaitlist: true });
  expect(statuses(waiting.body)).toEqual(['REGISTERED', 'WAITLISTED']);
  const cancelled = await coordinator.patch(`/api/services/${id}`, { status: 'CANCELLED' });
  expect(statuses(cancelled.body)).toEqual(['REGISTERED']);
  const refused = await add(id, { caseId: await newCase() });
  expect(refused.status).toBe(422);
  expect(refused.body.violations[0]).toMatchObject({ rule: 'R-ES-04', code: 'ERR_SERVICE_CLOSED' });
  const history = await manager.get(`/api/services/${id}?includeHistory=true`);
  expect(statuses(history.body)).toEqual(['REGISTERED', 'CANCELLED']);
});

test('R-ES-05 a person whose case is closed cannot be registered', async () => {
  const id = await newService();
  const caseId = await newCase();
  await manager.post(`/api/cases/${caseId}/close`, { reason: 'ABANDONED', confirmed: true });
  const res = await add(id, { caseId });
  expect(res.status).toBe(422);
  expect(res.body.violations[0]).toMatchObject({ rule: 'R-ES-05', code: 'ERR_NO_OPEN_CASE' });
});

test('R-ES-06 the same person cannot be added twice', async () => {
  const id = await newService();
  const caseId = await newCase();
  expect((await add(id, { caseId })).status).toBe(201);
  const again = await add(id, { caseId });
  expect(again.status).toBe(422);
  expect(again.body.message).toBe('This person is already a participant in this enhanced service.');
  expect(await orm.em.fork().count(ServiceParticipant, { serviceId: id })).toBe(1);
});

test('R-ES-07 a workshop over several days takes only clients whose signed plan names that service type', async () => {
  const id = await newService({ startDate: addDays(today, 10), endDate: addDays(today, 11) });
  const inIntake = await add(id, { caseId: await newCase() });
  expect(inIntake.status).toBe(422);
  expect(inIntake.body.violations[0]).toMatchObject({ rule: 'R-ES-07', code: 'ERR_MULTIDAY_REQUIRES_RTWAP' });
  const otherNeed = await add(id, { caseId: await caseInPlanManagement('CDM_CAREER_EXPLORATION') });
  expect(otherNeed.status).toBe(422);
  expect((await add(id, { caseId: await caseInPlanManagement('JS_WORKSHOPS') })).status).toBe(201);
  // A one-day workshop is open at any stage.
  expect((await add(await newService(), { caseId: await newCase() })).status).toBe(201);
});

test('R-ES-08 an individual service records one row per meeting with its date, with no seats or waitlist', async () => {
  const id = await newService({ serviceFormat: 'INDIVIDUAL', name: 'Job search coaching', maxParticipants: 1 });
  const caseId = await newCase();
  for (const d of [addDays(today, -9), addDays(today, -5), addDays(today, -1)]) {
    expect((await add(id, { caseId, sessionDate: d, sessionStatus: 'COMPLETED' })).status).toBe(201);
  }
  const page = await manager.get(`/api/services/${id}`);
  expect(page.body.participants.map((p: { sessionDate: string; status: string }) => [p.sessionDate, p.status])).toEqual(
    [
      [addDays(today, -9), 'COMPLETED'],
      [addDays(today, -5), 'COMPLETED'],
      [addDays(today, -1), 'COMPLETED'],
    ],
  );
  const noDate = await add(id, { caseId });
  expect(noDate.body.violations[0]).toMatchObject({ rule: 'R-ES-08', code: 'ERR_SESSION_DATE' });
});

test('R-ES-09 a search by case ID that finds one person adds directly; a name search lists results', async () => {
  const id = await newService();
  const lastName = `Jackson${Date.now()}`;
  const c1 = await newCase(org, manager, { firstName: 'Jake', lastName });
  await newCase(org, manager, { firstName: 'John', lastName });
  const byCase = await manager.get(`/api/services/${id}/person-search?caseId=${c1}`);
  expect(byCase.body).toMatchObject({ addDirectly: true, matches: [{ caseId: c1, name: `${lastName}, Jake` }] });
  const byName = await manager.get(`/api/services/${id}/person-search?lastName=${lastName}`);
  expect(byName.body.addDirectly).toBe(false);
  expect(byName.body.matches).toHaveLength(2);
  const nobody = await manager.get(`/api/services/${id}/person-search?lastName=Nobody${Date.now()}&firstName=Bobby`);
  expect(nobody.body).toMatchObject({
    matches: [],
    offerPreRegistration: {
      firstName: 'Bobby',
      message: 'No person matches the search criteria. Do you want to add a person with Pre-registered status?',
    },
  });
});

test('R-ES-10 one Save applies every participant change together; one refused item refuses all, writing nothing', async () => {
  const id = await newService({ maxParticipants: 2 });
  const [first, second, third, fourth] = await Promise.all([
    newCase(org, manager, { firstName: 'Doug', lastName: 'Johnson' }),
    newCase(org, manager, { firstName: 'Jake', lastName: 'Jackson' }),
    newCase(org, manager, { firstName: 'Jane', lastName: 'Jones' }),
    newCase(org, manager, { firstName: 'Mark', lastName: 'MacLeod' }),
  ]);
  const closed = await newCase(org, manager, { firstName: 'Nancy', lastName: 'Mason' });
  await manager.post(`/api/cases/${closed}/close`, { reason: 'ABANDONED', confirmed: true });
  const started = await manager.post(`/api/services/${id}/participant-changes`, {
    adds: [{ caseId: first }, { caseId: second }],
  });
  expect(started.status).toBe(200);
  const doug = started.body.participants.find((p: { caseId: number }) => p.caseId === first).id;
  // The removal frees the seat the later add takes: the save is judged as a whole, in order.
  const saved = await manager.post(`/api/services/${id}/participant-changes`, {
    changes: [{ participantId: doug, status: 'REMOVED', confirmed: true }],
    adds: [{ caseId: third }],
  });
  expect(saved.status).toBe(200);
  expect(saved.body.participants.map((p: { name: string; status: string }) => `${p.name} ${p.status}`)).toEqual([
    'Jackson, Jake REGISTERED',
    'Jones, Jane REGISTERED',
  ]);
  const jake = saved.body.participants[0].id;
  const rowsBefore = await orm.em.fork().count(ServiceParticipant, { serviceId: id });
  const refused = await manager.post(`/api/services/${id}/participant-changes`, {
    changes: [{ participantId: jake, status: 'NO_SHOW' }],
    adds: [{ caseId: closed }, { caseId: third }, { caseId: fourth, confirmWaitlist: true }],
  });
  expect(refused.status).toBe(422);
  expect(refused.body.violations.map((v: { message: string; field: string }) => [v.field, v.message])).toEqual([
    [
      'adds.0',
      'Mason, Nancy: This person has no open case: only a person with an open case can be registered (or ' +
        'pre-register them).',
    ],
    ['adds.1', 'Jones, Jane: This person is already a participant in this enhanced service.'],
  ]);
  const after = await manager.get(`/api/services/${id}`);
  expect(statuses(after.body)).toEqual(['REGISTERED', 'REGISTERED']);
  expect(await orm.em.fork().count(ServiceParticipant, { serviceId: id })).toBe(rowsBefore);
  const french = await manager.post(
    `/api/services/${id}/participant-changes`,
    { adds: [{ caseId: third }] },
    { 'Accept-Language': 'fr-CA' },
  );
  expect(french.body.message).toBe('Jones, Jane : Cette personne participe déjà à ce service amélioré.');
  const empty = await manager.post(`/api/services/${id}/participant-changes`, {});
  expect(empty.status).toBe(400);
  expect(empty.body.message).toContain('There is nothing to save');
});

test('R-ES-12 removing a participant asks for confirmation and keeps the entry in the history', async () => {
  const id = await newService();
  const page = await add(id, { caseId: await newCase() });
  const pid = page.body.participants[0].id;
  const unconfirmed = await manager.patch(`/api/services/${id}/participants/${pid}`, { status: 'REMOVED' });
  expect(unconfirmed.status).toBe(409);
  expect(unconfirmed.body).toMatchObject({
    error: 'CONFIRM_REMOVE_PARTICIPANT',
    message: 'Are you sure you want to remove this participant?',
  });
  const removed = await manager.patch(`/api/services/${id}/participants/${pid}`, {
    status: 'REMOVED',
    confirmed: true,
  });
  expect(removed.body.participants).toEqual([]);
  const history = await manager.get(`/api/services/${id}?includeHistory=true`);
  expect(history.body.participants[0]).toMatchObject({
    status: 'REMOVED',
    history: [
      { from: null, to: 'REGISTERED' },
      { from: 'REGISTERED', to: 'REMOVED' },
    ],
  });
});

test('R-WL-01 R-WL-02 R-WL-03 pre-registration needs confirmation and holds a seat; registering keeps it', async () => {
  const id = await newService({ maxParticipants: 2 });
  const unconfirmed = await add(id, { preRegistration: { firstName: 'Bobby', lastName: 'Brown' } });
  expect(unconfirmed.status).toBe(409);
  expect(unconfirmed.body.error).toBe('CONFIRM_PREREGISTER');
  const pre = await add(id, {
    preRegistration: { firstName: 'Bobby', lastName: 'Brown', phone: '(555) 555-5555' },
    confirmPreRegister: true,
  });
  expect(pre.status).toBe(201);
  expect(pre.body.participants[0]).toMatchObject({
    name: 'Brown, Bobby',
    status: 'PRE_REGISTERED',
    caseId: null,
    allowedStatuses: ['REGISTERED', 'REMOVED'],
  });
  expect(pre.body.service.summary.enrolled).toBe(1);
  const pid = pre.body.participants[0].id;
  const noCase = await manager.patch(`/api/services/${id}/participants/${pid}`, { status: 'REGISTERED' });
  expect(noCase.status).toBe(422);
  expect(noCase.body.violations[0]).toMatchObject({ rule: 'R-WL-03' });
  await add(id, { caseId: await newCase() }); // the service is now full
  const caseId = await newCase(org, manager, { firstName: 'Bobby', lastName: 'Brown' });
  const registered = await manager.patch(`/api/services/${id}/participants/${pid}`, { status: 'REGISTERED', caseId });
  expect(registered.status).toBe(200);
  expect(registered.body.participants.map((p: { status: string; caseId: number }) => [p.status, p.caseId])).toEqual([
    ['REGISTERED', caseId],
    ['REGISTERED', expect.any(Number)],
  ]);
  expect(registered.body.service.summary).toMatchObject({ enrolled: 2, full: true });
});

test(
  'R-WL-04 R-WL-05 puts the 11th registrant on the waitlist once confirmed, numbered in order of addition and ' +
    'never reused',
  async () => {
    const id = await newService({ maxParticipants: 10 });
    for (let i = 0; i < 10; i++) expect((await add(id, { caseId: await newCase() })).status).toBe(201);
    const eleventh = await newCase();
    const asked = await add(id, { caseId: eleventh });
    expect(asked.status).toBe(409);
    expect(asked.body).toMatchObject({
      error: 'CONFIRM_WAITLIST',
      message:
        'The maximum number of participants for this enhanced service has been reached. Do you want to add ' +
        'this person to the waitlist?',
    });
    expect(await orm.em.fork().count(ServiceParticipant, { serviceId: id })).toBe(10);
    const first = await add(id, { caseId: eleventh, confirmWaitlist: true });
    expect(first.body.participants.at(-1)).toMatchObject({
      status: 'WAITLISTED',
      waitlistNumber: 1,
      waitlistPosition: 1,
    });
    const second = await add(id, { caseId: await newCase(), confirmWaitlist: true });
    const w2 = second.body.participants.at(-1);
    expect(w2).toMatchObject({ waitlistNumber: 2, waitlistPosition: 2 });
    await manager.patch(`/api/services/${id}/participants/${first.body.participants.at(-1).id}`, {
      status: 'REMOVED',
      confirmed: true,
    });
    const third = await add(id, { caseId: await newCase(), confirmWaitlist: true });
    // number 1 is not given again; the position is the rank among those still waiting.
    expect(
      third.body.participants
        .filter((p: { status: string }) => p.status === 'WAITLISTED')
        .map((p: { waitlistNumber: number; waitlistPosition: number }) => [p.waitlistNumber, p.waitlistPosition]),
    ).toEqual([
      [2, 1],
      [3, 2],
    ]);
  },
);

test(
  'R-WL-06 R-WL-07 a freed seat is announced, never filled automatically; Registered is offered only while a ' +
    'seat is free',
  async () => {
    const id = await newService({ maxParticipants: 1 });
    const seated = (await add(id, { caseId: await newCase() })).body.participants[0].id;
    const waiting = (await add(id, { caseId: await newCase(), confirmWaitlist: true })).body.participants[1];
    expect(waiting.allowedStatuses).toEqual(['CANCELLED', 'REMOVED']);
    const early = await manager.patch(`/api/services/${id}/participants/${waiting.id}`, { status: 'REGISTERED' });
    expect(early.status).toBe(422);
    expect(early.body.violations[0]).toMatchObject({ rule: 'R-WL-07', code: 'ERR_NO_SEAT' });
    const freed = await manager.patch(`/api/services/${id}/participants/${seated}`, { status: 'NO_SHOW' });
    expect(freed.body.info).toBe(
      'The number of participants registered is now below the maximum allowed. There are participants with a ' +
        'Waitlisted status you may want to change to Registered.',
    );
    expect(freed.body.participants).toEqual([
      expect.objectContaining({
        id: waiting.id,
        status: 'WAITLISTED',
        allowedStatuses: ['REGISTERED', 'CANCELLED', 'REMOVED'],
      }),
    ]);
    const promoted = await manager.patch(`/api/services/${id}/participants/${waiting.id}`, { status: 'REGISTERED' });
    expect(statuses(promoted.body)).toEqual(['REGISTERED']);
  },
);

test(
  'R-WL-08 two case managers registering for the last seat at the same moment: one gets it, the other is ' +
    'asked about the waitlist',
  async () => {
    const id = await newService({ maxParticipants: 1 });
    const [a, b] = await Promise.all([newCase(), newCase(org, manager2)]);
    const results = await Promise.all([add(id, { caseId: a }, manager), add(id, { caseId: b }, manager2)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error).toBe('CONFIRM_WAITLIST');
    expect(await orm.em.fork().count(ServiceParticipant, { serviceId: id, status: 'REGISTERED' })).toBe(1);
  },
);

test(
  'R-WL-08 twelve saves at once for five seats: exactly ' + 'five seats taken, the other seven waitlisted 1 to 7',
  async () => {
    const id = await newService({ maxParticipants: 5 });
    const cases = await Promise.all(Array.from({ length: 12 }, () => newCase()));
    const results = await Promise.all(
      cases.map((caseId, i) => add(id, { caseId, confirmWaitlist: true }, i % 2 ? manager : manager2)),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    const rows = await orm.em.fork().find(ServiceParticipant, { serviceId: id });
    expect(rows.filter((r) => r.status === 'REGISTERED')).toHaveLength(5);
    expect(
      rows
        .filter((r) => r.status === 'WAITLISTED')
        .map((r) => r.waitlistNumber)
        .sort((x, y) => x! - y!),
    ).toEqual([1, 2, 3, 4, 5, 6, 7]);
  },
);

test('R-WL-08 a service cannot shrink below the seats already taken', async () => {
  const id = await newService({ maxParticipants: 3 });
  await add(id, { caseId: await newCase() });
  await add(id, { caseId: await newCase() });
  const res = await coordinator.patch(`/api/services/${id}`, { maxParticipants: 1 });
  expect(res.status).toBe(422);
  expect(res.body.violations[0]).toMatchObject({ rule: 'R-WL-08' });
});

test('R-WL-09 falling below the minimum is a flag on the summary, never a refusal', async () => {
  const id = await newService({ minParticipants: 3, maxParticipants: 8 });
  const page = await add(id, { caseId: await newCase() });
  expect(page.status).toBe(201);
  expect(page.body.service.summary).toMatchObject({ enrolled: 1, minimum: 3, belowMinimum: true });
});

test(
  'R-DLV-03 R-DLV-04 a delivering organisation chosen on an External intervention can register the client; the ' +
    'case stays with its owner',
  async () => {
    const theirs = await (await signIn(other, 'manager')).get('/api/services');
    expect(theirs.status).toBe(200);
    await createUser(orm, other, 'coordinator', ['ECM_ENHANCED_SERVICES']);
    const otherCoordinator = await signIn(other, 'coordinator');
    const serviceId = (
      await otherCoordinator.post('/api/services', service({ name: 'Resume Writing', visibility: 'PUBLIC' }))
    ).body.service.id;
    const caseId = await newCase();
    expect((await add(serviceId, { caseId }, otherManager)).status).toBe(404);
    await manager.post(`/api/cases/${caseId}/tasks/${await openTaskOf(manager, caseId)}/complete`, {
      outcome: 'INTAKE_COMPLETE',
    });
    await manager.post(`/api/cases/${caseId}/needs-determinations`, NEEDS);
    await manager.post(`/api/cases/${caseId}/tasks/${await openTaskOf(manager, caseId)}/complete`, {
      outcome: 'ASSESSMENT_COMPLETE',
    });
    await manager.post(`/api/cases/${caseId}/interventions`, {
      dimension: 'JOB_SEARCH',
      interventionType: 'JS_WORKSHOPS',
      fundingType: 'EDMT',
      deliveryModel: 'EXTERNAL',
      deliveringOrganisationId: other.id,
      plannedStartDate: today,
      plannedEndDate: addDays(today, 30),
      description: 'Resume writing at HRDA',
    });
    const registered = await add(serviceId, { caseId }, otherManager);
    expect(registered.status).toBe(201);
    expect((await otherManager.get(`/api/cases/${caseId}`)).status).toBe(404);
    expect((await manager.get(`/api/cases/${caseId}`)).body.caseManager.id).toBe(org.users.manager.id);
  },
);

test(
  'an intervention is started from a service: the registered ' + 'client’s plan gets it with the service’s dates',
  async () => {
    const id = await newService({ startDate: addDays(today, 3), endDate: addDays(today, 3) });
    const caseId = await caseInPlanManagement('CDM_CAREER_EXPLORATION');
    const pid = (await add(id, { caseId })).body.participants[0].id;
    const res = await manager.post(`/api/services/${id}/participants/${pid}/intervention`, {});
    expect(res.status).toBe(200);
    expect(res.body.actionPlan.interventions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          interventionType: 'JS_WORKSHOPS',
          plannedStartDate: addDays(today, 3),
          plannedEndDate: addDays(today, 3),
          deliveryModel: 'IN_HOUSE',
        }),
      ]),
    );
  },
);

test(
  'R-DLV-02 R-DLV-05 R-DLV-06 External needs a delivering organisation; only the owning organisation shares ' +
    'its case; a delivering organisation once saved is never replaced',
  async () => {
    const caseId = await caseInPlanManagement('JS_WORKSHOPS', {
      deliveryModel: 'EXTERNAL',
      deliveringOrganisationId: other.id,
    });
    const plan = (await manager.get(`/api/cases/${caseId}`)).body.actionPlan.interventions;
    const iid = plan[0].id;
    // Another organisation cannot add an intervention (and so share) on a case it does not own.
    const noOrg = await manager.post(`/api/cases/${caseId}/interventions`, {
      dimension: 'JOB_SEARCH',
      interventionType: 'JS_WORKSHOPS',
      fundingType: 'EDMT',
      deliveryModel: 'EXTERNAL',
      plannedStartDate: today,
      plannedEndDate: today,
      description: 'x',
    });
    expect(noOrg.status).toBe(422);
    expect(noOrg.body.violations[0].code).toBe('ERR_DELIVERING_ORG');
    const foreign = await otherManager.post(`/api/cases/${caseId}/interventions`, {
      dimension: 'JOB_SEARCH',
      interventionType: 'JS_WORKSHOPS',
      fundingType: 'EDMT',
      deliveryModel: 'EXTERNAL',
      deliveringOrganisation: 'Anyone',
      plannedStartDate: today,
      plannedEndDate: today,
      description: 'x',
    });
    expect(foreign.status).toBe(404);
    // A change that leaves the delivering organisation as saved is accepted; one that replaces it is refused.
    const changed = await manager.patch(`/api/cases/${caseId}/interventions/${iid}`, {
      deliveringOrganisationId: other.id,
      plannedEndDate: addDays(today, 61),
    });
    expect(changed.status).toBe(200);
    const replaced = await manager.patch(`/api/cases/${caseId}/interventions/${iid}`, {
      deliveringOrganisation: 'Someone else',
    });
    expect(replaced.status).toBe(422);
    expect(replaced.body.error).toBe('ERR_SHARE_IRREVERSIBLE');
  },
);

test(
  'R-DLV-05 R-DLV-03 sharing is irreversible: the delivering organisation is never replaced nor removed, in ' +
    'English and French, and once the intervention is deleted it still finds the client in its person search',
  async () => {
    const caseId = await caseInPlanManagement('JS_WORKSHOPS', {}, { lastName: 'Thibodeau' });
    const { individualId } = await orm.em.fork().findOneOrFail(Case, { id: caseId });
    const found = async () =>
      (await otherManager.get('/api/individuals?lastName=Thibodeau')).body.items.map((i: { id: number }) => i.id);
    expect(await found()).not.toContain(individualId);
    expect((await otherManager.get(`/api/individuals/${individualId}`)).status).toBe(404);

    const added = await manager.post(`/api/cases/${caseId}/interventions`, {
      dimension: 'JOB_SEARCH',
      interventionType: 'JS_WORKSHOPS',
      fundingType: 'EDMT',
      deliveryModel: 'EXTERNAL',
      deliveringOrganisationId: other.id,
      plannedStartDate: addDays(today, 5),
      plannedEndDate: addDays(today, 6),
      description: 'Job search workshop at HRDA',
    });
    expect(added.status).toBe(200);
    const iid = added.body.actionPlan.interventions.find(
      (i: { deliveryModel: string }) => i.deliveryModel === 'EXTERNAL',
    ).id;
    expect(await found()).toContain(individualId);
    // Only by the whole last name: a search by city lists no shared client.
    const byCity = (await otherManager.get('/api/individuals?city=Halifax')).body.items;
    expect(byCity.map((i: { id: number }) => i.id)).not.toContain(individualId);

    for (const change of [{ deliveringOrganisationId: org.id }, { deliveryModel: 'IN_HOUSE' }]) {
      const refused = await manager.patch(`/api/cases/${caseId}/interventions/${iid}`, change);
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({
        error: 'ERR_SHARE_IRREVERSIBLE',
        message:
          `This intervention is delivered by ${other.name}, with whom the client and the case are shared. Sharing ` +
          'cannot be undone, so its delivering organisation cannot be removed or replaced; add another ' +
          'intervention for another organisation.',
      });
    }
    const inFrench = await manager.patch(
      `/api/cases/${caseId}/interventions/${iid}`,
      { deliveringOrganisation: '' },
      { 'accept-language': 'fr-CA' },
    );
    expect(inFrench.body.message).toBe(
      `Cette intervention est offerte par ${other.name}, à qui le client et le cas ont été communiqués. Une ` +
        "communication ne peut pas être annulée : l'organisme prestataire ne peut être ni retiré ni remplacé; " +
        'ajoutez une autre intervention pour un autre organisme.',
    );
    const shown = (await manager.get(`/api/cases/${caseId}`)).body.actionPlan.interventions;
    expect(shown.find((i: { id: string }) => i.id === iid).deliveringOrganisation).toBe(other.name);

    // The seeds: "une fois que vous aurez communiqué ce client à l'organisme, vous ne pouvez plus changer d'idée".
    expect((await manager.del(`/api/cases/${caseId}/interventions/${iid}`)).status).toBe(200);
    expect(await found()).toContain(individualId);
    expect((await otherManager.get(`/api/individuals/${individualId}`)).body.lastName).toBe('Thibodeau');
  },
);

test(
  'R-ES-11 registrations and individual sessions count towards the activity report of their accountability ' +
    'reporting',
  async () => {
    const reporting = `R-${Date.now()} - EAS(LAE-ENS)`;
    const group = await newService({ accountabilityReporting: reporting });
    const individual = await newService({ accountabilityReporting: reporting, serviceFormat: 'INDIVIDUAL' });
    await add(group, { caseId: await newCase() });
    await add(group, { preRegistration: { firstName: 'Bobby', lastName: 'Brown' }, confirmPreRegister: true });
    const caseId = await newCase();
    await add(individual, { caseId, sessionDate: today });
    await add(individual, { caseId, sessionDate: today, sessionStatus: 'NOT_COMPLETED' });
    const report = (await manager.get('/api/services/activity-report')).body.items.find(
      (x: { accountabilityReporting: string }) => x.accountabilityReporting === reporting,
    );
    expect(report).toEqual({ accountabilityReporting: reporting, services: 2, registrations: 1, sessions: 2 });
  },
);
