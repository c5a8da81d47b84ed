// Organisation contacts, invitations, access and audit through the API (spec 04 R-CON, R-INV, R-SEC, R-ORG),
// as an administrator, a non-administrator, another organisation and Operations Support see them.
import { openOrm, type Orm } from '../../db/orm.ts';
import { expiryDate } from '../../domain/access.ts';
import { createOrg, createUser, type TestOrg } from '../support/fixtures.ts';
import { newContact, mailTo, tokenIn } from '../support/contacts.ts';
import { receivedMails } from '../support/mailbox.ts';
import { eventually, request, sessionTokenOf, signIn, type Client } from '../support/http.ts';
import { smtpControl } from '../support/smtp-control.ts';

let orm: Orm;
let org: TestOrg;
let other: TestOrg;
let admin: Client;
let viewer: Client;
let ops: Client;
let base: string;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Cape Breton Works');
  other = await createOrg(orm, 'Other Works');
  admin = await signIn(org, 'admin');
  viewer = await signIn(org, 'viewer');
  ops = await signIn(other, 'operations');
  base = `/api/organisations/${org.id}`;
});
afterAll(async () => {
  await smtpControl.start().catch(() => undefined); // running already unless a test stopped midway
  await orm.close();
});

const signInAs = (code: string, loginId: string, password: string) =>
  request('POST', '/api/session', { body: { organisationCode: code, loginId, password, acceptTerms: true } });
const PASSWORD = 'a long enough passphrase';

async function invited(profiles = ['OFA_USER'], overrides: Record<string, unknown> = {}) {
  const body = newContact(org, overrides);
  const res = await admin.post(`${base}/contacts`, {
    ...body,
    invitation: { profiles, message: 'Welcome to the team.' },
  });
  expect(res.status).toBe(201);
  const mail = await mailTo(body.email as string, /invitation/);
  return { contact: res.body, mail, token: tokenIn(mail), email: body.email as string };
}

test(
  'R-CON-11 a contact added without access shows "No ' + 'LaMPSS access", no profiles and "Invite to LaMPSS"',
  async () => {
    const res = await admin.post(`${base}/contacts`, newContact(org));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      hasAccess: false,
      active: true,
      isPrimary: false,
      profiles: [],
      invitation: null,
      actions: ['invite'],
      userId: null,
    });
  },
);

test('R-CON-01 R-CON-02 missing names, email and staffing fields are refused with the catalogue messages', async () => {
  const res = await admin.post(`${base}/contacts`, { lastName: ' ', firstName: '', email: '' });
  expect(res.status).toBe(400);
  expect(res.body.violations.map((v: { message: string }) => v.message)).toEqual([
    'Last name is required.',
    'First name is required.',
    'Email is required.',
    'Office location, position type and FTE are required because your organisation provides case management ' +
      'with client tracking (Nova Scotia Works).',
  ]);
});

test('R-CON-04 two active contacts of an organisation cannot share an email', async () => {
  const first = newContact(org);
  expect((await admin.post(`${base}/contacts`, first)).status).toBe(201);
  const again = await admin.post(`${base}/contacts`, newContact(org, { email: (first.email as string).toUpperCase() }));
  expect([again.status, again.body.error, again.body.message]).toEqual([
    409,
    'EMAIL_DUPLICATE',
    'Another active contact in your organisation already uses this email address.',
  ]);
});

test('R-CON-07 "Primary contact" cannot be set when creating a contact', async () => {
  const res = await admin.post(`${base}/contacts`, newContact(org, { isPrimary: true }));
  expect([res.status, res.body.error]).toEqual([403, 'PRIMARY_TRANSFER_FORBIDDEN']);
});

