// First-time access for an organisation (spec 04 §3.12-3.13): a public request, decided by LaMPSS Operations Support;
// the approved requester accepts an administrator invitation and becomes the primary contact.
import { openOrm, type Orm } from '../../db/orm.ts';
import { createOrg, type TestOrg } from '../support/fixtures.ts';
import { mailTo, tokenIn } from '../support/contacts.ts';
import { request, sessionTokenOf, signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let ops: Client;
let admin: Client;
const PASSWORD = 'a long enough passphrase';

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Registered Works');
  ops = await signIn(org, 'operations');
  admin = await signIn(org, 'admin');
});
afterAll(() => orm.close());

/** A request sent and confirmed from the link emailed to its address: received by Operations Support. */
async function submitted(body: Record<string, unknown>) {
  expect((await request('POST', '/api/access-requests', { body })).status).toBe(202);
  const mail = await mailTo(body.email as string, /confirm/);
  const token = /\/access-requests\/confirm\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
  const confirmed = await request('POST', '/api/access-requests/confirm', { body: { token } });
  expect(confirmed.body.status).toBe('SUBMITTED');
  return confirmed;
}

const REQUEST = (name: string, email: string) => ({
  lastName: 'Arsenault',
  firstName: 'Claire',
  email,
  language: 'FR',
  organisationName: name,
  addressLine1: '12 Water St',
  city: 'Yarmouth',
  province: 'NS',
  postalCode: 'B5A 1K9',
  organisationPhone: '(902) 555-0142',
});

test('R-ORG-02 a request for an organisation that already has LaMPSS access is refused', async () => {
  const res = await request('POST', '/api/access-requests', {
    body: { ...REQUEST('REGISTERED works', 'x@example.org'), postalCode: 'B3J 1A1' },
  });
  expect([res.status, res.body.message]).toEqual([
    409,
    'This organisation already has LaMPSS access. Ask its LaMPSS administrator to add you.',
  ]);
});

test('R-ORG-03 only Operations Support decides, and a rejection needs a reason', async () => {
  const received = await submitted(REQUEST('Rejected Learning Society', 'rejected@example.org'));
  expect((await admin.post(`/api/access-requests/${received.body.id}/approve`)).status).toBe(403);
  const noReason = await ops.post(`/api/access-requests/${received.body.id}/reject`, { decisionNote: ' ' });
  expect([noReason.status, noReason.body.error]).toEqual([400, 'DECISION_NOTE_REQUIRED']);
  expect(
    (
      await ops.post(`/api/access-requests/${received.body.id}/reject`, {
        decisionNote: 'Not a labour-market program.',
      })
    ).body.status,
  ).toBe('REJECTED');
  expect((await ops.post(`/api/access-requests/${received.body.id}/approve`)).body.error).toBe(
    'REQUEST_ALREADY_DECIDED',
  );
  const mail = await mailTo('rejected@example.org', /demande d'accès/, /n'a pas été approuvée/);
  expect(mail.text).toContain('Not a labour-market program.');
});

test(
  'R-ORG-04 approval creates the organisation; the requester accepts an OFA administrator invitation and ' +
    'becomes its primary contact',
  async () => {
    const received = await submitted(REQUEST('Société Acadienne de Formation', 'claire@example.org'));
    expect((await ops.get('/api/access-requests')).body.map((r: { id: number }) => r.id)).toContain(received.body.id);
    const approved = await ops.post(`/api/access-requests/${received.body.id}/approve`, {});
    expect(approved.status).toBe(200);
    const invitation = await mailTo('claire@example.org', /invitation de Société Acadienne de Formation/);
    expect(invitation.text).toContain('Profils de sécurité : Organisation Funding Agreement / Administrator');
    const accepted = await request('POST', '/api/invitations/accept', {
      body: { token: tokenIn(invitation), loginId: 'claire.arsenault', password: PASSWORD },
    });
    expect(accepted.status).toBe(201);
    expect(accepted.body.profiles).toEqual(['OFA_ADMIN']);
    const session = await request('POST', '/api/session', {
      body: {
        organisationCode: accepted.body.organisationCode,
        loginId: 'claire.arsenault',
        password: PASSWORD,
        acceptTerms: true,
      },
    });
    expect(session.status).toBe(201);
    const contacts = await request('GET', `/api/organisations/${approved.body.organisationId}/contacts`, {
      token: sessionTokenOf(session),
    });
    expect(contacts.body.items).toMatchObject([
      { name: 'Arsenault, Claire', isPrimary: true, administrator: true, hasAccess: true },
    ]);
    // R-ORG-02 again: now that it has a primary contact, the same organisation cannot ask twice.
    expect(
      (
        await request('POST', '/api/access-requests', {
          body: REQUEST('Societe acadienne de formation', 'other@example.org'),
        })
      ).status,
    ).toBe(409);
  },
);
