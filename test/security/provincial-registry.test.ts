// The provincial registry (security issue, item 3): it holds every organisation's shared clients, so a SIN typed in
// finds nobody, a match's details come only once the case manager confirms it is their client, a probe writes
// nothing, and only the organisation that serves a person changes their record, each change in registry_audit.
import { Individual, ProvincialPerson } from '../../db/entities.ts';
import { nextSin } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';
import { searchTokenOf } from '../support/people.ts';
import { twoOrganisations } from '../support/two-organisations.ts';

const the = twoOrganisations();
let hclnManager: Client;
let cbccManager: Client;

beforeAll(async () => {
  [hclnManager, cbccManager] = await Promise.all([signIn(the.hcln, 'manager'), signIn(the.cbcc, 'manager')]);
});

const person = (first: string, last: string, dateOfBirth: string, sin: string, line1: string) => ({
  firstName: first,
  lastName: last,
  gender: 'FEMALE',
  dateOfBirth,
  sin,
  phone: '(902) 555-0101',
  address: { line1, city: 'Halifax', province: 'NS', country: 'Canada', postalCode: 'B3J 1A1' },
  confirmNoDuplicate: true,
});

async function addIndividual(who: Client, body: ReturnType<typeof person>): Promise<number> {
  const created = await who.post('/api/individuals', { ...body, searchToken: await searchTokenOf(who) });
  expect(created.status).toBe(201);
  return created.body.id;
}

const share = (who: Client, id: number, body: Record<string, unknown> = {}) =>
  who.post(`/api/individuals/${id}/share`, { writtenConsentObtained: true, ...body });

/** An HCLN client shared with the government: the registry record HCLN's share made. */
async function hclnSharedClient(last: string, dateOfBirth: string) {
  const sin = nextSin();
  const id = await addIndividual(hclnManager, person('Marguerite', last, dateOfBirth, sin, '5 Secret Lane'));
  expect((await share(hclnManager, id, { confirmNewProvincialRecord: true })).status).toBe(200);
  const { provincialPersonId } = await the.orm.em.fork().findOneOrFail(Individual, { id });
  return { sin, individualId: id, recordId: provincialPersonId! };
}

const auditOf = (recordId: number) =>
  the.orm.em
    .fork()
    .execute<{ action: string; organisation_id: number; before: unknown; after: unknown }[]>(
      'select action, organisation_id, before, after from registry_audit where provincial_person_id = ? order by id',
      [recordId],
    );

test("a CBCC case manager who types an HCLN client's SIN learns nothing about the client", async () => {
  const { sin, recordId } = await hclnSharedClient('Boudreau', '1975-06-01');
  const probe = await addIndividual(cbccManager, person('Probe', 'Person', '2000-01-01', sin, '1 Probe St'));
  const asked = await share(cbccManager, probe);
  expect(asked.status).toBe(409);
  expect(asked.body.violations[0]).toMatchObject({ code: 'NO_PROVINCIAL_MATCH' });
  expect(asked.body.details.matches).toEqual([]);
  for (const secret of ['Boudreau', 'Marguerite', '1975-06-01', '5 Secret Lane'])
    expect(JSON.stringify(asked.body)).not.toContain(secret);
  // Naming the record itself does not reach it either.
  const picked = await share(cbccManager, probe, { selectedMatch: recordId, confirmSamePerson: true });
  expect(picked.status).toBe(422);
  expect(JSON.stringify(picked.body)).not.toContain('Boudreau');
});

test('probing the registry with a SIN creates no provincial record', async () => {
  const sin = nextSin();
  const probe = await addIndividual(cbccManager, person('Probe', 'Again', '2000-01-02', sin, '1 Probe St'));
  const asked = await share(cbccManager, probe);
  expect(asked.status).toBe(409);
  expect(await the.orm.em.fork().count(ProvincialPerson, { sin })).toBe(0);
  expect((await cbccManager.get(`/api/individuals/${probe}`)).body.sharedWithGovernment).toBe(false);
});

