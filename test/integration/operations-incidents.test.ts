// Every failure that needs a person is visible on the Operations page: a write to the database that keeps being
// refused (an internal step) waits as a stuck step and is recorded exactly once after a retry; an agreement number the
// funding system already gave another package is a stuck step explained in both languages, resolved by requesting a
// new number; steps of one kind are retried at once, each like a single retry; each links to its run in Temporal's
// UI; and a referral still Sent 15 minutes after submission raises an operations alert (R-TMR-09).
import { CaseNote, FundingPackage, ReferralRow, StuckStep } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { bearerToken, eventually, signIn, type Client } from '../support/http.ts';
import { fundingCases } from '../support/funding-cases.ts';
import { smtpControl } from '../support/smtp-control.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let operations: Client;
let token: string;
const funding = () => process.env.FUNDING_API_URL!;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Annapolis Valley Works');
  [manager, operations] = await Promise.all([signIn(org, 'manager'), signIn(org, 'operations')]);
  token = await bearerToken(org, 'manager');
});
afterAll(async () => {
  await smtpControl.start().catch(() => undefined); // running already unless a test stopped midway
  await orm.em.fork().execute('drop trigger if exists refuse_notes on case_note');
  await orm.close();
});

const { readyPackage, submitted, arrived } = fundingCases(() => ({ orm, org, manager, token }));

type Step = {
  id: string;
  kind: string;
  status: string;
  lastError: string | null;
  problem: { en: string; fr: string } | null;
  resolutions: { code: string; label: { en: string; fr: string } }[];
  temporalUiUrl: string | null;
  retries: number;
  lastRetriedBy: string | null;
};

const stepsListed = async (status = 'all') =>
  (await operations.get(`/api/operations/stuck-steps?status=${status}&pageSize=100`)).body.items as Step[];
const stuckStep = (id: string, timeout = 60_000) =>
  eventually(async () => (await stepsListed('open')).find((s) => s.id === id && s.status === 'STUCK'), timeout);
const resolvedStep = (id: string) =>
  eventually(async () => (await stepsListed('resolved')).find((s) => s.id === id), 30_000);
const retry = (id: string, body?: unknown) =>
  operations.post(`/api/operations/stuck-steps/${encodeURIComponent(id)}/retry`, body);

async function openCase(firstName: string): Promise<number> {
  const person = await createIndividual(orm, org, { firstName, lastName: 'Bezanson' });
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  return opened.body.id as number;
}

test(
  'R-OPS-01 a write the database keeps refusing waits for operations with its error; after the fix one retry ' +
    'records it exactly once',
  async () => {
    const caseId = await openCase('Hilda');
    // The database refuses this case's notes, as a broken constraint or a bad migration would.
    await orm.em.fork().execute(`
      create or replace function refuse_notes() returns trigger language plpgsql as $$
      begin
        if new.case_id = ${caseId} then raise exception 'notes of case % are refused', new.case_id; end if;
        return new;
      end $$;
      create trigger refuse_notes before insert on case_note for each row execute function refuse_notes();`);
    const note = manager.post(`/api/cases/${caseId}/notes`, { text: 'Called the employer.' });

    const listed = await eventually(
      async () =>
        (await stepsListed('open')).find(
          (s) => s.kind === 'RECORD_CASE_EVENTS' && s.id.startsWith(`record:${caseId}:`),
        ),
      60_000,
    );
    expect(listed).toMatchObject({ status: 'STUCK', attempts: 4, workflowId: `case-${caseId}`, caseId });
    expect(listed.lastError).toContain(`notes of case ${caseId} are refused`);
    expect(listed.temporalUiUrl).toMatch(
      new RegExp(`^http://localhost:8233/namespaces/default/workflows/case-${caseId}/[0-9a-f-]+/history$`),
    );

    // The case manager is told their change waits for operations, not to send it again.
    const answer = await note;
    expect(answer.status).toBe(503);
    expect(answer.body.message).toBe(
      'This change is waiting for operations: Pathway could not record it, and operations have been told. It is ' +
        'applied once they resolve it; there is no need to send it again.',
    );

    await orm.em.fork().execute('drop trigger refuse_notes on case_note');
    expect((await retry(listed.id)).status).toBe(202);
    expect(await resolvedStep(listed.id)).toMatchObject({ status: 'RESOLVED', lastRetriedBy: 'Tester, operations' });
    // Applied once, as the case manager was told.
    expect(await orm.em.fork().count(CaseNote, { caseId })).toBe(1);
  },
);

