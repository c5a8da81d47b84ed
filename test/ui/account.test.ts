// The account pages in Chromium: a case manager changes their password from the header (a common one is refused
// beside the field) and signs in with the new one; a signed-out user follows the sign-in page's "Forgot your
// password?" to the emailed link, sets a new password and signs in; an access request is confirmed from its emailed
// link; the forgotten-password and change-of-password pages in French.
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { mailTo } from '../support/contacts.ts';
import { createOrg, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { apiUrl } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Annapolis Valley Career Services');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

const email = (who: string) => `${who}.${org.code.toLowerCase()}@example.org`;

/** The field labelled exactly `label` (a required one's label ends with an asterisk). */
const field = (page: Page, label: string) => page.getByLabel(new RegExp(`^${label}( \\*)?$`));

/** The message beside the field labelled `label`. */
const fieldError = (page: Page, label: string, text: string | RegExp) =>
  page
    .locator('.field-invalid')
    .filter({ has: field(page, label) })
    .locator('.field-error', { hasText: text });

async function signInWith(page: Page, loginId: string, password: string) {
  await page.getByLabel('Organisation ID').fill(org.code);
  await page.getByLabel('User ID').fill(loginId);
  await field(page, 'Password').fill(password);
  await page.getByLabel('I accept the terms of use').check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
}

test('R-UI-07 a case manager changes their password from the header, then signs in with it', async () => {
  const page = await signInPage(browser.context, org.code, 'manager');
  await page.getByRole('link', { name: 'Change password' }).click();
  await page.getByRole('heading', { level: 1, name: 'Change your password' }).waitFor();
  await checkPage(page, 'account-password');
  // SR-01: a common password with digits and symbols added is still common; the server says so beside the field.
  await page.getByLabel('Current password').fill(TEST_PASSWORD);
  await field(page, 'New password').fill('Summer2026!!');
  await page.getByLabel('New password again').fill('Summer2026!!');
  await page.getByRole('button', { name: 'Change the password' }).click();
  await fieldError(page, 'New password', /common passwords/).waitFor();
  await checkPage(page, 'account-password-refused');
  const strong = 'quiet lantern orchard ripple 47';
  await field(page, 'New password').fill(strong);
  await page.getByLabel('New password again').fill(strong);
  await page.getByRole('button', { name: 'Change the password' }).click();
  await page.locator('.toast', { hasText: 'Your other sessions were signed out' }).waitFor();
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in to Pathway' }).waitFor();
  await signInWith(page, 'manager', strong);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in to Pathway' }).waitFor();
  await page.close();
});

test(
  'R-UI-07 a signed-out user asks for a reset link from ' + 'the sign-in page, sets a new password and signs in',
  async () => {
    const page = await browser.context.newPage();
    await page.goto(`${apiUrl()}/sign-in`);
    await checkPage(page, 'sign-in-links');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
    await checkPage(page, 'forgot-password');
    await page.getByLabel('Email').fill(email('manager2'));
    await page.getByRole('button', { name: 'Email me a link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await page.getByText('If a LaMPSS account uses this email address').waitFor();
    await checkPage(page, 'forgot-password-sent');

    const mail = await mailTo(email('manager2'), /choose a new password/);
    const link = new URL(/https?:\/\/\S+\/password-reset\/[A-Za-z0-9_-]+/.exec(mail.text)![0]);
    await page.goto(`${apiUrl()}${link.pathname}`);
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    // The account the link resets, as the email names it.
    const facts = page.locator('.facts');
    for (const fact of [org.name, org.code, 'manager2']) await facts.getByText(fact, { exact: true }).waitFor();
    await checkPage(page, 'password-reset');
    // The two passwords must match: said beside the second.
    const strong = 'copper kettle meadow drift 93';
    await field(page, 'New password').fill(strong);
    await page.getByLabel('New password again').fill('copper kettle meadow drift');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await fieldError(page, 'New password again', /differ/).waitFor();
    await page.getByLabel('New password again').fill(strong);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Password changed' }).waitFor();
    await checkPage(page, 'password-reset-done');

    // The sign-in page opens with the organisation and user ID filled in.
    await page.getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Pathway' }).waitFor();
    expect(await page.getByLabel('Organisation ID').inputValue()).toBe(org.code);
    expect(await page.getByLabel('User ID').inputValue()).toBe('manager2');
    await checkPage(page, 'sign-in-prefilled');
    await signInWith(page, 'manager2', strong);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in to Pathway' }).waitFor();

    // The link works once.
    await page.goto(`${apiUrl()}${link.pathname}`);
    await page.getByRole('heading', { level: 1, name: 'This link cannot be used' }).waitFor();
    await page.getByText('This password reset link was already used.').waitFor();
    await checkPage(page, 'password-reset-used');
    await page.close();
  },
);

test('§3.12 an access request is received once its requester opens the emailed confirmation link', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${apiUrl()}/sign-in`);
  await page.getByRole('link', { name: 'Request access' }).click();
  await page.getByRole('heading', { level: 1, name: 'Request LaMPSS access for an organisation' }).waitFor();
  const suffix = org.code.slice(1, 6);
  const requester = `morgan.${suffix.toLowerCase()}@example.org`;
  await page.getByLabel('Last name').fill('Comeau');
  await page.getByLabel('First name').fill('Morgan');
  await field(page, 'Email').fill(requester);
  await page.getByLabel('Organisation name').fill(`Digby Works ${suffix}`);
  await page.getByLabel('Street address').fill('40 Water Street');
  await page.getByLabel('City').fill('Digby');
  await page.getByLabel('Postal code').fill('B0V 1A0');
  await page.getByLabel('Organisation phone').fill('(902) 555-0177');
  await page.getByRole('button', { name: 'Send the request' }).click();
  await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();

  const mail = await mailTo(requester, /confirm your access request/);
  const link = new URL(/https?:\/\/\S+\/access-requests\/confirm\/[A-Za-z0-9_-]+/.exec(mail.text)![0]);
  await page.goto(`${apiUrl()}${link.pathname}`);
  await page.getByRole('heading', { level: 1, name: 'Access request received' }).waitFor();
  await page.getByText(/Operations Support received the request \(number \d+\)/).waitFor();
  await checkPage(page, 'access-request-confirmed');
  // Confirmed once: the acknowledgement email is sent, and opening the link again answers the same.
  await mailTo(requester, /your access request/, /We received your LaMPSS access request/);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Access request received' }).waitFor();

  await page.goto(`${apiUrl()}/access-requests/confirm/not-a-real-token`);
  await page.getByRole('heading', { level: 1, name: 'This confirmation link cannot be used' }).waitFor();
  await page.getByText('This confirmation link is not valid.').waitFor();
  await checkPage(page, 'access-request-confirm-invalid');
  await page.close();
});

test('the forgotten-password page in French shows no English', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${apiUrl()}/forgot-password`);
  await page.evaluate(() => localStorage.setItem('pathway.lang', 'fr'));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié?' }).waitFor();
  const english = [
    'Forgot your password?',
    'Email me a link',
    'Back to sign in',
    'Check your email',
    'Enter the email',
  ];
  // An address that is not one is said beside the field, in French, before anything is sent.
  await page.getByLabel('Courriel').fill('pas une adresse');
  await page.getByRole('button', { name: 'M’envoyer un lien' }).click();
  await page.locator('.field-invalid .field-error').waitFor();
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await checkPage(page, 'forgot-password-fr');
  await page.getByLabel('Courriel').fill(email('nobody'));
  await page.getByRole('button', { name: 'M’envoyer un lien' }).click();
  await page.getByRole('heading', { level: 1, name: 'Consultez vos courriels' }).waitFor();
  await page.getByText('Si un compte du LaMPSS utilise cette adresse').waitFor();
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await checkPage(page, 'forgot-password-sent-fr');
  await page.close();
});

test(
  'the change of password in French shows no English, ' + 'and the server’s refusal beside the field in French',
  async () => {
    const page = await signInPage(browser.context, org.code, 'supervisor', { lang: 'fr' });
    await page.getByRole('link', { name: 'Changer le mot de passe' }).click();
    await page.getByRole('heading', { level: 1, name: 'Changer votre mot de passe' }).waitFor();
    await page.getByLabel('Mot de passe actuel').fill('pas le bon mot de passe');
    await field(page, 'Nouveau mot de passe').fill('quiet lantern orchard ripple 47');
    await page.getByLabel('Nouveau mot de passe, de nouveau').fill('quiet lantern orchard ripple 47');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await fieldError(page, 'Mot de passe actuel', /n'est pas le bon/).waitFor();
    const english = ['Change your password', 'Current password', 'New password', 'Change the password'];
    expect(await englishOnFrenchPage(page, english)).toEqual([]);
    await checkPage(page, 'account-password-fr');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Se connecter à Pathway' }).waitFor();
    await page.evaluate(() => localStorage.setItem('pathway.lang', 'en'));
    await page.close();
  },
);