test(
  'R-CON-10 R-CON-16 R-SEC-16 a non-administrator reads the list without profiles or actions and cannot add ' +
    'contacts',
  async () => {
    const add = await viewer.post(`${base}/contacts`, newContact(org));
    expect([add.status, add.body.message]).toEqual([
      403,
      'Only users with an administrator security profile can add or change contacts.',
    ]);
    const list = await viewer.get(`${base}/contacts`);
    expect(list.status).toBe(200);
    expect(
      list.body.items.every(
        (r: Record<string, unknown>) =>
          r.profiles === undefined && (r.actions as string[]).length === 0 && r.userId === undefined,
      ),
    ).toBe(true);
  },
);

test('R-CON-12 R-CON-13 R-CON-14 lists the primary contact first, then by last name, 10 per page', async () => {
  const o = await createOrg(orm, 'Ordering Works');
  const a = await signIn(o, 'admin');
  for (const lastName of [
    'Zimmer',
    'abbott',
    'Éthier',
    'Martin',
    'Young',
    'Baker',
    'Chiasson',
    'Dunn',
    'Ferris',
    'Gale',
  ]) {
    expect((await a.post(`/api/organisations/${o.id}/contacts`, newContact(o, { lastName }))).status).toBe(201);
  }
  const page1 = await a.get(`/api/organisations/${o.id}/contacts`);
  expect([page1.body.pageSize, page1.body.totalCount, page1.body.totalPages]).toEqual([10, 16, 2]);
  expect(page1.body.items.map((r: { lastName: string }) => r.lastName)).toEqual([
    'Tester',
    'abbott',
    'Baker',
    'Chiasson',
    'Dunn',
    'Éthier',
    'Ferris',
    'Gale',
    'Martin',
    'Tester',
  ]);
  expect(page1.body.items[0]).toMatchObject({ isPrimary: true, administrator: true, firstName: 'admin' });
  const page2 = await a.get(`/api/organisations/${o.id}/contacts?page=2&pageSize=50`);
  expect(page2.body.items.map((r: { lastName: string }) => r.lastName)).toEqual([
    'Tester',
    'Tester',
    'Tester',
    'Tester',
    'Young',
    'Zimmer',
  ]);
  expect((await a.get(`/api/organisations/${o.id}/contacts?page=3`)).body).toMatchObject({ items: [], totalCount: 16 });
});

test(
  'R-CON-15 search by last name (accent-insensitive prefix), email, user ID, profiles and accounts with ' + 'access',
  async () => {
    const o = await createOrg(orm, 'Search Works');
    const a = await signIn(o, 'admin');
    await a.post(
      `/api/organisations/${o.id}/contacts`,
      newContact(o, { lastName: 'Éthier', email: `ethier.${o.code}@search.example` }),
    );
    const q = (s: string) =>
      a.get(`/api/organisations/${o.id}/contacts?${s}`).then((r) => r.body.items.map((i: { name: string }) => i.name));
    expect(await q('lastName=ETH')).toEqual(['Éthier, Casey']);
    expect(await q('email=search.example')).toEqual(['Éthier, Casey']);
    expect(await q('userId=superv')).toEqual(['Tester, supervisor']);
    expect(await q('profiles=ECM_CASE_MANAGER')).toEqual(['Tester, manager', 'Tester, manager2']);
    expect(await q('withAccess=true')).not.toContain('Éthier, Casey');
  },
);

test(
  'R-INV-01 R-INV-07 R-INV-14 adding a contact with ' + 'access emails an invitation; the row shows it pending',
  async () => {
    const { contact, mail, email } = await invited(['OFA_USER', 'ECM_VIEW']);
    expect(contact).toMatchObject({
      hasAccess: false,
      invitationSent: true,
      actions: ['withdrawInvitation', 'resendInvitation'],
    });
    expect(contact.invitation).toMatchObject({ status: 'PENDING' });
    expect(contact.invitation.expiresOn).toBe(expiryDate(new Date(contact.invitation.expiresAt)));
    expect(Date.parse(contact.invitation.expiresAt) - Date.now()).toBeGreaterThan(30 * 86_400_000 - 60_000);
    expect(contact.profiles).toEqual([
      { code: 'OFA_USER', label: 'Organisation Funding Agreement / User', pending: true },
      { code: 'ECM_VIEW', label: 'ECM View Only', pending: true },
    ]);
    expect(mail.subject).toBe('Pathway (LaMPSS): invitation from Cape Breton Works');
    expect(mail.text).toContain(`organisation ID: ${org.code}`);
    expect(mail.text).toContain('Welcome to the team.');
    expect(mail.text).toContain(`The invitation is valid until ${contact.invitation.expiresOn}.`);
    expect(mail.text).toContain('Organisation Funding Agreement / User, ECM View Only');
    expect(mail.to).toContain(email);
  },
);

