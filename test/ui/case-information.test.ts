// Case Information in Chromium (R-ASM-05): the organisation's Additional Case Information modules listed with their
// status, in the order its administrator set (not the fixed order of the four modules); a module opens from its name;
// Next saves it and opens the following module, Submit saves it and returns to the list, Save returns to the case
// home. In English and in French.
import type { Page } from 'playwright-core';
import type { Orm } from '../../db/orm.ts';
import {
  checkPage,
  signInPage,
  openBrowserOrganisation,
  closeBrowserOrganisation,
  type BrowserOrganisation,
} from '../support/browser.ts';
import { createIndividual, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, eventually, signIn, type Client } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: BrowserOrganisation['browser'];

beforeAll(async () => {
  ({ orm, org, manager, browser } = await openBrowserOrganisation('Yarmouth Employment Services'));
  // Legal Situation first, Immigration last: an order of the organisation's own.
  const question = (text: string) => [{ text, answerType: 'FREE_TEXT', required: false }];
  const configured = await (
    await signIn(org, 'admin')
  ).put('/api/organisation/additional-info', {
    modules: [
      { moduleCode: 'LEGAL_SITUATION', questions: question('Any conviction without a pardon?') },
      { moduleCode: 'PERSONAL_SITUATION', questions: question('Do you need child care?') },
      { moduleCode: 'IMMIGRATION', questions: question('Country of origin?') },
    ],
  });
  expect(configured.status).toBe(200);
});
afterAll(() => closeBrowserOrganisation({ orm, browser }));

/** A case in Assessment: its Additional Case Information is the stage's work. */
async function caseInAssessment(firstName: string): Promise<number> {
  const person = await createIndividual(orm, org, { firstName, lastName: 'Surette' });
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  const id = opened.body.id as number;
  const task = openStageTaskId((await manager.get(`/api/cases/${id}`)).body.tasks);
  const done = await manager.post(`/api/cases/${id}/tasks/${task}/complete`, { outcome: 'INTAKE_COMPLETE' });
  expect(done.status).toBe(200);
  return id;
}

const toast = (page: Page, text: string) => page.getByRole('status').getByText(text, { exact: true }).waitFor();
/** Waits until the address names the open module (null: none), as React updates it just after the click. */
const showsModule = (page: Page, module: string | null) =>
  eventually(async () => new URL(page.url()).searchParams.get('module') === module, 10_000);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

test(
  'R-ASM-05 Next opens the following module in the configured order, Submit returns to Case Information, ' +
    'Save returns to the case home',
  async () => {
    const id = await caseInAssessment('Paul');
    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/cases/${id}`);
    const info = page.getByRole('region', { name: 'Additional Case Information' });
    const form = (name: string) => page.getByRole('form', { name });
    // Case Information: the modules in the organisation's order, each closed until opened.
    await info.locator('summary').first().waitFor();
    await expect(info.locator('summary strong').allInnerTexts()).resolves.toEqual([
      'Legal Situation',
      'Personal Situation',
      'Immigration',
    ]);
    await expect(form('Legal Situation').isVisible()).resolves.toBe(false);

    await info.locator('summary').filter({ hasText: 'Legal Situation' }).click();
    await showsModule(page, 'LEGAL_SITUATION');
    await form('Legal Situation').getByLabel('Any conviction without a pardon?').fill('No');
    await checkPage(page, 'case-information-module');
    // Next: saved, and the following module of the organisation's order (Personal Situation, not Health) is open.
    await form('Legal Situation').getByRole('button', { name: 'Next: Personal Situation' }).click();
    await toast(page, 'Legal Situation saved: In progress.');
    await form('Personal Situation').getByLabel('Do you need child care?').waitFor();
    await showsModule(page, 'PERSONAL_SITUATION');
    await expect(form('Legal Situation').isVisible()).resolves.toBe(false);

    // Submit: saved, and back on Case Information with every module closed and its status shown.
    await form('Personal Situation').getByLabel('Do you need child care?').fill('Yes, two children');
    await form('Personal Situation').getByRole('button', { name: 'Submit' }).click();
    await toast(page, 'Personal Situation saved: In progress.');
    await form('Personal Situation').waitFor({ state: 'hidden' });
    await showsModule(page, null);
    await page.waitForFunction(() => document.activeElement?.textContent === 'Additional Case Information');
    await info.locator('summary').filter({ hasText: 'Personal Situation' }).getByText('In progress').waitFor();

    // The last module has no Next; its Save returns to the case home: the top of the case, its name in focus.
    await info.locator('summary').filter({ hasText: 'Immigration' }).click();
    await expect(form('Immigration').getByRole('button', { name: /^Next/ }).count()).resolves.toBe(0);
    await form('Immigration').getByLabel('Country of origin?').fill('Canada');
    await form('Immigration').getByRole('button', { name: 'Save Immigration' }).click();
    await toast(page, 'Immigration saved: In progress.');
    await form('Immigration').waitFor({ state: 'hidden' });
    await showsModule(page, null);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && window.scrollY === 0);
    expect(await focused(page)).toContain('Surette');
    await page.close();
  },
);

test('R-ASM-05 in French: Suivant and Soumettre', async () => {
  const id = await caseInAssessment('Réjean');
  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await page.goto(`${apiUrl()}/cases/${id}?module=LEGAL_SITUATION`);
  const legal = page.getByRole('form', { name: 'Situation juridique' });
  await legal.getByLabel('Any conviction without a pardon?').fill('Non');
  await legal.getByRole('button', { name: 'Suivant : Situation personnelle' }).click();
  const personal = page.getByRole('form', { name: 'Situation personnelle' });
  await personal.getByRole('button', { name: 'Soumettre' }).waitFor();
  await showsModule(page, 'PERSONAL_SITUATION');
  await checkPage(page, 'case-information-module-fr');
  await personal.getByRole('button', { name: 'Soumettre' }).click();
  await personal.waitFor({ state: 'hidden' });
  await showsModule(page, null);
  await page.close();
});