test(
  'R-OPS-01 R-OPS-02 an agreement number the funding system already gave another package waits for an operator, ' +
    'explained; a new number resolves it, audited',
  async () => {
    const first = await submitted((await readyPackage()).packageId);
    const taken = first.agreement.agreementId as number;
    // The funding system's numbering goes back (as a restart without its counter did).
    await fetch(`${funding()}/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'succeed', nextAgreementId: taken }),
    });
    const { packageId, caseId } = await readyPackage();
    expect((await manager.post(`/api/funding-packages/${packageId}/submit`, { confirmed: true })).status).toBe(200);

    const stuck = await stuckStep(`funding-${packageId}:record:agreement`);
    expect(stuck).toMatchObject({
      kind: 'RECORD_FUNDING_EVENTS',
      attempts: 1,
      problem: {
        en:
          `The funding system answered with agreement ${taken}, which is already linked to funding request ` +
          `${first.id} (case ${first.caseId}). Nothing was recorded. Once the funding system has corrected its ` +
          `agreement, retry; or request a new agreement number for this funding request.`,
        fr: expect.stringContaining(`l'entente ${taken}, déjà liée à la demande de financement ${first.id}`),
      },
      resolutions: [
        {
          code: 'NEW_AGREEMENT',
          label: { en: 'Request a new agreement number', fr: "Demander un nouveau numéro d'entente" },
        },
      ],
    });
    expect(stuck.lastError).toContain('funding_package_agreement');
    // The case manager is told it waits for operations, not that it is being processed.
    expect((await manager.get(`/api/funding-packages/${packageId}`)).body.message).toBe(
      'Submission is waiting for operations: a step could not be completed, and operations have been told.',
    );
    // Only a resolution the step offers is accepted.
    const unknown = await retry(stuck.id, { resolution: 'SOMETHING_ELSE' });
    expect(unknown.status).toBe(400);

    expect((await retry(stuck.id, { resolution: 'NEW_AGREEMENT' })).status).toBe(202);
    const done = await arrived(packageId);
    expect(done.agreement.agreementId).not.toBe(taken);
    expect(done.caseId).toBe(caseId);
    expect(await orm.em.fork().count(FundingPackage, { agreementId: taken })).toBe(1);
    expect(await resolvedStep(stuck.id)).toMatchObject({
      lastRetriedBy: 'Tester, operations',
      retries: 1,
      resolutions: [{ code: 'NEW_AGREEMENT' }],
    });
    const again = await retry(stuck.id, { resolution: 'NEW_AGREEMENT' });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/went through/);
  },
);