test('R-INV-06 a contact has at most one pending invitation', async () => {
  const { contact } = await invited();
  const again = await admin.post(`${base}/contacts/${contact.id}/invitations`, { profiles: ['OFA_READ'] });
  expect([again.status, again.body.message]).toEqual([
    409,
    'An invitation is already pending for this contact. Withdraw it before sending a new one.',
  ]);
});

test('R-INV-02 R-SEC-04 R-SEC-05 R-SEC-06 requested profiles must be grantable by the inviter', async () => {
  const c = (await admin.post(`${base}/contacts`, newContact(org))).body;
  const tryInvite = (profiles: string[], who = admin) => who.post(`${base}/contacts/${c.id}/invitations`, { profiles });
  expect((await tryInvite([])).body.error).toBe('PROFILE_REQUIRED');
  expect(await tryInvite(['ECM_ADMIN']).then((r) => [r.status, r.body.error])).toEqual([403, 'PROFILE_OPS_ONLY']);
  expect(await tryInvite(['LM_MANAGER']).then((r) => [r.status, r.body.error])).toEqual([403, 'PROFILE_NOT_GRANTABLE']);
  expect(await tryInvite(['SE_USER'], ops).then((r) => [r.status, r.body.error])).toEqual([
    422,
    'PROFILE_PREREQUISITE_MISSING',
  ]);
  const tooLong = await admin.post(`${base}/contacts/${c.id}/invitations`, {
    profiles: ['OFA_USER'],
    message: 'x'.repeat(1001),
  });
  expect([tooLong.status, tooLong.body.message]).toEqual([
    400,
    'The additional invitation message cannot exceed 1,000 characters.',
  ]);
});

test('R-INV-08 a withdrawn invitation fails at once and the contact can be invited again', async () => {
  const { contact, token } = await invited();
  expect((await admin.post(`${base}/invitations/${contact.invitation.id}/withdraw`)).status).toBe(200);
  const landing = await request('GET', `/api/invitations/${token}`);
  expect([landing.status, landing.body.message]).toEqual([
    410,
    "This invitation is no longer valid. Contact your organisation's LaMPSS administrator.",
  ]);
  expect((await admin.get(`${base}/contacts/${contact.id}`)).body).toMatchObject({
    invitation: null,
    actions: ['invite'],
    hasAccess: false,
  });
  expect((await admin.post(`${base}/invitations/${contact.invitation.id}/withdraw`)).body.error).toBe(
    'INVITATION_NOT_PENDING',
  );
  expect((await admin.post(`${base}/contacts/${contact.id}/invitations`, { profiles: ['OFA_READ'] })).status).toBe(201);
});

test('R-INV-15 resending gives a new link valid 30 days; the old one never works again', async () => {
  const { contact, token, email } = await invited();
  const resent = await admin.post(`${base}/invitations/${contact.invitation.id}/resend`);
  expect(resent.status).toBe(201);
  const newMail = await mailTo(email, /invitation/).then(async (m) =>
    tokenIn(m) === token ? mailTo(email, /invitation/) : m,
  );
  const fresh = await eventuallyNewToken(email, token);
  expect(fresh).not.toBe(token);
  expect(newMail).toBeDefined();
  expect((await request('GET', `/api/invitations/${token}`)).status).toBe(410);
  expect((await request('GET', `/api/invitations/${fresh}`)).body).toMatchObject({
    organisationName: 'Cape Breton Works',
    inviterName: 'admin Tester',
  });
});

