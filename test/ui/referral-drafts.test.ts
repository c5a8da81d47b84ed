// Notes and documents on a draft referral, in Chromium (seed 000, lines 104-107; R-REF-21): the case manager adds a
// note and attaches a document at the top of the referral being written, sends it, and then finds them with the sent
// referral, read-only, as the receiving organisation does. In English and in French.
import type { Page } from 'playwright-core';
import type { Orm } from '../../db/orm.ts';
import {
  checkPage,
  closeBrowserOrganisation,
  englishOnFrenchPage,
  openBrowserOrganisation,
  signInPage,
  type BrowserOrganisation,
} from '../support/browser.ts';
import { createOrg, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, eventually, type Client } from '../support/http.ts';
import { openedCase } from '../support/case-walk.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: BrowserOrganisation['browser'];

beforeAll(async () => ({ orm, org, manager, browser } = await openBrowserOrganisation('Draft Referral Services')));
afterAll(() => closeBrowserOrganisation({ orm, browser }));

const newCase = () => openedCase(orm, org, manager);

const toast = (page: Page, text: string) => page.getByRole('status').getByText(text).waitFor();

test(
  'R-REF-21 the case manager adds a note and attaches a document to a draft referral; once sent they are shown ' +
    'with it, read-only',
  async () => {
    const receiving = await createOrg(orm, 'Draft Referral Receiving Centre');
    const caseId = await newCase();
    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/cases/${caseId}/sections/referrals`);
    await page.getByRole('button', { name: 'Send a referral' }).click();
    const attachments = page.getByRole('region', { name: 'Notes and documents' });
    await attachments.getByText('No note or document is attached.').waitFor();

    await attachments.getByRole('button', { name: 'Add a note' }).click();
    const note = attachments.getByRole('form', { name: 'Add a note' });
    await note.getByLabel('Note').fill('The client can start on Monday mornings.');
    await note.getByRole('button', { name: 'Save the note' }).click();
    await toast(page, 'Note added.');
    await attachments.getByText('The client can start on Monday mornings.').waitFor();

    await attachments.getByRole('button', { name: 'Attach a document' }).click();
    const upload = attachments.getByRole('form', { name: 'Add a document' });
    await upload.getByLabel('File').setInputFiles({
      name: 'Work history.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% work history\n%%EOF\n'),
    });
    await upload.getByLabel('Document topic').selectOption({ label: 'Supplementary Information' });
    await upload.getByRole('button', { name: 'Add the document' }).click();
    await toast(page, 'Document added.');
    await attachments.getByRole('link', { name: 'Work history' }).waitFor();
    await attachments.getByRole('button', { name: 'Remove Work history from the referral' }).waitFor();
    await checkPage(page, 'referral-draft');

    const form = page.getByRole('form', { name: 'Send a referral' });
    await form.getByLabel('Referral type').selectOption({ label: 'Informational (within LaMPSS)' });
    await form.getByLabel('Receiving organisation').selectOption({ label: receiving.name });
    await form.getByLabel('Contact person').fill('Pat Receiver');
    await form.getByLabel('Emailed to').fill('intake@receiving.example.org');
    await form.getByLabel('Correspondence language').selectOption({ label: 'English' });
    const subject = `Client referral from ${org.name} – case ${caseId}`;
    await eventually(async () => (await form.getByLabel('Email subject').inputValue()) === subject);
    await form.getByRole('button', { name: 'Send the referral' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send this referral?' });
    await dialog.getByRole('button', { name: 'Send the referral' }).click();
    await toast(page, 'Referral sent: it is emailed to intake@receiving.example.org.');
    await attachments.waitFor({ state: 'detached' });

    // Sent: the note and the document are the referral's, with nothing to add or remove.
    const item = page.locator('.referrals li', { hasText: 'Informational (within LaMPSS)' });
    await item.locator('summary').click();
    await item.getByText('Sent: its notes and documents can no longer change.').waitFor();
    await item.getByText('The client can start on Monday mornings.').waitFor();
    const link = item.getByRole('link', { name: 'Work history' });
    const [sent] = (await manager.get(`/api/cases/${caseId}/referrals`)).body;
    expect(await link.getAttribute('href')).toBe(`/api/referrals/${sent.id}/documents/${sent.documents[0].id}/content`);
    expect(await item.getByRole('button').count()).toBe(0);
    await checkPage(page, 'referral-sent-attachments');
    // Nor do the case's Notes and Documents offer to change them.
    await page.goto(`${apiUrl()}/cases/${caseId}/sections/notes`);
    const sentNote = page.locator('li.note', { hasText: 'The client can start on Monday mornings.' });
    await sentNote.getByText('Sent with a referral: it can no longer change. Add a new note instead.').waitFor();
    expect(await sentNote.getByRole('button', { name: /^Edit/ }).count()).toBe(0);
    await page.goto(`${apiUrl()}/cases/${caseId}/sections/documents`);
    const row = page.getByRole('row').filter({ hasText: 'Work history' });
    await row.getByText('Sent with a referral: it can no longer be replaced or deleted.').waitFor();
    expect(await row.getByRole('button').count()).toBe(0);
    await page.close();

    // The receiving organisation finds them with the referral to it, and downloads the document.
    const theirs = await signInPage(browser.context, receiving.code, 'manager');
    await theirs.goto(`${apiUrl()}/cases/${caseId}`);
    await theirs.getByText('The client can start on Monday mornings.').waitFor();
    const download = theirs.waitForEvent('download');
    await theirs.getByRole('link', { name: 'Work history' }).click();
    expect((await download).suggestedFilename()).toBe('Work history.pdf');
    await checkPage(theirs, 'referral-received-attachments');
    await theirs.close();
  },
);

test('R-REF-21 the draft referral’s notes and documents in French; cancelling the draft asks first', async () => {
  const caseId = await newCase();
  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await page.goto(`${apiUrl()}/cases/${caseId}/sections/referrals`);
  await page.getByRole('button', { name: 'Envoyer un renvoi' }).click();
  const attachments = page.getByRole('region', { name: 'Notes et documents' });
  await attachments.getByText("Aucune note ni aucun document n'est joint.").waitFor();
  await attachments.getByRole('button', { name: 'Ajouter une note' }).click();
  const note = attachments.getByRole('form', { name: 'Ajouter une note' });
  await note.getByLabel('Note').fill('Disponible le matin.');
  await note.getByRole('button', { name: 'Enregistrer la note' }).click();
  await attachments.getByText('Disponible le matin.').waitFor();
  expect(await englishOnFrenchPage(page, ['Notes and documents', 'Attach a document', 'no longer a draft'])).toEqual(
    [],
  );
  await checkPage(page, 'referral-draft-fr');
  await page.getByRole('button', { name: 'Annuler le renvoi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Supprimer ce renvoi?' });
  await dialog.getByText("L'ébauche est supprimée. Ses notes et ses documents demeurent dans le cas.").waitFor();
  await dialog.getByRole('button', { name: 'Annuler le renvoi' }).click();
  await toast(page, 'Renvoi annulé.');
  await attachments.waitFor({ state: 'detached' });
  await page.close();
});
