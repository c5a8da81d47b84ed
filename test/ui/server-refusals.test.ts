// R-UI-03 in Chromium: what the server refuses comes back as a list, shown in red at the top of the form, in the
// reader's language, and nothing of the refused change is saved.
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, openBrowser, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, signIn, type Client } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Refusals Employment Services');
  manager = await signIn(org, 'manager');
  // The organisation requires one Additional Case Information module before the assessment (R-CASE-28).
  const admin = await signIn(org, 'admin');
  const configured = await admin.put('/api/organisation/additional-info', {
    modules: [
      {
        moduleCode: 'PERSONAL_SITUATION',
        required: true,
        questions: [{ text: 'Do you need child care to work?', answerType: 'CHECKBOX', required: true }],
      },
    ],
  });
  expect(configured.status).toBe(200);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

/** A case in Assessment with neither its needs determination nor its required module done. */
async function caseInAssessment(): Promise<number> {
  const person = await createIndividual(orm, org, { firstName: 'Léon', lastName: 'Gaudet' });
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  const id = opened.body.id as number;
  const task = openStageTaskId(opened.body.tasks ?? (await manager.get(`/api/cases/${id}`)).body.tasks);
  expect((await manager.post(`/api/cases/${id}/tasks/${task}/complete`, { outcome: 'INTAKE_COMPLETE' })).status).toBe(
    200,
  );
  return id;
}

async function completeAssessment(page: Page, id: number, lang: 'en' | 'fr') {
  await page.goto(`${apiUrl()}/cases/${id}`);
  const step = page
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /^(Next step|Prochaine étape)$/ }) });
  await step.getByRole('button', { name: lang === 'en' ? 'Complete the task' : 'Terminer la tâche' }).click();
  const alert = step.getByRole('alert');
  await alert.waitFor();
  return alert;
}

test('R-UI-03 every rule the server refuses is listed in red at the top of the form; nothing is saved', async () => {
  const id = await caseInAssessment();
  const page = await signInPage(browser.context, org.code, 'manager');
  const alert = await completeAssessment(page, id, 'en');
  await expect(alert.locator('li').allTextContents()).resolves.toEqual([
    'Complete a needs determination before completing the assessment.',
    'Complete the required Additional Case Information modules first: Personal Situation.',
  ]);
  // At the top of the form, in the error style (red).
  await expect(alert.evaluate((e) => e.classList.contains('notice-error'))).resolves.toBe(true);
  await expect(
    alert.evaluate((e) => e.closest('form')?.firstElementChild === e || e.closest('form') === null),
  ).resolves.toBe(true);
  await checkPage(page, 'server-refusal');
  await page.close();
  // No partial save: the case is still in Assessment, its task still open.
  const after = (await manager.get(`/api/cases/${id}`)).body;
  expect(after.status).toBe('ASSESSMENT');
  expect(after.statusHistory).toHaveLength(2);

  const french = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  const alerte = await completeAssessment(french, id, 'fr');
  await expect(alerte.locator('li').first().textContent()).resolves.toBe(
    "Remplissez une détermination des besoins avant de terminer l'évaluation.",
  );
  await french.close();
});