async function eventuallyNewToken(email: string, old: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const mails = (await receivedMails()).filter((m) => m.to.includes(email) && /invitation/.test(m.subject));
    const fresh = mails.map(tokenIn).find((t) => t !== old);
    if (fresh) return fresh;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('no second invitation email');
}

test(
  'R-INV-10 R-INV-12 R-CON-17 the invitee chooses a ' + 'user ID and password, gets the profiles and signs in',
  async () => {
    const { contact, token, email } = await invited(['OFA_USER', 'ECM_CASE_MANAGER']);
    const weak = await request('POST', '/api/invitations/accept', {
      body: { token, loginId: 'casey.new', password: 'short' },
    });
    expect([weak.status, weak.body.message]).toEqual([400, 'Choose a password of at least 12 characters.']);
    const ok = await request('POST', '/api/invitations/accept', {
      body: { token, loginId: `casey.${contact.id}`, password: PASSWORD, accountEmail: 'casey@home.example' },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      organisationCode: org.code,
      profiles: ['OFA_USER', 'ECM_CASE_MANAGER'],
      skippedProfiles: [],
    });
    const session = await signInAs(org.code, `casey.${contact.id}`, PASSWORD);
    expect(session.status).toBe(201);
    expect(session.body.user.profiles).toEqual(['OFA_USER', 'ECM_CASE_MANAGER']);
    const row = (await admin.get(`${base}/contacts/${contact.id}`)).body;
    expect(row).toMatchObject({
      hasAccess: true,
      emails: [email, 'casey@home.example'],
      actions: ['removeAccess'],
      invitation: null,
    });
    const reused = await request('POST', '/api/invitations/accept', {
      body: { token, loginId: 'someone.else', password: PASSWORD },
    });
    expect([reused.status, reused.body.message]).toEqual([
      409,
      'This invitation has already been used. Sign in to LaMPSS.',
    ]);
  },
);

test('R-INV-13 R-CON-21 changing the email of a contact with a pending invitation cancels it', async () => {
  const { contact, token } = await invited();
  const res = await admin.patch(`${base}/contacts/${contact.id}`, {
    email: `changed.${contact.id}@example.org`,
    version: contact.version,
  });
  expect(res.status).toBe(200);
  expect(res.body.invitation).toBeNull();
  expect((await request('GET', `/api/invitations/${token}`)).body.error).toBe('INVITATION_WITHDRAWN');
});

test('R-CON-22 a save with an old version is refused and changes nothing', async () => {
  const c = (await admin.post(`${base}/contacts`, newContact(org))).body;
  expect((await admin.patch(`${base}/contacts/${c.id}`, { jobTitle: 'Coordinator', version: c.version })).status).toBe(
    200,
  );
  const stale = await admin.patch(`${base}/contacts/${c.id}`, { jobTitle: 'Director', version: c.version });
  expect([stale.status, stale.body.message]).toEqual([
    409,
    'This record was changed by someone else. Reload the page and try again.',
  ]);
  expect((await admin.get(`${base}/contacts/${c.id}`)).body.jobTitle).toBe('Coordinator');
});

async function userWithAccess(profiles = ['OFA_USER']) {
  const { contact, token, email } = await invited(profiles);
  const loginId = `user.${contact.id}`;
  await request('POST', '/api/invitations/accept', { body: { token, loginId, password: PASSWORD } });
  const session = await signInAs(org.code, loginId, PASSWORD);
  const me = (await admin.get(`${base}/contacts/${contact.id}`)).body;
  return { contact: me, token: sessionTokenOf(session), email };
}

