// The audit trail in Chromium (R-UI-04): on a case's History tab every change with who made it and when, newest
// first (R-HIST-06); on a person's page who added them and who changed which details. In English and in French, and
// another organisation reads neither.
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, signIn, type Client } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';

let orm: Orm;
let org: TestOrg;
let other: TestOrg;
let manager: Client;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let caseId: number;
let personId: number;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  [org, other] = await Promise.all([
    createOrg(orm, 'Audit Trail Employment Services'),
    createOrg(orm, 'Elsewhere Employment Services'),
  ]);
  manager = await signIn(org, 'manager');
  const colleague = await signIn(org, 'manager2');
  const person = await createIndividual(orm, org, { firstName: 'Aline', lastName: 'Thibodeau' });
  personId = person.id;
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  caseId = opened.body.id;
  // A colleague adds a note, then the case manager completes the intake: two people, three changes.
  expect((await colleague.post(`/api/cases/${caseId}/notes`, { text: 'Called the client.' })).status).toBe(200);
  const task = openStageTaskId((await manager.get(`/api/cases/${caseId}`)).body.tasks);
  const done = await manager.post(`/api/cases/${caseId}/tasks/${task}/complete`, { outcome: 'INTAKE_COMPLETE' });
  expect(done.status).toBe(200);
  expect((await colleague.patch(`/api/individuals/${personId}`, { phone: '(902) 555-0142' })).status).toBe(200);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

async function historyTab(page: Page) {
  await page.goto(`${apiUrl()}/cases/${caseId}?tab=history`);
  const trail = page.getByRole('region', { name: /^(Audit trail|Piste de vérification)$/ });
  await trail.locator('ol.timeline > li').first().waitFor();
  return trail;
}

test('R-UI-04 R-HIST-06 the case’s History tab shows who did what and when, newest first, in English and French', async () => {
  const page = await signInPage(browser.context, org.code, 'manager');
  const trail = await historyTab(page);
  const entries = trail.locator('ol.timeline > li');
  await expect(entries.locator('> p').allTextContents()).resolves.toEqual([
    'manager Tester completed Intake: Intake Complete',
    'manager2 Tester added a note',
    'manager Tester opened the case (Intake)',
  ]);
  // Each entry says when, in Halifax time; what came with an action is listed under it.
  await expect(entries.first().locator('time').textContent()).resolves.toMatch(/\d{4}.*\d{1,2}:\d{2}/);
  await expect(entries.first().locator('ul').textContent()).resolves.toContain('Assessment');
  // No stored code reaches the reader.
  const text = await trail.innerText();
  expect(text).not.toMatch(/INTAKE_COMPLETE|NoteAdded|COMPLETE_INTAKE|\bASSESSMENT\b/);
  await checkPage(page, 'case-audit-trail');
  await page.close();

  const french = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  const piste = await historyTab(french);
  await expect(piste.locator('ol.timeline > li > p').allTextContents()).resolves.toEqual([
    "manager Tester a terminé l'étape Accueil : Accueil terminé",
    'manager2 Tester a ajouté une note',
    'manager Tester a ouvert le cas (Accueil)',
  ]);
  expect(await englishOnFrenchPage(french, ['Audit trail', 'added a note', 'opened the case'])).toEqual([]);
  await checkPage(french, 'case-audit-trail-fr');
  await french.close();
});

test('R-UI-04 another organisation cannot read the case’s audit trail', async () => {
  const stranger = await signIn(other, 'manager');
  const answer = await stranger.get(`/api/cases/${caseId}/audit-trail`);
  expect(answer.status).toBe(404);
  expect(JSON.stringify(answer.body)).not.toContain('manager2 Tester');
  expect((await manager.get(`/api/cases/${caseId}/audit-trail`)).body).toHaveLength(3);
});

test('R-UI-04 a person’s page names who added them and who changed which details, and when', async () => {
  const page = await signInPage(browser.context, org.code, 'manager');
  await page.goto(`${apiUrl()}/people/${personId}`);
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill('aline.thibodeau@example.org');
  await page.getByLabel('City').fill('Truro');
  await page.getByRole('button', { name: 'Save the changes' }).click();
  await page.getByText('The details of Aline Thibodeau were saved.').waitFor();
  const changes = page.getByRole('table', { name: 'Changes to the details' }).locator('tbody tr');
  await changes.nth(2).waitFor();
  const rows = await changes.allInnerTexts();
  // Listed people are named one way everywhere: "Last, First".
  expect(rows[0]).toMatch(/Tester, manager\s+Changed the email, address/);
  expect(rows[1]).toMatch(/Tester, manager2\s+Changed the phone/);
  // The person was added by a user of the organisation's test set-up.
  expect(rows[2]).toContain('Added the person');
  await checkPage(page, 'person-changes');
  await page.close();
  // Saving with nothing changed records nothing.
  const same = await manager.patch(`/api/individuals/${personId}`, { email: 'aline.thibodeau@example.org' });
  expect(same.body.changes).toHaveLength(3);

  const french = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await french.goto(`${apiUrl()}/people/${personId}`);
  const modifications = french.getByRole('table', { name: 'Modifications des détails' }).locator('tbody tr');
  await expect(modifications.first().innerText()).resolves.toMatch(/Tester, manager\s+A modifié : courriel, adresse/);
  expect(await englishOnFrenchPage(french, ['Changes to the details', 'Changed the', 'Added the person'])).toEqual([]);
  await checkPage(french, 'person-changes-fr');
  await french.close();
});
