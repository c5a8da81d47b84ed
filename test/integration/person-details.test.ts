// A person's title, marital status, languages spoken and date of death (spec 01 §3.2), and their several addresses
// with one default (R-PER-17), as a case manager keeps them through the API; each change names its editor (R-UI-04).
import { openOrm, type Orm } from '../../db/orm.ts';
import { createOrg, nextSin, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';
import { searchTokenOf } from '../support/people.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let id: number;

const home = { line1: '12 Main St', city: 'Wolfville', province: 'NS', country: 'Canada', postalCode: 'B4P 1A1' };
const cottage = { line1: '4 Shore Rd', city: 'Digby', province: 'NS', country: 'Canada', postalCode: 'B0V 1A0' };

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Kings County Employment');
  manager = await signIn(org, 'manager');
  const created = await manager.post('/api/individuals', {
    firstName: 'Odette',
    lastName: 'Gaudet',
    title: 'MS',
    maritalStatus: 'MARRIED',
    languages: ['FRENCH', 'ENGLISH'],
    gender: 'FEMALE',
    dateOfBirth: '1961-06-02',
    sin: nextSin(),
    address: home,
    searchToken: await searchTokenOf(manager),
  });
  expect(created.status).toBe(201);
  id = created.body.id;
});
afterAll(() => orm.close());

const shown = (entries: { value: { line1: string }; isDefault: boolean }[]) =>
  entries.map((e) => (e.isDefault ? `${e.value.line1} (default)` : e.value.line1));

test('a person is added and changed with a title, a marital status and the languages they speak', async () => {
  const added = await manager.get(`/api/individuals/${id}`);
  expect(added.body).toMatchObject({ title: 'MS', maritalStatus: 'MARRIED', languages: ['ENGLISH', 'FRENCH'] });
  expect(added.body.dateOfDeath).toBeNull();
  const changed = await manager.patch(`/api/individuals/${id}`, {
    title: 'DR',
    maritalStatus: 'WIDOWED',
    languages: ['FRENCH', 'MIKMAQ'],
  });
  expect(changed.status).toBe(200);
  expect(changed.body).toMatchObject({ title: 'DR', maritalStatus: 'WIDOWED', languages: ['FRENCH', 'MIKMAQ'] });
  // R-UI-04: the editor and the fields, in the order the form shows them.
  expect(changed.body.changes[0]).toMatchObject({
    by: 'Tester, manager',
    fields: ['title', 'maritalStatus', 'languages'],
  });
  // Empty values clear them; a field left out stays.
  const cleared = await manager.patch(`/api/individuals/${id}`, { title: '', languages: [] });
  expect(cleared.body).toMatchObject({ title: null, maritalStatus: 'WIDOWED', languages: [] });
  const unknown = await manager.patch(`/api/individuals/${id}`, { maritalStatus: 'ENGAGED' });
  expect(unknown.status).toBe(400);
});

test('R-PER-09 a date of death is refused after today or before the date of birth, with the date to respect', async () => {
  const future = await manager.patch(`/api/individuals/${id}`, { dateOfDeath: '2099-01-01' });
  expect(future.status).toBe(400);
  expect(future.body.message).toMatch(/^Date of death: it cannot be after today \(\d{4}-\d{2}-\d{2}\)\.$/);
  expect(future.body.violations[0].field).toBe('dateOfDeath');
  const early = await manager.patch(
    `/api/individuals/${id}`,
    { dateOfDeath: '1960-01-01' },
    { 'accept-language': 'fr-CA' },
  );
  expect(early.status).toBe(400);
  expect(early.body.message).toBe(
    'Date de décès : elle ne peut pas être antérieure à la date de naissance (1961-06-02).',
  );
  // A date of birth moved after the date of death recorded is refused the same way.
  const recorded = await manager.patch(`/api/individuals/${id}`, { dateOfDeath: '2024-02-10' });
  expect(recorded.status).toBe(200);
  expect(recorded.body.dateOfDeath).toBe('2024-02-10');
  expect(recorded.body.changes[0].fields).toEqual(['dateOfDeath']);
  const reborn = await manager.patch(`/api/individuals/${id}`, { dateOfBirth: '2025-01-01' });
  expect(reborn.status).toBe(400);
  expect(reborn.body.message).toBe('Date of death: it cannot be before the date of birth (2025-01-01).');
  const undone = await manager.patch(`/api/individuals/${id}`, { dateOfDeath: '' });
  expect(undone.body.dateOfDeath).toBeNull();
});