test(
  'R-SEC-12 R-SEC-15 removing access ends the sessions at once; the person stays an active contact and is ' + 'told',
  async () => {
    const { contact, token, email } = await userWithAccess();
    expect((await request('GET', '/api/session', { token })).status).toBe(200);
    const res = await admin.post(`${base}/contacts/${contact.id}/remove-access`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ active: true, hasAccess: false, actions: ['invite'] });
    expect((await request('GET', '/api/session', { token })).status).toBe(401);
    const notice = await mailTo(email, /^Pathway \(LaMPSS\): your access for Cape Breton Works$/, /has been removed/);
    expect(notice.text).toContain(
      'Your LaMPSS access for Cape Breton Works has been removed. You remain a contact of the organisation.',
    );
  },
);

test(
  'R-SEC-11 R-CON-18 R-CON-20 deactivation ends access; the contact is listed only without "Active only"; ' +
    'reactivation gives no access back',
  async () => {
    const { contact, token } = await userWithAccess(['OFA_READ']);
    const res = await admin.patch(`${base}/contacts/${contact.id}`, { active: false, version: contact.version });
    expect(res.status).toBe(200);
    expect((await request('GET', '/api/session', { token })).status).toBe(401);
    const names = async (q: string) =>
      (await admin.get(`${base}/contacts?lastName=${contact.lastName}${q}`)).body.items.map(
        (r: { name: string; active: boolean }) => [r.name, r.active],
      );
    expect(await names('')).toEqual([]);
    expect(await names('&activeOnly=false')).toEqual([[contact.name, false]]);
    const back = await admin.patch(`${base}/contacts/${contact.id}`, { active: true, version: res.body.version });
    expect(back.body).toMatchObject({ active: true, hasAccess: false, actions: ['invite'] });
  },
);

test(
  'R-SEC-09 R-CON-09 administrators cannot deactivate themselves; the primary contact cannot be deactivated ' +
    'or unticked',
  async () => {
    const me = (await admin.get(`${base}/contacts?lastName=Tester&firstName=admin`)).body.items[0];
    const self = await admin.patch(`${base}/contacts/${me.id}`, { active: false, version: me.version });
    expect([self.status, self.body.message]).toEqual([
      403,
      'You cannot change your own security profiles, access or active status.',
    ]);
    const opsInOrg = await signIn(org, 'operations');
    const primary = await opsInOrg.patch(`${base}/contacts/${me.id}`, { active: false, version: me.version });
    expect([primary.status, primary.body.error]).toEqual([409, 'PRIMARY_CANNOT_DEACTIVATE']);
    const untick = await opsInOrg.patch(`${base}/contacts/${me.id}`, { isPrimary: false, version: me.version });
    expect([untick.status, untick.body.message]).toEqual([
      409,
      'Your organisation must always have one primary contact. Make another user the primary contact instead.',
    ]);
  },
);

test(
  'R-SEC-07 an administrator cannot deactivate a user ' + 'holding profiles of a family they do not administer',
  async () => {
    const o = await createOrg(orm, 'Scope Works');
    const ecmOnly = await signIn(o, 'admin');
    const ofaUser = (await ecmOnly.get(`/api/organisations/${o.id}/contacts?userId=manager2`)).body.items[0];
    await orm.em.fork().execute(`update app_user set profiles = '{OFA_USER}' where id = ?`, [ofaUser.id]);
    await orm.em
      .fork()
      .execute(`update app_user set profiles = '{ECM_ADMIN}' where organisation_id = ? and login_id = 'admin'`, [o.id]);
    const res = await ecmOnly.patch(`/api/organisations/${o.id}/contacts/${ofaUser.id}`, {
      active: false,
      version: ofaUser.version,
    });
    expect([res.status, res.body.error]).toEqual([403, 'TARGET_OUTSIDE_SCOPE']);
  },
);

