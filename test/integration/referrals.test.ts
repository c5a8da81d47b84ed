// Referrals and case transfers end to end on the real servers: a case manager refers a case to another
// organisation, the email is read back from the SMTP server, and the receiving organisation completes the transfer.
import { Organisation } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { businessDate } from '../../domain/dates.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { eventually, signIn, type Client } from '../support/http.ts';
import { smtpControl } from '../support/smtp-control.ts';
import { receivedMails } from '../support/mailbox.ts';

let orm: Orm;
let halifax: TestOrg;
let capeBreton: TestOrg;
let valley: TestOrg;
let sender: Client;
let receiver: Client;
let outsider: Client;
let operations: Client;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  halifax = await createOrg(orm, 'Halifax Works Centre');
  capeBreton = await createOrg(orm, 'Cape Breton Works Centre');
  valley = await createOrg(orm, 'Valley Learning Association');
  const em = orm.em.fork();
  await em.nativeUpdate(
    Organisation,
    { id: halifax.id },
    { generalEmail: `info.${halifax.code.toLowerCase()}@example.org` },
  );
  await em.nativeUpdate(
    Organisation,
    { id: capeBreton.id },
    { generalEmail: `referrals.${capeBreton.code.toLowerCase()}@example.org` },
  );
  await em.nativeUpdate(Organisation, { id: valley.id }, { clientTracking: false });
  sender = await signIn(halifax, 'manager');
  receiver = await signIn(capeBreton, 'manager');
  outsider = await signIn(valley, 'manager');
  operations = await signIn(halifax, 'operations');
});
afterAll(async () => {
  await smtpControl.start().catch(() => undefined); // running already unless a test stopped midway
  await orm.close();
});

async function openCaseFor(firstName: string, lastName: string) {
  const person = await createIndividual(orm, halifax, { firstName, lastName, dateOfBirth: '1988-02-29' });
  const opened = await sender.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  return { caseId: opened.body.id as number, person };
}

const referralBody = (caseId: number, extra: Record<string, unknown> = {}) => ({
  type: 'CASE_TRANSFER',
  toOrganisationId: capeBreton.id,
  contactPerson: 'Luc Arsenault',
  emailedTo: `referrals.${capeBreton.code.toLowerCase()}@example.org`,
  language: 'EN',
  subject: `Case transfer referral – case ${caseId}`,
  body: `We would like to transfer case ${caseId} to your organisation.`,
  confirmed: true,
  ...extra,
});

test(
  'R-REF-05 R-REF-07 the organisations list holds only eligible others, with the address the template fills ' + 'in',
  async () => {
    const list = await sender.get('/api/referral-organisations');
    const names = (list.body as { name: string }[]).map((o) => o.name);
    expect(names).toContain(capeBreton.name);
    expect(names).not.toContain(valley.name);
    expect(names).not.toContain(halifax.name);
    const { caseId } = await openCaseFor('Yvette', 'Boudreau');
    const template = await sender.get(
      `/api/cases/${caseId}/referrals/template?type=CASE_TRANSFER&language=FR&toOrganisationId=${capeBreton.id}`,
    );
    expect(template.body).toMatchObject({
      template: 'NSW Referral – Case Transfer',
      subject: `Renvoi en transfert de dossier de ${halifax.name} – cas ${caseId}`,
      emailedTo: `referrals.${capeBreton.code.toLowerCase()}@example.org`,
    });
    const refused = await sender.post(
      `/api/cases/${caseId}/referrals`,
      referralBody(caseId, { toOrganisationId: valley.id }),
    );
    expect(refused.status).toBe(422);
    expect(refused.body.violations[0]).toMatchObject({ rule: 'R-REF-05', code: 'E-REF-05' });
  },
);

