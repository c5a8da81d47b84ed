// Operations in Chromium: an email stuck while the mail server is down, seen with its case, error, attempts and next
// automatic retry (R-OPS-01, R-OPS-03), retried once the server is back (R-OPS-02) and then listed as resolved; the
// case's timeline tells the same story; the dev mailbox shows the email that went out.
import { Client as TemporalClient, Connection } from '@temporalio/client';
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, bearerToken, eventually, signIn, type Client } from '../support/http.ts';
import { fundingCases } from '../support/funding-cases.ts';
import { smtpControl } from '../support/smtp-control.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Lunenburg County Works');
  manager = await signIn(org, 'manager');
  browser = await openBrowser();
});
afterAll(async () => {
  await smtpControl.start().catch(() => undefined); // running already unless a test stopped midway
  await browser?.close();
  await orm?.close();
});

async function openCase(firstName: string): Promise<number> {
  const person = await createIndividual(orm, org, { firstName, lastName: 'Zwicker' });
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  return opened.body.id as number;
}

/** A case whose assignment email is stuck: the mail server was down while it was opened. */
async function caseWithStuckEmail(firstName: string): Promise<number> {
  await smtpControl.stop();
  const caseId = await openCase(firstName);
  const ops = await signIn(org, 'operations');
  await eventually(
    async () =>
      ((await ops.get('/api/operations/stuck-steps')).body.items as { caseId: number; status: string }[]).some(
        (s) => s.caseId === caseId && s.status === 'STUCK',
      ),
    60_000,
  );
  return caseId;
}

const region = (page: Page, name: string | RegExp) => page.getByRole('region', { name });

