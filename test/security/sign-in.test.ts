// Sign-in (security issue, item 5): guesses are counted in PostgreSQL per account and per address, so parallel
// requests and several API instances share one count, and each failure doubles the wait before the next guess is
// evaluated; the right password from a device that signed in before is not kept waiting by someone else's guesses;
// user IDs match in one normal form; an unknown user costs the same password hashing as a known one.
import { createHook } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { Migration20261125100500 } from '../../db/migrations/Migration20261125100500.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { startApiInstance } from '../support/api-instance.ts';
import { createUser, hclnAndCbcc, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { request, type Reply } from '../support/http.ts';

let orm: Orm;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
});
afterAll(() => orm.close());

const attempt = (
  org: TestOrg,
  loginId: string,
  password: string,
  opts: { headers?: Record<string, string>; base?: string } = {},
) =>
  request('POST', '/api/session', {
    body: { organisationCode: org.code, loginId, password, acceptTerms: true },
    ...opts,
  });

const cookieOf = (reply: Reply, name: string) =>
  reply.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${name}=`));

function expectToWait(reply: Reply) {
  expect(reply.status).toBe(429);
  expect(reply.body.error).toBe('TOO_MANY_ATTEMPTS');
  const seconds = Number(reply.headers.get('retry-after'));
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(reply.body.message).toBe(
    `Too many failed sign-ins. Wait ${seconds} second${seconds > 1 ? 's' : ''} and try again.`,
  );
  expect(Date.parse(reply.body.details.retryAt)).toBeGreaterThan(Date.now() - 1000);
}

test(
  '30 parallel wrong passwords for an HCLN user are not all ' +
    'evaluated: the rest wait with a 429 that says how long',
  async () => {
    const [hcln, cbcc] = await hclnAndCbcc(orm);
    const replies = await Promise.all(Array.from({ length: 30 }, () => attempt(hcln, 'manager', 'not the password')));
    const evaluated = replies.filter((r) => r.status === 401);
    expect(evaluated.length).toBeGreaterThanOrEqual(1);
    expect(evaluated.length).toBeLessThanOrEqual(2);
    for (const r of replies.filter((r) => r.status !== 401)) expectToWait(r);
    expect((await attempt(cbcc, 'manager', TEST_PASSWORD)).status).toBe(201);
  },
);

test(
  'the user ID pt_hİjack (dotted capital I) is not HCLN’s ' +
    'pt_hijack; PT_HIJACK and ｐｔ＿ｈｉｊａｃｋ are, and wait with it',
  async () => {
    const [hcln, cbcc] = await hclnAndCbcc(orm);
    for (const org of [hcln, cbcc]) await createUser(orm, org, 'pt_hijack', ['ECM_VIEW']);
    expect((await attempt(hcln, 'pt_hijack', 'not the password')).status).toBe(401);
    expect((await attempt(hcln, 'pt_hİjack', TEST_PASSWORD)).status).toBe(401);
    expectToWait(await attempt(hcln, 'PT_HIJACK', TEST_PASSWORD));
    expect((await attempt(cbcc, 'ｐｔ＿ｈｉｊａｃｋ', TEST_PASSWORD)).status).toBe(201);
  },
);

test(
  'an attacker’s wrong guesses do not keep a real HCLN user ' +
    'out: the right password from their known device goes through',
  async () => {
    const [hcln, cbcc] = await hclnAndCbcc(orm);
    const before = await attempt(hcln, 'supervisor', TEST_PASSWORD);
    expect(before.status).toBe(201);
    const device = cookieOf(before, 'pathway_device')!;
    expect(device).toBeDefined();
    expect(before.headers.getSetCookie().find((c) => c.startsWith('pathway_device='))).toMatch(/HttpOnly/i);
    for (let i = 0; i < 5; i++) {
      const guess = await attempt(hcln, 'supervisor', `guess ${i}`);
      if (i === 0) expect(guess.status).toBe(401);
      else expectToWait(guess);
    }
    expectToWait(await attempt(hcln, 'supervisor', TEST_PASSWORD));
    expect((await attempt(hcln, 'supervisor', TEST_PASSWORD, { headers: { cookie: device } })).status).toBe(201);
    // A device cookie proves only the account it was given for.
    expect((await attempt(cbcc, 'supervisor', 'a guess', { headers: { cookie: device } })).status).toBe(401);
    expectToWait(await attempt(cbcc, 'supervisor', TEST_PASSWORD, { headers: { cookie: device } }));
  },
);

test(
  'failed sign-ins from one address across HCLN and CBCC accounts ' +
    'slow that address down, counted once across two API instances',
  async () => {
    const [hcln, cbcc] = await hclnAndCbcc(orm);
    const settings = { TRUST_PROXY: 'loopback', SIGN_IN_FAILURES_PER_ADDRESS: '3' };
    const instances = [await startApiInstance(orm, settings), await startApiInstance(orm, settings)];
    const address = `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
    const from = (i: number, ip = address) => ({ base: instances[i % 2].url, headers: { 'x-forwarded-for': ip } });
    try {
      const accounts: [TestOrg, string][] = [
        [hcln, 'manager'],
        [cbcc, 'manager'],
        [hcln, 'viewer'],
        [cbcc, 'viewer'],
      ];
      for (const [i, [org, who]] of accounts.entries())
        expect((await attempt(org, who, 'not the password', from(i))).status).toBe(401);
      const next: [TestOrg, string][] = [
        [hcln, 'supervisor'],
        [cbcc, 'supervisor'],
        [hcln, 'admin'],
        [cbcc, 'admin'],
      ];
      const replies = await Promise.all(next.map(([org, who], i) => attempt(org, who, TEST_PASSWORD, from(i))));
      const waiting = replies.filter((r) => r.status === 429);
      expect(waiting.length).toBeGreaterThanOrEqual(3);
      for (const r of waiting) expectToWait(r);
      expect((await attempt(hcln, 'manager2', TEST_PASSWORD, from(0, '192.0.2.77'))).status).toBe(201);
    } finally {
      for (const instance of instances) await instance.stop();
    }
  },
);

