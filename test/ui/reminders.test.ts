// R-NOTIF-04 in Chromium: a case manager creates reminders for themselves (a due date, a priority and a description
// required; a case optional, and only one of their organisation), searches them, and marks several done at once after
// one confirmation (R-NOTIF-05); one about a case moves with the case to its new case manager (R-NOTIF-06).
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let caseId: number;
let strangerCase: number;
const today = businessDate(new Date());

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  const other = await createOrg(orm, 'Faraway Employment Services');
  org = await createOrg(orm, 'Reminders Employment Services');
  manager = await signIn(org, 'manager');
  const person = await createIndividual(orm, org, { firstName: 'Jane', lastName: 'Johnson' });
  caseId = (await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body.id;
  const elsewhere = await createIndividual(orm, other, { firstName: 'Paul', lastName: 'Smith' });
  strangerCase = (
    await (
      await signIn(other, 'manager')
    ).post('/api/cases', { individualId: elsewhere.id, registration: REGISTRATION })
  ).body.id;
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

async function create(page: Page, r: { due: string; priority: string; description: string; caseId?: number }) {
  const form = page.getByRole('form', { name: 'Create a reminder' });
  await form.getByLabel('Due date').fill(r.due);
  await form.getByLabel('Priority').selectOption({ label: r.priority });
  await form.getByLabel('Case number (optional)').fill(r.caseId ? String(r.caseId) : '');
  await form.getByLabel('Description').fill(r.description);
  await form.getByRole('button', { name: 'Create the reminder' }).click();
  return form;
}

test('R-NOTIF-04 R-NOTIF-05 a case manager creates, searches and marks done their reminders', async () => {
  const page = await signInPage(browser.context, org.code, 'manager');
  await page.getByRole('region', { name: 'My tasks' }).getByRole('link', { name: 'My reminders' }).click();
  await page.getByRole('heading', { level: 1, name: 'My reminders' }).waitFor();
  // Due date, priority and description are required.
  const form = page.getByRole('form', { name: 'Create a reminder' });
  await form.getByRole('button', { name: 'Create the reminder' }).click();
  await expect(form.locator('.field-error, [id$="-error"]').count()).resolves.toBeGreaterThanOrEqual(3);
  // A case of another organisation is refused beside the field.
  await create(page, { due: addDays(today, 3), priority: 'High priority', description: 'Call', caseId: strangerCase });
  await form
    .getByText(`Case ${strangerCase} is not a case of your organisation: check the number, or leave it empty.`)
    .waitFor();
  await create(page, {
    due: addDays(today, 3),
    priority: 'High priority',
    description: 'Call Jane on Tuesday about her child care letter.',
    caseId,
  });
  await page
    .getByText(/^Reminder created for /)
    .first()
    .waitFor();
  await create(page, { due: addDays(today, 10), priority: 'Low priority', description: 'Order business cards.' });
  const rows = page.getByRole('table', { name: 'Reminders' }).locator('tbody tr');
  await rows.nth(1).waitFor();
  await expect(rows.first().innerText()).resolves.toMatch(
    new RegExp(`Call Jane on Tuesday[\\s\\S]*High priority[\\s\\S]*Case ${caseId} · Johnson, Jane`),
  );
  await checkPage(page, 'reminders');

  // Search by priority.
  const search = page.getByRole('form', { name: 'Search' });
  await search.getByLabel('Priority').selectOption({ label: 'Low priority' });
  await search.getByRole('button', { name: 'Search' }).click();
  await rows.filter({ hasText: 'Call Jane' }).waitFor({ state: 'detached' });
  await expect(rows.allInnerTexts()).resolves.toEqual([expect.stringContaining('Order business cards.')]);
  await search.getByLabel('Priority').selectOption({ label: 'Any priority' });
  await search.getByRole('button', { name: 'Search' }).click();
  await rows.nth(1).waitFor();

  // Both marked done at once, after one confirmation; nothing of them is kept.
  await page.getByRole('checkbox', { name: /Call Jane/ }).check();
  await page.getByRole('checkbox', { name: /Order business cards/ }).check();
  await page.getByRole('button', { name: 'Mark done (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mark 2 reminders done?' });
  await dialog.getByRole('button', { name: 'Mark done' }).click();
  await page.getByText('2 reminders marked done.').waitFor();
  await page.getByText('No reminders match.').waitFor();
  expect((await manager.get('/api/reminders')).body).toEqual([]);
  await page.close();
});

test('R-NOTIF-06 a reminder about a case moves with the case to its new case manager', async () => {
  const made = await manager.post('/api/reminders', {
    dueDate: addDays(today, 5),
    priority: 'Medium',
    description: 'Ask for the signed plan.',
    caseId,
  });
  expect(made.status).toBe(201);
  await manager.post('/api/reminders', { dueDate: addDays(today, 5), priority: 'Low', description: 'My own note.' });
  expect((await manager.post(`/api/cases/${caseId}/reassign`, { caseManagerId: org.users.manager2.id })).status).toBe(
    200,
  );
  const descriptions = async (c: Client) =>
    ((await c.get('/api/reminders')).body as { description: string }[]).map((r) => r.description);
  await expect(descriptions(manager)).resolves.toEqual(['My own note.']);
  await expect(descriptions(await signIn(org, 'manager2'))).resolves.toEqual(['Ask for the signed plan.']);
});

test('R-NOTIF-04 the reminders page in French shows no English', async () => {
  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await page.getByRole('region', { name: 'Mes tâches' }).getByRole('link', { name: 'Mes rappels' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mes rappels' }).waitFor();
  await page.getByRole('table', { name: 'Rappels' }).waitFor();
  expect(await englishOnFrenchPage(page, ['My reminders', 'Create a reminder', 'Mark done', 'Due date'])).toEqual([]);
  await checkPage(page, 'reminders-fr');
  await page.close();
});

test('R-NOTIF-04 R-NOTIF-08 the home page lists my reminders due by the end of next month, not those due later', async () => {
  const soon = await manager.post('/api/reminders', {
    dueDate: addDays(today, -1),
    priority: 'High',
    description: 'Renew the bus pass request.',
  });
  expect(soon.status).toBe(201);
  await manager.post('/api/reminders', { dueDate: addDays(today, 70), priority: 'Low', description: 'Far away.' });
  const page = await signInPage(browser.context, org.code, 'manager');
  const tasks = page.getByRole('region', { name: 'My tasks' });
  const item = tasks.getByRole('listitem').filter({ hasText: 'Renew the bus pass request.' });
  await expect(item.innerText()).resolves.toMatch(/created by Tester, manager\s+Reminder\s+High priority\s+Overdue/);
  await expect(tasks.getByText('Far away.').count()).resolves.toBe(0);
  await item.getByRole('link', { name: 'Renew the bus pass request.' }).click();
  await page.getByRole('heading', { level: 1, name: 'My reminders' }).waitFor();
  await page.close();
});
