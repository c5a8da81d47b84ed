// R-DOC-03 in Chromium: a case manager adds a Word document; the list says "Processing…" beside it until LibreOffice
// has made its PDF, then links to the PDF as well as the original. A damaged file says the conversion failed and
// operations have been told. In English and in French.
import type { Page } from 'playwright-core';
import { type TestOrg } from '../support/fixtures.ts';
import type { Orm } from '../../db/orm.ts';
import { documentWords } from '../../web/src/pages/case/documents/words.ts';
import {
  checkPage,
  closeBrowserOrganisation,
  englishOnFrenchPage,
  openBrowserOrganisation,
  signInPage,
  type BrowserOrganisation,
} from '../support/browser.ts';
import { apiUrl, type Client } from '../support/http.ts';
import { damagedDocx, officeFile } from '../support/office-files.ts';
import { openedCase } from '../support/case-walk.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: BrowserOrganisation['browser'];

beforeAll(async () => ({ orm, org, manager, browser } = await openBrowserOrganisation('Digby Document Services')));
afterAll(() => closeBrowserOrganisation({ orm, browser }));

const newCase = () => openedCase(orm, org, manager);

/** The documents section's English words that differ in French, which a French page must not show. */
const english = Object.entries(documentWords.en)
  .filter(([k, v]) => v !== documentWords.fr[k as keyof typeof documentWords.fr])
  .map(([, v]) => v.split('{')[0].trim());

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Adds a Word document through the documents section's form, as the case manager does. */
async function addDocument(page: Page, lang: 'en' | 'fr', name: string, buffer: Buffer): Promise<void> {
  const w = documentWords[lang];
  await page.getByRole('button', { name: w.add }).click();
  const form = page.getByRole('form', { name: w.add });
  await form.getByLabel(w.file).setInputFiles({ name: `${name}.docx`, mimeType: DOCX, buffer });
  await form.getByLabel(w.topic).selectOption({ index: 1 });
  await form.getByRole('button', { name: w.save }).click();
}

for (const lang of ['en', 'fr'] as const) {
  const w = documentWords[lang];
  test(`R-DOC-03 a Word document shows "Processing" until its PDF is made, then links to it (${lang})`, async () => {
    const caseId = await newCase();
    const page = await signInPage(browser.context, org.code, 'manager', { lang });
    await page.goto(`${apiUrl()}/cases/${caseId}/sections/documents`);
    await page.getByText(w.empty).waitFor();
    await addDocument(
      page,
      lang,
      'Reference letter',
      await officeFile('Letter of reference from the employer.', 'docx'),
    );
    const row = page.getByRole('row', { name: /Reference letter/ });
    await row.getByText(w.pdfProcessing).waitFor();

    // The list asks again by itself: the PDF's link replaces "Processing…", beside the original's.
    const pdfLink = row.getByRole('link', { name: `${w.viewPdf} – Reference letter` });
    await pdfLink.waitFor({ timeout: 60_000 });
    const [doc] = (await manager.get(`/api/cases/${caseId}/documents`)).body.items;
    expect(await pdfLink.getAttribute('href')).toBe(`/api/cases/${caseId}/documents/${doc.id}/pdf`);
    expect(await row.getByRole('link', { name: 'Reference letter', exact: true }).getAttribute('href')).toBe(
      `/api/cases/${caseId}/documents/${doc.id}/content`,
    );
    const opened = await page.request.get(`${apiUrl()}/api/cases/${caseId}/documents/${doc.id}/pdf`);
    expect(opened.headers()['content-type']).toBe('application/pdf');
    expect((await opened.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await checkPage(page, `case-documents-pdf-${lang}`);
    if (lang === 'fr') expect(await englishOnFrenchPage(page, english)).toEqual([]);
    await page.close();
  });
}

test('R-DOC-03 a file LibreOffice cannot read says the conversion failed, and operations see it explained', async () => {
  const caseId = await newCase();
  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await page.goto(`${apiUrl()}/cases/${caseId}/sections/documents`);
  await addDocument(page, 'fr', 'broken', damagedDocx());
  const listed = page.getByRole('row', { name: /broken/ });
  await listed.getByText(documentWords.fr.pdfFailed).waitFor({ timeout: 60_000 });
  // The original is still there to open.
  await listed.getByRole('link', { name: 'broken', exact: true }).waitFor();
  await checkPage(page, 'case-documents-pdf-failed-fr');
  await page.close();

  // Operations see it among the conversions to PDF, explained in their language, with its retry.
  const [doc] = (await manager.get(`/api/cases/${caseId}/documents`)).body.items;
  const ops = await signInPage(browser.context, org.code, 'operations', { lang: 'fr' });
  await ops.getByRole('link', { name: 'Exploitation', exact: true }).click();
  const row = ops
    .getByRole('region', { name: /^Documents de cas convertis en PDF \(\d+\)$/ })
    .getByRole('row')
    .filter({ hasText: `Cas ${caseId}` });
  await row.getByText(`Document ${doc.id} (fichier 1) : conversion en PDF`, { exact: true }).waitFor();
  await row.getByText(`Le document ${doc.id} du cas ${caseId} n'a pas pu être converti en PDF.`).waitFor();
  await row.getByRole('button', { name: /^Relancer/ }).waitFor();
  await checkPage(ops, 'operations-pdf-conversion-fr');
  await ops.close();
});
