// Case Details (spec 01 §4.12): the registration details entered when the case was opened are updated later, under
// the same rules as at opening; the update is told in the case's audit trail, and a closed case is not changed.
import { openOrm, type Orm } from '../../db/orm.ts';
import { createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';
import { openedCase } from '../support/case-walk.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm);
  manager = await signIn(org, 'manager');
});
afterAll(() => orm.close());

const newCase = () => openedCase(orm, org, manager);

test('spec 01 §4.12 updates the registration details of an open case and tells who changed what', async () => {
  const id = await newCase();
  const updated = await manager.put(`/api/cases/${id}/registration`, {
    registration: { ...REGISTRATION, correspondenceLanguage: 'FR', eiInLast36Months: true, eiClaimType: 'FISHING' },
  });
  expect(updated.status).toBe(200);
  expect(updated.body.registration).toMatchObject({ correspondenceLanguage: 'FR', eiClaimType: 'FISHING' });
  expect((await manager.get(`/api/cases/${id}`)).body.registration).toMatchObject({ correspondenceLanguage: 'FR' });

  const trail = await manager.get(`/api/cases/${id}/audit-trail`);
  expect(trail.body[0]).toMatchObject({
    actor: expect.any(String),
    events: [
      {
        type: 'registrationUpdated',
        changes: [
          {
            field: { en: 'Correspondence language', fr: 'Langue de correspondance' },
            from: { en: 'English', fr: 'Anglais' },
            to: { en: 'French', fr: 'Français' },
          },
          { field: { en: 'Employment Insurance in the last 36 months' }, from: { en: 'No' }, to: { en: 'Yes' } },
          { field: { en: 'Type of claim' }, from: null, to: { en: 'Fishing', fr: 'Pêche' } },
        ],
      },
    ],
  });

  // The same details again change nothing, and say so.
  const same = await manager.put(`/api/cases/${id}/registration`, { registration: updated.body.registration });
  expect(same.status).toBe(422);
  expect(same.body.message).toBe('Nothing to save: the registration details are the same as before.');
});

test('spec 01 §4.12 R-CASE-07 refuses invalid registration details, naming the field to fix', async () => {
  const id = await newCase();
  const badCode = await manager.put(`/api/cases/${id}/registration`, {
    registration: { ...REGISTRATION, correspondenceLanguage: 'DE' },
  });
  expect([400, 422]).toContain(badCode.status);
  expect(badCode.body.violations).toEqual(
    expect.arrayContaining([expect.objectContaining({ field: 'registration.correspondenceLanguage' })]),
  );
  const employed = await manager.put(`/api/cases/${id}/registration`, {
    registration: { ...REGISTRATION, employmentStatus: 'EMPLOYED', hourlyWage: 21 },
  });
  expect([400, 422]).toContain(employed.status);
  expect(employed.body.violations).toEqual([
    expect.objectContaining({
      field: 'registration.workHoursPerWeek',
      message: 'Enter the work hours per week of an employed client.',
    }),
  ]);
  expect((await manager.get(`/api/cases/${id}`)).body.registration).toEqual(REGISTRATION);
});

test('spec 01 §4.12 R-CLOSE-01 a closed case keeps its registration details; another organisation finds no case', async () => {
  const id = await newCase();
  const changed = { registration: { ...REGISTRATION, preferredContactMethod: 'EMAIL' } };
  const other = await signIn(await createOrg(orm), 'manager');
  expect((await other.put(`/api/cases/${id}/registration`, changed)).status).toBe(404);

  expect((await manager.post(`/api/cases/${id}/close`, { reason: 'ABANDONED', confirmed: true })).status).toBe(200);
  const refused = await manager.put(`/api/cases/${id}/registration`, changed);
  expect(refused.status).toBe(409);
  expect(refused.body.message).toBe('This case is closed and cannot be reopened or changed.');
  expect((await manager.get(`/api/cases/${id}`)).body.registration).toEqual(REGISTRATION);
});
