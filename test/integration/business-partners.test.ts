// Business Partners through the API (R-BP-01, R-INT-03): public ones kept by ENS and seen by all, private ones kept by
// and seen only in their organisation, and an External intervention delivered only by a partner the user can choose,
// which then heads their Recent list.
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { createOrg, createUser, type TestOrg } from '../support/fixtures.ts';
import { fundingCases } from '../support/funding-cases.ts';
import { bearerToken, signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let other: TestOrg;
let manager: Client;
let admin: Client;
let ens: Client;
let otherAdmin: Client;
let keeper: Client;
let token: string;
const today = businessDate(new Date());
const unique = `${Date.now()}`;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  [org, other] = await Promise.all([createOrg(orm, 'Partners Works'), createOrg(orm, `Other Partners ${unique}`)]);
  await createUser(orm, other, 'ens', ['ENS_AGREEMENT_MANAGER']);
  await createUser(orm, org, 'keeper', ['ECM_BUSINESS_PARTNER']);
  keeper = await signIn(org, 'keeper');
  [manager, admin, ens, otherAdmin] = await Promise.all([
    signIn(org, 'manager'),
    signIn(org, 'admin'),
    signIn(other, 'ens'),
    signIn(other, 'admin'),
  ]);
  token = await bearerToken(org, 'manager');
});
afterAll(() => orm.close());

const { fundedCase } = fundingCases(() => ({ orm, org, manager, token }));
const names = (body: { items: { name: string }[] }) => body.items.map((p) => p.name);
const external = (partner: Record<string, unknown>) => ({
  dimension: 'JOB_SEARCH',
  interventionType: 'JS_WORKSHOPS',
  fundingType: 'EDMT',
  deliveryModel: 'EXTERNAL',
  plannedStartDate: addDays(today, 1),
  plannedEndDate: addDays(today, 40),
  description: 'Job search workshops',
  ...partner,
});

test('R-BP-01 only ENS adds a public partner, seen by every organisation; a private one only by its own', async () => {
  const publicName = `Self-Employment Centre ${unique}`;
  const refused = await admin.post('/api/business-partners', { name: publicName, visibility: 'PUBLIC' });
  expect(refused.status).toBe(403);
  expect(refused.body.message).toBe(
    'Only Employment Nova Scotia keeps public Business Partners: add this one as Private to your organisation.',
  );
  const added = await ens.post('/api/business-partners', { name: publicName, city: 'Truro', visibility: 'PUBLIC' });
  expect(added.status).toBe(201);

  const privateName = `Private Trainer ${unique}`;
  const notKeeper = await manager.post('/api/business-partners', { name: privateName, visibility: 'PRIVATE' });
  expect(notKeeper.status).toBe(403);
  const mine = await admin.post('/api/business-partners', { name: privateName, visibility: 'PRIVATE' });
  expect(mine.status).toBe(201);
  // Seed 004, lines 258-264: the ECM Business Partner profile adds and changes its organisation's private partners.
  const kept = await keeper.put(`/api/business-partners/${mine.body.id}`, {
    name: privateName,
    city: 'Dartmouth',
    visibility: 'PRIVATE',
  });
  expect(kept.status).toBe(200);

  const seen = await manager.get(`/api/business-partners?name=${encodeURIComponent(unique)}`);
  expect(names(seen.body)).toEqual([`Other Partners ${unique}`, privateName, publicName]);
  // R-BP-01: each EAS organisation is a public partner, chosen by its id so the case is shared with it.
  expect(seen.body.items[0]).toMatchObject({ organisationId: other.id, visibility: 'PUBLIC' });
  const otherSees = await otherAdmin.get(`/api/business-partners?name=${encodeURIComponent(unique)}`);
  expect(names(otherSees.body)).toEqual([publicName]);

  // A private partner of another organisation cannot be changed, nor a public one by anyone but ENS.
  const foreign = await otherAdmin.put(`/api/business-partners/${mine.body.id}`, {
    name: 'Taken over',
    visibility: 'PRIVATE',
  });
  expect(foreign.status).toBe(404);
  const publicEdit = await admin.put(`/api/business-partners/${added.body.id}`, {
    name: 'Renamed',
    visibility: 'PUBLIC',
  });
  expect(publicEdit.status).toBe(403);
});

test('R-BP-01 a partner without a name is refused with what to fix, in English and French', async () => {
  const en = await admin.post('/api/business-partners', { name: ' ', visibility: 'PRIVATE' });
  expect(en.status).toBe(400);
  expect(en.body.message).toContain('This field is required.');
  const fr = await admin.post(
    '/api/business-partners',
    { name: ' ', visibility: 'SECRET' },
    { 'accept-language': 'fr-CA' },
  );
  expect(fr.status).toBe(400);
  expect(fr.body.message).toContain('Choisissez Public ou Privé.');
});

test('R-INT-03 an External intervention is delivered by a partner found by search, which heads the Recent list', async () => {
  // The funded case's intervention names Nova Scotia Community College, a public partner ENS keeps.
  const { caseId } = await fundedCase({ sign: false });
  const typed = await manager.post(`/api/cases/${caseId}/interventions`, external({ deliveringOrganisation: 'Bob' }));
  expect(typed.status).toBe(422);
  expect(typed.body.violations[0]).toMatchObject({ rule: 'R-INT-03', field: 'deliveringOrganisation' });
  expect(typed.body.message).toContain('"Bob" is not a Business Partner you can choose');

  const privateName = `Workshop House ${unique}`;
  await admin.post('/api/business-partners', { name: privateName, visibility: 'PRIVATE' });
  const chosen = await manager.post(
    `/api/cases/${caseId}/interventions`,
    external({ deliveringOrganisation: privateName }),
  );
  expect(chosen.status).toBe(200);
  const shared = await manager.post(
    `/api/cases/${caseId}/interventions`,
    external({ deliveringOrganisationId: other.id }),
  );
  expect(shared.status).toBe(200);

  const recent = await manager.get('/api/business-partners/recent');
  expect(names(recent.body).slice(0, 3)).toEqual([
    `Other Partners ${unique}`,
    privateName,
    'Nova Scotia Community College',
  ]);
  // Another organisation's user never sees this organisation's private partner, on any list.
  const otherRecent = await otherAdmin.get('/api/business-partners/recent');
  expect(names(otherRecent.body)).not.toContain(privateName);
});
