// The public access pages in Chromium, for a visitor who is not signed in: the invitation email's link opens the
// acceptance page, where the invitee chooses a user ID and password and then signs in with them; a used link says
// it cannot be used; an organisation without LaMPSS asks for access, in French.
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, englishOnFrenchPage, openBrowser } from '../support/browser.ts';
import { mailTo, newContact } from '../support/contacts.ts';
import { createOrg, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, request, signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let admin: Client;
let browser: Awaited<ReturnType<typeof openBrowser>>;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Cape Breton Pathways');
  admin = await signIn(org, 'admin');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

const PASSWORD = 'a long enough passphrase';

test('§3.6 the invitee follows the email’s link, chooses a user ID and password, and signs in with them', async () => {
  const contact = newContact(org, { lastName: 'MacNeil', firstName: 'Ainsley' });
  const created = await admin.post(`/api/organisations/${org.id}/contacts`, {
    ...contact,
    invitation: { profiles: ['ECM_CASE_MANAGER'], message: 'Welcome aboard.' },
  });
  expect(created.status).toBe(201);
  const mail = await mailTo(contact.email, /invitation/);
  // The link as the email gives it, opened on the server under test.
  const link = new URL(/https?:\/\/\S+\/invitations\/[A-Za-z0-9_-]+/.exec(mail.text)![0]);
  const page = await browser.context.newPage();
  await page.goto(`${apiUrl()}${link.pathname}`);
  await page.getByRole('heading', { level: 1, name: 'Join Cape Breton Pathways on Pathway' }).waitFor();
  await page.getByText(`You will also need the organisation ID: ${org.code}.`).waitFor();
  await checkPage(page, 'invitation');
  // SR-01: a user ID the rules refuse is said beside the field.
  await page.getByLabel('User ID').fill('a');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Accept the invitation' }).click();
  await page.locator('.field-invalid', { hasText: 'User ID' }).locator('.field-error').waitFor();
  await page.getByLabel('User ID').fill('amacneil');
  await page.getByRole('button', { name: 'Accept the invitation' }).click();
  await page.getByRole('heading', { level: 1, name: 'Welcome to Cape Breton Pathways' }).waitFor();
  await page.getByText(`Sign in with the organisation ID ${org.code} and the user ID amacneil.`).waitFor();
  await page.getByText('ECM Case Manager').waitFor();
  await checkPage(page, 'invitation-accepted');

  await page.getByRole('link', { name: 'Go to sign in' }).click();
  await page.getByLabel('Organisation ID').fill(org.code);
  await page.getByLabel('User ID').fill('amacneil');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByLabel('I accept the terms of use').check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in to Pathway' }).waitFor();

  // R-INV-10: the link is used once.
  await page.goto(`${apiUrl()}${link.pathname}`);
  await page.getByRole('heading', { level: 1, name: 'This invitation cannot be used' }).waitFor();
  await checkPage(page, 'invitation-used');
  await page.close();
});

test('§3.12 a visitor requests LaMPSS access for a new organisation, in French', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${apiUrl()}/request-access`);
  await page.evaluate(() => localStorage.setItem('pathway.lang', 'fr'));
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Demander l’accès au LaMPSS pour un organisme' }).waitFor();
  const type = page.getByLabel('Type d’organisme');
  expect(await type.evaluate((s: HTMLSelectElement) => s.selectedOptions[0].text)).toBe('Privé — À but non lucratif');
  const english = ['Last name', 'Organisation name', 'Send the request', 'Private — Non-profit'];
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  // Required fields left empty are said beside each, before anything is sent.
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await page.locator('.field-invalid', { hasText: 'Nom de l’organisme' }).locator('.field-error').waitFor();
  await checkPage(page, 'request-access-fr');
  const suffix = org.code.slice(1, 6);
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Boudreau');
  await page.getByLabel('Prénom').fill('Claire');
  await page.getByLabel('Courriel').fill(`claire.${suffix.toLowerCase()}@example.org`);
  await page.getByLabel('Nom de l’organisme').fill(`Coopérative Chéticamp ${suffix}`);
  await page.getByLabel('Adresse municipale').fill('15 rue Principale');
  await page.getByLabel('Ville').fill('Chéticamp');
  await page.getByLabel('Code postal').fill('B0E 1H0');
  await page.getByLabel('Téléphone de l’organisme').fill('(902) 555-0142');
  await page.getByRole('button', { name: 'Envoyer la demande' }).click();
  await page.getByRole('heading', { level: 1, name: 'Consultez vos courriels' }).waitFor();
  await page.getByText(`Coopérative Chéticamp ${suffix}`).waitFor();
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await checkPage(page, 'request-access-sent-fr');
  // The request reaches Operations Support once its requester opens the emailed link (account.test.ts opens it in
  // the browser).
  const confirmation = await mailTo(`claire.${suffix.toLowerCase()}@example.org`, /./, /access-requests\/confirm\//);
  const token = /\/access-requests\/confirm\/([A-Za-z0-9_-]+)/.exec(confirmation.text)![1];
  expect((await request('POST', '/api/access-requests/confirm', { body: { token } })).status).toBe(200);

  // Operations Support sees it waiting.
  const ops = await browser.context.newPage();
  await ops.goto(`${apiUrl()}/sign-in`);
  await ops.evaluate(() => localStorage.setItem('pathway.lang', 'en'));
  await ops.reload();
  await ops.getByLabel('Organisation ID').fill(org.code);
  await ops.getByLabel('User ID').fill('operations');
  await ops.getByLabel('Password').fill('correct horse battery staple');
  await ops.getByLabel('I accept the terms of use').check();
  await ops.getByRole('button', { name: 'Sign in', exact: true }).click();
  await ops.getByRole('heading', { level: 1, name: 'Home' }).waitFor();
  await ops.getByRole('link', { name: 'Access requests' }).click();
  await ops.getByRole('heading', { level: 1, name: 'Access requests' }).waitFor();
  const row = ops.locator('.data-table tbody tr', { hasText: `Coopérative Chéticamp ${suffix}` });
  await row.getByText('Organisation Funding Agreement').waitFor();
  await checkPage(ops, 'access-requests');
  // R-ORG-03: a rejection needs its reason, said beside the field.
  await row.getByRole('button', { name: /Reject/ }).click();
  await ops.getByRole('button', { name: 'Reject the request' }).click();
  await ops.locator('.field-invalid .field-error').waitFor();
  await ops.getByLabel('Reason for rejecting').fill('Not an employment services organisation.');
  await ops.getByRole('button', { name: 'Reject the request' }).click();
  await ops.locator('.toast', { hasText: /is rejected/ }).waitFor();
  await ops.getByRole('button', { name: 'Rejected' }).click();
  await ops
    .locator('.data-table tbody tr', { hasText: `Coopérative Chéticamp ${suffix}` })
    .getByText('Not an employment services organisation.')
    .waitFor();
  await ops.close();
  await page.close();
});
