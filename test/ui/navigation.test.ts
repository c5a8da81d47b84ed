// Getting around in Chromium (seed 001, the user's home page): "Display an Agreement/Case" takes a case number to
// its case, and another organisation's number says "not found" beside the box; the case and the person opened are
// then at the top of the home page's Recent lists, which open them again; the organisation's agreements page sorts
// by column (R-UI-05); My Account shows who the user is and leads to the change of password. In English and French.
import type { Page } from 'playwright-core';
import { FundingPackage } from '../../db/entities.ts';
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
    .getByRole('region', { name: 'Ententes et dossiers récents' })
    .getByRole('link', { name: `Dossier ${caseId} · Gillis, Maude` })
    .waitFor();
  await display(page, "Numéro d'entente ou de cas", 'Afficher', outsidersCase);
  await page.getByText(`L'entente ou le cas ${outsidersCase} est introuvable.`).waitFor();
  expect(await englishOnFrenchPage(page, ['Recent', 'Display', 'Agreement', 'not found'])).toEqual([]);
  await check(page, 'fr');
  await page.close();
});

/** An agreement the funding system gave `caseOf`, as its projection keeps it. */
async function agreementFor(caseOf: number, status: string) {
  const em = orm.em.fork();
  const agreementId = 600_000_000 + caseOf;
  em.create(FundingPackage, {
    caseId: caseOf,
    interventionId: 'intervention-1',
    programCode: 'SDIA',
    state: 'SUBMITTED',
    workflowId: `funding-ui-navigation-${caseOf}`,
    snapshot: {
      agreement: { agreementId, program: 'SDA(LAE-ENS)', status, statusDate: '2026-11-30', agreementManager: 'ENS' },
    },
    agreementId,
  });
  await em.flush();
  return agreementId;
}

test("R-UI-05 the organisation's agreements: sorted by a column, only those in force, each opening its case", async () => {
  const other = await createIndividual(orm, org, { firstName: 'Ada', lastName: 'Boudreau' });
  const otherCase = (await manager.post('/api/cases', { individualId: other.id, registration: REGISTRATION })).body
    .id as number;
  const [active, closed] = [await agreementFor(caseId, 'ACTIVE'), await agreementFor(otherCase, 'CLOSED')];
  const page = await signInPage(browser.context, org.code, 'manager');
  await page
    .getByRole('region', { name: 'Recent agreements and cases' })
    .getByRole('link', { name: 'Our agreements' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Agreements' }).waitFor();
  await page.getByText('2 agreements').waitFor();
  const rows = page.locator('.data-table tbody tr');
  await page.getByRole('button', { name: 'Sort by Person' }).click();
  await page.waitForURL(/sort=person&dir=asc/);
  await expect(rows.locator('td[data-label="Person"]').allTextContents()).resolves.toEqual([
    'Boudreau, Ada',
    'Gillis, Maude',
  ]);
  await expect(rows.first().locator('td[data-label="Status"]').textContent()).resolves.toBe('Closed');
  await page.getByLabel('Only the agreements in force').check();
  await page.getByText('1 agreement', { exact: true }).waitFor();
  await expect(rows.locator('td[data-label="Agreement"]').allTextContents()).resolves.toEqual([String(active)]);
  expect(String(closed)).not.toBe(String(active));
  await check(page, 'agreements');
  await rows
    .first()
    .getByRole('link', { name: String(caseId), exact: true })
    .click();
  await page.waitForURL(`**/cases/${caseId}`);
  await page.close();
});

test('My Account: who I am, my organisation and profiles, and the way to change my password, in both languages', async () => {
  const page = await signInPage(browser.context, org.code, 'manager');
  await page.getByRole('link', { name: 'Tester, manager' }).click();
  await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor();
  await page.getByText('Inverness Career Connections').first().waitFor();
  await page.locator('dd', { hasText: 'ECM Case Manager' }).waitFor();
  await check(page, 'my-account');
  await page.getByRole('link', { name: 'Change my password' }).click();
  await page.waitForURL('**/account/password');
  await page.close();
  const fr = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await fr.goto(new URL('/account', fr.url()).href);
  await fr.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
  await fr.getByRole('link', { name: 'Modifier mon mot de passe' }).waitFor();
  expect(await englishOnFrenchPage(fr, ['My account', 'Security profiles', 'Change my password'])).toEqual([]);
  await check(fr, 'my-account-fr');
  await fr.close();
});
