// Who may do what (spec 04 §2.7, R-UI-06): representative routes tried by every profile of an organisation and
// by another organisation's users. 4xx other than 401/403/404 means the request got past authorisation.
import { openOrm, type Orm } from '../../db/orm.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';
import { newContact } from '../support/contacts.ts';

type Who = keyof TestOrg['users'] | 'outsiderManager' | 'outsiderSupervisor';
let orm: Orm;
let org: TestOrg;
const clients = {} as Record<Who, Client>;
let caseId: number;
let individualId: number;
let contactId: number;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Authorised Services');
  const other = await createOrg(orm, 'Other Services');
  for (const who of Object.keys(org.users) as (keyof TestOrg['users'])[]) clients[who] = await signIn(org, who);
  clients.outsiderManager = await signIn(other, 'manager');
  clients.outsiderSupervisor = await signIn(other, 'supervisor');
  const person = await createIndividual(orm, org);
  individualId = person.id;
  caseId = (await clients.manager.post('/api/cases', { individualId, registration: REGISTRATION })).body.id;
  contactId = (await clients.admin.post(`/api/organisations/${org.id}/contacts`, newContact(org))).body.id;
});
afterAll(() => orm.close());

const who: Who[] = [
  'manager',
  'manager2',
  'supervisor',
  'operations',
  'admin',
  'viewer',
  'outsiderManager',
  'outsiderSupervisor',
];

// Expected status per user, in the order of `who`. "ok" is any answer that is not 401, 403 or 404.
const table: [string, string, () => unknown, (number | 'ok')[]][] = [
  ['GET', '/api/individuals?lastName=Johnson', () => undefined, ['ok', 'ok', 'ok', 403, 403, 'ok', 'ok', 'ok']],
  ['POST', '/api/individuals', () => ({}), ['ok', 'ok', 403, 403, 403, 403, 'ok', 403]],
  ['GET', '/api/individuals/:individual', () => undefined, ['ok', 'ok', 'ok', 403, 403, 'ok', 404, 404]],
  ['GET', '/api/cases/:case', () => undefined, ['ok', 'ok', 'ok', 403, 403, 'ok', 404, 404]],
  ['POST', '/api/cases/:case/notes', () => ({ text: 'authorised?' }), ['ok', 'ok', 403, 403, 403, 403, 404, 403]],
  ['POST', '/api/cases/:case/close', () => ({ reason: 'NOT A REASON' }), ['ok', 'ok', 403, 403, 403, 403, 404, 403]],
  ['GET', '/api/cases/:case/workflow', () => undefined, [403, 403, 'ok', 'ok', 403, 403, 403, 404]],
  ['GET', '/api/cases?scope=organisation', () => undefined, ['ok', 'ok', 'ok', 403, 403, 403, 'ok', 'ok']],
  ['GET', '/api/organisation/additional-info', () => undefined, ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']],
  [
    'PUT',
    '/api/organisation/additional-info',
    () => ({ modules: 'not a list' }),
    [403, 403, 403, 'ok', 'ok', 403, 403, 403],
  ],
  ['POST', '/api/cases/:case/follow-up-anchors', () => ({}), [403, 403, 403, 'ok', 'ok', 403, 403, 403]],
  ['POST', '/api/codec/decode', () => ({ payloads: [] }), [403, 403, 'ok', 'ok', 403, 403, 403, 'ok']],
  // Spec 04 §2.7.2: organisation and access administration. Another organisation's records are 404 (R-SEC-02).
  ['GET', '/api/organisations/:org', () => undefined, ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 404, 404]],
  ['PATCH', '/api/organisations/:org', () => ({ version: 0 }), [403, 403, 403, 'ok', 'ok', 403, 403, 403]],
  ['GET', '/api/organisations/:org/contacts', () => undefined, ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 404, 404]],
  ['POST', '/api/organisations/:org/contacts', () => ({}), [403, 403, 403, 'ok', 'ok', 403, 403, 403]],
  [
    'PATCH',
    '/api/organisations/:org/contacts/:contact',
    () => ({ version: 0 }),
    [403, 403, 403, 'ok', 'ok', 403, 403, 403],
  ],
  [
    'POST',
    '/api/organisations/:org/contacts/:contact/remove-access',
    () => ({}),
    [403, 403, 403, 'ok', 'ok', 403, 403, 403],
  ],
  ['GET', '/api/organisations/:org/audit', () => undefined, [403, 403, 403, 'ok', 'ok', 403, 403, 403]],
  ['GET', '/api/organisations', () => undefined, [403, 403, 403, 'ok', 403, 403, 403, 403]],
  ['GET', '/api/access-requests', () => undefined, [403, 403, 403, 'ok', 403, 403, 403, 403]],
  // Referrals and transfers (spec 03 R-REF): another organisation sees a case only through a referral to it.
  ['GET', '/api/cases/:case/referrals', () => undefined, ['ok', 'ok', 'ok', 403, 403, 'ok', 404, 404]],
  ['POST', '/api/cases/:case/referrals', () => ({}), ['ok', 'ok', 403, 403, 403, 403, 404, 403]],
  [
    'POST',
    '/api/cases/:case/transfer',
    () => ({ caseManagerId: 1, confirmed: true }),
    ['ok', 'ok', 403, 403, 403, 403, 404, 403],
  ],
  ['GET', '/api/referrals/incoming', () => undefined, ['ok', 'ok', 'ok', 403, 403, 'ok', 'ok', 'ok']],
  ['GET', '/api/organisation/case-summary', () => undefined, [403, 403, 'ok', 'ok', 403, 403, 403, 'ok']],
  ['GET', '/api/organisation/contact-summary', () => undefined, [403, 403, 403, 'ok', 'ok', 403, 403, 403]],
  ['GET', '/api/operations/stuck-steps', () => undefined, [403, 403, 403, 'ok', 403, 403, 403, 403]],
  ['GET', '/api/operations/frozen-cases', () => undefined, [403, 403, 403, 'ok', 403, 403, 403, 403]],
];

test.each(table)(
  'R-UI-06 %s %s answers each profile as the permission matrix says',
  async (method, path, body, expected) => {
    const url = path
      .replace(':case', String(caseId))
      .replace(':individual', String(individualId))
      .replace(':org', String(org.id))
      .replace(':contact', String(contactId));
    const got: (number | 'ok')[] = [];
    for (const user of who) {
      const c = clients[user];
      const res =
        method === 'GET'
          ? await c.get(url)
          : method === 'PUT'
            ? await c.put(url, body())
            : method === 'PATCH'
              ? await c.patch(url, body())
              : await c.post(url, body());
      got.push([401, 403, 404].includes(res.status) ? res.status : 'ok');
    }
    expect(Object.fromEntries(who.map((w, i) => [w, got[i]]))).toEqual(
      Object.fromEntries(who.map((w, i) => [w, expected[i]])),
    );
  },
);
