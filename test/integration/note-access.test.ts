// R-NOTE-05: every case-management user of the organisation reads every note of its cases; ENS users never read a
// provider's notes, and another organisation neither.
import { openOrm, type Orm } from '../../db/orm.ts';
import { createIndividual, createOrg, createUser, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let caseId: number;
const NOTE = 'The client starts the welding course in January.';

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Notes Employment Services');
  await createUser(orm, org, 'ens', ['ENS_AGREEMENT_MANAGER']);
  const manager = await signIn(org, 'manager');
  const person = await createIndividual(orm, org, { firstName: 'Yvon', lastName: 'Pothier' });
  caseId = (await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body.id;
  expect((await manager.post(`/api/cases/${caseId}/notes`, { text: NOTE })).status).toBe(200);
});
afterAll(() => orm.close());

test.each(['manager', 'manager2', 'supervisor', 'viewer'])(
  'R-NOTE-05 %s, a case-management user of the organisation, reads the case manager’s note',
  async (who) => {
    const answer = await (await signIn(org, who)).get(`/api/cases/${caseId}`);
    expect(answer.status).toBe(200);
    expect(answer.body.notes.map((n: { text: string; authorName: string }) => [n.text, n.authorName])).toEqual([
      [NOTE, 'Tester, manager'],
    ]);
  },
);

test('R-NOTE-05 an ENS user reads no provider note: the case, its audit trail and its notes are refused', async () => {
  const ens = await signIn(org, 'ens');
  for (const path of [`/api/cases/${caseId}`, `/api/cases/${caseId}/audit-trail`]) {
    const answer = await ens.get(path);
    expect(answer.status).toBe(403);
    expect(JSON.stringify(answer.body)).not.toContain('welding');
  }
});

test('R-NOTE-05 another organisation’s case manager reads none of them', async () => {
  const other = await createOrg(orm, 'Elsewhere Notes Services');
  const answer = await (await signIn(other, 'manager')).get(`/api/cases/${caseId}`);
  expect(answer.status).toBe(404);
  expect(JSON.stringify(answer.body)).not.toContain('welding');
});
