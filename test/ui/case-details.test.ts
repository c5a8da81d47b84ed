// Case Details in Chromium (spec 01 §4.12), in French: the case manager changes the client's correspondence language,
// sees it on the case's details and, with who changed it and from what, in the case's audit trail (R-UI-04).
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, signIn } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let caseId: number;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Case Details Employment Services');
  const manager = await signIn(org, 'manager');
  const person = await createIndividual(orm, org, { firstName: 'Rose', lastName: 'Comeau' });
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  caseId = opened.body.id;
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

test('spec 01 §4.12 R-UI-04 the case manager changes the correspondence language on « Détails du cas »', async () => {
  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await page.goto(`${apiUrl()}/cases/${caseId}?tab=details`);
  const details = page.getByRole('tabpanel', { name: 'Détails du cas' });
  await expect(details.innerText()).resolves.toMatch(/Langue de correspondance\s+Anglais/);
  await details.getByRole('button', { name: 'Modifier' }).click();
  const dialog = page.getByRole('dialog', { name: `Mettre à jour les détails de l'inscription du cas ${caseId}` });
  await dialog.getByLabel('Langue de correspondance').selectOption({ label: 'Français' });
  await checkPage(page, 'case-details-edit-fr');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText(`Les détails de l'inscription du cas ${caseId} sont mis à jour.`).waitFor();
  await expect(details.innerText()).resolves.toMatch(/Langue de correspondance\s+Français/);
  expect(await details.innerText()).not.toMatch(/\bFR\b|\bEN\b|TELEPHONE|UNEMPLOYED/);
  await checkPage(page, 'case-details-fr');

  await page.goto(`${apiUrl()}/cases/${caseId}?tab=history`);
  const trail = page.getByRole('region', { name: 'Piste de vérification' });
  const latest = trail.locator('ol.timeline > li').first();
  await latest.waitFor();
  await expect(latest.locator('> p').textContent()).resolves.toBe(
    "manager Tester a mis à jour les détails de l'inscription",
  );
  await expect(latest.locator('ul').innerText()).resolves.toContain('Langue de correspondance : Anglais → Français');
  // The language switch offers English; nothing else on the page is in it.
  expect(
    await englishOnFrenchPage(page, ['updated the registration', 'Correspondence language', 'Registration']),
  ).toEqual([]);
  await page.close();

  // In English the same tab shows the same details in its words.
  const english = await signInPage(browser.context, org.code, 'manager');
  await english.goto(`${apiUrl()}/cases/${caseId}?tab=details`);
  const tab = english.getByRole('tabpanel', { name: 'Case details' });
  await expect(tab.innerText()).resolves.toMatch(/Correspondence language\s+French/);
  await tab.getByRole('button', { name: 'Edit' }).waitFor();
  await checkPage(english, 'case-details');
  await english.close();
});
