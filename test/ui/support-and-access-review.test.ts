// Operations Support acting as another organisation (R-SEC-18) and an administrator's quarterly access review
// (R-SEC-17) in Chromium, in English and French: the banner on every page while acting, the support sessions
// recorded, the reminder when the review is due, the review page and its record.
import type { Page } from 'playwright-core';
import { Organisation, User } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createOrg, type TestOrg } from '../support/fixtures.ts';
import { apiUrl } from '../support/http.ts';

let orm: Orm;
let desk: TestOrg;
let works: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;
const DAY = 86_400_000;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  desk = await createOrg(orm, 'Central Help Desk');
  works = await createOrg(orm, 'Kings County Works');
  // Kings County Works joined four months ago and never reviewed its access; its viewer last signed in 100 days ago.
  const em = orm.em.fork();
  await em.nativeUpdate(Organisation, { id: works.id }, { createdAt: new Date(Date.now() - 120 * DAY) });
  await em.nativeUpdate(User, { organisationId: works.id }, { createdAt: new Date(Date.now() - 120 * DAY) });
  await em.nativeUpdate(User, { id: works.users.viewer.id }, { lastSignInAt: new Date(Date.now() - 100 * DAY) });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

const toast = (page: Page, text: string | RegExp) => page.locator('.toast').filter({ hasText: text }).first().waitFor();

test(
  'R-SEC-18 Operations Support acts as an organisation: a banner on every page says so until they stop, ' +
    'and the support session is listed with who, where, why, when it started and ended',
  async () => {
    const page = await signInPage(browser.context, desk.code, 'operations');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Support' }).click();
    await page.getByRole('heading', { level: 1, name: 'Support an organisation' }).waitFor();
    // The reason is required: the form says so before anything is sent.
    await page.getByRole('combobox', { name: /^Organisation/ }).selectOption({ label: 'Kings County Works' });
    await page.getByRole('button', { name: 'Start acting as this organisation' }).click();
    await page.locator('.field-invalid', { hasText: 'Reason for support' }).waitFor();
    await page.getByLabel('Reason for support').fill('Ticket 5120: caseload page is empty');
    await checkPage(page, 'support-start');
    await page.getByRole('button', { name: 'Start acting as this organisation' }).click();

    const banner = page.getByRole('region', { name: 'Operations Support session' });
    await banner.getByText('Signed in as operations (Central Help Desk) acting as Kings County Works').waitFor();
    await banner.getByText(/; reason: Ticket 5120: caseload page is empty$/).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    await checkPage(page, 'support-banner-home');
    // Every page: the organisation's own pages now show the organisation acted as, under the banner.
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Organisation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kings County Works' }).waitFor();
    await banner.waitFor();
    await page.goto(`${apiUrl()}/organisation/contacts`);
    await banner.getByText(/^Signed in as .* acting as Kings County Works$/).waitFor();

    await banner.getByRole('button', { name: 'Stop acting as Kings County Works' }).click();
    await page.getByRole('heading', { level: 1, name: 'Support an organisation' }).waitFor();
    expect(await banner.count()).toBe(0);
    const row = page.locator('.data-table tbody tr', { hasText: 'Ticket 5120' }).first();
    await row.getByText('Kings County Works').waitFor();
    await row.getByText('operations Tester').waitFor();
    await row.getByText('Stopped').waitFor();
    await checkPage(page, 'support-sessions');
    await page.close();

    // The organisation's administrator sees it in their access history, with the reason.
    const admin = await signInPage(browser.context, works.code, 'admin');
    await admin.goto(`${apiUrl()}/organisation/audit`);
    const started = admin.locator('.data-table tbody tr', { hasText: 'Reason: Ticket 5120: caseload page is empty' });
    await started.getByText('Operations Support started acting as the organisation').waitFor();
    await started.getByText('operations Tester').waitFor();
    await admin.getByText('Operations Support stopped acting as the organisation').first().waitFor();
    await admin.close();
  },
);

