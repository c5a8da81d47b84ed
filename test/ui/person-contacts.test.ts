// A person's phones and emails in Chromium (R-PER-17), as a case manager keeps them: add one beside the default,
// choose the default, remove one after confirming; the same card in French, at 390 px.
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, type TestOrg } from '../support/fixtures.ts';
import { apiUrl } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let personId: number;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Digby Employment Centre');
  personId = (await createIndividual(orm, org, { firstName: 'Lucie', lastName: 'Comeau' })).id;
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

const entries = (page: Page, list: string) => page.getByRole('region', { name: list }).getByRole('listitem');

test('R-PER-17 a case manager adds a second phone, makes it the default and removes the old one', async () => {
  const page = await signInPage(browser.context, org.code, 'manager');
  await page.goto(`${apiUrl()}/people/${personId}`);
  const card = page.getByRole('region', { name: 'Phones and emails' });
  await card.waitFor();
  await expect(entries(page, 'Phones').allTextContents()).resolves.toEqual([
    expect.stringMatching(/^\(902\) 555-0199\s*Default/),
  ]);
  await card.getByRole('button', { name: 'Add a phone or an email' }).click();
  await card.getByLabel('Phone number or email address').fill('(902) 555-0777');
  await card.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByText('Added.').waitFor();
  await expect(entries(page, 'Phones').count()).resolves.toBe(2);
  await entries(page, 'Phones').nth(1).getByRole('button', { name: 'Make default' }).click();
  await page.getByText('(902) 555-0777 is now the default.').waitFor();
  await expect(entries(page, 'Phones').first().textContent()).resolves.toMatch(/^\(902\) 555-0777\s*Default/);
  // The details show the default too.
  await page.getByRole('region', { name: 'Details and contact information' }).getByText('(902) 555-0777').waitFor();
  await entries(page, 'Phones').nth(1).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await page.getByText('(902) 555-0199 removed.').waitFor();
  await expect(entries(page, 'Phones').count()).resolves.toBe(1);
  // A malformed email is refused beside its field, before anything is sent.
  await card.getByRole('button', { name: 'Add a phone or an email' }).click();
  await card.getByLabel('Kind').selectOption('EMAIL');
  await card.getByLabel('Phone number or email address').fill('lucie-at-example');
  await card.getByRole('button', { name: 'Add', exact: true }).click();
  await card.getByText('Check the format of this field.').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkPage(page, 'person-contacts');
  await page.close();
});

test('R-PER-17 the phones and emails card in French shows no English', async () => {
  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await page.goto(`${apiUrl()}/people/${personId}`);
  const card = page.getByRole('region', { name: 'Téléphones et courriels' });
  await card.waitFor();
  await card.getByRole('button', { name: 'Ajouter un téléphone ou un courriel' }).click();
  await card.getByLabel('Numéro de téléphone ou adresse courriel').waitFor();
  await entries(page, 'Téléphones').first().getByText('Par défaut').waitFor();
  expect(
    await englishOnFrenchPage(page, ['Phones and emails', 'Make default', 'Remove', 'Default', 'None yet.']),
  ).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkPage(page, 'person-contacts-fr');
  await page.close();
});
