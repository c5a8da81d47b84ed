// Individuals as a case manager meets them: search, add with the duplicate check, update, aliases, sharing.
import { openOrm, type Orm } from '../../db/orm.ts';
import { businessDate, addDays } from '../../domain/dates.ts';
import { latestBirthDateForAge } from '../../domain/person-search.ts';
import { createOrg, nextSin, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';
import { searchTokenOf } from '../support/people.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let searchToken: string;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'South Shore Employment');
  manager = await signIn(org, 'manager');
  searchToken = await searchTokenOf(manager);
});
afterAll(() => orm.close());

const person = (over: Record<string, unknown> = {}) => ({
  firstName: 'Robert',
  lastName: 'Doucette',
  gender: 'MALE',
  dateOfBirth: '1979-11-02',
  sin: nextSin(),
  phone: '(902) 555-0142',
  address: { line1: '88 Portland St', city: 'Dartmouth', province: 'NS', postalCode: 'B2Y 1H7' },
  searchToken,
  ...over,
});

test(
  'R-PER-10 R-PER-02 adding an individual: a 6-digit id, a private client, then found by a Soundex search ' +
    'with the same first letter',
  async () => {
    const created = await manager.post('/api/individuals', person());
    expect(created.status).toBe(201);
    expect(String(created.body.id)).toMatch(/^\d{6}$/);
    expect(created.body).toMatchObject({ privateClient: true, sharedWithGovernment: false, canOpenCase: false });
    const found = await manager.get('/api/individuals?lastName=Doucet');
    expect(found.body.items.map((i: { id: number }) => i.id)).toContain(created.body.id);
    const otherLetter = await manager.get('/api/individuals?lastName=Toucette');
    expect(otherLetter.body.items.map((i: { id: number }) => i.id)).not.toContain(created.body.id);
  },
);

test(
  'R-PER-08 R-PER-10 the duplicate check lists possible ' + 'matches before a second Robert Doucette is added',
  async () => {
    const again = await manager.post('/api/individuals', person({ sin: nextSin() }));
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('POSSIBLE_DUPLICATES');
    expect(again.body.details.matches[0]).toMatchObject({ name: 'Doucette, Robert', dateOfBirth: '1979-11-02' });
    const confirmed = await manager.post('/api/individuals', person({ sin: nextSin(), confirmNoDuplicate: true }));
    expect(confirmed.status).toBe(201);
    // Without a SIN, the names alone.
    const noSin = await manager.post('/api/individuals', person({ sin: undefined }));
    expect(noSin.status).toBe(409);
    expect(noSin.body.details.matches.map((m: { id: number }) => m.id)).toContain(confirmed.body.id);
    // Another name with the same SIN is listed too.
    const sameSin = await manager.post(
      '/api/individuals',
      person({ firstName: 'Yvon', lastName: 'Theriault', sin: confirmed.body.sin }),
    );
    expect(sameSin.status).toBe(409);
    expect(sameSin.body.details.matches.map((m: { id: number }) => m.id)).toEqual([confirmed.body.id]);
    expect(sameSin.body.violations).toEqual([expect.objectContaining({ rule: 'R-PER-08', kind: 'question' })]);
    // Confirming does not add a second individual with that SIN: it is the same person.
    const sinTaken = await manager.post(
      '/api/individuals',
      person({ firstName: 'Yvon', lastName: 'Theriault', sin: confirmed.body.sin, confirmNoDuplicate: true }),
    );
    expect(sinTaken.status).toBe(409);
    expect(sinTaken.body.error).toBe('SIN_IN_USE');
    expect(sinTaken.body.message).toContain(`Individual ${confirmed.body.id} already has this social insurance number`);
  },
);

