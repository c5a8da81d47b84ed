// The organisation administrator's pages in Chromium: the organisation's information edited and an office added;
// a contact added, invited (confirmed first), the invitation resent and withdrawn, invited again and accepted, then
// their access removed after a confirmation; each step in the access history; the contacts list in French.
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { newContact, tokenIn } from '../support/contacts.ts';
import { receivedMails } from '../support/mailbox.ts';
import { createOrg, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, eventually, request, signIn } from '../support/http.ts';
import { smtpControl } from '../support/smtp-control.ts';

let orm: Orm;
let org: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let page: Page;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Annapolis Valley Works');
  browser = await openBrowser();
  page = await signInPage(browser.context, org.code, 'admin');
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

const toast = (text: string | RegExp) => page.locator('.toast').filter({ hasText: text }).first().waitFor();

test('R-ORG-06 the administrator changes the organisation’s phone and adds an office location', async () => {
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Organisation' }).click();
  await page.getByRole('heading', { level: 1, name: 'Annapolis Valley Works' }).waitFor();
  await page.getByText('Private — Non-profit').or(page.getByText('1 Main St, Halifax, NS, B3J 1A1')).first().waitFor();
  await checkPage(page, 'admin-organisation');
  await page.getByRole('button', { name: 'Edit the information' }).click();
  await page.getByLabel('Phone').fill('(902) 555-0199');
  await page.getByRole('button', { name: 'Save the information' }).click();
  await toast('The organisation’s information is saved.');
  await page.getByText('(902) 555-0199').waitFor();
  await page.getByLabel('Office location name').fill('Kentville office');
  await page.getByRole('button', { name: 'Add the office location' }).click();
  await toast('Office location “Kentville office” added.');
  await page.locator('.plain-list li', { hasText: 'Kentville office' }).waitFor();
});

