// Passwords (security issue, item 8 and R-UI-07): a maintained breached-password list and zxcvbn's estimate instead of
// 46 hand-picked entries; a signed-in change of password; a forgotten-password link by email that tells nobody whether
// an account exists, works once within the hour, and ends every session of its user.
import { setTimeout as sleep } from 'node:timers/promises';
import { createHash } from 'node:crypto';
import { refuseTooManyResetRequests } from '../../app/session/password-reset.ts';
import { createUser, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { twoOrganisations } from '../support/two-organisations.ts';
import { mailTo, newContact, tokenIn } from '../support/contacts.ts';
import { receivedMails } from '../support/mailbox.ts';
import { eventually, request, sessionTokenOf, signIn, type Reply } from '../support/http.ts';

const t = twoOrganisations();

const WEAK = ['password123!', 'Welcome2026!', 'Summer2026!!'];
const STRONG = 'kelp forest quartz lantern';

let n = 0;
/** A user of `org` of their own, signed in with a session token (so each test changes only its own password). */
async function account(org: TestOrg, loginId = `pw.user${++n}`) {
  const user = await createUser(t.orm, org, loginId, ['ECM_CASE_MANAGER']);
  return { ...user, token: await sessionToken(org, loginId, TEST_PASSWORD) };
}

async function sessionToken(org: TestOrg, loginId: string, password: string): Promise<string> {
  const res = await signInWith(org, loginId, password);
  expect(res.status).toBe(201);
  return sessionTokenOf(res);
}

const signInWith = (org: TestOrg, loginId: string, password: string) =>
  request('POST', '/api/session', { body: { organisationCode: org.code, loginId, password, acceptTerms: true } });

const stillSignedIn = async (token: string) => (await request('GET', '/api/session', { token })).status === 200;

const changePassword = (token: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  request('POST', '/api/account/password', { token, body, headers });

const askForReset = (email: string) => request('POST', '/api/password-resets', { body: { email } });

const resetLinkIn = (text: string) => /\/password-reset\/([A-Za-z0-9_-]+)/.exec(text)![1];

test(
  'an HCLN invitee and a CBCC user cannot choose password123!, Welcome2026! or Summer2026!!: refused with why and ' +
    'what to do, in English and French',
  async () => {
    const admin = await signIn(t.hcln, 'admin');
    const contact = newContact(t.hcln);
    const added = await admin.post(`/api/organisations/${t.hcln.id}/contacts`, {
      ...contact,
      invitation: { profiles: ['OFA_USER'] },
    });
    expect(added.status).toBe(201);
    const token = tokenIn(await mailTo(contact.email, /invitation/));
    for (const password of WEAK) {
      const refused = await request('POST', '/api/invitations/accept', {
        body: { token, loginId: `weak.${added.body.id}`, password },
      });
      expect([refused.status, refused.body.error]).toEqual([422, 'PASSWORD_COMMON']);
      expect(refused.body.message).toContain('common passwords that attackers try first');
      expect(refused.body.message).toContain('a few unrelated words make a good one');
    }
    const french = await request('POST', '/api/invitations/accept', {
      body: { token, loginId: `weak.${added.body.id}`, password: 'Summer2026!!' },
      headers: { 'accept-language': 'fr' },
    });
    expect(french.body.message).toContain('mots de passe courants');
    const accepted = await request('POST', '/api/invitations/accept', {
      body: { token, loginId: `weak.${added.body.id}`, password: STRONG },
    });
    expect(accepted.status).toBe(201);

    const user = await account(t.cbcc);
    for (const newPassword of WEAK) {
      const refused = await changePassword(user.token, {
        currentPassword: TEST_PASSWORD,
        newPassword,
        newPasswordConfirmation: newPassword,
      });
      expect([refused.status, refused.body.error]).toEqual([422, 'PASSWORD_COMMON']);
      expect(refused.body.violations[0].field).toBe('newPassword');
    }
    const guessable = await changePassword(
      user.token,
      { currentPassword: TEST_PASSWORD, newPassword: 'asdfghjkl;zx', newPasswordConfirmation: 'asdfghjkl;zx' },
      { 'accept-language': 'fr' },
    );
    expect([guessable.status, guessable.body.error]).toEqual([422, 'PASSWORD_GUESSABLE']);
    expect(guessable.body.message).toContain('Ce mot de passe serait vite deviné');
  },
);

test(
  'a CBCC user changes their password with the current one and the new one twice; their other sessions end, this ' +
    'one stays, and the HCLN user of the same user ID is untouched',
  async () => {
    const user = await account(t.cbcc, 'same.login');
    const other = await sessionToken(t.cbcc, 'same.login', TEST_PASSWORD);
    const namesake = await account(t.hcln, 'same.login');

    const wrong = await changePassword(user.token, {
      currentPassword: 'not my password at all',
      newPassword: STRONG,
      newPasswordConfirmation: STRONG,
    });
    expect([wrong.status, wrong.body.error, wrong.body.violations[0].field]).toEqual([
      422,
      'CURRENT_PASSWORD_WRONG',
      'currentPassword',
    ]);
    const mismatch = await changePassword(user.token, {
      currentPassword: TEST_PASSWORD,
      newPassword: STRONG,
      newPasswordConfirmation: `${STRONG}!`,
    });
    expect([mismatch.status, mismatch.body.message]).toEqual([
      400,
      'The two new passwords differ. Type the same new password twice.',
    ]);

    const changed = await changePassword(user.token, {
      currentPassword: TEST_PASSWORD,
      newPassword: STRONG,
      newPasswordConfirmation: STRONG,
    });
    expect([changed.status, changed.body]).toEqual([200, { changed: true }]);
    expect(await stillSignedIn(user.token)).toBe(true);
    expect(await stillSignedIn(other)).toBe(false);
    expect((await signInWith(t.cbcc, 'same.login', TEST_PASSWORD)).status).toBe(401);
    // That failure makes the account wait a second before its next try (sign-in throttle).
    await sleep(1_100);
    expect((await signInWith(t.cbcc, 'same.login', STRONG)).status).toBe(201);
    expect(await stillSignedIn(namesake.token)).toBe(true);
    expect((await signInWith(t.hcln, 'same.login', TEST_PASSWORD)).status).toBe(201);
    const notice = await mailTo(user.email, /your access for Cape Breton Career Centre/, /was changed/);
    expect(notice.text).toContain('your other sessions were ended');
  },
);

test(
  'wrong current passwords are counted per account, parallel ones included: after five even the right one waits; ' +
    "the other organisation's user is not slowed",
  async () => {
    const user = await account(t.cbcc);
    const namesake = await account(t.hcln, user.loginId);
    const guess = (token: string, currentPassword: string) =>
      changePassword(token, { currentPassword, newPassword: STRONG, newPasswordConfirmation: STRONG });
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => guess(user.token, `guess number ${i}`)));
    expect(answers.map((a) => a.status).sort()).toEqual([422, 422, 422, 422, 422, 429, 429, 429]);
    const right = await guess(user.token, TEST_PASSWORD);
    expect([right.status, right.body.error]).toEqual([429, 'TOO_MANY_ATTEMPTS']);
    expect(right.body.message).toMatch(/^Too many wrong current passwords\. Try again after \d{4}-\d\d-\d\dT/);
    expect((await guess(namesake.token, TEST_PASSWORD)).status).toBe(200);
  },
);

