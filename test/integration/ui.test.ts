// The web UI in a real Chromium against the running service: what a case manager and a supervisor see.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate, formatLongDate } from '../../domain/dates.ts';
import { openBrowser, SCREENSHOTS, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, type TestOrg } from '../support/fixtures.ts';
import { apiUrl } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Annapolis Valley Works');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** An action form of the case page, by its accessible name. */
const form = (page: Page, name: string) => page.locator(`form[aria-label="${name}"]`);

async function choose(page: Page, formName: string, label: string, value: string) {
  await form(page, formName).getByLabel(label, { exact: true }).selectOption(value);
}

test('a case manager walks a case from intake to a signed plan and sees a refused 24-week outcome with its date', async () => {
  const person = await createIndividual(orm, org, { firstName: 'Nadia', lastName: 'Benoit' });
  const page = await signInPage(browser.context, org.code, 'manager', { acceptDialogs: false });
  await shot(page, 'home');
  await page.goto(`${apiUrl()}/#/individuals/${person.id}`);
  await page.getByRole('button', { name: 'Open a case' }).click();
  await page.getByRole('heading', { name: /^Case \d+ — Benoit, Nadia$/ }).waitFor();

  await choose(page, 'Complete: Complete Intake', 'Outcome', 'INTAKE_COMPLETE');
  await page.getByRole('button', { name: 'Complete: Complete Intake' }).click();
  await page.getByRole('button', { name: 'Complete: Complete Assessment' }).waitFor();

  // Refused: the assessment needs a completed needs determination (R-CASE-27); the message shows in the form.
  await choose(page, 'Complete: Complete Assessment', 'Outcome', 'ASSESSMENT_COMPLETE');
  await page.getByRole('button', { name: 'Complete: Complete Assessment' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: 'Complete a needs determination before completing the assessment.' })
    .waitFor();

  const today = businessDate(new Date());
  // Confirmations are accepted; the actual end date prompt is answered with today.
  page.on('dialog', (d) => void (d.type() === 'prompt' ? d.accept(today) : d.accept()));
  const needs = form(page, 'Save');
  await needs.getByLabel('Employment goal', { exact: true }).selectOption('FULL_TIME_EMPLOYMENT');
  await needs.getByLabel('Job preference (label)', { exact: true }).fill('Medical Secretary');
  await needs.getByLabel('NOC code', { exact: true }).selectOption('1243');
  await needs.getByLabel('Completed (locks this version)', { exact: true }).check();
  await needs.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('cell', { name: 'Medical Secretary (1243)' }).waitFor();
  await choose(page, 'Complete: Complete Assessment', 'Outcome', 'ASSESSMENT_COMPLETE');
  await page.getByRole('button', { name: 'Complete: Complete Assessment' }).click();
  await page.getByRole('button', { name: 'Complete: Develop Action Plan' }).waitFor();

  const add = form(page, 'Add intervention');
  await add.getByLabel('Dimension', { exact: true }).selectOption('JOB_SEARCH');
  await add.getByLabel('Type', { exact: true }).selectOption('JS_WORKSHOPS');
  await add.getByLabel('Funding type', { exact: true }).selectOption('EDMT');
  await add.getByLabel('Delivery model', { exact: true }).selectOption('IN_HOUSE');
  await add.getByLabel('Planned start', { exact: true }).fill(today);
  await add.getByLabel('Planned end', { exact: true }).fill(today);
  await add.getByLabel('Description', { exact: true }).fill('Job search workshops, three sessions');
  await add.getByRole('button', { name: 'Add intervention' }).click();
  await page.getByRole('cell', { name: 'Job Search - Workshops' }).waitFor();
  await choose(page, 'Complete: Develop Action Plan', 'Outcome', 'DEVELOPED_AND_SIGNED');
  await page.getByRole('button', { name: 'Complete: Develop Action Plan' }).click();
  await page.getByText('RTWAP Mgmt -').waitFor();
  await shot(page, 'case-home');

  // To Follow-up, then a 24-week outcome too early: the form shows the exact earliest date.
  await page.getByRole('button', { name: 'Completed', exact: true }).click();
  await page.getByRole('cell', { name: `COMPLETED (${today})` }).waitFor();
  const outcome = form(page, 'Record outcome');
  await outcome.getByLabel('Type', { exact: true }).selectOption('RTWAP_CLOSURE');
  await outcome.getByLabel('Employment status', { exact: true }).selectOption('UNEMPLOYED');
  await outcome.getByRole('button', { name: 'Record outcome' }).click();
  await page.getByRole('cell', { name: 'RTWAP_CLOSURE' }).waitFor();
  await choose(page, 'Complete: Close Action Plan', 'Outcome', 'PLAN_COMPLETED');
  await page.getByRole('button', { name: 'Complete: Close Action Plan' }).click();
  await page.getByText('Follow-up -').waitFor();
  await outcome.getByLabel('Type', { exact: true }).selectOption('WEEK_24');
  await outcome.getByLabel('Employment status', { exact: true }).selectOption('UNKNOWN');
  await outcome.getByRole('button', { name: 'Record outcome' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'You cannot record the 24 Week outcome yet.' });
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain(
    `It can be recorded on or after ${formatLongDate(addDays(today, 154))}.`,
  );
  await shot(page, 'refused-24-week');
  await page.close();
});

test('a supervisor opens a case’s workflow: stage, timers and a readable timeline, with a link to Temporal', async () => {
  const person = await createIndividual(orm, org, { firstName: 'Omar', lastName: 'Said' });
  const manager = await signInPage(browser.context, org.code, 'manager', { acceptDialogs: false });
  await manager.goto(`${apiUrl()}/#/individuals/${person.id}`);
  await manager.getByRole('button', { name: 'Open a case' }).click();
  await manager.getByRole('heading', { name: /^Case \d+ — Said, Omar$/ }).waitFor();
  const caseId = /#\/cases\/(\d+)/.exec(manager.url())![1];
  await manager.getByRole('button', { name: 'Sign out' }).click();
  await manager.close();

  const page = await signInPage(browser.context, org.code, 'supervisor', { acceptDialogs: false });
  await page.goto(`${apiUrl()}/#/cases/${caseId}/workflow`);
  await page.getByRole('heading', { name: `Workflow (supervisor view): case-${caseId}` }).waitFor();
  await page.getByRole('cell', { name: 'Case workflow started' }).waitFor();
  expect(await page.getByRole('link', { name: 'Open in Temporal Web UI' }).getAttribute('href')).toContain(
    `/workflows/case-${caseId}`,
  );
  await shot(page, 'supervisor-workflow');
  await page.close();
});