test(
  'an unknown user ID costs the same password hashing ' + 'as a known one, so the answer’s timing tells nothing',
  async () => {
    const [hcln, cbcc] = await hclnAndCbcc(orm);
    // An instance in this process, so that its password hashing is seen here.
    const api = await startApiInstance(orm, {});
    let hashings = 0;
    const hook = createHook({
      init: (_id, type) => {
        if (type === 'SCRYPTREQUEST') hashings += 1;
      },
    }).enable();
    const hashingsFor = async (organisationCode: string, loginId: string) => {
      hashings = 0;
      const reply = await request('POST', '/api/session', {
        base: api.url,
        body: { organisationCode, loginId, password: 'not the password', acceptTerms: true },
      });
      expect(reply.status).toBe(401);
      return hashings;
    };
    try {
      expect(await hashingsFor(hcln.code, 'manager')).toBe(1);
      expect(await hashingsFor(hcln.code, 'nobody.here')).toBe(1);
      expect(await hashingsFor('NO-SUCH-ORG', 'manager')).toBe(1);
      expect(await hashingsFor(cbcc.code, 'viewer')).toBe(1);
    } finally {
      hook.disable();
      await api.stop();
    }
  },
);

test(
  'user IDs of one organisation that become the same once normalised ' +
    'stop the migration, which names both; then it normalises them',
  async () => {
    const [hcln, cbcc] = await hclnAndCbcc(orm);
    const em = orm.em.fork();
    const rollback = new Error('rollback');
    await expect(
      em.transactional(async (tx) => {
        // Stored before user IDs had one form: HCLN's two differ only by case and width; CBCC's one is alone.
        await tx.execute(
          `update app_user set login_id = 'Ｍanager' where organisation_id = ? and login_id = 'manager2'`,
          [hcln.id],
        );
        await tx.execute(`update app_user set login_id = 'Viewer' where organisation_id = ? and login_id = 'viewer'`, [
          cbcc.id,
        ]);
        const migration = new Migration20261125100500(tx.getDriver(), orm.config);
        migration.setTransactionContext(tx.getTransactionContext()!);
        await expect(migration.up()).rejects.toThrow(
          `Organisation ${hcln.code}: the user IDs "manager" (app_user ${hcln.users.manager.id}) and "Ｍanager" ` +
            `(app_user ${hcln.users.manager2.id}) are the same once normalised ("manager"). Give one of them another ` +
            `user ID (update app_user set login_id = '…' where id = ${hcln.users.manager2.id}), tell that user, then ` +
            'migrate again.',
        );
        // As the message says: another user ID, then the migration stores every ID in its normal form.
        await tx.execute(`update app_user set login_id = 'Ｍanager2' where id = ?`, [hcln.users.manager2.id]);
        await migration.up();
        const ids = await tx.execute<{ login_id: string }[]>(
          'select login_id from app_user where id in (?) order by id',
          [[hcln.users.manager2.id, cbcc.users.viewer.id]],
        );
        expect(ids.map((r) => r.login_id).sort()).toEqual(['manager2', 'viewer']);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
  },
);