test(
  'R-CON-11 R-INV-04 a contact is added, invited after ' + 'a confirmation, the invitation resent and withdrawn',
  async () => {
    await page.goto(`${apiUrl()}/organisation/contacts`);
    await page.getByRole('heading', { level: 1, name: 'Contacts' }).waitFor();
    // R-CON-13: the primary contact first, with its badges and its profiles by their names.
    const first = page.locator('.data-table tbody tr').first();
    await first.getByText('Tester, admin').waitFor();
    await first.getByText('Primary contact').waitFor();
    await first.getByText('ECM Administrator').waitFor();
    await page.getByText('6 contacts').waitFor();
    await checkPage(page, 'admin-contacts');

    await page.getByRole('link', { name: 'Add a contact' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add a contact' }).waitFor();
    // R-CON-01: the server's message beside the field it names.
    await page.getByRole('button', { name: 'Add the contact' }).click();
    await page.locator('.field-invalid', { hasText: 'Last name' }).getByText('Last name is required.').waitFor();
    await page.getByLabel('Last name').fill('Comeau');
    await page.getByLabel('First name').fill('Renée');
    await page.getByLabel('Email').fill(`renee.${org.code.toLowerCase()}@example.org`);
    await page.getByLabel('Office location').selectOption({ label: 'Main office' });
    await page.getByLabel('Position').selectOption({ label: 'Case manager' });
    await page.getByLabel(/Full-time equivalent/).fill('0.5');
    await checkPage(page, 'admin-contact-new');
    await page.getByRole('button', { name: 'Add the contact' }).click();
    await toast('Comeau, Renée is added.');
    await page.getByRole('heading', { level: 1, name: /Comeau, Renée/ }).waitFor();
    await page.getByText('No LaMPSS access').waitFor();

    // Invite: nothing is sent until the confirmation names the recipient and the expiry date.
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByRole('dialog', { name: 'Send the invitation?' }).getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Send' }).click();
    await page.locator('.field-invalid .field-error').first().waitFor(); // no profile chosen: said beside the list
    await page.getByRole('checkbox', { name: 'ECM Case Manager' }).check();
    await page.getByRole('button', { name: 'Send the invitation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send the invitation?' });
    await dialog.getByText(/valid until/).waitFor();
    await checkPage(page, 'admin-contact-invite-confirm');
    await dialog.getByRole('button', { name: 'Send' }).click();
    await toast(/Invitation sent to renee\./);
    await page.getByText(/Invitation expires/).waitFor();
    await page.getByText('ECM Case Manager (invited)').waitFor();
    await checkPage(page, 'admin-contact-invited');

    await page.getByRole('button', { name: 'Send the invitation again' }).click();
    await toast(/A new invitation was sent/);

    await page.getByRole('button', { name: 'Withdraw the LaMPSS invitation' }).click();
    await page
      .getByRole('dialog', { name: 'Withdraw the invitation?' })
      .getByRole('button', { name: 'Withdraw' })
      .click();
    await toast('The invitation to Comeau, Renée is withdrawn.');
    await page.getByRole('button', { name: 'Send the invitation' }).waitFor();
  },
);

test('§3.10 access is removed after a confirmation, and the access history tells each step', async () => {
  const email = `renee.${org.code.toLowerCase()}@example.org`;
  await page.getByRole('checkbox', { name: 'ECM Case Manager' }).check();
  await page.getByRole('button', { name: 'Send the invitation' }).click();
  await page.getByRole('dialog', { name: 'Send the invitation?' }).getByRole('button', { name: 'Send' }).click();
  await toast(/Invitation sent to renee\./);
  // Renée accepts from her email (the public page has its own test).
  const token = await eventually(async () => {
    const mails = (await receivedMails()).filter((m) => m.to.includes(email) && /invitation/.test(m.subject));
    // The withdrawn invitations' links no longer open: the one that does is the invitation just sent.
    for (const m of mails)
      if ((await request('GET', `/api/invitations/${tokenIn(m)}`)).status === 200) return tokenIn(m);
    return null;
  });
  const accepted = await request('POST', '/api/invitations/accept', {
    body: { token, loginId: 'rcomeau', password: 'a long enough passphrase' },
  });
  expect(accepted.status).toBe(201);
  await page.reload();
  await page.getByText('LaMPSS access', { exact: true }).first().waitFor();
  await page.getByText('rcomeau').waitFor();

  await page.getByRole('button', { name: 'Remove LaMPSS access' }).click();
  const dialog = page.getByRole('dialog', { name: 'Remove LaMPSS access?' });
  await dialog.getByText('Comeau, Renée will no longer be able to sign in').waitFor();
  await checkPage(page, 'admin-contact-remove-confirm');
  await dialog.getByRole('button', { name: 'Remove LaMPSS access' }).click();
  await toast('Comeau, Renée no longer has LaMPSS access.');
  await page.getByText('No LaMPSS access').waitFor();
  await checkPage(page, 'admin-contact');

  await page.goto(`${apiUrl()}/organisation`);
  await page.getByRole('link', { name: 'Access history' }).click();
  await page.getByRole('heading', { level: 1, name: 'Access history' }).waitFor();
  const rows = page.locator('.data-table tbody tr');
  await rows.filter({ hasText: 'LaMPSS access removed' }).filter({ hasText: 'Comeau, Renée' }).first().waitFor();
  await rows.filter({ hasText: 'Invitation withdrawn' }).filter({ hasText: 'Comeau, Renée' }).first().waitFor();
  await rows
    .filter({ hasText: 'Invitation cancelled' })
    .filter({ hasText: 'Replaced by the invitation sent again' })
    .first()
    .waitFor();
  await rows.filter({ hasText: 'Invitation accepted' }).filter({ hasText: 'User ID: rcomeau' }).first().waitFor();
  await rows.filter({ hasText: 'Organisation information changed' }).first().waitFor();
  expect(await page.getByText('ACCESS_REMOVED').count()).toBe(0);
  await checkPage(page, 'admin-audit');
});

test('the contacts list, a contact and the access history in French show no English', async () => {
  const fr = await signInPage(browser.context, org.code, 'admin', { lang: 'fr' });
  // The pages' own English words (the shell's are checked by englishOnFrenchPage itself).
  const english = [
    'Contacts',
    'Primary contact',
    'Administrator',
    'No LaMPSS access',
    'Active only',
    'Search',
    'Add a contact',
    'Contact information',
    'Invite to LaMPSS',
    'Security profiles',
    'Access history',
    'Changed by',
    'Language',
    'ECM Case Manager',
    'Invitation withdrawn',
  ];
  await fr.goto(`${apiUrl()}/organisation/contacts`);
  await fr.getByRole('heading', { level: 1, name: 'Personnes-ressources' }).waitFor();
  await fr.getByText('Personne-ressource principale').first().waitFor();
  await fr.getByText('Administrateur de la Gestion externe de cas').first().waitFor();
  expect(await englishOnFrenchPage(fr, english)).toEqual([]);
  await checkPage(fr, 'admin-contacts-fr');
  await fr.getByRole('link', { name: 'Comeau, Renée' }).click();
  await fr
    .getByRole('button', { name: 'Inviter au LaMPSS' })
    .or(fr.getByRole('button', { name: 'Envoyer l’invitation' }))
    .first()
    .waitFor();
  expect(await englishOnFrenchPage(fr, english)).toEqual([]);
  await checkPage(fr, 'admin-contact-fr');
  await fr.goto(`${apiUrl()}/organisation/audit`);
  await fr.getByText('Accès au LaMPSS supprimé').first().waitFor();
  expect(await englishOnFrenchPage(fr, english)).toEqual([]);
  await fr.close();
});

test('R-INV-16 a contact whose invitation email the mail server did not take says so, the invitation pending', async () => {
  const admin = await signIn(org, 'admin');
  await smtpControl.stop();
  try {
    const created = await admin.post(`/api/organisations/${org.id}/contacts`, {
      ...newContact(org),
      invitation: { profiles: ['OFA_USER'] },
    });
    expect(created.status).toBe(201);
    const path = `/api/organisations/${org.id}/contacts/${created.body.id}`;
    await eventually(async () => (await admin.get(path)).body.invitation?.emailStatus === 'FAILED', 30_000);
    await page.goto(`${apiUrl()}/organisation/contacts/${created.body.id}`);
    // In the language the page is in: the French test before this one may have switched it.
    await page.getByText(/^(Invitation email not sent|Courriel d’invitation non envoyé)$/).waitFor();
    await page.getByText(/^(Invitation expires|L’invitation expire le) /).waitFor();
  } finally {
    await smtpControl.start();
  }
});
