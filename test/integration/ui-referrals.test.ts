// Referrals in a real Chromium: a case manager sends a case transfer from the case page; the receiving
// organisation sees it on its home page, reads the summary and completes the transfer.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { Organisation } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { openBrowser, SCREENSHOTS, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, signIn as apiSignIn } from '../support/http.ts';

let orm: Orm;
let sending: TestOrg;
let receiving: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  sending = await createOrg(orm, 'Truro Employment Centre');
  receiving = await createOrg(orm, 'Yarmouth Works Centre');
  await orm.em.fork().nativeUpdate(Organisation, { id: receiving.id }, { generalEmail: 'intake@yarmouth.example.org' });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

test(
  'R-REF-16 a case transfer sent from the case page and completed by the receiving organisation in the ' + 'browser',
  async () => {
    const person = await createIndividual(orm, sending, { firstName: 'Gisele', lastName: 'Muise' });
    const opened = await (
      await apiSignIn(sending, 'manager')
    ).post('/api/cases', { individualId: person.id, registration: REGISTRATION });
    const caseId = opened.body.id as number;

    const page = await signInPage(browser.context, sending.code, 'manager');
    await page.goto(`${apiUrl()}/#/cases/${caseId}`);
    await page.getByText('Add a referral').click();
    const referral = page.locator('form[aria-label="Add a referral"]');
    // The form carries the API's own schema as browser constraints (from the OpenAPI document).
    expect(await referral.getByLabel('Email subject').getAttribute('maxlength')).toBe('300');
    expect(await referral.getByLabel('Contact person').getAttribute('required')).not.toBeNull();
    await referral.getByLabel('Referral type').selectOption('CASE_TRANSFER');
    await referral.getByLabel('Organisation', { exact: true }).selectOption({ label: receiving.name });
    await page.waitForFunction(
      () =>
        (document.querySelector('input[name="emailedTo"]') as HTMLInputElement)?.value ===
        'intake@yarmouth.example.org',
    );
    await referral.getByLabel('Contact person').fill('Anne Surette');
    await referral.getByLabel('Correspondence language').selectOption('EN');
    await page.waitForFunction(
      (id) => (document.querySelector('input[name="subject"]') as HTMLInputElement)?.value.includes(`case ${id}`),
      caseId,
    );
    // R-REF-12: the client's name in the body is caught before anything is sent.
    await referral.getByLabel('Email content').fill('Gisele wants to move closer to family.');
    await referral.getByRole('button', { name: 'Send referral' }).click();
    await referral.getByRole('alert').filter({ hasText: "it seems to contain the client's name" }).waitFor();
    await referral.getByLabel('Email content').fill(`Please take over case ${caseId}.`);
    await referral.getByRole('button', { name: 'Send referral' }).click();
    await page.locator('section[aria-label="Referrals"] td', { hasText: 'Pending' }).waitFor();
    await page
      .getByText('Case transfer pending: the receiving organisation has not completed it yet.')
      .first()
      .waitFor();
    await shot(page, 'case-referral-sent');
    await page.getByRole('button', { name: 'Sign out' }).click();

    const other = await signInPage(browser.context, receiving.code, 'manager');
    await other
      .locator('section[aria-label="Referrals to my organisation"]')
      .getByRole('link', { name: String(caseId) })
      .click();
    await other.getByText('Another organisation referred this case to yours.').waitFor();
    await shot(other, 'case-referred-summary');
    const transfer = other.locator('form[aria-label="Complete the transfer"]');
    await transfer.getByLabel('Case manager').selectOption({ label: 'Tester, manager2' });
    await transfer.getByLabel('Service delivery location').fill('Yarmouth');
    await transfer.getByRole('button', { name: 'Complete the transfer' }).click();
    await other.getByText('The case was transferred successfully.').waitFor();
    await other.getByRole('button', { name: 'Acknowledge: client case received' }).waitFor();
    await other.getByRole('heading', { name: `Case ${caseId} — Muise, Gisele` }).waitFor();
    await shot(other, 'case-transferred');
  },
);
