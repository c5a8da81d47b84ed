// Sessions and what every answer carries (security issue, item 8): the client's address comes from a proxy only when
// TRUST_PROXY names it; signing out needs the CSRF token; the session token stays in its HttpOnly cookie; a session
// ends 12 hours after sign-in whatever the activity; API answers are never cached; production asks for HTTPS only.
import { createHash } from 'node:crypto';
import { openOrm, type Orm } from '../../db/orm.ts';
import { startApiInstance } from '../support/api-instance.ts';
import { createIndividual, hclnAndCbcc, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { newContact } from '../support/contacts.ts';
import { request, sessionTokenOf, signIn, type Reply } from '../support/http.ts';

let orm: Orm;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
});
afterAll(() => orm.close());

/** Signs in as a browser does: the session cookie, and the CSRF token from the answer. */
async function browserSession(org: TestOrg, who: keyof TestOrg['users'], base?: string) {
  const reply = await request('POST', '/api/session', {
    base,
    body: { organisationCode: org.code, loginId: who, password: TEST_PASSWORD, acceptTerms: true },
  });
  expect(reply.status).toBe(201);
  const token = sessionTokenOf(reply);
  return { reply, cookie: `pathway_session=${token}`, token, csrfToken: reply.body.csrfToken as string };
}

const lastAuditAddress = async (org: TestOrg) =>
  (
    await orm.em
      .fork()
      .execute<{ ip: string | null }[]>(
        'select ip from access_audit where organisation_id = ? order by id desc limit 1',
        [org.id],
      )
  )[0]?.ip;

test(
  'X-Forwarded-For is not believed unless TRUST_PROXY names ' +
    'the proxy: a forged address does not reach HCLN’s audit log',
  async () => {
    const [hcln, cbcc] = await hclnAndCbcc(orm);
    const forged = '203.0.113.66';
    const admin = await signIn(hcln, 'admin');
    const created = await admin.post(`/api/organisations/${hcln.id}/contacts`, newContact(hcln), {
      'X-Forwarded-For': forged,
    });
    expect(created.status).toBe(201);
    expect(await lastAuditAddress(hcln)).not.toBe(forged);
    const proxied = await startApiInstance(orm, { TRUST_PROXY: '127.0.0.1/8, ::1' });
    try {
      const { cookie, csrfToken } = await browserSession(cbcc, 'admin', proxied.url);
      const viaProxy = await request('POST', `/api/organisations/${cbcc.id}/contacts`, {
        base: proxied.url,
        body: newContact(cbcc),
        headers: { cookie, 'X-CSRF-Token': csrfToken, 'X-Forwarded-For': '198.51.100.9' },
      });
      expect(viaProxy.status).toBe(201);
      expect(await lastAuditAddress(cbcc)).toBe('198.51.100.9');
    } finally {
      await proxied.stop();
    }
  },
);

test('signing out with the HCLN session cookie needs the X-CSRF-Token: a cross-site sign-out is refused', async () => {
  const [hcln, cbcc] = await hclnAndCbcc(orm);
  const { cookie, csrfToken } = await browserSession(hcln, 'manager');
  const other = await browserSession(cbcc, 'manager');
  const crossSite = await request('DELETE', '/api/session', { headers: { cookie } });
  expect(crossSite.status).toBe(403);
  expect(crossSite.body.error).toBe('CSRF_TOKEN_MISSING');
  const wrong = await request('DELETE', '/api/session', { headers: { cookie, 'X-CSRF-Token': other.csrfToken } });
  expect(wrong.status).toBe(403);
  expect((await request('GET', '/api/session', { headers: { cookie } })).status).toBe(200);
  expect((await request('DELETE', '/api/session', { headers: { cookie, 'X-CSRF-Token': csrfToken } })).status).toBe(
    204,
  );
  expect((await request('GET', '/api/session', { headers: { cookie } })).status).toBe(401);
  expect((await request('GET', '/api/session', { headers: { cookie: other.cookie } })).status).toBe(200);
});

test('the sign-in answer does not carry the HCLN session token: only the HttpOnly cookie does', async () => {
  const [hcln, cbcc] = await hclnAndCbcc(orm);
  for (const org of [hcln, cbcc]) {
    const { reply, token } = await browserSession(org, 'viewer');
    expect(reply.body).not.toHaveProperty('token');
    expect(JSON.stringify(reply.body)).not.toContain(token);
    expect(reply.headers.getSetCookie().find((c) => c.startsWith('pathway_session='))).toMatch(/HttpOnly/i);
  }
});

test(
  'an HCLN session ends 12 hours after sign-in however ' + 'active it is; a CBCC session signed in now goes on',
  async () => {
    const [hcln, cbcc] = await hclnAndCbcc(orm);
    const old = await browserSession(hcln, 'supervisor');
    const fresh = await browserSession(cbcc, 'supervisor');
    await orm.em
      .fork()
      .execute(
        `update user_session set created_at = now() - interval '12 hours 1 minute', last_seen_at = now() where id = ?`,
        [createHash('sha256').update(old.token).digest('hex')],
      );
    const ended = await request('GET', '/api/session', { headers: { cookie: old.cookie } });
    expect(ended.status).toBe(401);
    expect(ended.body).toMatchObject({
      error: 'SESSION_EXPIRED',
      message: 'Your session has ended: a session lasts at most 12 hours after signing in. Sign in again.',
    });
    expect((await request('GET', '/api/session', { headers: { cookie: fresh.cookie } })).status).toBe(200);
  },
);

test('every API answer says Cache-Control: no-store, an HCLN client’s details and CBCC’s refusal alike', async () => {
  const [hcln, cbcc] = await hclnAndCbcc(orm);
  const person = await createIndividual(orm, hcln);
  const own = await (await signIn(hcln, 'manager')).get(`/api/individuals/${person.id}`);
  const other = await (await signIn(cbcc, 'manager')).get(`/api/individuals/${person.id}`);
  const signedIn = await request('POST', '/api/session', {
    body: { organisationCode: hcln.code, loginId: 'viewer', password: TEST_PASSWORD, acceptTerms: true },
  });
  expect([own.status, other.status, signedIn.status]).toEqual([200, 404, 201]);
  for (const reply of [own, other, signedIn] as Reply[]) expect(reply.headers.get('cache-control')).toBe('no-store');
});

test(
  'in production every answer asks for HTTPS only ' + '(Strict-Transport-Security), an HCLN client’s details too',
  async () => {
    const [hcln, cbcc] = await hclnAndCbcc(orm);
    const person = await createIndividual(orm, hcln);
    const production = await startApiInstance(orm, { NODE_ENV: 'production' });
    try {
      const { cookie } = await browserSession(hcln, 'manager', production.url);
      const details = await request('GET', `/api/individuals/${person.id}`, {
        base: production.url,
        headers: { cookie },
      });
      const outsider = await browserSession(cbcc, 'manager', production.url);
      expect(details.status).toBe(200);
      for (const reply of [details, outsider.reply, await request('GET', '/', { base: production.url })])
        expect(reply.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await production.stop();
    }
    expect((await request('GET', '/api/reference')).headers.get('strict-transport-security')).toBeNull();
  },
);