test(
  'R-CON-05 R-CON-06 R-CON-07 R-CON-08 only the primary contact transfers the role, to an active user with ' + 'access',
  async () => {
    const o = await createOrg(orm, 'Primary Works');
    const primaryAdmin = await signIn(o, 'admin');
    const opsAdmin = await signIn(o, 'operations');
    const list = (await primaryAdmin.get(`/api/organisations/${o.id}/contacts`)).body.items as {
      id: number;
      firstName: string;
    }[];
    const manager = list.find((c) => c.firstName === 'manager')!;
    const noAccess = (await primaryAdmin.post(`/api/organisations/${o.id}/contacts`, newContact(o))).body;
    const invalid = await primaryAdmin.put(`/api/organisations/${o.id}/primary-contact`, { contactId: noAccess.id });
    expect([invalid.status, invalid.body.message]).toEqual([
      422,
      'The primary contact must be an active user with LaMPSS access.',
    ]);
    const moved = await primaryAdmin.put(`/api/organisations/${o.id}/primary-contact`, { contactId: manager.id });
    expect(moved.status).toBe(200);
    expect(moved.body.warning).toContain('holds no administrator profile');
    const after = (await primaryAdmin.get(`/api/organisations/${o.id}/contacts`)).body.items;
    expect(
      after.filter((c: { isPrimary: boolean }) => c.isPrimary).map((c: { firstName: string }) => c.firstName),
    ).toEqual(['manager']);
    expect(after[0].firstName).toBe('manager');
    // R-CON-08: profiles unchanged; the former primary is now an ordinary administrator.
    expect(
      after.find((c: { firstName: string }) => c.firstName === 'admin').profiles.map((p: { code: string }) => p.code),
    ).toEqual(['ECM_ADMIN', 'OFA_ADMIN']);
    const back = await primaryAdmin.put(`/api/organisations/${o.id}/primary-contact`, {
      contactId: list.find((c) => c.firstName === 'admin')!.id,
    });
    expect([back.status, back.body.message]).toEqual([
      403,
      'Only the current primary contact can transfer the primary contact role.',
    ]);
    expect(
      (
        await opsAdmin.put(`/api/organisations/${o.id}/primary-contact`, {
          contactId: list.find((c) => c.firstName === 'admin')!.id,
        })
      ).status,
    ).toBe(200);
  },
);

test(
  'R-SEC-02 another organisation’s contacts, contact and organisation answer 404; Operations Support reads ' + 'them',
  async () => {
    const outsider = await signIn(other, 'admin');
    const some = (await admin.get(`${base}/contacts`)).body.items[0];
    for (const path of [base, `${base}/contacts`, `${base}/contacts/${some.id}`, `${base}/audit`])
      expect((await outsider.get(path)).status).toBe(404);
    expect(
      (
        await outsider.patch(`/api/organisations/${other.id}/contacts/${some.id}`, {
          jobTitle: 'x',
          version: some.version,
        })
      ).status,
    ).toBe(404);
    expect((await ops.get(`${base}/contacts`)).status).toBe(200);
  },
);

test(
  'R-ORG-10 R-ORG-05 the organisation header; only ' + 'Operations Support changes the flags, and it is audited',
  async () => {
    const header = (await viewer.get(base)).body;
    expect(header).toMatchObject({
      name: 'Cape Breton Works',
      type: 'PRIVATE_NON_PROFIT',
      address: { line1: '1 Main St', city: 'Halifax' },
      inactive: false,
      phone: '(902) 555-1212',
    });
    const byAdmin = await admin.patch(base, { serviceEnrolment: true, version: header.version });
    expect([byAdmin.status, byAdmin.body.message]).toEqual([
      403,
      'Only LaMPSS Operations Support can change serviceEnrolment.',
    ]);
    expect((await viewer.patch(base, { name: 'x', version: header.version })).status).toBe(403);
    const byOps = await ops.patch(base, { serviceEnrolment: true, version: header.version });
    expect([byOps.status, byOps.body.serviceEnrolment]).toEqual([200, true]);
    const audit = (await admin.get(`${base}/audit`)).body.items;
    expect(audit[0]).toMatchObject({
      action: 'ORG_FLAG_CHANGED',
      before: { serviceEnrolment: false },
      after: { serviceEnrolment: true },
      actor: { name: 'operations Tester' },
    });
  },
);