test(
  'R-OPS-01 R-OPS-02 R-OPS-03 an operator sees a stuck email, ' +
    'retries it once the mail server is back, and sees it resolved',
  async () => {
    const caseId = await caseWithStuckEmail('Clement');
    const page = await signInPage(browser.context, org.code, 'operations');
    await page.getByRole('link', { name: 'Operations', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Stuck steps' }).waitFor();

    const row = region(page, /^Emails \(\d+\)$/)
      .getByRole('row')
      .filter({ hasText: `Case ${caseId}` });
    await row.getByText('Email telling the case manager the case is theirs', { exact: true }).waitFor();
    await row.getByText('Lunenburg County Works').waitFor();
    // The error in plain words; what the mail library said stays behind Details, for engineering.
    await row
      .getByText('Pathway could not reach the mail server: it is down or unreachable.', { exact: false })
      .waitFor();
    expect(await row.getByText(/ECONNREFUSED/).isVisible()).toBe(false);
    await row.getByText('Details', { exact: true }).click();
    await row.getByText(/ECONNREFUSED/).waitFor();
    // Its state and its actions are columns of their own.
    await row.locator('td[data-label="Status"]').getByText('Stuck').waitFor();
    await row
      .locator('td[data-label="Actions"]')
      .getByRole('button', { name: /^Retry/ })
      .waitFor();
    await row.getByRole('cell', { name: '4', exact: true }).waitFor();
    // The run it got stuck in, in Temporal's Web UI.
    const run = row.getByRole('link', { name: 'Open the run – Email telling the case manager the case is theirs' });
    expect(await run.getAttribute('href')).toMatch(`/workflows/case-${caseId}/`);
    // R-OPS-03: when it will retry by itself, in Halifax time.
    expect(await row.locator('td[data-label="Next automatic retry"]').innerText()).toMatch(/\d{4}.* [ap]\.m\./);
    await checkPage(page, 'operations');

    await smtpControl.start();
    await row.getByRole('button', { name: 'Retry – Email telling the case manager the case is theirs' }).click();
    await page
      .getByRole('status')
      .getByText(
        'Retry started: Email telling the case manager the case is theirs. The list shows the result in a moment.',
      )
      .waitFor();
    // The page follows the retry until it went through: then the step is listed as resolved, with who retried it.
    const resolved = region(page, 'Resolved')
      .getByRole('row')
      .filter({ hasText: `Case ${caseId}` });
    await resolved.getByText('Tester, operations').waitFor({ timeout: 30_000 });
    expect(
      await region(page, /^Emails/)
        .getByRole('row')
        .filter({ hasText: `Case ${caseId}` })
        .count(),
    ).toBe(0);

    // The case's timeline says the same in words, from the case's own history.
    await resolved.getByRole('link', { name: `Case ${caseId}` }).click();
    await page.getByRole('heading', { level: 1, name: `Timeline of case ${caseId}` }).waitFor();
    const history = region(page, 'What happened');
    await history
      .getByText(
        'Pathway could not complete a step after 4 attempts: Email telling the case manager the case is theirs',
      )
      .waitFor();
    await history.getByText('operations Tester retried: Email telling the case manager the case is theirs').waitFor();
    await history.getByText('Pathway emailed manager Tester that the case is theirs').waitFor();

    // The email itself, in the dev mailbox.
    await page.goto(`${apiUrl()}/mailbox`);
    await page.getByRole('heading', { level: 1, name: 'Mailbox' }).waitFor();
    await page.getByLabel('Find an email').fill(`case ${caseId} is assigned`);
    await page.getByText(`Pathway: case ${caseId} is assigned to you`).click();
    await page.getByText(`Case ${caseId} (`, { exact: false }).waitFor();
    await checkPage(page, 'mailbox');
    await page.close();
  },
);

test('only operations see the Operations page; in French it shows no English of its own', async () => {
  const supervisor = await signInPage(browser.context, org.code, 'supervisor');
  expect(await supervisor.getByRole('link', { name: 'Operations', exact: true }).count()).toBe(0);
  await supervisor.goto(`${apiUrl()}/operations`);
  await supervisor.getByRole('alert').getByText('Your security profiles do not give access to this page.').waitFor();
  await supervisor.close();

  const caseId = await caseWithStuckEmail('Delphine');
  const page = await signInPage(browser.context, org.code, 'operations', { lang: 'fr' });
  await page.getByRole('link', { name: 'Exploitation', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Étapes bloquées' }).waitFor();
  const row = region(page, /^Courriels \(\d+\)$/)
    .getByRole('row')
    .filter({ hasText: `Cas ${caseId}` });
  await row.getByText('Courriel avisant le gestionnaire de cas que le cas lui est confié', { exact: true }).waitFor();
  await row.getByRole('button', { name: /^Relancer/ }).waitFor();
  await row
    .getByText("Pathway n'a pas pu joindre le serveur de courriel : le service est arrêté ou injoignable.", {
      exact: false,
    })
    .waitFor();
  expect(
    await englishOnFrenchPage(page, [
      'Stuck steps',
      'Waiting for a retry',
      'Email telling the case manager the case is theirs',
      'Next automatic retry',
      'Resolved',
      'Retry',
      'Emails',
      'ECONNREFUSED',
      'Details',
    ]),
  ).toEqual([]);
  await checkPage(page, 'operations-fr');
  await page.close();
  // Leave nothing waiting for the other tests.
  await smtpControl.start();
  const retried = await (
    await signIn(org, 'operations')
  ).post(`/api/operations/stuck-steps/${encodeURIComponent(`email:case-assigned:${caseId}:opened`)}/retry`);
  expect(retried.status).toBe(202);
});

test(
  'R-OPS-02 an operator selects stuck emails of one kind and retries them at once, reads how many went, and ' +
    'follows one to its run in Temporal',
  async () => {
    await smtpControl.stop();
    const cases = [await openCase('Evangeline'), await openCase('Fernand')];
    const ops = await signIn(org, 'operations');
    await eventually(async () => {
      const items = (await ops.get('/api/operations/stuck-steps?pageSize=100')).body.items as {
        caseId: number;
        status: string;
      }[];
      return cases.every((c) => items.some((s) => s.caseId === c && s.status === 'STUCK'));
    }, 60_000);
    await smtpControl.start();

    const page = await signInPage(browser.context, org.code, 'operations');
    await page.getByRole('link', { name: 'Operations', exact: true }).click();
    const emails = region(page, /^Emails \(\d+\)$/);
    const rowOf = (caseId: number) => emails.getByRole('row').filter({ hasText: `Case ${caseId}` });
    await rowOf(cases[0]).waitFor();
    // Each step links to its run in Temporal's Web UI.
    const link = rowOf(cases[0]).getByRole('link', { name: /^Open the run/ });
    expect(await link.getAttribute('href')).toMatch(
      new RegExp(`/namespaces/default/workflows/case-${cases[0]}/[0-9a-f-]+/history$`),
    );
    for (const c of cases) await rowOf(c).getByRole('checkbox').check();
    await checkPage(page, 'operations-batch');
    await emails.getByRole('button', { name: 'Retry selected (2)' }).click();
    await page.getByRole('status').getByText('2 retried', { exact: true }).waitFor();

    // Each went through and is listed as resolved, retried by this operator, as a single retry would be.
    const resolved = region(page, 'Resolved');
    for (const c of cases)
      await resolved
        .getByRole('row')
        .filter({ hasText: `Case ${c}` })
        .getByText('Tester, operations')
        .waitFor({
          timeout: 30_000,
        });
    await page.close();
  },
);

test(
  'R-OPS-01 R-OPS-02 an agreement number another funding request holds is explained on the page, in French too, ' +
    'and the operator requests a new one',
  async () => {
    const token = await bearerToken(org, 'manager');
    const { readyPackage, submitted, arrived } = fundingCases(() => ({ orm, org, manager, token }));
    const first = await submitted((await readyPackage()).packageId);
    const taken = first.agreement.agreementId as number;
    await fetch(`${process.env.FUNDING_API_URL}/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'succeed', nextAgreementId: taken }),
    });
    const { packageId, caseId } = await readyPackage();
    expect((await manager.post(`/api/funding-packages/${packageId}/submit`, { confirmed: true })).status).toBe(200);

    const page = await signInPage(browser.context, org.code, 'operations', { lang: 'fr' });
    await page.goto(`${apiUrl()}/operations`);
    const group = region(page, /^Enregistrement dans la base de données de Pathway \(\d+\)$/);
    const row = group.getByRole('row').filter({ hasText: `Cas ${caseId}` });
    await row
      .getByText(`Le système de financement a répondu avec l'entente ${taken}, déjà liée à la demande de financement`)
      .waitFor({ timeout: 60_000 });
    await checkPage(page, 'operations-conflict-fr');
    await row.getByRole('button', { name: /^Demander un nouveau numéro d'entente/ }).click();
    await page
      .getByRole('status')
      .getByText(/^Nouvelle tentative lancée/)
      .waitFor();

    const done = await arrived(packageId);
    expect(done.agreement.agreementId).not.toBe(taken);
    await region(page, 'Résolues')
      .getByRole('row')
      .filter({ hasText: `Cas ${caseId}` })
      .getByText('Tester, operations')
      .waitFor({ timeout: 30_000 });
    await page.close();
  },
);

test(
  'a case whose workflow cannot run its next step is listed with what it means and its run in Temporal, in ' +
    'French too, and only to operators of its organisation',
  async () => {
    const caseId = await openCase('Gaspard');
    const connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    const temporal = new TemporalClient({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
    const workflowId = `case-${caseId}`;
    // The case's run replaced by one whose every workflow task fails, as after a change the case's history does not
    // fit: a workflow type the worker does not know.
    await temporal.workflow.getHandle(workflowId).terminate('test: a case whose workflow task keeps failing');
    await temporal.workflow.start('caseWorkflowOfAnotherVersion', { workflowId, taskQueue: CASE_TASK_QUEUE, args: [] });
    try {
      const ops = await signIn(org, 'operations');
      const frozen = async (c: Client) =>
        ((await c.get('/api/operations/frozen-cases')).body.items as { caseId: number }[]).some(
          (f) => f.caseId === caseId,
        );
      await eventually(() => frozen(ops), 90_000);
      // Another organisation's operators do not see it.
      const other = await createOrg(orm, 'Queens County Works');
      expect(await frozen(await signIn(other, 'operations'))).toBe(false);

      const page = await signInPage(browser.context, org.code, 'operations');
      await page.getByRole('link', { name: 'Operations', exact: true }).click();
      const list = region(page, 'Cases that cannot move on');
      await list.getByText('The workflow of each case below cannot run its next step', { exact: false }).waitFor();
      const row = list.getByRole('row').filter({ hasText: `Case ${caseId}` });
      await row.getByRole('cell', { name: 'The case itself', exact: true }).waitFor();
      const run = row.getByRole('link', { name: `Open the run – Case ${caseId}` });
      expect(await run.getAttribute('href')).toMatch(`/workflows/case-${caseId}/`);
      await row.getByRole('link', { name: `Case ${caseId}`, exact: true }).waitFor();
      await checkPage(page, 'operations-frozen');
      await page.close();

      const fr = await signInPage(browser.context, org.code, 'operations', { lang: 'fr' });
      await fr.goto(`${apiUrl()}/operations`);
      await region(fr, 'Cas qui ne peuvent plus avancer')
        .getByText("l'équipe technique ne l'a pas corrigé", { exact: false })
        .waitFor();
      expect(await englishOnFrenchPage(fr, ['Cases that cannot move on', 'The case itself'])).toEqual([]);
      await checkPage(fr, 'operations-frozen-fr');
      await fr.close();
    } finally {
      await temporal.workflow.getHandle(workflowId).terminate('test over');
      await connection.close();
    }
  },
);