test('R-SEC-18 the banner and the support page in French show no English', async () => {
  const fr = await signInPage(browser.context, desk.code, 'operations', { lang: 'fr' });
  await fr.goto(`${apiUrl()}/support`);
  await fr.getByRole('heading', { level: 1, name: 'Soutenir un organisme' }).waitFor();
  await fr.getByRole('combobox', { name: /^Organisme/ }).selectOption({ label: 'Kings County Works' });
  await fr.getByLabel('Raison du soutien').fill('Billet 5121');
  await fr.getByRole('button', { name: 'Commencer à agir comme cet organisme' }).click();
  const banner = fr.getByRole('region', { name: 'Session du Soutien aux opérations' });
  await banner
    .getByText(
      'Vous avez ouvert une session avec l’identifiant operations (Central Help Desk) agissant comme ' +
        'Kings County Works',
    )
    .waitFor();
  const english = ['Signed in as', 'acting as', 'Stop acting as', 'Reason', 'Operations Support session', 'Stopped'];
  expect(await englishOnFrenchPage(fr, english)).toEqual([]);
  await checkPage(fr, 'support-banner-fr');
  await banner.getByRole('button', { name: 'Cesser d’agir comme Kings County Works' }).click();
  await fr.locator('.data-table tbody tr', { hasText: 'Billet 5121' }).getByText('Arrêtée').waitFor();
  expect(await englishOnFrenchPage(fr, english)).toEqual([]);
  await fr.close();
});

test(
  'R-SEC-17 the administrator is reminded that the access review is due, reviews every user with the dormant ' +
    'accounts flagged, and records the review; the reminder goes and the next review is due in a quarter',
  async () => {
    const page = await signInPage(browser.context, works.code, 'admin');
    const reminder = page.getByRole('status').filter({ hasText: 'Your organisation’s access review was due on' });
    await reminder.waitFor();
    await checkPage(page, 'access-review-reminder');
    await reminder.getByRole('link', { name: 'Review access' }).click();
    await page.getByRole('heading', { level: 1, name: 'Access review' }).waitFor();
    await page.getByText(/^The access review was due on/).waitFor();
    const viewer = page.locator('.data-table tbody tr', { hasText: 'Tester, viewer' });
    await viewer.getByText('ECM View').or(viewer.getByText(/ECM/)).first().waitFor();
    await viewer.getByText('No sign-in for 90 days').waitFor();
    const admin = page.locator('.data-table tbody tr', { hasText: 'Tester, admin' });
    expect(await admin.getByText('No sign-in for 90 days').count()).toBe(0);
    await checkPage(page, 'access-review');

    await page.getByRole('button', { name: 'Record the review' }).click();
    await page.locator('.field-invalid').first().waitFor();
    await page.getByLabel(/I checked every user’s access/).check();
    await page.getByLabel('Note (optional)').fill('Viewer’s access to be removed: left in August.');
    await page.getByRole('button', { name: 'Record the review' }).click();
    await toast(page, 'Access review recorded. The next one is due in three months.');
    await page.getByText(/^Next access review due on/).waitFor();
    const recorded = page.locator('.data-table tbody tr', { hasText: 'Viewer’s access to be removed' });
    await recorded.getByText('admin Tester').waitFor();

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
    await reminder.waitFor({ state: 'detached' });
    await page.close();
  },
);

test('R-SEC-17 the access review in French shows no English', async () => {
  const fr = await signInPage(browser.context, works.code, 'admin', { lang: 'fr' });
  await fr.goto(`${apiUrl()}/organisation/access-review`);
  await fr.getByRole('heading', { level: 1, name: 'Revue des accès' }).waitFor();
  await fr.getByText(/^Prochaine revue des accès due le/).waitFor();
  await fr.getByText('Inactif depuis 90 jours').first().waitFor();
  const english = [
    'Access review',
    'Last sign-in',
    'Invited by',
    'No sign-in for 90 days',
    'Record the review',
    'Never',
  ];
  expect(await englishOnFrenchPage(fr, english)).toEqual([]);
  await checkPage(fr, 'access-review-fr');
  await fr.close();
});
