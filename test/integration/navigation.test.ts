// Getting around (seed 001, the user's home page): "Display an Agreement/Case" by its number, scoped to the caller's
// organisation so another organisation's number answers exactly as one nobody has; the Recent lists, kept in
// PostgreSQL per user, so a second API instance shows the same; and the organisation's agreements (R-UI-05).
import { FundingPackage } from '../../db/entities.ts';
import { startApiInstance, type ApiInstance } from '../support/api-instance.ts';
import { createIndividual, hclnAndCbcc, REGISTRATION, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { request, sessionTokenOf, signIn, type Client } from '../support/http.ts';
import { twoOrganisations } from '../support/two-organisations.ts';

const the = twoOrganisations();
let second: ApiInstance;
beforeAll(async () => {
  second = await startApiInstance(the.orm, {});
});
afterAll(() => second?.stop());

/** A session cookie of `who`, for reads with headers of the test's own (language, another API instance). */
async function sessionCookie(org: TestOrg, who: string) {
  const res = await request('POST', '/api/session', {
    body: { organisationCode: org.code, loginId: who, password: TEST_PASSWORD, acceptTerms: true },
  });
  return `pathway_session=${sessionTokenOf(res)}`;
}

/** A case of `org`'s with an agreement numbered from the case, as the funding system gives one. */
async function caseWithAgreement(org: TestOrg, manager: Client, lastName: string, status = 'APPLICATION') {
  const person = await createIndividual(the.orm, org, { firstName: 'Rita', lastName });
  const caseId = (await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body.id;
  const agreementId = 700_000_000 + caseId;
  const em = the.orm.em.fork();
  em.create(FundingPackage, {
    caseId,
    interventionId: 'intervention-1',
    programCode: 'SDIA',
    state: 'SUBMITTED',
    workflowId: `funding-navigation-${caseId}`,
    snapshot: {
      state: 'SUBMITTED',
      programCode: 'SDIA',
      interventionStart: '2027-01-04',
      interventionEnd: '2027-03-26',
      submissions: [],
      changeRequest: null,
      agreement: {
        agreementId,
        program: 'SDA(LAE-ENS)',
        status,
        statusDate: '2026-12-01',
        agreementManager: 'ENS Intake',
        closedReason: null,
      },
    },
    agreementId,
  });
  await em.flush();
  return { person, caseId, agreementId };
}

test('Display an Agreement/Case: my case number lands on the case, my agreement number on the agreement', async () => {
  const manager = await signIn(the.hcln, 'manager');
  const { caseId, agreementId } = await caseWithAgreement(the.hcln, manager, 'Display');
  const byCase = await manager.get(`/api/agreement-or-case/${caseId}`);
  const byAgreement = await manager.get(`/api/agreement-or-case/${agreementId}`);
  expect([byCase.status, byCase.body]).toEqual([200, { matches: [{ kind: 'CASE', caseId }] }]);
  expect([byAgreement.status, byAgreement.body]).toEqual([200, { matches: [{ kind: 'AGREEMENT', agreementId }] }]);
});

test("Display an Agreement/Case: another organisation's case or agreement is not found, as a number nobody has", async () => {
  const owner = await signIn(the.hcln, 'manager');
  const { caseId, agreementId } = await caseWithAgreement(the.hcln, owner, 'Elsewhere');
  const outsider = await signIn(the.cbcc, 'manager');
  const missing = 2_000_000_000;
  const answers = await Promise.all(
    [caseId, agreementId, missing].map((n) => outsider.get(`/api/agreement-or-case/${n}`)),
  );
  expect(answers.map((a) => a.status)).toEqual([404, 404, 404]);
  const [theirCase, theirAgreement, nobodys] = answers.map((a) => a.body);
  for (const [theirs, n] of [
    [theirCase, caseId],
    [theirAgreement, agreementId],
  ] as const)
    expect(theirs).toEqual({ ...nobodys, message: nobodys.message.replace(String(missing), String(n)) });
  expect(theirCase.message).toBe(`Agreement or case ${caseId} was not found.`);
  const french = await request('GET', `/api/agreement-or-case/${agreementId}`, {
    headers: { cookie: await sessionCookie(the.cbcc, 'manager'), 'accept-language': 'fr' },
  });
  expect([french.status, french.body.message]).toEqual([404, `L'entente ou le cas ${agreementId} est introuvable.`]);
});

test('Display an Agreement/Case: letters are refused with what to send; a number past any record is not found', async () => {
  const manager = await signIn(the.hcln, 'manager');
  const letters = await manager.get('/api/agreement-or-case/abc');
  expect(letters.status).toBe(400);
  expect(letters.body.message).toContain('expects a positive whole number');
  const huge = await manager.get('/api/agreement-or-case/99999999999');
  expect([huge.status, huge.body.message]).toEqual([404, 'Agreement or case 99999999999 was not found.']);
});

test('Recent lists: the agreements, cases and persons I open, newest first, the same on another API instance', async () => {
  const manager = await signIn(the.hcln, 'manager');
  const first = await caseWithAgreement(the.hcln, manager, 'Recentone');
  const next = await caseWithAgreement(the.hcln, manager, 'Recenttwo');
  for (const path of [
    `/api/cases/${first.caseId}`,
    `/api/individuals/${first.person.id}`,
    `/api/agreements/${next.agreementId}`,
    `/api/cases/${next.caseId}`,
    `/api/individuals/${next.person.id}`,
    `/api/cases/${first.caseId}`,
  ])
    expect((await manager.get(path)).status).toBe(200);
  const mine = await manager.get('/api/recent');
  expect(mine.status).toBe(200);
  expect(mine.body.agreementsAndCases.slice(0, 3)).toEqual([
    expect.objectContaining({ kind: 'CASE', caseId: first.caseId, personName: 'Recentone, Rita', status: 'INTAKE' }),
    expect.objectContaining({ kind: 'CASE', caseId: next.caseId, personName: 'Recenttwo, Rita' }),
    expect.objectContaining({ kind: 'AGREEMENT', agreementId: next.agreementId, caseId: next.caseId }),
  ]);
  expect(mine.body.persons.slice(0, 2).map((p: { name: string }) => p.name)).toEqual([
    'Recenttwo, Rita',
    'Recentone, Rita',
  ]);
  // Another API process reads the same lists: nothing is kept in a process's memory.
  const onSecond = await request('GET', '/api/recent', {
    base: second.url,
    headers: { cookie: await sessionCookie(the.hcln, 'manager') },
  });
  expect(onSecond.body).toEqual(mine.body);
  // A colleague's lists are their own; another organisation's user sees nothing of HCLN's.
  const colleague = await (await signIn(the.hcln, 'manager2')).get('/api/recent');
  const outsider = await (await signIn(the.cbcc, 'manager')).get('/api/recent');
  for (const other of [colleague.body, outsider.body]) expect(JSON.stringify(other)).not.toMatch(/Recentone|Recenttwo/);
});

test("R-UI-05 the organisation's agreements: only its own, paged and sorted by column, or only those in force", async () => {
  const [org] = await hclnAndCbcc(the.orm);
  const manager = await signIn(org, 'manager');
  const made = [];
  for (const [name, status] of [
    ['Arsenault', 'ACTIVE'],
    ['Boudreau', 'CLOSED'],
    ['Comeau', 'APPLICATION'],
  ] as const)
    made.push(await caseWithAgreement(org, manager, name, status));
  await caseWithAgreement(the.cbcc, await signIn(the.cbcc, 'manager'), 'Outsider');

  const first = await manager.get('/api/organisation/agreements?sort=person&dir=asc&pageSize=2');
  expect(first.status).toBe(200);
  expect(first.body).toMatchObject({ page: 1, pageSize: 2, total: 3 });
  expect(first.body.items).toEqual([
    {
      agreementId: made[0].agreementId,
      caseId: made[0].caseId,
      person: 'Arsenault, Rita',
      program: 'SDA(LAE-ENS)',
      status: 'ACTIVE',
      statusDate: '2026-12-01',
    },
    expect.objectContaining({ person: 'Boudreau, Rita', status: 'CLOSED' }),
  ]);
  const last = await manager.get('/api/organisation/agreements?sort=person&dir=asc&pageSize=2&page=2');
  expect(last.body.items.map((a: { person: string }) => a.person)).toEqual(['Comeau, Rita']);
  const newest = await manager.get('/api/organisation/agreements');
  expect(newest.body.items.map((a: { agreementId: number }) => a.agreementId)).toEqual(
    made.map((m) => m.agreementId).reverse(),
  );
  const inForce = await manager.get('/api/organisation/agreements?inForce=true&sort=person&dir=asc');
  expect(inForce.body.items.map((a: { person: string }) => a.person)).toEqual(['Arsenault, Rita', 'Comeau, Rita']);
  const wrong = await manager.get('/api/organisation/agreements?sort=amount');
  expect(wrong.status).toBe(400);
  expect(wrong.body.message).toContain('Sort by one of: agreementId, person, program, status, statusDate.');
});