test(
  'the forgotten-password form answers the same for an unknown address, an HCLN address and a CBCC address; only ' +
    'the account gets a link, stored as its hash',
  async () => {
    const hclnUser = await account(t.hcln);
    const cbccUser = await account(t.cbcc);
    const unknown = `nobody.${Date.now()}@example.org`;
    const answers: Reply[] = [];
    for (const email of [unknown, hclnUser.email, cbccUser.email.toUpperCase()]) answers.push(await askForReset(email));
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202]);
    expect(answers[1].body).toEqual(answers[0].body);
    expect(answers[2].body).toEqual(answers[0].body);
    expect(answers[0].body.message).toMatch(/^If a LaMPSS account uses this email address, an email with a link/);

    const mail = await mailTo(hclnUser.email, /choose a new password for Halifax Community Learning Network/);
    expect(mail.text).toContain(`LaMPSS user ID ${hclnUser.loginId} of Halifax Community Learning Network`);
    expect(mail.text).toContain('within 60 minutes; it works once');
    await mailTo(cbccUser.email, /choose a new password for Cape Breton Career Centre/);
    expect((await receivedMails()).some((m) => m.to.includes(unknown))).toBe(false);

    const token = resetLinkIn(mail.text);
    const rows = await t.orm.em
      .fork()
      .execute<{ token_hash: string; expires_at: Date; created_at: Date }[]>(
        'select token_hash, expires_at, created_at from password_reset where user_id = ?',
        [hclnUser.id],
      );
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(new Date(rows[0].expires_at).getTime() - new Date(rows[0].created_at).getTime()).toBe(3_600_000);
  },
);

