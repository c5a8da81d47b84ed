// The organisation side of the web UI in a real Chromium: an administrator adds a contact with LaMPSS access, the
// invitation email arrives, the invitee accepts it in the browser and signs in (spec 04 §3.3, §3.6).
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { openBrowser, SCREENSHOTS } from '../support/browser.ts';
import { mailTo, tokenIn } from '../support/contacts.ts';
import { createOrg, TEST_PASSWORD, type TestOrg } from '../support/fixtures.ts';
import { apiUrl } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'South Shore Works');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

async function signIn(context: BrowserContext, loginId: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${apiUrl()}/#/sign-in`);
  await page.getByLabel('Organisation ID').fill(org.code);
  await page.getByLabel('User ID').fill(loginId);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('I accept the terms of use').check();
  await page.getByRole('button', { name: 'Sign in' }).last().click();
  await page.getByRole('heading', { name: 'Home' }).waitFor();
  return page;
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

test(
  'R-INV-01 R-INV-04 R-INV-10 an administrator invites a new contact in the UI; the invitee accepts the ' +
    'emailed link and signs in',
  async () => {
    const page = await signIn(browser.context, 'admin', TEST_PASSWORD);
    await page.getByRole('link', { name: 'My organisation' }).click();
    await page.getByRole('heading', { name: 'South Shore Works' }).waitFor();
    await page
      .getByRole('cell', { name: /Tester, admin/ })
      .first()
      .waitFor();
    await shot(page, 'contacts');
    await page.getByRole('link', { name: 'Add contact with LaMPSS access' }).click();
    const form = page.locator('form[aria-label="Contact details"]');
    await form.getByLabel('Last name', { exact: true }).fill('Doiron');
    await form.getByLabel('First name', { exact: true }).fill('Nadine');
    await form.getByLabel('Email', { exact: true }).fill(`nadine.${org.code.toLowerCase()}@example.org`);
    await form.getByLabel('Office location', { exact: true }).selectOption({ label: 'Main office' });
    await form.getByLabel('Position type', { exact: true }).selectOption('CASE_MANAGER');
    await form.getByLabel('FTE', { exact: true }).fill('0.8');
    await form.getByLabel('Additional invitation message', { exact: true }).fill('Welcome aboard.');
    // R-SEC-04: only grantable profiles can be ticked; an ECM administrator profile is not among them.
    expect(await form.getByLabel('ECM Administrator', { exact: true }).count()).toBe(0);
    await form.getByLabel('Organisation Funding Agreement / User', { exact: true }).check();
    await form.getByLabel('ECM Case Manager', { exact: true }).check();
    // R-INV-04: Cancel on the confirmation sends nothing and keeps the form; OK sends.
    page.once('dialog', (d) => void d.dismiss());
    await form.getByRole('button', { name: 'Save' }).click();
    expect(await form.getByLabel('Last name', { exact: true }).inputValue()).toBe('Doiron');
    let confirmText = '';
    page.once('dialog', (d) => {
      confirmText = d.message();
      void d.accept();
    });
    await form.getByRole('button', { name: 'Save' }).click();
    const row = page.locator('tr', { hasText: 'Doiron, Nadine' });
    await row.getByText(/Invitation expires/).waitFor();
    expect(confirmText).toContain(`An email will be sent to nadine.${org.code.toLowerCase()}@example.org`);
    await row.getByText('No LaMPSS access').waitFor();
    await shot(page, 'contact-invited');

    const mail = await mailTo(`nadine.${org.code.toLowerCase()}@example.org`, /invitation/);
    expect(mail.text).toContain('Welcome aboard.');
    const invitee = await browser.context.newPage();
    await invitee.goto(`${apiUrl()}/#/invitations/${tokenIn(mail)}`);
    await invitee.getByText('admin Tester invites you to LaMPSS access for South Shore Works.').waitFor();
    await invitee.getByLabel('Choose a user ID').fill('nadine.doiron');
    await invitee.getByLabel('Choose a password').fill('short');
    await invitee.getByRole('button', { name: 'Accept the invitation' }).click();
    await invitee.getByRole('alert').filter({ hasText: 'Choose a password of at least 12 characters.' }).waitFor();
    await invitee.getByLabel('Choose a password').fill('tide pools at low water');
    await invitee.getByRole('button', { name: 'Accept the invitation' }).click();
    await invitee.getByText(`Sign in with organisation ID ${org.code} and user ID nadine.doiron.`).waitFor();
    await invitee.close();

    const signedIn = await signIn(browser.context, 'nadine.doiron', 'tide pools at low water');
    await signedIn.getByText(/Doiron, Nadine · South Shore Works · OFA_USER, ECM_CASE_MANAGER/).waitFor();
    await signedIn.close();
    await page.reload();
    await page
      .locator('tr', { hasText: 'Doiron, Nadine' })
      .filter({ hasNotText: 'No LaMPSS access' })
      .filter({ hasText: 'LaMPSS access' })
      .waitFor();
    await page.close();
  },
);