test(
  'R-ORG-08 an inactive organisation: its users are ' + 'signed out and cannot sign in; nothing can be sent',
  async () => {
    const o = await createOrg(orm, 'Closing Works');
    const a = await signIn(o, 'admin');
    const opsHere = await signIn(o, 'operations');
    const header = (await opsHere.get(`/api/organisations/${o.id}`)).body;
    expect(
      (await opsHere.patch(`/api/organisations/${o.id}`, { inactive: true, version: header.version })).status,
    ).toBe(200);
    expect((await a.get('/api/session')).status).toBe(401);
    const again = await signInAs(o.code, 'admin', 'correct horse battery staple');
    expect([again.status, again.body.message]).toEqual([
      403,
      'This organisation is inactive in LaMPSS. Contact LaMPSS Operations Support.',
    ]);
    expect((await opsHere.get('/api/session')).status).toBe(200);
  },
);

test(
  'R-SEC-14 every access change is in the audit log with ' + 'who, what and when, and the log cannot be changed',
  async () => {
    const { contact, token } = await invited(['OFA_USER']);
    await request('POST', '/api/invitations/accept', {
      body: { token, loginId: `audited.${contact.id}`, password: PASSWORD },
    });
    const items = (await admin.get(`${base}/audit`)).body.items as {
      action: string;
      actor: { name: string };
      at: string;
      target: { name: string };
      before: unknown;
      after: unknown;
    }[];
    const mine = items.filter((a) => a.target.name === contact.name).map((a) => [a.action, a.actor.name]);
    expect(mine).toEqual(
      expect.arrayContaining([
        ['CONTACT_CREATED', 'admin Tester'],
        ['INVITATION_SENT', 'admin Tester'],
        ['INVITATION_ACCEPTED', `Casey ${contact.lastName}`],
        ['PROFILE_GRANTED', `Casey ${contact.lastName}`],
      ]),
    );
    expect(JSON.stringify(items)).not.toContain(token);
    expect(JSON.stringify(items)).not.toContain('scrypt$');
    await expect(
      orm.em.fork().execute(`update access_audit set action = 'X' where organisation_id = ?`, [org.id]),
    ).rejects.toThrow(/append-only/);
    await expect(orm.em.fork().execute(`delete from access_audit where organisation_id = ?`, [org.id])).rejects.toThrow(
      /append-only/,
    );
    expect((await viewer.get(`${base}/audit`)).status).toBe(403);
  },
);

test('R-CON-19 a contact is never deleted: there is no way to, and deactivating keeps it listed', async () => {
  const contact = (await admin.post(`${base}/contacts`, newContact(org))).body;
  const deleted = await admin.del(`${base}/contacts/${contact.id}`);
  expect(deleted.status).toBe(404);
  expect((await admin.get(`${base}/contacts/${contact.id}`)).body).toMatchObject({ id: contact.id, active: true });
  const off = await admin.patch(`${base}/contacts/${contact.id}`, { active: false, version: contact.version });
  expect(off.status).toBe(200);
  expect((await admin.get(`${base}/contacts/${contact.id}`)).body).toMatchObject({ id: contact.id, active: false });
});

test(
  'R-ORG-01 a contact stays with the organisation it was added to: no change moves it, nor shows it at ' + "another's",
  async () => {
    const contact = (await admin.post(`${base}/contacts`, newContact(org))).body;
    const moved = await admin.patch(`${base}/contacts/${contact.id}`, {
      organisationId: other.id,
      jobTitle: 'Coordinator',
      version: contact.version,
    });
    expect(moved.status).toBe(200);
    expect((await admin.get(`${base}/contacts/${contact.id}`)).body).toMatchObject({ jobTitle: 'Coordinator' });
    expect((await ops.get(`/api/organisations/${other.id}/contacts/${contact.id}`)).status).toBe(404);
    expect((await ops.get(`${base}/contacts/${contact.id}`)).status).toBe(200);
  },
);