test(
  'R-REF-13 the letter of a referral being written is ' + 'previewed as a PDF; another organisation’s case is a 404',
  async () => {
    const { caseId } = await openCaseFor('Odette', 'Pothier');
    const query = 'type=INFO_OUTSIDE_LAMPSS&language=EN&toOrganisationName=Digby%20Food%20Bank&contactPerson=Anne';
    const preview = await sender.get<string>(`/api/cases/${caseId}/referrals/letter?${query}`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect(preview.body.startsWith('%PDF-1.4')).toBe(true);
    expect(preview.body).toContain('Digby Food Bank');
    expect(preview.body).not.toContain('Pothier');
    // The case is looked up before the query is read: nothing about another organisation's case, not even a 400.
    expect((await receiver.get(`/api/cases/${caseId}/referrals/letter?type=NOPE`)).status).toBe(404);
    expect((await receiver.get(`/api/cases/${caseId}/referrals/template?type=NOPE`)).status).toBe(404);
    expect((await sender.get(`/api/cases/${caseId}/referrals/template?type=NOPE`)).status).toBe(400);
  },
);

test('R-REF-12 the client’s name in the email is refused until acknowledged; a SIN never goes out', async () => {
  const { caseId, person } = await openCaseFor('Theophile', 'Gaudet');
  const named = await sender.post(
    `/api/cases/${caseId}/referrals`,
    referralBody(caseId, { body: 'Theophile Gaudet needs a welder apprenticeship.' }),
  );
  expect(named.status).toBe(422);
  expect(named.body.message).toBe(
    'Do not include personal information about the client in the email subject or body: it seems to contain ' +
      "the client's name. Remove it, or confirm that it is not about the client.",
  );
  const sin = await sender.post(
    `/api/cases/${caseId}/referrals`,
    referralBody(caseId, { body: `SIN ${person.sin}`, personalInfoAcknowledged: true }),
  );
  expect(sin.status).toBe(422);
  expect(sin.body.violations[0]).toMatchObject({ rule: 'R-REF-12', code: 'E-REF-06' });
  const unconfirmed = await sender.post(`/api/cases/${caseId}/referrals`, referralBody(caseId, { confirmed: false }));
  expect(unconfirmed.status).toBe(422);
  expect(unconfirmed.body.violations[0]).toMatchObject({ rule: 'R-REF-11', code: 'C-REF-01' });
  expect((await sender.get(`/api/cases/${caseId}/referrals`)).body).toEqual([]);
});

test(
  'R-REF-03 R-REF-14 R-REF-15 R-REF-16 R-REF-18 R-REF-19 a case transfer end to end, emails read back from ' +
    'the SMTP server',
  async () => {
    const { caseId, person } = await openCaseFor('Evangeline', 'Comeau');
    const sent = await sender.post(`/api/cases/${caseId}/referrals`, referralBody(caseId));
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      status: 'INTAKE',
      referrals: [{ type: 'CASE_TRANSFER', transferOutcome: 'PENDING', toOrganisationName: capeBreton.name }],
    });

    // R-REF-14: SENT, then EMAILED once the mail server has it.
    await eventually(async () => (await sender.get(`/api/cases/${caseId}/referrals`)).body[0]?.status === 'EMAILED');
    const referralMail = (await receivedMails()).find((m) => m.subject === `Case transfer referral – case ${caseId}`)!;
    expect(referralMail.to).toContain(`referrals.${capeBreton.code.toLowerCase()}@example.org`);
    expect(referralMail.text).toContain(`We would like to transfer case ${caseId} to your organisation.`);
    expect(referralMail.text).toContain(halifax.name);
    // R-REF-13: the letter goes with it as a PDF; the same letter can be opened from the case.
    expect(referralMail.attachments).toEqual([
      expect.objectContaining({ filename: `referral-case-${caseId}.pdf`, contentType: 'application/pdf' }),
    ]);
    const referralId = sent.body.referrals[0].id as string;
    const letter = await sender.get<string>(`/api/cases/${caseId}/referrals/${referralId}/letter`);
    expect(letter.headers.get('content-type')).toBe('application/pdf');
    expect(letter.body.startsWith('%PDF-1.4')).toBe(true);
    expect(letter.body).toContain(`case ${caseId}`);
    expect(letter.body).not.toContain('Comeau');

    // A pending-transfer alert on both sides.
    const senderAlerts = (await sender.get('/api/alerts')).body as { caseId: number; kind: string; message: string }[];
    expect(senderAlerts).toContainEqual(
      expect.objectContaining({
        caseId,
        kind: 'TRANSFER_PENDING',
        message: 'Case transfer pending: the receiving organisation has not completed it yet.',
      }),
    );
    const incoming = (await receiver.get('/api/referrals/incoming')).body as {
      caseId: number;
      pendingTransfer: boolean;
      fromOrganisation: string;
    }[];
    expect(incoming).toContainEqual(
      expect.objectContaining({ caseId, pendingTransfer: true, fromOrganisation: halifax.name }),
    );

    // R-REF-15: the receiving organisation reads a summary, cannot change the case; others see nothing.
    const summary = await receiver.get(`/api/cases/${caseId}`);
    expect(summary.status).toBe(200);
    expect(summary.body).toMatchObject({
      referredAccess: true,
      pendingTransfer: true,
      organisation: halifax.name,
      individual: { name: 'Comeau, Evangeline' },
    });
    expect((await receiver.post(`/api/cases/${caseId}/notes`, { text: 'Not ours yet.' })).status).toBe(404);
    expect((await receiver.get(`/api/individuals/${person.id}`)).status).toBe(200);
    expect((await outsider.get(`/api/cases/${caseId}`)).status).toBe(404);
    expect(
      (
        await outsider.post(`/api/cases/${caseId}/transfer`, {
          caseManagerId: valley.users.manager.id,
          confirmed: true,
        })
      ).status,
    ).toBe(404);

    // R-REF-16: the receiving organisation's own case manager only, and a confirmation.
    const wrongManager = await receiver.post(`/api/cases/${caseId}/transfer`, {
      caseManagerId: halifax.users.manager.id,
      confirmed: true,
    });
    expect(wrongManager.status).toBe(422);
    expect(wrongManager.body.violations[0]).toMatchObject({
      code: 'E-TR-04',
      message: `The selected case manager is not an active staff member of ${capeBreton.name}.`,
    });
    expect(
      (await receiver.post(`/api/cases/${caseId}/transfer`, { caseManagerId: capeBreton.users.manager2.id })).body
        .violations[0],
    ).toMatchObject({ code: 'C-TR-01' });
    const done = await receiver.post(`/api/cases/${caseId}/transfer`, {
      caseManagerId: capeBreton.users.manager2.id,
      serviceDeliveryLocation: 'Sydney',
      confirmed: true,
    });
    expect(done.status).toBe(200);
    expect(done.body.message).toBe('The case was transferred successfully.');
    expect(done.body.case).toMatchObject({ status: 'INTAKE', caseManager: { id: capeBreton.users.manager2.id } });
    expect(done.body.case.tasks).toContainEqual(expect.objectContaining({ type: 'CASE_RECEIVED', state: 'OPEN' }));
    expect(done.body.case.referrals[0]).toMatchObject({ transferOutcome: 'COMPLETED' });

    // R-REF-18: the former organisation can no longer open the case; its alert is gone.
    expect((await sender.get(`/api/cases/${caseId}`)).status).toBe(404);
    expect(((await sender.get('/api/alerts')).body as { caseId: number }[]).filter((a) => a.caseId === caseId)).toEqual(
      [],
    );

    // R-REF-19: the former case manager is told, the new one is assigned; no email names the client.
    const notice = await eventually(async () =>
      (await receivedMails()).find(
        (m) => m.subject === `Pathway: case ${caseId} was transferred to ${capeBreton.name}`,
      ),
    );
    expect(notice.to).toContain(halifax.users.manager.email);
    const assigned = await eventually(async () =>
      (await receivedMails()).find(
        (m) =>
          m.subject === `Pathway: case ${caseId} is assigned to you` && m.to.includes(capeBreton.users.manager2.email),
      ),
    );
    for (const mail of [referralMail, notice, assigned]) {
      for (const personal of ['Evangeline', 'Comeau', '1988', person.sin!, '555-0199', 'Spring Garden'])
        expect(`${mail.subject}\n${mail.text}`).not.toContain(personal);
    }
    const newManager = await signIn(capeBreton, 'manager2');
    const task = done.body.case.tasks.find((t: { type: string }) => t.type === 'CASE_RECEIVED');
    expect(
      (await newManager.post(`/api/cases/${caseId}/tasks/${task.id}/complete`, { outcome: 'ACKNOWLEDGED' })).status,
    ).toBe(200);
  },
);

