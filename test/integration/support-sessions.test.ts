// R-SEC-18: Operations Support works in another organisation's data only while acting as it: the session says so (the
// banner's words), every API instance sees the same, and each such session is recorded from its start to its end.
import { endSessions } from '../../app/session/sessions.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { startApiInstance, type ApiInstance } from '../support/api-instance.ts';
import { createOrg, type TestOrg } from '../support/fixtures.ts';
import { request, sessionTokenOf, signIn, type Client } from '../support/http.ts';
import { TEST_PASSWORD } from '../support/fixtures.ts';

let orm: Orm;
let home: TestOrg;
let client: TestOrg;
let ops: Client;
let second: ApiInstance;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  home = await createOrg(orm, 'Provincial Support Desk');
  client = await createOrg(orm, 'Annapolis Valley Works');
  ops = await signIn(home, 'operations');
  second = await startApiInstance(orm, {});
});
afterAll(async () => {
  await second.stop();
  await orm.close();
});

const supportRows = async () =>
  (await ops.get(`/api/support-sessions?organisationId=${client.id}`)).body as {
    who: string;
    organisation: { name: string };
    reason: string;
    startedAt: string;
    endedAt: string | null;
    endReason: string | null;
  }[];

test(
  'R-SEC-18 Operations Support acting as an organisation works in its data, on every API instance, ' +
    "and the organisation's access history and the support log record who, where, why, from when to when",
  async () => {
    const started = await ops.put('/api/session/acting-organisation', {
      organisationId: client.id,
      reason: 'Ticket 4411: caseload not loading',
    });
    expect(started.status).toBe(204);

    const session = (await ops.get('/api/session')).body.user;
    expect(session.organisationId).toBe(client.id);
    expect(session.organisationName).toBe('Annapolis Valley Works');
    expect(session.actingAs).toMatchObject({
      organisationName: 'Annapolis Valley Works',
      ownOrganisationName: 'Provincial Support Desk',
      reason: 'Ticket 4411: caseload not loading',
    });
    // The organisation's own pages answer for the organisation acted as.
    expect((await ops.get(`/api/organisations/${client.id}/contacts`)).status).toBe(200);

    const [open] = await supportRows();
    expect(open).toMatchObject({ organisation: { name: 'Annapolis Valley Works' }, endedAt: null, endReason: null });
    expect(open.who).toMatch(/operations/i);

    expect((await ops.del('/api/session/acting-organisation')).status).toBe(204);
    const back = (await ops.get('/api/session')).body.user;
    expect(back.organisationId).toBe(home.id);
    expect(back.actingAs).toBeNull();

    const [ended] = await supportRows();
    expect(ended.endReason).toBe('STOPPED');
    expect(new Date(ended.endedAt!).getTime()).toBeGreaterThanOrEqual(new Date(ended.startedAt).getTime());

    const admin = await signIn(client, 'admin');
    const audit = (await admin.get(`/api/organisations/${client.id}/audit`)).body.items as { action: string }[];
    expect(audit.map((a) => a.action).slice(0, 2)).toEqual(['SUPPORT_SESSION_ENDED', 'SUPPORT_SESSION_STARTED']);
  },
);

test('R-SEC-18 a second API instance shows the same "acting as" session, and signing out ends it', async () => {
  const signedIn = await request('POST', '/api/session', {
    body: { organisationCode: home.code, loginId: 'operations', password: TEST_PASSWORD, acceptTerms: true },
  });
  const token = sessionTokenOf(signedIn);
  const headers = { cookie: `pathway_session=${token}`, 'X-CSRF-Token': signedIn.body.csrfToken as string };
  const put = await request('PUT', '/api/session/acting-organisation', {
    headers,
    body: { organisationId: client.id, reason: 'Checking a stuck referral' },
  });
  expect(put.status).toBe(204);
  const elsewhere = await request('GET', '/api/session', { headers, base: second.url });
  expect(elsewhere.body.user.actingAs.organisationName).toBe('Annapolis Valley Works');

  expect((await request('DELETE', '/api/session', { headers, base: second.url })).status).toBe(204);
  const [ended] = await supportRows();
  expect(ended).toMatchObject({ reason: 'Checking a stuck referral', endReason: 'SIGNED_OUT' });
  expect(ended.endedAt).not.toBeNull();
});

test('R-SEC-18 only Operations Support can act as another organisation; a missing reason says what to fix', async () => {
  const manager = await signIn(home, 'manager');
  const refused = await manager.put('/api/session/acting-organisation', { organisationId: client.id, reason: 'x' });
  expect(refused.status).toBe(403);
  expect(refused.body.message).toBe('Only LaMPSS Operations Support can act as another organisation.');

  const noReason = await ops.put('/api/session/acting-organisation', { organisationId: client.id, reason: ' ' });
  expect(noReason.status).toBe(400);
  expect(JSON.stringify(noReason.body)).toContain('Say why support needs this access.');

  const own = await ops.put('/api/session/acting-organisation', { organisationId: home.id, reason: 'Testing' });
  expect(own.status).toBe(400);
  expect(own.body.message).toMatch(/already work in your own organisation/);

  const missing = await ops.put('/api/session/acting-organisation', { organisationId: 99_999_999, reason: 'Testing' });
  expect(missing.status).toBe(404);
});

test('R-SEC-18 a support session ends with the sessions of a person whose access ends', async () => {
  const other = await signIn(home, 'operations');
  await other.put('/api/session/acting-organisation', {
    organisationId: client.id,
    reason: 'Last look before leaving',
  });
  await endSessions({ em: orm.em.fork() }, [home.users.operations.id]);
  expect((await other.get('/api/session')).status).toBe(401);
  const auditor = await signIn(home, 'operations');
  const rows = (await auditor.get(`/api/support-sessions?organisationId=${client.id}`)).body as {
    reason: string;
    endedAt: string | null;
    endReason: string;
  }[];
  expect(rows.find((r) => r.reason === 'Last look before leaving')).toMatchObject({ endReason: 'ACCESS_ENDED' });
  expect(rows.every((r) => r.endedAt !== null)).toBe(true);
});