test(
  'R-PER-07 a person is added only after a search in the same session: without its token the API refuses, in ' +
    'English and French, and adds no one',
  async () => {
    const body = person({ firstName: 'Nosearch', lastName: 'Gaudet', confirmNoDuplicate: true });
    const message =
      'Search for the person before adding them: they may already be in your registry. Send the searchToken that ' +
      'your search answered with.';
    const { searchToken: _searched, ...unsearched } = body;
    const refused = await manager.post('/api/individuals', unsearched);
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ error: 'SEARCH_FIRST', message });
    expect(refused.body.violations).toEqual([expect.objectContaining({ rule: 'R-PER-07', field: 'searchToken' })]);
    const inFrench = await manager.post('/api/individuals', unsearched, { 'accept-language': 'fr-CA' });
    expect(inFrench.body.message).toBe(
      "Cherchez la personne avant de l'ajouter : elle est peut-être déjà dans votre registre. Envoyez le " +
        'searchToken que votre recherche a renvoyé.',
    );
    // Another session's search vouches for nothing here.
    const colleague = await signIn(org, 'manager2');
    expect((await colleague.post('/api/individuals', body)).body.error).toBe('SEARCH_FIRST');
    expect((await manager.get('/api/individuals?lastName=Gaudet')).body.items).toEqual([]);
    expect((await manager.post('/api/individuals', body)).status).toBe(201);
  },
);

test(
  'R-PER-09 a date of birth in the future and a SIN with ' + 'a wrong check digit are refused with what to fix',
  async () => {
    const tomorrow = addDays(businessDate(new Date()), 1);
    const future = await manager.post(
      '/api/individuals',
      person({ firstName: 'Zed', lastName: 'Zwicker', dateOfBirth: tomorrow, confirmNoDuplicate: true }),
    );
    expect(future.status).toBe(400);
    expect(future.body.message).toContain(`cannot be after today`);
    const badSin = await manager.post(
      '/api/individuals',
      person({ firstName: 'Zed', lastName: 'Zwicker', sin: '123456789', confirmNoDuplicate: true }),
    );
    expect(badSin.status).toBe(400);
    expect(badSin.body.message).toContain('check digit');
    const missing = await manager.post('/api/individuals', { firstName: 'Zed' });
    expect(missing.status).toBe(400);
    expect(missing.body.violations.map((f: { field: string }) => f.field)).toEqual(
      expect.arrayContaining(['lastName', 'gender', 'dateOfBirth', 'address']),
    );
  },
);

