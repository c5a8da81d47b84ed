// Signing in and out, in both languages: a signed-out visitor lands on the sign-in page, and returns to the page
// they were going to once signed in.
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createOrg, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { apiUrl } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Sign-in Employment Services');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

test('R-UI-01 a signed-out visitor at / is sent to sign in, then back where they were going', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${apiUrl()}/`);
  await page.getByRole('heading', { level: 1, name: 'Sign in to Pathway' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  await checkPage(page, 'sign-in');
  // The terms of use must be accepted: the form says so next to the box.
  await page.getByLabel('Organisation ID').fill(org.code);
  await page.getByLabel('User ID').fill('manager');
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText('Choose one of the options.').waitFor();
  await page.getByLabel('I accept the terms of use').check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  await page.close();
});

test('R-UI-01 a wrong password is refused with a message and nothing else', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${apiUrl()}/sign-in`);
  await page.getByLabel('Organisation ID').fill(org.code);
  // Another user than the next test's: a failure makes its account wait a second (sign-in throttle).
  await page.getByLabel('User ID').fill('manager2');
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByLabel('I accept the terms of use').check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'The organisation, user ID or password is not correct.' }).waitFor();
  await page.close();
});

test('the French sign-in and home page show no English; signing out returns to the sign-in page', async () => {
  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  expect(await englishOnFrenchPage(page)).toEqual([]);
  await checkPage(page, 'home-fr');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByRole('heading', { level: 1, name: 'Se connecter à Pathway' }).waitFor();
  await page.close();
});
