// A person's phones and emails as a case manager keeps them: several of each, one default (R-PER-17).
import { Individual, ProvincialPerson } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { createOrg, nextSin, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';
import { searchTokenOf } from '../support/people.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let id: number;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Annapolis Valley Works');
  manager = await signIn(org, 'manager');
  const created = await manager.post('/api/individuals', {
    firstName: 'Germaine',
    lastName: 'Thibodeau',
    gender: 'FEMALE',
    dateOfBirth: '1985-03-14',
    sin: nextSin(),
    phone: '(902) 555-0311',
    email: 'germaine@example.ca',
    address: { line1: '12 Main St', city: 'Wolfville', province: 'NS', postalCode: 'B4P 1A1' },
    searchToken: await searchTokenOf(manager),
  });
  id = created.body.id;
});
afterAll(() => orm.close());

const values = (entries: { value: string; isDefault: boolean }[]) =>
  entries.map((e) => (e.isDefault ? `${e.value} (default)` : e.value));

test('R-PER-17 the phone and email a person was added with are their defaults; more are added beside them', async () => {
  const shown = await manager.get(`/api/individuals/${id}`);
  expect(values(shown.body.phones)).toEqual(['(902) 555-0311 (default)']);
  expect(values(shown.body.emails)).toEqual(['germaine@example.ca (default)']);
  const added = await manager.post(`/api/individuals/${id}/contacts`, { kind: 'PHONE', value: '(902) 555-0999' });
  expect(added.status).toBe(201);
  expect(values(added.body.phones)).toEqual(['(902) 555-0311 (default)', '(902) 555-0999']);
  const email = await manager.post(`/api/individuals/${id}/contacts`, {
    kind: 'EMAIL',
    value: 'g.thibodeau@example.ca',
    makeDefault: true,
  });
  expect(values(email.body.emails)).toEqual(['g.thibodeau@example.ca (default)', 'germaine@example.ca']);
  expect(email.body.email).toBe('g.thibodeau@example.ca');
});

test('R-PER-17 a phone search finds the person by any of their phones', async () => {
  const byOther = await manager.get('/api/individuals?phone=555-0999');
  expect(byOther.body.items.map((i: { id: number }) => i.id)).toContain(id);
  const byDefault = await manager.get('/api/individuals?phone=555-0311');
  expect(byDefault.body.items.map((i: { id: number }) => i.id)).toContain(id);
  // Another organisation's search does not reach this person's phones.
  const elsewhere = await signIn(await createOrg(orm, 'Cape Breton Careers'), 'manager');
  const outside = await elsewhere.get('/api/individuals?phone=555-0999');
  expect(outside.body.items.map((i: { id: number }) => i.id)).not.toContain(id);
  const touched = await elsewhere.post(`/api/individuals/${id}/contacts`, { kind: 'PHONE', value: '1' });
  expect(touched.status).toBe(404);
});

test('R-PER-17 choosing another default swaps them; removing the default hands it to the next entry', async () => {
  const chosen = await manager.post(`/api/individuals/${id}/contacts/default`, {
    kind: 'PHONE',
    value: '(902) 555-0999',
  });
  expect(chosen.status).toBe(200);
  expect(values(chosen.body.phones)).toEqual(['(902) 555-0999 (default)', '(902) 555-0311']);
  expect(chosen.body.phone).toBe('(902) 555-0999');
  const removed = await manager.post(`/api/individuals/${id}/contacts/removal`, {
    kind: 'PHONE',
    value: '(902) 555-0999',
  });
  expect(values(removed.body.phones)).toEqual(['(902) 555-0311 (default)']);
  // The edit form clearing the default email: the other email becomes the default.
  const cleared = await manager.patch(`/api/individuals/${id}`, { email: '' });
  expect(values(cleared.body.emails)).toEqual(['germaine@example.ca (default)']);
});

test('R-PER-17 an entry the person already has, or a malformed email, is refused with what to fix', async () => {
  const twice = await manager.post(`/api/individuals/${id}/contacts`, { kind: 'PHONE', value: '(902) 555-0311' });
  expect(twice.status).toBe(409);
  expect(twice.body.message).toBe("(902) 555-0311 is already one of this person's phone entries: enter another one.");
  const french = await manager.post(
    `/api/individuals/${id}/contacts`,
    { kind: 'PHONE', value: '(902) 555-0311' },
    { 'accept-language': 'fr-CA' },
  );
  expect(french.body.message).toBe(
    '(902) 555-0311 figure déjà parmi les entrées « Téléphone » de cette personne : saisissez-en une autre.',
  );
  const bad = await manager.post(`/api/individuals/${id}/contacts`, { kind: 'EMAIL', value: 'not-an-email' });
  expect(bad.status).toBe(400);
  expect(bad.body.message).toContain('Enter a valid email address.');
  const missing = await manager.post(`/api/individuals/${id}/contacts/removal`, { kind: 'PHONE', value: '999' });
  expect(missing.status).toBe(404);
});

test('R-PER-17 R-PER-12 a person ENS holds keeps their phones and emails: a change is refused', async () => {
  const em = orm.em.fork();
  const record = em.create(ProvincialPerson, {
    firstName: 'Germaine',
    lastName: 'Thibodeau',
    firstNameSoundex: 'G655',
    lastNameSoundex: 'T131',
    gender: 'FEMALE',
    dateOfBirth: '1985-03-14',
    addressLine1: '12 Main St',
    city: 'Wolfville',
    province: 'NS',
    country: 'Canada',
    postalCode: 'B4P 1A1',
    hasEnsFundingAgreement: true,
  });
  await em.flush();
  await em.nativeUpdate(Individual, { id }, { sharedWithGovernment: true, provincialPersonId: record.id });
  const refused = await manager.post(`/api/individuals/${id}/contacts`, { kind: 'PHONE', value: '(902) 555-4444' });
  expect(refused.status).toBe(409);
  expect(refused.body.message).toContain('send ENS a change request');
  const shown = await manager.get(`/api/individuals/${id}`);
  expect(shown.body.phones.map((e: { value: string }) => e.value)).toEqual(['(902) 555-0311']);
});
