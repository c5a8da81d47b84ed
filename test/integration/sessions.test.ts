// Sessions and forms as a browser meets them: secure headers on every answer, a session cookie scripts cannot
// read and other sites cannot send, and sign-in slowed down after a failure for that login only.
import { createOrg, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { request } from '../support/http.ts';
import { openOrm, type Orm } from '../../db/orm.ts';

let orm: Orm;
let org: TestOrg;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Eastern Shore Works');
});
afterAll(() => orm.close());

const signIn = (loginId: string, password: string) =>
  request('POST', '/api/session', { body: { organisationCode: org.code, loginId, password, acceptTerms: true } });

test.each(['/', '/api/reference', '/api/openapi.json'])('%s carries the secure headers', async (path) => {
  const res = await request('GET', path);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('referrer-policy')).toBe('same-origin');
  expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  expect(res.headers.get('x-powered-by')).toBeNull();
});

test('the session cookie is HttpOnly and SameSite=Strict', async () => {
  const res = await signIn('viewer', TEST_PASSWORD);
  expect(res.status).toBe(201);
  const cookie = res.headers.get('set-cookie')!;
  expect(cookie).toMatch(/^pathway_session=[A-Za-z0-9_-]+;/);
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Strict/i);
});

test(
  'a failed sign-in makes that login wait before its next try, ' +
    'even with the right password; other logins still sign in',
  async () => {
    expect((await signIn('operations', 'not the password')).status).toBe(401);
    const waiting = await signIn('operations', TEST_PASSWORD);
    expect(waiting.status).toBe(429);
    expect(waiting.body.error).toBe('TOO_MANY_ATTEMPTS');
    expect(waiting.body.message).toMatch(/^Too many failed sign-ins\. Wait \d+ seconds? and try again\.$/);
    expect(waiting.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await signIn('admin', TEST_PASSWORD)).status).toBe(201);
  },
);