test(
  'a reset link sets a new password under the same rules, once, and ends every session of the HCLN user; the CBCC ' +
    'user of the same user ID keeps theirs',
  async () => {
    const user = await account(t.hcln, 'reset.me');
    const namesake = await account(t.cbcc, 'reset.me');
    await askForReset(user.email);
    const token = resetLinkIn((await mailTo(user.email, /choose a new password/)).text);

    const landing = await request('GET', `/api/password-resets/${token}`);
    expect(landing.body).toMatchObject({ organisationCode: t.hcln.code, loginId: 'reset.me' });
    const complete = (newPassword: string, newPasswordConfirmation = newPassword) =>
      request('POST', '/api/password-resets/complete', { body: { token, newPassword, newPasswordConfirmation } });
    expect((await complete('Summer2026!!')).body.error).toBe('PASSWORD_COMMON');
    expect((await complete(STRONG, 'something else')).body.error).toBe('PASSWORD_MISMATCH');
    const done = await complete(STRONG);
    expect([done.status, done.body]).toEqual([200, { organisationCode: t.hcln.code, loginId: 'reset.me' }]);

    expect(await stillSignedIn(user.token)).toBe(false);
    expect((await signInWith(t.hcln, 'reset.me', STRONG)).status).toBe(201);
    expect(await stillSignedIn(namesake.token)).toBe(true);
    expect((await signInWith(t.cbcc, 'reset.me', TEST_PASSWORD)).status).toBe(201);

    const again = await complete('a second new passphrase here');
    expect([again.status, again.body.error]).toEqual([410, 'RESET_LINK_USED']);
    expect((await request('GET', `/api/password-resets/${token}`)).status).toBe(410);
    expect((await request('GET', '/api/password-resets/not-a-token')).status).toBe(404);
  },
);

test('a newer reset link replaces the older, and a link expires after an hour', async () => {
  const user = await account(t.cbcc);
  await account(t.hcln, user.loginId);
  await askForReset(user.email);
  const first = resetLinkIn((await mailTo(user.email, /choose a new password/)).text);
  await askForReset(user.email);
  const second = await eventually(async () =>
    (await receivedMails())
      .filter((m) => m.to.includes(user.email) && /choose a new password/.test(m.subject))
      .map((m) => resetLinkIn(m.text))
      .find((t) => t !== first),
  );
  const replaced = await request('GET', `/api/password-resets/${first}`);
  expect([replaced.status, replaced.body.error]).toEqual([410, 'RESET_LINK_USED']);
  expect(replaced.body.message).toBe(
    'A newer password reset link was sent since this one. Use the link of the latest email.',
  );
  await t.orm.em
    .fork()
    .execute(`update password_reset set expires_at = now() - interval '1 second' where user_id = ?`, [user.id]);
  const expired = await request('POST', '/api/password-resets/complete', {
    body: { token: second, newPassword: STRONG, newPasswordConfirmation: STRONG },
  });
  expect([expired.status, expired.body.error]).toEqual([410, 'RESET_LINK_EXPIRED']);
  expect((await signInWith(t.cbcc, user.loginId, TEST_PASSWORD)).status).toBe(201);
});

test(
  'reset emails are throttled per account without the answer ' + 'changing; the form is throttled per network address',
  async () => {
    const user = await account(t.cbcc);
    const namesake = await account(t.hcln, user.loginId);
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await askForReset(user.email));
    expect(new Set(answers.map((a) => JSON.stringify([a.status, a.body]))).size).toBe(1);
    await askForReset(namesake.email);
    await mailTo(namesake.email, /choose a new password/);
    const sent = async (email: string) =>
      Number(
        (
          await t.orm.em
            .fork()
            .execute<{ n: string }[]>(
              `select count(*) as n from email_outbox where kind = 'PASSWORD_RESET' and recipient = ?`,
              [email],
            )
        )[0].n,
      );
    await eventually(async () => (await sent(user.email)) === 3);
    expect(await sent(namesake.email)).toBe(1);

    // Known address or not, the same count: a third request a minute from one network address is refused.
    const em = t.orm.em.fork();
    await refuseTooManyResetRequests({ em }, '203.0.113.41', 2);
    await refuseTooManyResetRequests({ em }, '203.0.113.41', 2);
    await expect(refuseTooManyResetRequests({ em }, '203.0.113.41', 2)).rejects.toMatchObject({
      kind: 'too-many',
      message: 'Too many requests from this address. Wait a minute and try again.',
    });
    await expect(refuseTooManyResetRequests({ em }, '203.0.113.42', 2)).resolves.toBeUndefined();
  },
);