test(
  'R-REF-14 an SMTP outage while a case transfer is sent: EMAIL_FAILED and a stuck step, then exactly one ' +
    'email after an operator retry',
  async () => {
    const { caseId } = await openCaseFor('Madeleine', 'Thibault');
    await smtpControl.stop();
    const sent = await sender.post(
      `/api/cases/${caseId}/referrals`,
      referralBody(caseId, { subject: `Client referral – case ${caseId}` }),
    );
    expect(sent.status).toBe(201);
    const stepId = `email:referral:${sent.body.referrals[0].id}`;
    await eventually(
      async () => (await sender.get(`/api/cases/${caseId}/referrals`)).body[0]?.status === 'EMAIL_FAILED',
      30_000,
    );
    const stuck = (
      (await operations.get('/api/operations/stuck-steps')).body.items as {
        id: string;
        status: string;
        caseId: number;
      }[]
    ).find((s) => s.id === stepId);
    expect(stuck).toMatchObject({ status: 'STUCK', caseId });

    await smtpControl.start();
    expect((await operations.post(`/api/operations/stuck-steps/${encodeURIComponent(stepId)}/retry`)).status).toBe(202);
    await eventually(
      async () => (await sender.get(`/api/cases/${caseId}/referrals`)).body[0]?.status === 'EMAILED',
      20_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect((await receivedMails()).filter((m) => m.subject === `Client referral – case ${caseId}`)).toHaveLength(1);
  },
);

test(
  'R-REF-23 the case lists every referral submitted, with its type, organisation, contact, emailed-to, date and ' +
    'status, and all its fields',
  async () => {
    const { caseId } = await openCaseFor('Rita', 'Comeau');
    const info = referralBody(caseId, {
      type: 'INFO_OUTSIDE_LAMPSS',
      toOrganisationId: undefined,
      toOrganisationName: 'Digby Food Bank',
      contactPerson: 'Anne Robichaud',
      emailedTo: 'anne@digbyfoodbank.example.org',
      subject: `Referral – case ${caseId}`,
      body: 'The client would benefit from your food programme.',
    });
    expect((await sender.post(`/api/cases/${caseId}/referrals`, info)).status).toBe(201);
    expect((await sender.post(`/api/cases/${caseId}/referrals`, referralBody(caseId))).status).toBe(201);
    const { referrals } = (await sender.get(`/api/cases/${caseId}`)).body;
    expect(referrals).toHaveLength(2);
    expect(referrals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          typeLabel: { en: 'Informational (outside LaMPSS)', fr: "Pour information (à l'extérieur du LaMPSS)" },
          type: 'INFO_OUTSIDE_LAMPSS',
          toOrganisationName: 'Digby Food Bank',
          contactPerson: 'Anne Robichaud',
          emailedTo: 'anne@digbyfoodbank.example.org',
          submittedOn: businessDate(new Date()),
          status: expect.stringMatching(/^(SENT|EMAILED)$/),
          subject: `Referral – case ${caseId}`,
          body: 'The client would benefit from your food programme.',
          language: 'EN',
        }),
        expect.objectContaining({
          type: 'CASE_TRANSFER',
          toOrganisationName: capeBreton.name,
          contactPerson: 'Luc Arsenault',
          transferOutcome: expect.any(String),
        }),
      ]),
    );
  },
);

test('R-REF-22 the correspondence templates are ENS’s: a case manager can neither change one nor send another', async () => {
  const { caseId } = await openCaseFor('Lise', 'Gaudet');
  expect((await sender.put('/api/referral-templates/CASE_TRANSFER', { subject: 'Mine' })).status).toBe(404);
  const sent = await sender.post(
    `/api/cases/${caseId}/referrals`,
    referralBody(caseId, { template: 'My own template' }),
  );
  expect(sent.status).toBe(201);
  expect(sent.body.referrals.find((r: { type: string }) => r.type === 'CASE_TRANSFER').template).toBe(
    'NSW Referral – Case Transfer',
  );
});
