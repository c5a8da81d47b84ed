// A funded intervention added once the plan is signed, in Chromium (R-PLAN-08, R-PM-08): the form says the plan must
// be signed again, the case gets a "Request documentation" task in its next step and on the home page, and the case
// manager closes it once the signed copy is kept. In English and in French.
import type { Page } from 'playwright-core';
import type { Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import {
  checkPage,
  englishOnFrenchPage,
  signInPage,
  openBrowserOrganisation,
  closeBrowserOrganisation,
  type BrowserOrganisation,
} from '../support/browser.ts';
import { caseInPlanDevelopment, completeStageTask } from '../support/case-walk.ts';
import { plannedIntervention, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: BrowserOrganisation['browser'];
const today = businessDate(new Date());

beforeAll(async () => ({ orm, org, manager, browser } = await openBrowserOrganisation('Re-sign Employment Services')));
afterAll(() => closeBrowserOrganisation({ orm, browser }));

/** A case whose plan was Developed and Signed with one unfunded intervention: it is in RTWAP Management. */
async function signedCase(firstName: string): Promise<number> {
  const id = await caseInPlanDevelopment(orm, org, manager, { firstName, lastName: 'Boudreau' });
  const added = await manager.post(`/api/cases/${id}/interventions`, plannedIntervention(today, addDays(today, 30)));
  expect(added.status).toBe(200);
  await completeStageTask(manager, id, 'DEVELOPED_AND_SIGNED');
  return id;
}

const toast = (page: Page, text: string) => page.locator('.toast', { hasText: text }).waitFor();
const nextStep = (page: Page) => page.locator('.next-step');

test(
  'R-PLAN-08 R-PM-08 a funded intervention added after signing reminds the case manager to have the plan signed ' +
    'again and opens "Request documentation" until the signed copy is kept',
  async () => {
    const id = await signedCase('Yvette');
    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/cases/${id}`);
    await page.getByRole('button', { name: 'Add an intervention' }).click();
    const add = page.getByRole('form', { name: 'New intervention' });
    const reminder = add.getByText(
      'A funded intervention added now needs a newly signed plan: print it and sign it with the client.',
    );
    await add.getByLabel('Employability dimension').selectOption({ label: 'Job Search' });
    await add.getByLabel('Intervention type').selectOption({ label: 'Job Search - Workshops' });
    await add.getByLabel('Delivery model').selectOption({ label: 'In-House' });
    await add.getByLabel('Planned start date').fill(today);
    await add.getByLabel('Planned end date').fill(addDays(today, 60));
    await add.getByLabel('Description (printed on the plan)').fill('Medical office administration certificate.');
    expect(await reminder.count()).toBe(0);
    await add.getByLabel('A funding request will be submitted for this intervention').check();
    await reminder.waitFor();
    await add.getByRole('button', { name: 'Add the intervention' }).click();
    await toast(page, 'Intervention added: Job Search - Workshops.');

    // The next step carries the task beside Close Action Plan, due in a week, with what to do.
    const task = nextStep(page).locator('.notice');
    await task.getByText('Request documentation').waitFor();
    await expect(task.innerText()).resolves.toContain(
      'A funded intervention was added after the plan was signed. Print the plan, sign it with the client and keep ' +
        'the signed copy.',
    );
    await expect(task.locator('.task-line').innerText()).resolves.toMatch(
      /^Request documentation · Due \w+ \d+, \d{4}$/,
    );
    await expect(nextStep(page).innerText()).resolves.toContain('Close Action Plan');
    await checkPage(page, 'plan-resign-task');

    // The home page lists it among the case manager's tasks.
    await page.goto(`${apiUrl()}/`);
    await page
      .getByRole('region', { name: 'My tasks' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: `Case ${id}` }) })
      .filter({ hasText: 'Request documentation' })
      .waitFor();

    await page.goto(`${apiUrl()}/cases/${id}`);
    await nextStep(page).getByRole('button', { name: 'The signed copy is kept' }).click();
    await toast(page, `The newly signed plan of case ${id} is kept.`);
    await task.waitFor({ state: 'detached' });
    await page.close();
  },
);

test('R-PM-08 the reminder and the task in French', async () => {
  const id = await signedCase('Odette');
  const funded = { ...plannedIntervention(today, addDays(today, 60)), fundingRequested: true };
  expect((await manager.post(`/api/cases/${id}/interventions`, funded)).status).toBe(200);
  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await page.goto(`${apiUrl()}/cases/${id}`);
  const task = nextStep(page).locator('.notice');
  await task.getByText('Demander la documentation').waitFor();
  await expect(task.innerText()).resolves.toContain(
    'Une intervention financée a été ajoutée après la signature du plan. Imprimez le plan, signez-le avec le client ' +
      'et conservez la copie signée.',
  );
  await page.getByRole('button', { name: 'Ajouter une intervention' }).click();
  const add = page.getByRole('form', { name: 'Nouvelle intervention' });
  await add.getByLabel('Une demande de financement sera présentée pour cette intervention').check();
  await add
    .getByText(
      'Une intervention financée ajoutée maintenant exige un plan signé de nouveau : imprimez-le et faites-le ' +
        'signer au client.',
    )
    .waitFor();
  expect(await englishOnFrenchPage(page, ['Request documentation', 'signed copy', 'newly signed'])).toEqual([]);
  await checkPage(page, 'plan-resign-task-fr');
  await nextStep(page).getByRole('button', { name: 'La copie signée est conservée' }).click();
  await toast(page, `Le plan signé de nouveau du cas ${id} est conservé.`);
  await page.close();
});
