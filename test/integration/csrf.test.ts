// CSRF protection of cookie sessions, through the running API: a change made with the session cookie is
// refused without the session's X-CSRF-Token and nothing is written; with it, or with a Bearer token, it goes through.
import { IndividualAlias } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { createIndividual, createOrg, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { request, sessionTokenOf } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Annapolis Valley Works');
});
afterAll(() => orm.close());

/** Signs in as the browser does: the session cookie from Set-Cookie, and the CSRF token from the body. */
async function cookieSession(who: keyof TestOrg['users']) {
  const res = await request('POST', '/api/session', {
    body: { organisationCode: org.code, loginId: who, password: TEST_PASSWORD, acceptTerms: true },
  });
  expect(res.status).toBe(201);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  return { cookie, csrfToken: res.body.csrfToken as string, token: sessionTokenOf(res) };
}

const aliasCount = async (individualId: number) => orm.em.fork().count(IndividualAlias, { individualId });

test('a change made with the session cookie and no X-CSRF-Token is refused with 403 and writes nothing', async () => {
  const person = await createIndividual(orm, org);
  const { cookie } = await cookieSession('manager');
  const res = await request('POST', `/api/individuals/${person.id}/aliases`, {
    body: { lastName: 'Doucet' },
    headers: { cookie },
  });
  expect(res.status).toBe(403);
  expect(res.body).toMatchObject({ error: 'CSRF_TOKEN_MISSING' });
  expect(res.body.message).toContain('X-CSRF-Token');
  expect(await aliasCount(person.id)).toBe(0);
});

test('a wrong X-CSRF-Token, or the token of another session, is refused with 403', async () => {
  const person = await createIndividual(orm, org);
  const mine = await cookieSession('manager');
  const other = await cookieSession('manager2');
  for (const sent of ['not-the-token', other.csrfToken, mine.token]) {
    const res = await request('POST', `/api/individuals/${person.id}/aliases`, {
      body: { lastName: 'Doucet' },
      headers: { cookie: mine.cookie, 'X-CSRF-Token': sent },
    });
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: 'CSRF_TOKEN_INVALID' });
  }
  expect(await aliasCount(person.id)).toBe(0);
});

test(
  'with the session’s X-CSRF-Token the change goes through; GET /api/session returns the same token; reads ' +
    'need none',
  async () => {
    const person = await createIndividual(orm, org);
    const { cookie, csrfToken } = await cookieSession('manager');
    expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const me = await request('GET', '/api/session', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(me.body.csrfToken).toBe(csrfToken);
    expect((await request('GET', `/api/individuals/${person.id}`, { headers: { cookie } })).status).toBe(200);
    const res = await request('POST', `/api/individuals/${person.id}/aliases`, {
      body: { lastName: 'Doucet' },
      headers: { cookie, 'X-CSRF-Token': csrfToken },
    });
    expect(res.status).toBe(201);
    expect(await aliasCount(person.id)).toBe(1);
  },
);

test('a Bearer-token client needs no CSRF token (browsers never send that header on their own)', async () => {
  const person = await createIndividual(orm, org);
  const { token } = await cookieSession('manager');
  const res = await request('POST', `/api/individuals/${person.id}/aliases`, { token, body: { firstName: 'Marie' } });
  expect(res.status).toBe(201);
  expect(await aliasCount(person.id)).toBe(1);
});
