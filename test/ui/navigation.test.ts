// Getting around in Chromium (seed 001, the user's home page): "Display an Agreement/Case" takes a case number to
// its case, and another organisation's number says "not found" beside the box; the case and the person opened are
// then at the top of the home page's Recent lists, which open them again. In English and in French.
import type { Page } from 'playwright-core';
import type { Orm } from '../../db/orm.ts';
import {
  checkPage,
  closeBrowserOrganisation,
  englishOnFrenchPage,
  openBrowserOrganisation,
  signInPage,
  type BrowserOrganisation,
} from '../support/browser.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: BrowserOrganisation['browser'];
let caseId: number;
let personId: number;
let outsidersCase: number;

beforeAll(async () => {
  ({ orm, org, manager, browser } = await openBrowserOrganisation('Inverness Career Connections'));
  const person = await createIndividual(orm, org, { firstName: 'Maude', lastName: 'Gillis' });
  personId = person.id;
  caseId = (await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body.id;
  const other = await createOrg(orm, 'Antigonish Job Finders');
  const theirs = await createIndividual(orm, other, { firstName: 'Ian', lastName: 'Chisholm' });
  const theirManager = await signIn(other, 'manager');
  outsidersCase = (await theirManager.post('/api/cases', { individualId: theirs.id, registration: REGISTRATION })).body
    .id;
});
afterAll(() => closeBrowserOrganisation({ orm, browser }));

const check = (page: Page, name: string) => checkPage(page, `navigation-${name}`);

async function display(page: Page, label: string, button: string, n: number) {
  const box = page.getByRole('region', { name: /^(Find|Trouver)$/ });
  await box.getByLabel(label).fill(String(n));
  await box.getByRole('button', { name: button }).click();
}

test('Display an Agreement/Case opens my case by its number; the case and person are then in my Recent lists', async () => {
  const page = await signInPage(browser.context, org.code, 'manager2');
  const recentCases = page.getByRole('region', { name: 'Recent agreements and cases' });
  await recentCases.getByText('The agreements and cases you open will be listed here.').waitFor();
  await display(page, 'Agreement or case number', 'Display', outsidersCase);
  await page.getByText(`Agreement or case ${outsidersCase} was not found.`).waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
  await check(page, 'not-found');

  await display(page, 'Agreement or case number', 'Display', caseId);
  await page.waitForURL(`**/cases/${caseId}`);
  await page.getByText('Gillis, Maude').first().waitFor();
  await page.goto(new URL(`/people/${personId}`, page.url()).href);
  await page.getByText('Gillis').first().waitFor();

  await page.goto(new URL('/', page.url()).href);
  const link = recentCases.getByRole('link', { name: `Case ${caseId} · Gillis, Maude` });
  await link.waitFor();
  const persons = page.getByRole('region', { name: 'Recent persons' });
  await persons.getByRole('link', { name: 'Gillis, Maude' }).waitFor();
  await expect(recentCases.getByText('Chisholm').count()).resolves.toBe(0);
  await check(page, 'recent');
  await link.click();
  await page.waitForURL(`**/cases/${caseId}`);
  await page.close();
});

test('Display an Agreement/Case and the Recent lists in French', async () => {
  const page = await signInPage(browser.context, org.code, 'manager2', { lang: 'fr' });
  await page
    .getByRole('region', { name: 'Ententes et cas récents' })
    .getByRole('link', { name: `Cas ${caseId} · Gillis, Maude` })
    .waitFor();
  await display(page, "Numéro d'entente ou de cas", 'Afficher', outsidersCase);
  await page.getByText(`L'entente ou le cas ${outsidersCase} est introuvable.`).waitFor();
  expect(await englishOnFrenchPage(page, ['Recent', 'Display', 'Agreement', 'not found'])).toEqual([]);
  await check(page, 'fr');
  await page.close();
});
