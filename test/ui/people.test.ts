// The people pages in Chromium, as a case manager uses them: the search (the exact name first, a count, pages), adding
// a person after a search with the duplicate check as a real choice, a person's page with what stands between them
// and a case fixed in place, editing, aliases; and the same pages in French.
import type { Page } from 'playwright-core';
import { Case, Individual } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { formatSin } from '../../domain/people.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, nextSin, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, signIn } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let doucette: number;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Shelburne Employment Services');
  // Eleven people whose name sounds like Doucette (D230) and sorts before it, so a page of ten by name alone would
  // not show the one searched for.
  for (let i = 0; i < 11; i++)
    await createIndividual(orm, org, { firstName: `Person${String.fromCharCode(65 + i)}`, lastName: 'Daggett' });
  doucette = (
    await createIndividual(orm, org, { firstName: 'Robert', lastName: 'Doucette', dateOfBirth: '1979-11-02' })
  ).id;
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

const rows = (page: Page) => page.locator('table.data-table tbody tr');

/** The checks of every page, taken from the top of the page (a full-page shot of a scrolled page repeats the header). */
async function check(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkPage(page, name);
}

async function search(page: Page, lastName: string) {
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Find a person' }).waitFor();
  await page.getByLabel('Last name').fill(lastName);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

test(
  'R-PER-02 R-PER-05 R-UI-05 a search for an exact last ' + 'name puts that person first, with a count and pages',
  async () => {
    const page = await signInPage(browser.context, org.code, 'manager');
    await search(page, 'Doucette');
    await page.getByText('12 people found').waitFor();
    await expect(rows(page).first().textContent()).resolves.toContain('Doucette, Robert');
    await expect(rows(page).first().textContent()).resolves.toContain('Exact name');
    await expect(rows(page).count()).resolves.toBe(10);
    await page.getByText('Page 1 of 2').waitFor();
    await check(page, 'people-search');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByText('Page 2 of 2').waitFor();
    await expect(rows(page).count()).resolves.toBe(2);
    // The address holds the search: a reload shows the same page of the same list.
    await page.reload();
    await page.getByText('Page 2 of 2').waitFor();
    await page.getByRole('button', { name: 'First', exact: true }).click();
    await page.getByText('Page 1 of 2').waitFor();
    // R-PER-01: no criterion, no search.
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Enter at least one criterion' }).waitFor();
    await page.close();
  },
);

test(
  'R-PER-07 R-PER-08 R-PER-10 adding a second Robert Doucette ' + 'after a search offers the match, then adds anyway',
  async () => {
    const page = await signInPage(browser.context, org.code, 'manager');
    // R-PER-07: the add form asks for a search first.
    await page.goto(`${apiUrl()}/people/new`);
    await page.getByRole('heading', { name: 'Search first' }).waitFor();
    await search(page, 'Doucette');
    await page.getByText('12 people found').waitFor();
    await page.getByRole('button', { name: 'Add a new person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a new person' }).waitFor();
    // What was searched for is filled in.
    await expect(page.getByLabel('Last name').inputValue()).resolves.toBe('Doucette');
    await page.getByLabel('First name').fill('Robert');
    await page.getByLabel('Gender').selectOption({ label: 'Male' });
    await page.getByLabel('Date of birth').fill('1979-11-02');
    await page.getByLabel('Street address').fill('88 Portland St');
    await page.getByLabel('City').fill('Dartmouth');
    await page.getByLabel('Postal code').fill('B2Y 1H7');
    await check(page, 'person-new');
    await page.getByRole('button', { name: 'Add the person' }).click();
    const confirm = page.getByRole('dialog', { name: 'Add a new person record?' });
    await confirm.getByText('Robert Doucette, born November 2, 1979').waitFor();
    await confirm.getByRole('button', { name: 'Add the person' }).click();
    // The duplicate check: the match, what matched, a way to open it, and "none of these".
    const choice = page.getByRole('region', { name: 'Is this person already registered?' });
    await choice.waitFor();
    const match = choice.getByRole('listitem').filter({ hasText: 'Doucette, Robert' });
    await match.getByText('Same date of birth').waitFor();
    await match.getByText('Same names').waitFor();
    await expect(match.getByRole('link', { name: 'Open this person' }).getAttribute('href')).resolves.toBe(
      `/people/${doucette}`,
    );
    await check(page, 'person-new-duplicates');
    await choice.getByRole('button', { name: 'None of these: add a new person' }).click();
    await page.getByText(/^Robert Doucette was added \(person \d{6}\)\.$/).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Robert Doucette' }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/people\/\d{6}$/);
    expect(new URL(page.url()).pathname).not.toBe(`/people/${doucette}`);
    await page.close();
  },
);

test('R-PER-09 a SIN whose check digit is wrong is refused beside the Social insurance number field', async () => {
  const page = await signInPage(browser.context, org.code, 'manager');
  // R-PER-07: the add form is reached from a search.
  await page.goto(`${apiUrl()}/people?lastName=Zwicker&firstName=Zed`);
  await page.getByRole('button', { name: 'Add a new person' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a new person' }).waitFor();
  await page.getByLabel('Gender').selectOption({ label: 'Male' });
  await page.getByLabel('Date of birth').fill('1990-04-01');
  await page.getByLabel('Social insurance number').fill('123 456 789');
  await page.getByLabel('Street address').fill('1 Water St');
  await page.getByLabel('City').fill('Yarmouth');
  await page.getByLabel('Postal code').fill('B5A 1A1');
  await page.getByRole('button', { name: 'Add the person' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Add the person' }).click();
  const sinField = page.locator('.field').filter({ has: page.getByLabel('Social insurance number') });
  await sinField
    .getByText('Social insurance number: this is not a valid number (its check digit does not match)')
    .waitFor();
  await expect(page.getByLabel('Social insurance number').getAttribute('aria-invalid')).resolves.toBe('true');
  await page.close();
});

test(
  'R-CASE-01 R-PER-11 R-PER-18 R-CASE-03 R-CASE-07 a person without a SIN: the page says what a case needs, the ' +
    'SIN is added in the edit form, the person is shared, and the case opens',
  async () => {
    const sin = nextSin();
    const person = await createIndividual(orm, org, {
      firstName: 'Nadia',
      lastName: 'Sinclair',
      sin: null,
      shared: false,
      dateOfBirth: '1986-08-30',
    });
    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/people/${person.id}`);
    await page.getByRole('heading', { level: 1, name: 'Nadia Sinclair' }).waitFor();
    // Phone and gender are shown with the other details.
    const details = page.getByRole('region', { name: 'Details and contact information' });
    await details.getByText('Female').waitFor();
    await details.getByText('(902) 555-0199').waitFor();
    await check(page, 'person');

    await page.getByRole('button', { name: 'Open a case' }).click();
    const opening = page.getByRole('region', { name: 'Open a case' });
    await opening.getByText('A case cannot be opened for Nadia Sinclair yet:').waitFor();
    await opening.getByText('No social insurance number: a case needs one.').waitFor();
    await opening.getByText('Not shared with the Nova Scotia Government').waitFor();
    await check(page, 'person-case-blocked');

    // The SIN, in the edit form, which opens at that field.
    await opening.getByRole('button', { name: 'Add the SIN' }).click();
    const sinInput = page.getByLabel('Social insurance number');
    await expect(sinInput.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await sinInput.fill(formatSin(sin));
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('The details of Nadia Sinclair were saved.').waitFor();
    await opening.getByText('Not shared with the Nova Scotia Government').waitFor();
    await expect(opening.getByText('No social insurance number').count()).resolves.toBe(0);

    // Sharing, in a dialog: the written consent first.
    await opening.getByRole('button', { name: 'Share with government…' }).click();
    const share = page.getByRole('dialog', { name: 'Share with the Nova Scotia Government' });
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    await share.getByText('Confirm that the client’s written consent was obtained').waitFor();
    await share.getByLabel(/written consent to share their information/).check();
    await check(page, 'person-share');
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    // R-PER-19: nobody in the registry matches; sharing again creates the provincial record.
    await share.getByText('Nobody in the Nova Scotia Government records matches this client').waitFor();
    await share.getByRole('button', { name: 'Create the provincial record and share' }).click();
    await page.getByText('Nadia Sinclair is now shared with the Nova Scotia Government.').waitFor();

    // Nothing stands in the way now: the Add Case form, me as the case manager.
    await opening.getByRole('group', { name: 'Registration details' }).waitFor();
    await expect(opening.getByLabel('Case manager').locator('option:checked').textContent()).resolves.toBe(
      'Tester, manager (me)',
    );
    await opening.getByLabel('Employment status').selectOption({ label: 'Unemployed' });
    await opening.getByLabel('Preferred contact method').selectOption({ label: 'Telephone' });
    await opening.getByRole('group', { name: 'Is the client a student?' }).getByLabel('No').check();
    await opening.getByRole('group', { name: 'Legally entitled to work in Canada?' }).getByLabel('Yes').check();
    await opening
      .getByRole('group', { name: /Employment Insurance in the last 36 months/ })
      .getByLabel('Yes')
      .check();
    await opening.getByRole('button', { name: 'Open the case' }).click();
    // An EI claim needs its type.
    await opening
      .locator('.field')
      .filter({ has: page.getByLabel('What type of claim?') })
      .getByText('Choose one of the options.')
      .waitFor();
    await opening.getByLabel('What type of claim?').selectOption({ label: 'Regular' });
    await check(page, 'person-open-case');
    await opening.getByRole('button', { name: 'Open the case' }).click();
    await page.getByText(/^Case \d+ opened for Nadia Sinclair: its first task is Complete Intake\.$/).waitFor();
    await page.waitForURL(/\/cases\/\d+$/);
    const caseId = Number(new URL(page.url()).pathname.split('/').pop());
    const manager = await signIn(org, 'manager');
    const opened = await manager.get(`/api/cases/${caseId}`);
    expect(opened.body).toMatchObject({
      status: 'INTAKE',
      individual: { id: person.id, sin: formatSin(sin) },
      registration: { employmentStatus: 'UNEMPLOYED', eiInLast36Months: true, eiClaimType: 'REGULAR' },
    });
    // Back on the person's page, the case is listed and linked.
    await page.goto(`${apiUrl()}/people/${person.id}`);
    await expect(
      page
        .getByRole('region', { name: 'Cases' })
        .getByRole('link', { name: `Case ${caseId}` })
        .getAttribute('href'),
    ).resolves.toBe(`/cases/${caseId}`);
    await page.close();
  },
);

test('R-CASE-06 opening a case checks its required answers first, and Cancel leaves no case behind', async () => {
  const person = await createIndividual(orm, org, { firstName: 'Oscar', lastName: 'Pothier' });
  const page = await signInPage(browser.context, org.code, 'manager');
  await page.goto(`${apiUrl()}/people/${person.id}`);
  await page.getByRole('button', { name: 'Open a case' }).click();
  const opening = page.getByRole('form', { name: 'Open a case' });
  await opening.getByRole('button', { name: 'Open the case' }).click();
  await opening
    .locator('.field')
    .filter({ has: page.getByLabel('Employment status') })
    .getByText('Choose one of the options.')
    .waitFor();
  await opening.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Open a case' }).waitFor();
  await expect(opening.count()).resolves.toBe(0);
  expect(await orm.em.fork().count(Case, { individualId: person.id })).toBe(0);
  await page.close();
});

test(
  'R-PER-11 R-PER-13 R-PER-14 R-PER-15 a new name keeps the old ' +
    'as an alias, a new address goes to history, an alias is added',
  async () => {
    const person = await createIndividual(orm, org, { firstName: 'Marie', lastName: 'Arsenault' });
    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/people/${person.id}`);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByLabel('Last name').fill('LeBlanc');
    await page.getByLabel('Street address').fill('5 Main St');
    await page.getByLabel('City').fill('Truro');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('The details of Marie LeBlanc were saved.').waitFor();
    await page.getByRole('heading', { level: 1, name: 'Marie LeBlanc' }).waitFor();
    const aliases = page.getByRole('region', { name: 'Aliases' });
    await aliases.getByText('Arsenault, Marie').waitFor();
    await aliases.getByText(/Previous name/).waitFor();
    await page.getByRole('region', { name: 'Address history' }).getByText('12 Spring Garden Rd, Halifax').waitFor();
    await aliases.getByRole('button', { name: 'Add an alias' }).click();
    await aliases.getByRole('button', { name: 'Add the alias' }).click();
    await aliases.getByText('Enter a first name or a last name.').waitFor();
    await aliases.getByLabel('First name').fill('Mimi');
    await aliases.getByRole('button', { name: 'Add the alias' }).click();
    await page.getByText('Alias added: Mimi.').waitFor();
    await aliases.getByText(/Added by a user/).waitFor();
    await page.close();
  },
);

test('R-PER-19 R-PER-20 the provincial registry’s possible matches are answered in the sharing dialog', async () => {
  // The province knows Anselme Boudrot already: another organisation shared him, from another address.
  const elsewhere = await createOrg(orm, 'Yarmouth Employment Services');
  const known = await createIndividual(orm, elsewhere, {
    firstName: 'Anselme',
    lastName: 'Boudrot',
    dateOfBirth: '1961-07-19',
    shared: false,
  });
  await orm.em
    .fork()
    .nativeUpdate(Individual, { id: known.id }, { addressLine1: '1 Provincial Way', city: 'Yarmouth' });
  const shared = await (
    await signIn(elsewhere, 'manager')
  ).post(`/api/individuals/${known.id}/share`, {
    writtenConsentObtained: true,
    confirmNewProvincialRecord: true,
  });
  expect(shared.status).toBe(200);
  const person = await createIndividual(orm, org, {
    firstName: 'Anselme',
    lastName: 'Boudrot',
    dateOfBirth: '1961-07-19',
    shared: false,
  });
  const page = await signInPage(browser.context, org.code, 'manager');
  await page.goto(`${apiUrl()}/people/${person.id}`);
  await page
    .getByRole('region', { name: 'Privacy and sharing' })
    .getByRole('button', { name: 'Share with government…' })
    .click();
  const share = page.getByRole('dialog', { name: 'Share with the Nova Scotia Government' });
  await share.getByLabel(/written consent to share their information/).check();
  await share.getByRole('button', { name: 'Share', exact: true }).click();
  await share.getByText('One or more persons already exist in the Nova Scotia Government records').waitFor();
  const who = share.getByRole('group', { name: 'Who is this client?' });
  await share.getByRole('button', { name: 'Continue' }).click();
  await who.getByText('Select the person who is this client, or “none of these”.').waitFor();
  // Nothing of the provincial person is shown before the case manager confirms it is their client.
  expect(await share.getByText('1 Provincial Way').count()).toBe(0);
  await who.getByLabel(/Possible match 1: same last name, first name, date of birth/).check();
  await share.getByLabel(/I confirm this person is my client/).check();
  await share.getByRole('button', { name: 'Continue' }).click();
  // R-PER-20: per group, which record's values both keep.
  // Another organisation made the provincial record and serves the client: its differing address stays as it is.
  await share.getByText(/Address · Provincial record: 1 Provincial Way, Yarmouth.*kept/).waitFor();
  await check(page, 'person-share-matches');
  await share.getByRole('button', { name: 'Share with the Nova Scotia Government' }).click();
  await page.getByText('Anselme Boudrot is now shared with the Nova Scotia Government.').waitFor();
  await page
    .getByRole('region', { name: 'Details and contact information' })
    .getByText(/1 Provincial Way, Yarmouth/)
    .waitFor();
  await page
    .getByRole('region', { name: 'Address history' })
    .getByText(/12 Spring Garden Rd/)
    .waitFor();
  await page.close();
});

test('the people pages in French show no English', async () => {
  // The people pages' own words (the shell's are checked anyway).
  const english = [
    'First name',
    'Last name',
    'Date of birth',
    'Social insurance number',
    'Gender',
    'Street address',
    'Postal code',
    'Person ID',
    'Private client',
    'Shared with government',
    'Find a person',
    'People found',
    'Open a case',
    'Privacy and sharing',
    'Address history',
    'Add a new person',
    'Registration details',
  ];
  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await page.getByRole('link', { name: 'Personnes', exact: true }).click();
  await page.getByLabel('Nom', { exact: true }).fill('Daggett');
  await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
  await page.getByText(/^\d+ individus trouvés$/).waitFor();
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await check(page, 'people-search-fr');
  await rows(page).first().getByRole('link').click();
  await page.getByRole('region', { name: 'Détails et coordonnées' }).waitFor();
  await page.getByRole('button', { name: 'Créer un cas' }).click();
  await page.getByRole('group', { name: "Détails de l'inscription" }).waitFor();
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await check(page, 'person-fr');
  await page.goto(`${apiUrl()}/people/new?lastName=Daggett`);
  await page.getByRole('heading', { level: 1, name: 'Ajouter un nouvel individu' }).waitFor();
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await check(page, 'person-new-fr');
  await page.close();
});

test(
  'R-PER-08 R-PER-09 R-PER-11 R-PER-05 the API behind the pages: a SIN added by ' +
    'a change is checked like a new one; the search ranks the exact name first',
  async () => {
    const manager = await signIn(org, 'manager');
    const person = await createIndividual(orm, org, { firstName: 'Odile', lastName: 'Nosin', sin: null });
    const holder = await createIndividual(orm, org, { firstName: 'Held', lastName: 'Elsewhere' });
    const path = `/api/individuals/${person.id}`;
    expect((await manager.get(path)).body.caseOpening).toEqual({ needs: ['SIN'], openCase: null });
    const badDigit = await manager.patch(path, { sin: '123456789' });
    expect(badDigit.status).toBe(400);
    expect(badDigit.body.violations).toEqual([expect.objectContaining({ rule: 'R-PER-09', field: 'sin' })]);
    const taken = await manager.patch(path, { sin: holder.sin });
    expect(taken.status).toBe(409);
    expect(taken.body.violations).toEqual([expect.objectContaining({ code: 'SIN_IN_USE', field: 'sin' })]);
    const added = await manager.patch(path, { sin: nextSin() });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ canOpenCase: true, caseOpening: { needs: [], openCase: null } });
    // R-PER-05: the exact name first, whatever sorts before it; sorted by a column on request.
    const found = (await manager.get('/api/individuals?lastName=Doucette')).body;
    expect(found.items[0]).toMatchObject({ id: doucette, exactMatch: true, city: 'Halifax', openCases: [] });
    expect(found.items[1].exactMatch).toBe(found.items[1].lastName === 'Doucette');
    const byBirth = (await manager.get('/api/individuals?lastName=Doucette&sort=dateOfBirth&dir=desc')).body;
    const births = byBirth.items.map((i: { dateOfBirth: string }) => i.dateOfBirth);
    expect(births).toEqual([...births].sort().reverse());
  },
);
