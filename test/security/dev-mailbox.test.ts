// The dev mailbox (security issue, item 1): any signed-in user of any organisation read every email there, invitation
// links included, and a CBCC case manager joined HCLN with one. It exists only outside production, only for Operations
// Support, and shows only the emails of the caller's organisation (each outbox email records its organisation).
import { startApi } from '../../api/main.ts';
import { parseConfig } from '../../infra/config.ts';
import { TEST_PASSWORD } from '../support/fixtures.ts';
import { twoOrganisations } from '../support/two-organisations.ts';
import { mailTo, newContact, tokenIn, type Mail } from '../support/contacts.ts';
import { request, sessionTokenOf, signIn } from '../support/http.ts';

const t = twoOrganisations();

interface MailboxEntry extends Mail {
  id: string;
  date: string | null;
  kind: string;
  organisationId: number | null;
}

/** An HCLN administrator invites a new contact; the invitation email has arrived. */
async function hclnInvitation() {
  const contact = newContact(t.hcln);
  const added = await (
    await signIn(t.hcln, 'admin')
  ).post(`/api/organisations/${t.hcln.id}/contacts`, { ...contact, invitation: { profiles: ['OFA_ADMIN'] } });
  expect(added.status).toBe(201);
  return { email: contact.email, token: tokenIn(await mailTo(contact.email, /invitation/)) };
}

test(
  'a CBCC case manager cannot read the dev mailbox, and ' + "CBCC's Operations Support never sees an HCLN invitation",
  async () => {
    const invitation = await hclnInvitation();

    const manager = await (await signIn(t.cbcc, 'manager')).get('/api/dev/mailbox');
    expect([manager.status, manager.body.message]).toEqual([
      403,
      'Only LaMPSS Operations Support may read the dev mailbox, and only their organisation’s emails.',
    ]);
    expect(JSON.stringify(manager.body)).not.toContain(invitation.token);
    expect((await (await signIn(t.hcln, 'manager')).get('/api/dev/mailbox')).status).toBe(403);

    const cbccOps = await (await signIn(t.cbcc, 'operations')).get<MailboxEntry[]>('/api/dev/mailbox');
    expect(cbccOps.status).toBe(200);
    expect(JSON.stringify(cbccOps.body)).not.toContain(invitation.token);
    expect(cbccOps.body.every((m) => m.organisationId === t.cbcc.id)).toBe(true);

    const hclnOps = await (await signIn(t.hcln, 'operations')).get<MailboxEntry[]>('/api/dev/mailbox');
    const mail = hclnOps.body.find((m) => m.to.includes(invitation.email))!;
    expect(mail).toMatchObject({ kind: 'INVITATION', organisationId: t.hcln.id, attachments: [] });
    expect(mail.text).toContain(invitation.token);
    expect(Object.keys(mail).sort()).toEqual(
      ['attachments', 'date', 'id', 'kind', 'organisationId', 'subject', 'text', 'to'].sort(),
    );
  },
);

test(
  "an email of no organisation (an access request's " + "confirmation) is shown to neither organisation's operations",
  async () => {
    const email = `requester.${Date.now()}@example.org`;
    const sent = await request('POST', '/api/access-requests', {
      body: {
        lastName: 'Doucet',
        firstName: 'Ren',
        email,
        organisationName: `Mailbox Test Society ${Date.now()}`,
        addressLine1: '1 Water St',
        city: 'Digby',
        province: 'NS',
        postalCode: 'B0V 1A0',
        organisationPhone: '(902) 555-0101',
      },
    });
    expect(sent.status).toBe(202);
    await mailTo(email, /confirm your access request/);
    for (const org of [t.hcln, t.cbcc]) {
      const box = await (await signIn(org, 'operations')).get<MailboxEntry[]>('/api/dev/mailbox');
      expect(box.body.some((m) => m.to.includes(email))).toBe(false);
    }
  },
);

test('in production the dev mailbox does not exist, not even for Operations Support of HCLN or CBCC', async () => {
  const config = parseConfig({ ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'silent' });
  const api = await startApi({
    ...config,
    PORT: 0,
    DATABASE_URL: process.env.DATABASE_URL!,
    TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS!,
    SMTP_URL: process.env.SMTP_URL!,
  });
  try {
    await hclnInvitation();
    for (const org of [t.hcln, t.cbcc]) {
      const token = sessionTokenOf(
        await request('POST', '/api/session', {
          base: api.url,
          body: { organisationCode: org.code, loginId: 'operations', password: TEST_PASSWORD, acceptTerms: true },
        }),
      );
      const box = await fetch(`${api.url}/api/dev/mailbox`, { headers: { authorization: `Bearer ${token}` } });
      expect(box.status).toBe(404);
      expect(((await box.json()) as { message: string }).message).toBe(
        'No API route GET /dev/mailbox; see /api/openapi.json.',
      );
    }
  } finally {
    await api.stop();
  }
});
