// "Copy to New" and "Delete" on an enhanced service (seed 001, line 1797; spec 02 A2): a copy is a new Scheduled
// service with the same details on the dates asked for and no participants; a service is deleted only while nobody
// was ever entered on it (R-ES-11, R-ES-12), and only by its own organisation's enhanced-services role (R-ES-01).
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { createIndividual, createOrg, createUser, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let coordinator: Client;
let manager: Client;
let outsider: Client;
const today = businessDate(new Date());

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Truro Career Centre');
  const other = await createOrg(orm, 'Pictou Works');
  await Promise.all([
    createUser(orm, org, 'coordinator', ['ECM_ENHANCED_SERVICES']),
    createUser(orm, other, 'coordinator', ['ECM_ENHANCED_SERVICES']),
  ]);
  [coordinator, manager, outsider] = await Promise.all([
    signIn(org, 'coordinator'),
    signIn(org, 'manager'),
    signIn(other, 'coordinator'),
  ]);
});
afterAll(() => orm.close());

const SERVICE = {
  serviceFormat: 'GROUP',
  accountabilityReporting: '100922 - Oct 01, 2011 - Sep 30, 2012 - EAS(LAE-ENS)',
  name: 'Writing Your Resume',
  description: 'A resume that gets read.',
  serviceType: 'JS_WORKSHOPS',
  primaryAudience: 'Job seekers',
  startDate: addDays(today, 7),
  endDate: addDays(today, 7),
  startTime: '09:00',
  endTime: '12:00',
  minParticipants: 2,
  maxParticipants: 12,
  location: '35 Commercial Street, Truro',
  visibility: 'PUBLIC',
  additionalDetails: 'Bring a draft.',
};

async function newService(): Promise<number> {
  const res = await coordinator.post('/api/services', SERVICE);
  expect(res.status).toBe(201);
  return res.body.service.id;
}

test('Copy to New makes a Scheduled service with the same details on the new dates, without its participants', async () => {
  const id = await newService();
  const person = await createIndividual(orm, org);
  const caseId = (await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body.id;
  expect((await manager.post(`/api/services/${id}/participants`, { caseId })).status).toBe(201);
  await coordinator.patch(`/api/services/${id}`, { status: 'COMPLETED' });

  const later = addDays(today, 35);
  const copy = await coordinator.post(`/api/services/${id}/copy`, { startDate: later });
  expect(copy.status).toBe(201);
  expect(copy.headers.get('location')).toBe(`/api/services/${copy.body.service.id}`);
  expect(copy.body.service.id).not.toBe(id);
  const { startDate: _s, endDate: _e, minParticipants, maxParticipants, ...details } = SERVICE;
  expect(copy.body.service).toMatchObject({ ...details, startDate: later, endDate: later, status: 'SCHEDULED' });
  expect(copy.body.service.summary).toMatchObject({ enrolled: 0, minimum: minParticipants, maximum: maxParticipants });
  expect(copy.body.participants).toEqual([]);
  // The original keeps its participant and its status.
  const original = (await coordinator.get(`/api/services/${id}`)).body;
  expect([original.service.status, original.participants.length]).toEqual(['COMPLETED', 1]);
});

test('R-ES-01 a copy whose dates are out of order is refused beside the end date', async () => {
  const id = await newService();
  const res = await coordinator.post(`/api/services/${id}/copy`, {
    startDate: addDays(today, 20),
    endDate: addDays(today, 19),
  });
  expect(res.status).toBe(422);
  expect(res.body.violations[0]).toMatchObject({ field: 'endDate', code: 'ERR_DATE_ORDER' });
});

test('R-ES-11 R-ES-12 a service nobody was entered on is deleted; one with entries, even removed ones, is refused', async () => {
  const empty = await newService();
  expect(await coordinator.del(`/api/services/${empty}`)).toMatchObject({ status: 200, body: { deleted: empty } });
  expect((await coordinator.get(`/api/services/${empty}`)).status).toBe(404);

  const used = await newService();
  const added = await manager.post(`/api/services/${used}/participants`, {
    preRegistration: { firstName: 'Bobby', lastName: 'Brown' },
    confirmPreRegister: true,
  });
  expect(added.status).toBe(201);
  const entry = added.body.participants[0].id;
  expect(
    (await manager.patch(`/api/services/${used}/participants/${entry}`, { status: 'REMOVED', confirmed: true })).status,
  ).toBe(200);
  const refused = await coordinator.del(`/api/services/${used}`);
  expect(refused.status).toBe(422);
  expect(refused.body.message).toBe(
    'This enhanced service cannot be deleted: 1 participant entry is recorded on it, and it counts in the EAS ' +
      'activity report. Change its status to Cancelled instead.',
  );
  expect((await coordinator.get(`/api/services/${used}`)).status).toBe(200);
});

test("R-ES-01 R-ES-02 a case manager cannot copy or delete; another organisation's service is not found", async () => {
  const id = await newService();
  expect((await manager.del(`/api/services/${id}`)).status).toBe(403);
  expect((await manager.post(`/api/services/${id}/copy`, {})).status).toBe(403);
  const [theirs, missing] = await Promise.all([
    outsider.del(`/api/services/${id}`),
    outsider.del('/api/services/2000000000'),
  ]);
  expect([theirs.status, missing.status]).toEqual([404, 404]);
  expect(theirs.body).toEqual({ ...missing.body, message: missing.body.message.replace('2000000000', String(id)) });
  expect((await outsider.post(`/api/services/${id}/copy`, {})).status).toBe(404);
  expect((await coordinator.get(`/api/services/${id}`)).status).toBe(200);
});
