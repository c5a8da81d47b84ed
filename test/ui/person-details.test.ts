// A person's title, marital status and languages spoken in Chromium, as a French-speaking case manager edits them and
// then reads them on the person page (labels, never codes); and their addresses, one default (R-PER-17).
import {
  checkPage,
  closeBrowserOrganisation,
  englishOnFrenchPage,
  openBrowserOrganisation,
  signInPage,
  type BrowserOrganisation,
} from '../support/browser.ts';
import { createIndividual } from '../support/fixtures.ts';
import { apiUrl } from '../support/http.ts';

let o: BrowserOrganisation;
let personId: number;

beforeAll(async () => {
  o = await openBrowserOrganisation('Clare Employment Services');
  personId = (await createIndividual(o.orm, o.org, { firstName: 'Odile', lastName: 'Arsenault' })).id;
});
afterAll(() => closeBrowserOrganisation(o));

test('R-PER-11 in French, a title, a marital status and languages are edited and shown as words', async () => {
  const page = await signInPage(o.browser.context, o.org.code, 'manager', { lang: 'fr' });
  await page.goto(`${apiUrl()}/people/${personId}`);
  await page.getByRole('button', { name: 'Modifier les détails' }).click();
  await page.getByLabel('Titre').selectOption({ label: 'Dr' });
  await page.getByLabel('Situation de famille').selectOption({ label: 'Veuf ou veuve' });
  const languages = page.getByRole('group', { name: 'Langues parlées' });
  await languages.getByLabel('Français').check();
  await languages.getByLabel("Mi'kmaq").check();
  await checkPage(page, 'person-edit-fr');
  await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  await page.getByText('Les renseignements de Odile Arsenault ont été enregistrés.').waitFor();
  await page.getByRole('heading', { level: 1, name: 'Dr Odile Arsenault' }).waitFor();
  const details = page.getByRole('region', { name: 'Détails et coordonnées' });
  const fact = (name: string) => details.locator('div', { has: page.locator('dt', { hasText: name }) }).locator('dd');
  await expect(fact('Titre').innerText()).resolves.toBe('Dr');
  await expect(fact('Situation de famille').innerText()).resolves.toBe('Veuf ou veuve');
  await expect(fact('Langues parlées').innerText()).resolves.toBe("Français, Mi'kmaq");
  await expect(details.innerText()).resolves.not.toMatch(/WIDOWED|MIKMAQ|FRENCH|\bDR\b/);
  // R-UI-04: the change is recorded against its editor, with the fields named in French.
  const changes = page.getByRole('table', { name: 'Modifications des détails' }).locator('tbody tr');
  await expect(changes.first().innerText()).resolves.toMatch(
    /Tester, manager\s+A modifié : titre, situation de famille, langues parlées/,
  );
  expect(await englishOnFrenchPage(page, ['Title', 'Marital status', 'Languages spoken', 'Widowed'])).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkPage(page, 'person-details-fr');
  await page.close();
});

test('R-PER-17 a second address is added and made the default; the only address cannot be removed', async () => {
  const page = await signInPage(o.browser.context, o.org.code, 'manager');
  await page.goto(`${apiUrl()}/people/${personId}`);
  const card = page.getByRole('region', { name: 'Addresses' });
  await card.getByRole('button', { name: 'Add an address' }).click();
  await card.getByLabel('Street address').fill('4 Shore Rd');
  await card.getByLabel('City').fill('Digby');
  await card.getByLabel('Postal code').fill('B0V 1A0');
  await card.getByLabel('Make it the default').check();
  await card.getByRole('button', { name: 'Add', exact: true }).click();
  await page.getByText('Address added.').waitFor();
  const entries = card.getByRole('listitem');
  await expect(entries.first().innerText()).resolves.toMatch(/^4 Shore Rd, Digby, NS B0V 1A0, Canada\s*Default/);
  await expect(entries.nth(1).innerText()).resolves.toContain('12 Spring Garden Rd, Halifax');
  await page.getByRole('region', { name: 'Details and contact information' }).getByText('4 Shore Rd').waitFor();
  // The old address removed: it goes to the address history; the only one left cannot be removed.
  await entries.nth(1).getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await page.getByText('12 Spring Garden Rd, Halifax, NS B3J 1A1, Canada removed.').waitFor();
  await page.getByRole('table', { name: 'Address history' }).getByText('12 Spring Garden Rd').waitFor();
  await entries.first().getByRole('button', { name: 'Remove' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await page.getByText("is this person's only address and a person keeps one").waitFor();
  await expect(entries.count()).resolves.toBe(1);
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkPage(page, 'person-addresses');
  await page.close();
});
