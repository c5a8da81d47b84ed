// The case header in Chromium (R-CASE-13): the seed's common header on every case screen shows the case manager,
// the office, the client's name and SIN, with the case number, program and stage since when; in English and French.
import type { Page } from 'playwright-core';
import { User } from '../../db/entities.ts';
import { formatSin } from '../../domain/people.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, signIn } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let caseId: number;
let sin: string;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Header Employment Services');
  // The case manager works from the organisation's office.
  const em = orm.em.fork();
  await em.nativeUpdate(User, { id: org.users.manager.id }, { officeLocationId: org.officeLocationId });
  const manager = await signIn(org, 'manager');
  const person = await createIndividual(orm, org, { firstName: 'Rita', lastName: 'Comeau' });
  sin = person.sin!;
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  caseId = opened.body.id;
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

/** The header's facts as the reader sees them, term to value. */
async function headerFacts(page: Page, regionName: RegExp) {
  const header = page.getByRole('region', { name: regionName });
  await header.locator('dl.facts').first().waitFor();
  const facts = header.locator('dl.facts > div');
  const pairs: Record<string, string> = {};
  for (let i = 0; i < (await facts.count()); i++) {
    const row = facts.nth(i);
    pairs[(await row.locator('dt').innerText()).trim()] = (await row.locator('dd').innerText()).trim();
  }
  return { header, pairs };
}

const sinShown = () => formatSin(sin);

test('R-CASE-13 every case screen shows the case header: case manager, office, client, SIN, program and stage', async () => {
  const page = await signInPage(browser.context, org.code, 'manager');
  for (const tab of ['', '?tab=history']) {
    await page.goto(`${apiUrl()}/cases/${caseId}${tab}`);
    const { header, pairs } = await headerFacts(page, /^About this case$/);
    await expect(header.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(`Case ${caseId} Comeau, Rita`);
    expect(pairs).toMatchObject({ 'Case manager': 'Tester, manager', Office: 'Main office', SIN: sinShown() });
    expect(pairs.Program).not.toBe('—');
    await expect(header.innerText()).resolves.toMatch(/Intake\s+since /);
  }
  await checkPage(page, 'case-header');
  await page.close();

  const french = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await french.goto(`${apiUrl()}/cases/${caseId}`);
  const { header, pairs } = await headerFacts(french, /^À propos de ce cas$/);
  await expect(header.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(`Cas ${caseId} Comeau, Rita`);
  expect(pairs).toMatchObject({ 'Gestionnaire de cas': 'Tester, manager', Bureau: 'Main office', NAS: sinShown() });
  await expect(header.innerText()).resolves.toMatch(/Accueil\s+depuis le /);
  expect(await englishOnFrenchPage(french, ['Case manager', 'Office', 'since'])).toEqual([]);
  await checkPage(french, 'case-header-fr');
  await french.close();
});

test('a supervisor goes from the case page to its timeline; a case manager, who cannot read it, sees no link', async () => {
  const manager = await signInPage(browser.context, org.code, 'manager');
  await manager.goto(`${apiUrl()}/cases/${caseId}`);
  await manager.getByRole('region', { name: 'About this case' }).waitFor();
  expect(await manager.getByRole('link', { name: 'Timeline', exact: true }).count()).toBe(0);
  await manager.close();

  const page = await signInPage(browser.context, org.code, 'supervisor');
  await page.goto(`${apiUrl()}/cases/${caseId}`);
  await page.getByRole('region', { name: 'About this case' }).waitFor();
  await checkPage(page, 'case-header-supervisor');
  await page
    .getByRole('region', { name: 'About this case' })
    .getByRole('link', { name: 'Timeline', exact: true })
    .click();
  await page.getByRole('heading', { level: 1, name: `Timeline of case ${caseId}` }).waitFor();
  await page.close();

  const fr = await signInPage(browser.context, org.code, 'supervisor', { lang: 'fr' });
  await fr.goto(`${apiUrl()}/cases/${caseId}`);
  await fr.getByRole('link', { name: 'Chronologie', exact: true }).click();
  await fr.getByRole('heading', { level: 1, name: `Chronologie du cas ${caseId}` }).waitFor();
  await fr.close();
});
