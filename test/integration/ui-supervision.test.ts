// Supervisors and operations in a real Chromium: the organisation's cases by stage and by case manager, and a
// stuck email seen and retried from the Operations page.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { openBrowser, SCREENSHOTS, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, eventually, signIn, type Client } from '../support/http.ts';
import { smtpControl } from '../support/smtp-control.ts';
import { receivedMails } from '../support/mailbox.ts';

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

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

async function openCase(firstName: string): Promise<number> {
  const person = await createIndividual(orm, org, { firstName, lastName: 'Zwicker' });
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  return opened.body.id as number;
}

test("a supervisor sees the organisation's cases by stage and by case manager, and each count lists its cases", async () => {
  const first = await openCase('Ada');
  const second = await openCase('Basil');
  const summary = await (await signIn(org, 'supervisor')).get('/api/organisation/case-summary');
  expect(summary.body.byStage).toContainEqual({ status: 'INTAKE', label: { en: 'Intake', fr: 'Accueil' }, cases: 2 });
  expect(summary.body.byCaseManager).toEqual([
    { caseManagerId: org.users.manager.id, caseManager: 'Tester, manager', openCases: 2 },
  ]);
  expect((await manager.get('/api/organisation/case-summary')).status).toBe(403);

  const page = await signInPage(browser.context, org.code, 'supervisor');
  await page.locator('section[aria-label="Open cases by case manager"]').getByRole('button', { name: '2' }).click();
  await page.getByRole('heading', { name: 'Cases of the organisation' }).waitFor();
  for (const id of [first, second]) await page.getByRole('link', { name: String(id), exact: true }).waitFor();
  await page.getByText('Tester, manager', { exact: true }).first().waitFor();
  await shot(page, 'supervisor-home');
  await page.getByRole('button', { name: 'Sign out' }).click();
});

test('R-OPS-01 R-OPS-02 an operator sees a stuck email with its error on the Operations page and retries it', async () => {
  await smtpControl.stop();
  const caseId = await openCase('Clement');
  const stepId = `email:case-assigned:${caseId}:opened`;
  const ops = await signIn(org, 'operations');
  await eventually(
    async () =>
      ((await ops.get('/api/operations/stuck-steps')).body.items as { id: string }[]).some((s) => s.id === stepId),
    30_000,
  );

  const page = await signInPage(browser.context, org.code, 'operations');
  await page.getByRole('link', { name: 'Operations' }).click();
  const row = page.locator(`tr[data-step="${stepId}"]`);
  await row
    .getByText(/ECONNREFUSED|connect/)
    .first()
    .waitFor();
  await shot(page, 'operations');
  await smtpControl.start();
  await row.getByRole('button', { name: 'Retry' }).click();
  await row.getByText('Retry started; the list shows the outcome in a moment.').waitFor();
  await eventually(
    async () => (await receivedMails()).some((m) => m.subject === `Pathway: case ${caseId} is assigned to you`),
    20_000,
  );
  await page.goto(`${apiUrl()}/#/operations`);
  await page.getByRole('button', { name: 'Show resolved steps' }).click();
  await page.locator(`tr[data-step="${stepId}"]`).getByText('RESOLVED').waitFor();
});