test(
  'R-INV-16 an invitation whose email the mail server did not take stays pending, marked as not sent, until the ' +
    'email goes out',
  async () => {
    await smtpControl.stop();
    const body = newContact(org);
    const created = await admin.post(`${base}/contacts`, { ...body, invitation: { profiles: ['OFA_USER'] } });
    expect(created.status).toBe(201);
    const row = async () => (await admin.get(`${base}/contacts/${created.body.id}`)).body;
    const failed = await eventually(async () => {
      const r = await row();
      return r.invitation?.emailStatus === 'FAILED' ? r : undefined;
    }, 30_000);
    expect(failed).toMatchObject({ hasAccess: false, invitation: { status: 'PENDING' } });
    await smtpControl.start();
  },
);

test(
  'R-SEC-08 an administrator changing a user’s profiles keeps those outside the ones they may grant, and cannot ' +
    'remove them',
  async () => {
    const o = await createOrg(orm, 'Keep Works');
    const ecmOnly = await signIn(o, 'admin');
    const user = (await ecmOnly.get(`/api/organisations/${o.id}/contacts?userId=manager2`)).body.items[0];
    // A case manager of an organisation that tracks clients: an office, a position and an FTE, and two profiles.
    await orm.em
      .fork()
      .execute(
        `update app_user set profiles = '{ECM_CASE_MANAGER,OFA_USER}', office_location_id = ?, ` +
          `position_type = 'CASE_MANAGER', fte = 1 where id = ?`,
        [o.officeLocationId, user.id],
      );
    await orm.em
      .fork()
      .execute(`update app_user set profiles = '{ECM_ADMIN}' where organisation_id = ? and login_id = 'admin'`, [o.id]);
    const path = `/api/organisations/${o.id}/contacts/${user.id}`;
    const { version } = (await ecmOnly.get(path)).body;
    const added = await ecmOnly.patch(path, { profilesToAdd: ['ECM_VIEW'], version });
    expect([added.status, added.body.message]).toEqual([200, undefined]);
    const codes = (c: { profiles: { code: string }[] }) => c.profiles.map((p) => p.code).sort();
    expect(codes(added.body)).toEqual(['ECM_CASE_MANAGER', 'ECM_VIEW', 'OFA_USER']);
    const removed = await ecmOnly.patch(path, { profilesToRemove: ['OFA_USER'], version: added.body.version });
    expect(removed.status).toBe(403);
    expect(codes((await ecmOnly.get(path)).body)).toContain('OFA_USER');
  },
);

test(
  'R-ORG-09 the staff of the departments that administer funding agreements read an organisation’s contacts and ' +
    'change nothing; other organisations still find nothing',
  async () => {
    const ensOrg = await createOrg(orm, 'Employment Nova Scotia');
    await createUser(orm, ensOrg, 'ens', ['ENS_AGREEMENT_MANAGER']);
    const ens = await signIn(ensOrg, 'ens');
    const contact = (await admin.post(`${base}/contacts`, newContact(org))).body;
    const listed = await ens.get(`${base}/contacts?lastName=${contact.lastName}`);
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: contact.id, email: contact.email })]);
    expect((await ens.get(`${base}/contacts/${contact.id}`)).status).toBe(200);
    expect((await ens.get(base)).body.name).toBe(org.name);
    expect(
      (await ens.patch(`${base}/contacts/${contact.id}`, { jobTitle: 'x', version: contact.version })).status,
    ).toBe(403);
    expect((await ens.post(`${base}/contacts`, newContact(org))).status).toBe(403);
    expect((await ens.patch(base, { phone: '902-555-0100', version: 1 })).status).toBe(403);
    expect((await ens.get(`${base}/audit`)).status).toBe(403);
    const outsider = await signIn(other, 'manager');
    expect((await outsider.get(`${base}/contacts`)).status).toBe(404);
  },
);