test('R-PER-17 a second address made the default takes the old default’s place, which stays listed', async () => {
  const added = await manager.post(`/api/individuals/${id}/contacts`, { kind: 'ADDRESS', value: cottage });
  expect(added.status).toBe(201);
  expect(shown(added.body.addresses)).toEqual(['12 Main St (default)', '4 Shore Rd']);
  const chosen = await manager.post(`/api/individuals/${id}/contacts/default`, { kind: 'ADDRESS', value: cottage });
  expect(chosen.status).toBe(200);
  expect(shown(chosen.body.addresses)).toEqual(['4 Shore Rd (default)', '12 Main St']);
  // The default is the person's address everywhere: the details, and the search by city.
  expect(chosen.body.address).toEqual(cottage);
  const found = await manager.get('/api/individuals?city=Wolfville');
  expect(found.body.items.map((i: { id: number }) => i.id)).toContain(id);
  expect(chosen.body.changes[0]).toMatchObject({ by: 'Tester, manager', fields: ['address'] });
  // The same address twice is refused with what to fix.
  const twice = await manager.post(`/api/individuals/${id}/contacts`, { kind: 'ADDRESS', value: home });
  expect(twice.status).toBe(409);
  expect(twice.body.message).toBe(
    "12 Main St, Wolfville, NS B4P 1A1, Canada is already one of this person's address entries: enter another one.",
  );
});

test('R-PER-17 R-PER-14 the only address cannot be removed; a removed address goes to the address history', async () => {
  const removed = await manager.post(`/api/individuals/${id}/contacts/removal`, { kind: 'ADDRESS', value: cottage });
  expect(removed.status).toBe(200);
  expect(shown(removed.body.addresses)).toEqual(['12 Main St (default)']);
  expect(removed.body.addressHistory[0]).toMatchObject({ line1: '4 Shore Rd', city: 'Digby' });
  const only = await manager.post(`/api/individuals/${id}/contacts/removal`, { kind: 'ADDRESS', value: home });
  expect(only.status).toBe(409);
  expect(only.body.message).toBe(
    "12 Main St, Wolfville, NS B4P 1A1, Canada is this person's only address and a person keeps one: add another " +
      'address first, then remove this one.',
  );
  const french = await manager.post(
    `/api/individuals/${id}/contacts/removal`,
    { kind: 'ADDRESS', value: home },
    { 'accept-language': 'fr-CA' },
  );
  expect(french.body.message).toContain('est la seule adresse de cette personne');
  const incomplete = await manager.post(`/api/individuals/${id}/contacts`, {
    kind: 'ADDRESS',
    value: { line1: '1 Elm St' },
  });
  expect(incomplete.status).toBe(400);
});

test('R-PER-17 another organisation neither reads nor changes the person’s details and addresses', async () => {
  const elsewhere = await signIn(await createOrg(orm, 'Yarmouth Job Shop'), 'manager');
  expect((await elsewhere.get(`/api/individuals/${id}`)).status).toBe(404);
  expect((await elsewhere.patch(`/api/individuals/${id}`, { title: 'MR' })).status).toBe(404);
  const touched = await elsewhere.post(`/api/individuals/${id}/contacts`, { kind: 'ADDRESS', value: cottage });
  expect(touched.status).toBe(404);
  const search = await elsewhere.get('/api/individuals?city=Wolfville');
  expect(search.body.items.map((i: { id: number }) => i.id)).not.toContain(id);
});