test(
  'R-PER-13 R-PER-14 R-PER-02 a new name keeps the old one as an alias that search still finds; a new address ' +
    'goes to history',
  async () => {
    const created = await manager.post(
      '/api/individuals',
      person({ firstName: 'Marie', lastName: 'Arsenault', dateOfBirth: '1991-05-05', confirmNoDuplicate: true }),
    );
    const id = created.body.id;
    const changed = await manager.patch(`/api/individuals/${id}`, {
      lastName: 'LeBlanc',
      address: { line1: '5 Main St', city: 'Truro', province: 'NS', postalCode: 'B2N 4G9' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.lastName).toBe('LeBlanc');
    expect(changed.body.aliases).toEqual([
      expect.objectContaining({ firstName: 'Marie', lastName: 'Arsenault', source: 'AUTO_NAME_CHANGE' }),
    ]);
    expect(changed.body.addressHistory).toEqual([
      expect.objectContaining({ line1: '88 Portland St', city: 'Dartmouth' }),
    ]);
    const byOldName = await manager.get('/api/individuals?lastName=Arsenault&firstName=Marie');
    expect(byOldName.body.items.map((i: { id: number }) => i.id)).toContain(id);
  },
);

test(
  'R-PER-15 a manual alias is searchable; R-PER-03 ' + 'partial address and city match, SIN matches exactly',
  async () => {
    const created = await manager.post(
      '/api/individuals',
      person({ firstName: 'Kevin', lastName: 'MacDonald', dateOfBirth: '2001-01-19', confirmNoDuplicate: true }),
    );
    const id = created.body.id;
    await manager.post(`/api/individuals/${id}/aliases`, { firstName: 'Kev', lastName: 'McDonald' });
    expect(
      (await manager.get('/api/individuals?lastName=McDonald')).body.items.map((i: { id: number }) => i.id),
    ).toContain(id);
    expect((await manager.get('/api/individuals?city=artmou')).body.items.map((i: { id: number }) => i.id)).toContain(
      id,
    );
    const sin = created.body.sin as string;
    expect((await manager.get(`/api/individuals?sin=${sin}`)).body.items.map((i: { id: number }) => i.id)).toEqual([
      id,
    ]);
    expect((await manager.get(`/api/individuals?sin=${sin.slice(0, 6)}`)).body.items).toEqual([]);
  },
);

test('R-PER-02 R-PER-15 a search on both names matches each one on the individual or on any alias', async () => {
  const created = await manager.post(
    '/api/individuals',
    person({ firstName: 'Marie', lastName: 'Gallant', dateOfBirth: '1985-03-14', confirmNoDuplicate: true }),
  );
  const id = created.body.id;
  await manager.post(`/api/individuals/${id}/aliases`, { firstName: 'Josée', lastName: 'Poirier' });
  const ids = async (q: string) =>
    (await manager.get(`/api/individuals?${q}`)).body.items.map((i: { id: number }) => i.id);
  expect(await ids('lastName=Gallant&firstName=Marie')).toContain(id); // own names
  expect(await ids('lastName=Poirier&firstName=Josee')).toContain(id); // the alias
  expect(await ids('lastName=Poirier&firstName=Mary')).toContain(id); // alias last name, own first name (Soundex M600)
  expect(await ids('lastName=Galant&firstName=Josie')).toContain(id); // own last name, alias first name
  expect(await ids('lastName=Poirier&firstName=Zoe')).not.toContain(id);
  expect(await ids('lastName=Boudreau&firstName=Josee')).not.toContain(id);
});

test('R-PER-04 age range is inclusive on both bounds', async () => {
  const dob = latestBirthDateForAge(businessDate(new Date()), 40); // 40 today, a real date even on February 29
  const created = await manager.post(
    '/api/individuals',
    person({ firstName: 'Age', lastName: 'Boundary', dateOfBirth: dob, confirmNoDuplicate: true }),
  );
  const ids = async (q: string) =>
    (await manager.get(`/api/individuals?lastName=Boundary&${q}`)).body.items.map((i: { id: number }) => i.id);
  expect(await ids('ageFrom=40&ageTo=40')).toContain(created.body.id);
  expect(await ids('ageFrom=41')).not.toContain(created.body.id);
  expect(await ids('ageTo=39')).not.toContain(created.body.id);
});

test('R-PER-06 R-UI-06 another organisation neither finds nor opens this organisation’s individuals', async () => {
  const created = await manager.post(
    '/api/individuals',
    person({ firstName: 'Private', lastName: 'Person', confirmNoDuplicate: true }),
  );
  const other = await signIn(await createOrg(orm, 'Elsewhere'), 'manager');
  expect((await other.get('/api/individuals?lastName=Person')).body.items).toEqual([]);
  expect((await other.get(`/api/individuals/${created.body.id}`)).status).toBe(404);
});

test('R-PER-18 R-PER-22 sharing needs written consent; once shared with a SIN, a case can be opened', async () => {
  const created = await manager.post(
    '/api/individuals',
    person({ firstName: 'Share', lastName: 'Consent', confirmNoDuplicate: true }),
  );
  const id = created.body.id;
  const noConsent = await manager.post(`/api/individuals/${id}/share`, {});
  expect(noConsent.status).toBe(400);
  expect(noConsent.body.message).toContain('Written consent must be confirmed before sharing');
  const asked = await manager.post(`/api/individuals/${id}/share`, { writtenConsentObtained: true });
  expect(asked.body.error).toBe('NO_PROVINCIAL_MATCH');
  const shared = await manager.post(`/api/individuals/${id}/share`, {
    writtenConsentObtained: true,
    confirmNewProvincialRecord: true,
  });
  expect(shared.body).toMatchObject({ sharedWithGovernment: true, privateClient: false, canOpenCase: true });
});

test('R-PER-01 a search needs at least one criterion', async () => {
  const res = await manager.get('/api/individuals');
  expect(res.status).toBe(400);
  expect(res.body.message).toContain('Enter at least one search criterion');
});

test(
  'R-PER-16 R-NOTIF-03 R-NOTIF-05 a change by someone else notifies the case manager, who dismisses it; ' +
    'system notifications stay',
  async () => {
    const created = await manager.post(
      '/api/individuals',
      person({ firstName: 'Notice', lastName: 'Me', confirmNoDuplicate: true }),
    );
    const id = created.body.id;
    await manager.post(`/api/individuals/${id}/share`, {
      writtenConsentObtained: true,
      confirmNewProvincialRecord: true,
    });
    const opened = await manager.post('/api/cases', { individualId: id, registration: REGISTRATION });
    const caseId = opened.body.id;
    await manager.patch(`/api/individuals/${id}`, { phone: '(902) 555-0000' }); // by the case manager: no notification
    expect((await manager.get(`/api/cases/${caseId}`)).body.notifications).toEqual([]);
    const colleague = await signIn(org, 'manager2');
    await colleague.patch(`/api/individuals/${id}`, { phone: '(902) 555-0001' });
    const [note] = (await manager.get(`/api/cases/${caseId}`)).body.notifications;
    expect(note).toMatchObject({ kind: 'INFO', message: 'The details of Notice Me were changed by Tester, manager2.' });
    expect((await manager.del(`/api/cases/${caseId}/notifications/${encodeURIComponent(note.key)}`)).status).toBe(204);
    expect((await manager.get(`/api/cases/${caseId}`)).body.notifications).toEqual([]);
  },
);

describe('sharing with the provincial registry (R-PER-19..21, R-PER-12)', () => {
  const provincial = async (over: Record<string, unknown> = {}) => {
    const { ProvincialPerson } = await import('../../db/entities.ts');
    const { soundex } = await import('../../domain/people.ts');
    const em = orm.em.fork();
    const data = {
      firstName: 'Gabriel',
      lastName: 'Comeau',
      gender: 'MALE',
      dateOfBirth: '1988-02-14',
      sin: null,
      addressLine1: '1 Provincial Way',
      city: 'Yarmouth',
      province: 'NS',
      country: 'Canada',
      postalCode: 'B5A 1A1',
      phone: '(902) 555-7777',
      email: null,
      hasEnsFundingAgreement: false,
      ...over,
    } as const;
    const record = em.create(ProvincialPerson, {
      ...data,
      firstNameSoundex: soundex(data.firstName),
      lastNameSoundex: soundex(data.lastName),
    });
    await em.flush();
    return record;
  };
  const local = (first: string, last: string, dob: string) =>
    manager.post(
      '/api/individuals',
      person({ firstName: first, lastName: last, dateOfBirth: dob, confirmNoDuplicate: true }),
    );

  test(
    'R-PER-19 with no provincial match the individual is ' + 'shared, and a provincial record created, once confirmed',
    async () => {
      const created = await local('Unique', 'Nomatch', '1970-01-01');
      const asked = await manager.post(`/api/individuals/${created.body.id}/share`, { writtenConsentObtained: true });
      expect(asked.status).toBe(409);
      expect(asked.body.error).toBe('NO_PROVINCIAL_MATCH');
      const shared = await manager.post(`/api/individuals/${created.body.id}/share`, {
        writtenConsentObtained: true,
        confirmNewProvincialRecord: true,
      });
      expect(shared.status).toBe(200);
      expect(shared.body.sharedWithGovernment).toBe(true);
    },
  );

  test(
    'R-PER-19 R-PER-20 with matches the user picks one and keeps, per group, the record whose values are ' + 'right',
    async () => {
      // This organisation made the record, so it may keep its own values in it.
      const record = await provincial({
        firstName: 'Gabriele',
        lastName: 'Comeau',
        dateOfBirth: '1988-02-15',
        gender: 'FEMALE',
        createdByOrganisationId: org.id,
      });
      const created = await local('Gabrielle', 'Comeau', '1988-02-15');
      const id = created.body.id;
      const asked = await manager.post(`/api/individuals/${id}/share`, { writtenConsentObtained: true });
      expect(asked.status).toBe(409);
      expect(asked.body).toMatchObject({ error: 'PROVINCIAL_MATCHES', violations: [{ kind: 'question' }] });
      expect(asked.body.details.matches).toEqual([
        { id: record.id, matchedOn: ['LAST_NAME', 'FIRST_NAME', 'DATE_OF_BIRTH'] },
      ]);
      const wrongPick = await manager.post(`/api/individuals/${id}/share`, {
        writtenConsentObtained: true,
        selectedMatch: 999999,
      });
      expect(wrongPick.status).toBe(422);
      expect(wrongPick.body).toMatchObject({ error: 'R-PER-19', violations: [{ field: 'selectedMatch' }] });
      const merged = await manager.post(`/api/individuals/${id}/share`, {
        writtenConsentObtained: true,
        selectedMatch: record.id,
        confirmSamePerson: true,
        mergeSelections: { names: 'PROVINCIAL', address: 'YOURS', phone: 'PROVINCIAL' },
      });
      expect(merged.status).toBe(200);
      expect(merged.body).toMatchObject({
        firstName: 'Gabriele',
        gender: 'FEMALE',
        phone: '(902) 555-7777',
        address: { line1: '88 Portland St' },
        sharedWithGovernment: true,
      });
    },
  );

  test(
    'R-PER-21 R-PER-12 an ENS-funded provincial person keeps its values, and the shared client is then ENS’s ' +
      'to change',
    async () => {
      const record = await provincial({
        firstName: 'Yvon',
        lastName: 'Surette',
        dateOfBirth: '1966-09-09',
        hasEnsFundingAgreement: true,
      });
      const created = await local('Yvon', 'Surette', '1966-09-09');
      const id = created.body.id;
      const mine = await manager.post(`/api/individuals/${id}/share`, {
        writtenConsentObtained: true,
        selectedMatch: record.id,
        confirmSamePerson: true,
        mergeSelections: { address: 'YOURS' },
      });
      expect(mine.status).toBe(422);
      expect(mine.body.error).toBe('R-PER-21');
      const theirs = await manager.post(`/api/individuals/${id}/share`, {
        writtenConsentObtained: true,
        selectedMatch: record.id,
        confirmSamePerson: true,
        mergeSelections: { names: 'PROVINCIAL', address: 'PROVINCIAL', phone: 'PROVINCIAL', email: 'PROVINCIAL' },
      });
      expect(theirs.status).toBe(200);
      expect(theirs.body.address.line1).toBe('1 Provincial Way');
      const change = await manager.patch(`/api/individuals/${id}`, { phone: '(902) 555-1111' });
      expect(change.status).toBe(409);
      expect(change.body).toMatchObject({ error: 'R-PER-12', violations: [{ rule: 'R-PER-12' }] });
      expect(change.body.message).toContain('send ENS a change request');
      expect((await manager.get(`/api/individuals/${id}`)).body.phone).toBe('(902) 555-7777');
    },
  );

  test('Q-05 "none of these" creates a new provincial record only once confirmed', async () => {
    await provincial({ firstName: 'Lise', lastName: 'Muise', dateOfBirth: '1990-03-03' });
    const created = await local('Lise', 'Muise', '1990-03-03');
    const id = created.body.id;
    expect(
      (await manager.post(`/api/individuals/${id}/share`, { writtenConsentObtained: true, selectedMatch: 'NONE' }))
        .status,
    ).toBe(422);
    const ok = await manager.post(`/api/individuals/${id}/share`, {
      writtenConsentObtained: true,
      selectedMatch: 'NONE',
      confirmNewProvincialRecord: true,
    });
    expect(ok.body.sharedWithGovernment).toBe(true);
  });
});
