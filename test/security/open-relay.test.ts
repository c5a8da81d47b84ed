// The public access-request form as an open relay (security issue, item 7): it emailed text the visitor wrote (names,
// organisation name) to any address they typed. Now no email a public request causes carries the requester's words,
// the only email an unconfirmed address gets is a fixed confirmation link, the request reaches Operations Support
// only once that link is opened, and an address gets at most three a day.
import { type TestOrg } from '../support/fixtures.ts';
import { twoOrganisations } from '../support/two-organisations.ts';
import { mailTo } from '../support/contacts.ts';
import { receivedMails } from '../support/mailbox.ts';
import { eventually, request, signIn } from '../support/http.ts';

const t = twoOrganisations();

const SPAM = 'CHEAP PILLS at http://spam.example/buy';
let n = 0;
const victim = () => `victim.${Date.now()}.${++n}@example.org`;

const spamRequest = (email: string) => ({
  lastName: SPAM,
  firstName: 'Click here',
  email,
  language: 'EN',
  organisationName: `${SPAM} ${Date.now()} ${++n}`,
  addressLine1: '1 Water St',
  city: 'Digby',
  province: 'NS',
  postalCode: 'B0V 1A0',
  organisationPhone: '(902) 555-0101',
});

const mailsTo = async (email: string) => (await receivedMails()).filter((m) => m.to.includes(email));
const listed = async (who: TestOrg) =>
  ((await (await signIn(who, 'operations')).get('/api/access-requests')).body as { id: number }[]).map((r) => r.id);

test(
  'an access request mails no requester-written text, and an unconfirmed address gets only a fixed confirmation ' +
    'link; Operations Support of HCLN and CBCC see the request once it is confirmed',
  async () => {
    const email = victim();
    const sent = await request('POST', '/api/access-requests', { body: spamRequest(email) });
    expect([sent.status, sent.body.status]).toEqual([202, 'UNCONFIRMED']);
    expect(sent.body.message).toBe(
      `Check your email: open the link sent to ${email} within 24 hours to send the request.`,
    );
    const confirmation = await mailTo(email, /confirm your access request/);
    expect(confirmation.subject).toBe('Pathway (LaMPSS): confirm your access request');
    expect(`${confirmation.subject}\n${confirmation.text}`).not.toMatch(/CHEAP|spam\.example|Click here/);
    const token = /\/access-requests\/confirm\/([A-Za-z0-9_-]+)/.exec(confirmation.text)![1];

    const before = [...(await listed(t.hcln)), ...(await listed(t.cbcc))];
    const confirmed = await request('POST', '/api/access-requests/confirm', { body: { token } });
    expect(confirmed.body.status).toBe('SUBMITTED');
    expect(before).not.toContain(confirmed.body.id);
    expect(await listed(t.hcln)).toContain(confirmed.body.id);
    expect(await listed(t.cbcc)).toContain(confirmed.body.id);
    // The link opened twice receives it once.
    expect((await request('POST', '/api/access-requests/confirm', { body: { token } })).body).toEqual(confirmed.body);

    const ops = await signIn(t.cbcc, 'operations');
    await ops.post(`/api/access-requests/${confirmed.body.id}/reject`, {
      decisionNote: 'Not a labour-market program.',
    });
    await mailTo(email, /your access request/, /was not approved/);
    const all = await mailsTo(email);
    expect(all.map((m) => m.subject).sort()).toEqual([
      'Pathway (LaMPSS): confirm your access request',
      'Pathway (LaMPSS): your access request',
      'Pathway (LaMPSS): your access request',
    ]);
    for (const m of all) expect(`${m.subject}\n${m.text}`).not.toMatch(/CHEAP|spam\.example|Click here/);
  },
);

test('an unconfirmed request cannot be decided, and a confirmation link that expired receives nothing', async () => {
  const email = victim();
  expect((await request('POST', '/api/access-requests', { body: spamRequest(email) })).status).toBe(202);
  const token = /\/access-requests\/confirm\/([A-Za-z0-9_-]+)/.exec(
    (await mailTo(email, /confirm your access request/)).text,
  )![1];
  const [{ id }] = await t.orm.em
    .fork()
    .execute<{ id: number }[]>('select id from access_request where email = ?', [email]);
  for (const org of [t.hcln, t.cbcc])
    expect((await (await signIn(org, 'operations')).post(`/api/access-requests/${id}/approve`, {})).status).toBe(404);
  await t.orm.em
    .fork()
    .execute(`update access_request set confirm_expires_at = now() - interval '1 second' where id = ?`, [id]);
  const expired = await request('POST', '/api/access-requests/confirm', { body: { token } });
  expect([expired.status, expired.body.error]).toEqual([410, 'CONFIRMATION_LINK_EXPIRED']);
  expect(await listed(t.hcln)).not.toContain(id);
  expect((await request('POST', '/api/access-requests/confirm', { body: { token: 'made-up' } })).status).toBe(404);
});

test('an address gets at most three confirmation emails a day: the fourth request is refused with 429', async () => {
  const email = victim();
  for (let i = 0; i < 3; i++)
    expect((await request('POST', '/api/access-requests', { body: spamRequest(email) })).status).toBe(202);
  const fourth = await request('POST', '/api/access-requests', { body: spamRequest(email.toUpperCase()) });
  expect([fourth.status, fourth.body.error]).toEqual([429, 'TOO_MANY_REQUESTS_FOR_ADDRESS']);
  expect(fourth.body.message).toMatch(
    new RegExp(
      '^This email address already received 3 access-request confirmations today\\. Open the link in one of ' +
        'them, or send the request again after ',
    ),
  );
  const other = victim();
  expect((await request('POST', '/api/access-requests', { body: spamRequest(other) })).status).toBe(202);
  await mailTo(other, /confirm/);
  await eventually(async () => (await mailsTo(email)).length === 3);
  // Unconfirmed, none of them reached Operations Support.
  const ids = (
    await t.orm.em.fork().execute<{ id: number }[]>('select id from access_request where lower(email) = ?', [email])
  ).map((r) => r.id);
  expect(ids).toHaveLength(3);
  for (const org of [t.hcln, t.cbcc]) expect(await listed(org)).not.toEqual(expect.arrayContaining([ids[0]]));
});
