// The reports' download buttons in Chromium: the file the browser saves is the report, in the page's language.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import type { Orm } from '../../db/orm.ts';
import {
  checkPage,
  englishOnFrenchPage,
  signInPage,
  openBrowserOrganisation,
  closeBrowserOrganisation,
  type BrowserOrganisation,
} from '../support/browser.ts';
import { createIndividual, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, type Client } from '../support/http.ts';
import { csvRows, pdfLines } from '../support/report-files.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: BrowserOrganisation['browser'];

beforeAll(
  async () => ({ orm, org, manager, browser } = await openBrowserOrganisation('Reporting Employment Services')),
);
afterAll(() => closeBrowserOrganisation({ orm, browser }));

/** Clicks a download link and reads the file the browser saved: its suggested name and its bytes. */
async function downloaded(page: Page, name: string): Promise<{ filename: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { filename: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('R-NOTE-06 the Case Details Report downloads from the case notes as PDF and as CSV, in English and French', async () => {
  const person = await createIndividual(orm, org, { firstName: 'Dina', lastName: 'Report' });
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  const id = opened.body.id as number;
  await manager.post(`/api/cases/${id}/notes`, { text: 'Rencontre tenue au bureau.', context: 'CASE_NOTES' });

  const page = await signInPage(browser.context, org.code, 'manager');
  await page.goto(`${apiUrl()}/cases/${id}/sections/notes`);
  await page.getByRole('heading', { name: 'Case notes' }).waitFor();
  await checkPage(page, 'case-details-report');
  const pdf = await downloaded(page, 'Case Details Report as PDF');
  expect(pdf.filename).toBe(`case-details-report-${id}.pdf`);
  const lines = pdfLines(pdf.bytes);
  expect(lines[0]).toBe(`Case Details Report – Case ${id}`);
  expect(lines).toContain('Name: Report, Dina');
  expect(lines.join(' ')).toContain('Author: Tester, manager; Where: Case notes; Note: Rencontre tenue au bureau.');

  await page.getByRole('button', { name: 'Français' }).click();
  await page.getByRole('heading', { name: 'Notes du cas' }).waitFor();
  expect(await englishOnFrenchPage(page, ['Case Details Report'])).toEqual([]);
  const csv = await downloaded(page, 'Rapport sur les détails du cas en CSV');
  expect(csv.filename).toBe(`rapport-details-du-cas-${id}.csv`);
  const rows = csvRows(csv.bytes.toString('utf8'));
  expect(rows[0]).toEqual([`Rapport sur les détails du cas – Cas ${id}`]);
  expect(rows).toContainEqual(['Nom', 'Report, Dina']);
  expect(rows.find((r) => r[3] === 'Rencontre tenue au bureau.')?.slice(1, 3)).toEqual([
    'Tester, manager',
    'Notes du cas',
  ]);
  await page.close();
});

test('R-CASE-04 a supervisor downloads the accountability report from the dashboard, in English and French', async () => {
  const person = await createIndividual(orm, org, { firstName: 'Gus', lastName: 'Report' });
  const opened = await manager.post('/api/cases', {
    individualId: person.id,
    registration: REGISTRATION,
    accountabilityReporting: '100922',
  });
  const id = opened.body.id as number;

  const page = await signInPage(browser.context, org.code, 'supervisor');
  await page.goto(`${apiUrl()}/supervision`);
  await page.getByRole('heading', { level: 1, name: 'Workload dashboard' }).waitFor();
  const pdf = await downloaded(page, 'Accountability Report as PDF');
  expect(pdf.filename).toMatch(/^accountability-report-\d{4}-\d{2}-\d{2}\.pdf$/);
  const lines = pdfLines(pdf.bytes);
  expect(lines).toContain('EAS AGREEMENT 100922');
  expect(lines.join(' ')).toContain(`Case: ${id}; Client: Report, Gus;`);

  await page.getByRole('button', { name: 'Français' }).click();
  const csv = await downloaded(page, 'Rapport de responsabilisation en CSV');
  const rows = csvRows(csv.bytes.toString('utf8'));
  expect(rows[0]).toEqual(['Rapport de responsabilisation']);
  expect(rows).toContainEqual(['Ententes de SAE', '100922']);
  expect(rows.find((r) => r[0] === String(id))?.slice(1, 2)).toEqual(['Report, Gus']);
  await checkPage(page, 'accountability-report-fr');
  await page.close();
});

test('R-ASM-13 an administrator downloads the printable intake and assessment forms from the organisation page', async () => {
  const page = await signInPage(browser.context, org.code, 'admin', { lang: 'fr' });
  await page.goto(`${apiUrl()}/organisation`);
  await page.getByRole('heading', { name: 'Formulaires à imprimer' }).waitFor();
  expect(await englishOnFrenchPage(page, ['Intake Form', 'Assessment Information Form'])).toEqual([]);
  await checkPage(page, 'printable-forms-fr');
  const intake = await downloaded(page, "Formulaire d'accueil en PDF");
  expect(intake.filename).toMatch(/^formulaire-accueil-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(pdfLines(intake.bytes)).toContain('Bureau : [ ] Main office');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Printable forms' }).waitFor();
  const assessment = await downloaded(page, 'Assessment Information Form as CSV');
  expect(assessment.filename).toMatch(/^assessment-form-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csvRows(assessment.bytes.toString('utf8'))).toContainEqual([
    'Employer',
    'Job title',
    'Start date',
    'End date',
  ]);
  await page.close();
});