test('R-OPS-02 steps of one kind are retried at once, each like a single retry, with a count in both languages', async () => {
  await smtpControl.stop();
  const cases = [await openCase('Irene'), await openCase('Jonas'), await openCase('Karl')];
  const ids = cases.map((c) => `email:case-assigned:${c}:opened`);
  for (const id of ids) await stuckStep(id);
  await smtpControl.start();
  expect((await retry(ids[0])).status).toBe(202);

  const mixed = await operations.post('/api/operations/stuck-steps/retry', { group: 'FUNDING_PAYMENT', stepIds: ids });
  expect(mixed.status).toBe(400);
  expect(mixed.body.message).toContain('Only stuck steps of one kind are retried together');

  const batch = await operations.post('/api/operations/stuck-steps/retry', { group: 'EMAIL', stepIds: ids });
  expect(batch.status).toBe(200);
  expect(batch.body).toMatchObject({
    retried: 2,
    alreadyResolved: 1,
    failed: 0,
    message: '2 retried, 1 already resolved',
    messageFr: '2 relancées, 1 déjà résolue',
  });
  for (const id of ids) {
    expect(await resolvedStep(id)).toMatchObject({ retries: 1, lastRetriedBy: 'Tester, operations' });
  }
  // Without names, the kind picks every step of it that waits; steps of other kinds are left alone.
  const everyPayment = await operations.post('/api/operations/stuck-steps/retry', { group: 'FUNDING_PAYMENT' });
  expect(everyPayment.status).toBe(200);
  expect(everyPayment.body.message).toMatch(/^\d+ retried/);
  expect((everyPayment.body.results as { id: string }[]).every((r) => r.id.endsWith(':payment'))).toBe(true);
  const rows = await orm.em.fork().find(StuckStep, { id: { $in: ids } });
  expect(rows.map((r) => r.retriedBy)).toEqual(rows.map(() => expect.any(Number)));
});

test('R-TMR-09 a referral still Sent 15 minutes after submission raises an operations alert', async () => {
  const caseId = await openCase('Lorne');
  await smtpControl.stop();
  const sent = await manager.post(`/api/cases/${caseId}/referrals`, {
    type: 'INFO_OUTSIDE_LAMPSS',
    toOrganisationName: 'Digby Food Bank',
    contactPerson: 'Anne Comeau',
    emailedTo: 'anne@digbyfoodbank.example.org',
    language: 'EN',
    subject: `Referral – case ${caseId}`,
    body: 'We refer our client to your food bank.',
    confirmed: true,
  });
  expect([200, 201]).toContain(sent.status);
  const referralId = (await orm.em.fork().findOneOrFail(ReferralRow, { caseId })).id;
  // Sixteen minutes pass while its email is still not handed over (the mail server is down).
  await orm.em
    .fork()
    .execute(`update referral set submitted_at = now() - interval '16 minutes' where id = ? and status = 'SENT'`, [
      referralId,
    ]);
  const late = (await operations.get('/api/operations/late-referrals')).body as {
    referralId: string;
    caseId: number;
    organisation: string;
    alert: { en: string; fr: string };
    temporalUiUrl: string;
  }[];
  expect(late.find((r) => r.referralId === referralId)).toMatchObject({
    caseId,
    organisation: org.name,
    alert: {
      en: expect.stringContaining(
        `the referral email of case ${caseId} has not been handed to the mail server 16 minutes after submission`,
      ),
      fr: expect.stringContaining(`le courriel d'aiguillage du cas ${caseId} n'a pas été remis`),
    },
    temporalUiUrl: `http://localhost:8233/namespaces/default/workflows/case-${caseId}`,
  });
  // Not a user alert: the case manager sees the referral's status only.
  const theirs = (await manager.get(`/api/cases/${caseId}/referrals`)).body as { id: string; status: string }[];
  expect(theirs.find((r) => r.id === referralId)?.status).toMatch(/SENT|EMAIL_FAILED/);
  expect((await manager.get('/api/operations/late-referrals')).status).toBe(403);

  // Once the email goes out (by its next attempt, or an operator's retry if it got stuck meanwhile), the alert is gone.
  await smtpControl.start();
  await eventually(async () => {
    const step = (await stepsListed('open')).find((s) => s.id === `email:referral:${referralId}`);
    if (step?.status === 'STUCK') await retry(step.id);
    const list = (await operations.get('/api/operations/late-referrals')).body as { referralId: string }[];
    const emailed = (await orm.em.fork().findOneOrFail(ReferralRow, { id: referralId })).status === 'EMAILED';
    return emailed && !list.some((r) => r.referralId === referralId);
  }, 60_000);
});
