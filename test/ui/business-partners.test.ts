// R-BP-01 and R-INT-03 in Chromium: ENS adds a public Business Partner, an organisation's administrator a private one
// (in French too), and a case manager chooses the delivering organisation of an External intervention from their
// Recent list or a search, never by typing it.
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createOrg, createUser, type TestOrg } from '../support/fixtures.ts';
import { fundingCases } from '../support/funding-cases.ts';
import { bearerToken, signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let ensOrg: TestOrg;
let manager: Client;
let token: string;
let browser: Awaited<ReturnType<typeof openBrowser>>;
const unique = `${Date.now()}`.slice(-6);

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  [org, ensOrg] = await Promise.all([createOrg(orm, 'Picker Works'), createOrg(orm, 'Employment Nova Scotia')]);
  await createUser(orm, ensOrg, 'ens', ['ENS_AGREEMENT_MANAGER']);
  manager = await signIn(org, 'manager');
  token = await bearerToken(org, 'manager');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

const { fundedCase } = fundingCases(() => ({ orm, org, manager, token }));
/** The page's own English words, none of which may show on the French page. */
const pageEnglish = ['Business Partners', 'Search results', 'Private to my organisation', 'Kept as', 'Add the partner'];
const toast = (page: Page, text: string) => page.locator('.toast', { hasText: text }).waitFor();

async function addPartner(page: Page, form: string, name: string, city: string) {
  const add = page.getByRole('form', { name: form });
  await add.getByLabel(/^(Name|Nom)/).fill(name);
  await add.getByLabel(/^(City|Ville)/).fill(city);
  await add.getByRole('button').click();
}

test('R-BP-01 ENS keeps the public partners; an administrator adds private ones, in English and French', async () => {
  const ens = await signInPage(browser.context, ensOrg.code, 'ens');
  await ens.goto(`${ens.url().replace(/\/$/, '')}/business-partners`);
  await ens.getByRole('heading', { level: 1, name: 'Business Partners' }).waitFor();
  await addPartner(ens, 'Add a Business Partner', `Truro Self-Employment ${unique}`, 'Truro');
  await toast(ens, `Business Partner added: Truro Self-Employment ${unique}.`);
  await checkPage(ens, 'business-partners-ens');

  const admin = await signInPage(browser.context, org.code, 'admin', { lang: 'fr' });
  await admin.getByRole('link', { name: 'Organisme' }).first().click();
  await admin.getByRole('link', { name: "Partenaires d'affaires" }).click();
  await admin.getByRole('heading', { level: 1, name: "Partenaires d'affaires" }).waitFor();
  // Only ENS keeps public partners: the administrator's choice is Private alone.
  const form = admin.getByRole('form', { name: "Ajouter un partenaire d'affaires" });
  await form.waitFor();
  const kept = await form
    .getByLabel(/^Tenu comme/)
    .locator('option')
    .allInnerTexts();
  expect(kept).toContain('Privé à mon organisme');
  expect(kept).not.toContain('Public (tenu par ENE)');
  await form.getByRole('button', { name: 'Ajouter le partenaire' }).click();
  await form.getByText('Remplissez ce champ.').waitFor();
  await addPartner(admin, "Ajouter un partenaire d'affaires", `Atelier Privé ${unique}`, 'Halifax');
  await toast(admin, `Partenaire d'affaires ajouté : Atelier Privé ${unique}.`);
  const results = admin.getByRole('region', { name: 'Résultats de la recherche' });
  await results.getByText(`Truro Self-Employment ${unique}`).waitFor();
  await results.getByText(`Atelier Privé ${unique}`, { exact: true }).waitFor();
  // The administrator may change the private partner, never the public one.
  await results.getByRole('button', { name: `Modifier Atelier Privé ${unique}` }).waitFor();
  await expect(results.getByRole('button', { name: `Modifier Truro Self-Employment ${unique}` }).count()).resolves.toBe(
    0,
  );
  expect(await englishOnFrenchPage(admin, pageEnglish)).toEqual([]);
  await checkPage(admin, 'business-partners-fr');
});

test('R-INT-03 a case manager chooses the delivering organisation by search, then from the Recent list', async () => {
  const { caseId } = await fundedCase({ sign: false });
  const page = await signInPage(browser.context, org.code, 'manager');
  await page.goto(`${page.url().replace(/\/$/, '')}/cases/${caseId}`);
  await page.getByRole('button', { name: 'Add an intervention' }).click();
  const add = page.getByRole('form', { name: 'New intervention' });
  await add.getByLabel('Employability dimension').selectOption({ label: 'Job Search' });
  await add.getByLabel('Intervention type').selectOption({ label: 'Job Search - Workshops' });
  await add.getByLabel('Delivery model').selectOption({ label: 'External' });
  // The funded intervention's partner is already on the Recent list.
  const recent = add.getByRole('region', { name: 'Recent Business Partners' });
  await recent.getByRole('button', { name: 'Choose Nova Scotia Community College' }).waitFor();
  await add.getByLabel('Search Business Partners').fill(`Atelier Privé ${unique}`);
  await add.getByLabel('Search Business Partners').press('Enter');
  await add.getByRole('region', { name: 'Search results' }).getByRole('button').first().waitFor();
  await checkPage(page, 'intervention-partner-search');
  await add.getByRole('button', { name: `Choose Atelier Privé ${unique}` }).click();
  await add.getByText(`Chosen: Atelier Privé ${unique}`).waitFor();
  await add.getByLabel('Planned start date').fill('2030-01-07');
  await add.getByLabel('Planned end date').fill('2030-02-07');
  await add.getByLabel('Description (printed on the plan)').fill('Weekly workshops.');
  await add.getByRole('button', { name: 'Add the intervention' }).click();
  await toast(page, 'Intervention added: Job Search - Workshops.');
  await page
    .getByRole('cell', { name: new RegExp(`Atelier Privé ${unique}`) })
    .first()
    .waitFor();

  await page.getByRole('button', { name: 'Add an intervention' }).click();
  await page
    .getByRole('form', { name: 'New intervention' })
    .getByLabel('Delivery model')
    .selectOption({ label: 'External' });
  const again = page
    .getByRole('form', { name: 'New intervention' })
    .getByRole('region', { name: 'Recent Business Partners' });
  await expect(again.getByRole('button').first().innerText()).resolves.toBe(`Atelier Privé ${unique}`);
});