test(
  "a match's details are shown to CBCC only once its case manager confirms it is their client, and the showing " +
    'is audited',
  async () => {
    const { sin, recordId } = await hclnSharedClient('Comeau', '1981-09-09');
    // The client moved to CBCC, which knows their SIN and date of birth.
    const moved = await addIndividual(cbccManager, person('Margo', 'Smith', '1981-09-09', sin, '9 New Road'));
    const asked = await share(cbccManager, moved);
    expect(asked.status).toBe(409);
    expect(asked.body.details.matches).toEqual([{ id: recordId, matchedOn: ['SIN', 'DATE_OF_BIRTH'] }]);
    expect(JSON.stringify(asked.body)).not.toContain('Comeau');
    const picked = await share(cbccManager, moved, { selectedMatch: recordId });
    expect(picked.status).toBe(409);
    expect(picked.body.violations[0]).toMatchObject({ code: 'CONFIRM_SAME_PERSON' });
    expect(JSON.stringify(picked.body)).not.toContain('Comeau');
    expect(await auditOf(recordId)).toEqual([
      expect.objectContaining({ action: 'CREATED', organisation_id: the.hcln.id }),
    ]);
    const shown = await share(cbccManager, moved, { selectedMatch: recordId, confirmSamePerson: true });
    expect(shown.status).toBe(409);
    expect(shown.body.violations[0]).toMatchObject({ code: 'MERGE_REVIEW' });
    expect(shown.body.details.match).toMatchObject({
      id: recordId,
      provincial: { lastName: 'Comeau', addressLine1: '5 Secret Lane' },
      yours: { lastName: 'Smith', addressLine1: '9 New Road' },
      keepsProvincial: ['names', 'address'],
    });
    expect((await auditOf(recordId)).map((a) => [a.action, a.organisation_id])).toEqual([
      ['CREATED', the.hcln.id],
      ['DETAILS_SHOWN', the.cbcc.id],
    ]);
  },
);

test(
  "CBCC cannot overwrite the registry record of HCLN's " + 'client; HCLN, which serves the client, can, audited',
  async () => {
    const { sin, recordId } = await hclnSharedClient('Surette', '1966-03-03');
    const moved = await addIndividual(cbccManager, person('Marguerite', 'Surette', '1966-03-03', sin, 'YOURS Street'));
    const confirmed = { selectedMatch: recordId, confirmSamePerson: true };
    const yours = await share(cbccManager, moved, { ...confirmed, mergeSelections: { address: 'YOURS' } });
    expect(yours.status).toBe(422);
    expect(yours.body.violations[0]).toMatchObject({ code: 'REGISTRY_NOT_SERVED', field: 'mergeSelections.address' });
    expect((await the.orm.em.fork().findOneOrFail(ProvincialPerson, { id: recordId })).addressLine1).toBe(
      '5 Secret Lane',
    );
    const provincial = await share(cbccManager, moved, { ...confirmed, mergeSelections: { address: 'PROVINCIAL' } });
    expect(provincial.status).toBe(200);
    expect((await the.orm.em.fork().findOneOrFail(ProvincialPerson, { id: recordId })).addressLine1).toBe(
      '5 Secret Lane',
    );
    // HCLN, which created the record, shares a second record of the same client (no SIN) and keeps its new address.
    const again = await addIndividual(hclnManager, {
      ...person('Marguerite', 'Surette', '1966-03-03', sin, '7 Moved Avenue'),
      sin: undefined as unknown as string,
    });
    const merged = await share(hclnManager, again, { ...confirmed, mergeSelections: { address: 'YOURS' } });
    expect(merged.status).toBe(200);
    expect((await the.orm.em.fork().findOneOrFail(ProvincialPerson, { id: recordId })).addressLine1).toBe(
      '7 Moved Avenue',
    );
    const audit = await auditOf(recordId);
    expect(audit.map((a) => [a.action, a.organisation_id])).toEqual([
      ['CREATED', the.hcln.id],
      ['MERGED', the.cbcc.id],
      ['MERGED', the.hcln.id],
    ]);
    expect(audit[2]).toMatchObject({
      before: { addressLine1: '5 Secret Lane' },
      after: { addressLine1: '7 Moved Avenue' },
    });
  },
);
