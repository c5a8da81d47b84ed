// The reports a person downloads, read as their software reads them: the PDF's text lines and the CSV's
// rows, in English and in French, and only for the caller's organisation.
import { openOrm, type Orm } from '../../db/orm.ts';
import { businessDate, formatLongDate } from '../../domain/dates.ts';
import { createIndividual, createOrg, plannedIntervention, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { openStageTaskId } from '../support/tasks.ts';
import { apiUrl, bearerToken, signIn, type Client } from '../support/http.ts';
import { csvRows, pdfLines } from '../support/report-files.ts';

let orm: Orm;
let org: TestOrg;
let other: TestOrg;
let manager: Client;
const today = businessDate(new Date());

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Reports Employment Services');
  other = await createOrg(orm, 'Elsewhere Employment Services');
  manager = await signIn(org, 'manager');
});
afterAll(() => orm.close());

/** A report file as the browser receives it: status, headers and the bytes. */
async function download(org: TestOrg, path: string, language = 'en', who = 'manager') {
  const res = await fetch(`${apiUrl()}${path}`, {
    headers: { authorization: `Bearer ${await bearerToken(org, who)}`, 'accept-language': language },
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The PDF's lines joined, so a sentence wrapped over two lines reads whole. */
const pdfText = (bytes: Buffer) => pdfLines(bytes).join(' ');

async function caseWithNote(firstName: string, note: string): Promise<number> {
  const person = await createIndividual(orm, org, { firstName, lastName: 'Report' });
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  expect((await manager.post(`/api/cases/${opened.body.id}/notes`, { text: note, context: 'CASE_NOTES' })).status).toBe(
    200,
  );
  return opened.body.id as number;
}

describe('R-NOTE-06 the Case Details Report', () => {
  test('R-NOTE-06 as a PDF in English holds the case details and every note with its author and place', async () => {
    const id = await caseWithNote('Alma', 'Met the client about her résumé, “day shifts” only.');
    const pdf = await download(org, `/api/cases/${id}/reports/case-details?format=pdf&lang=en`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="case-details-report-${id}.pdf"`);
    const lines = pdfLines(pdf.bytes);
    expect(lines[0]).toBe(`Case Details Report – Case ${id}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        `Case ID: ${id}`,
        'Status: Intake',
        `Opened: ${formatLongDate(today, 'en')}`,
        'Managed by: Reports Employment Services',
        'Case manager: Tester, manager',
        'Accountability reporting: Private',
        'Name: Report, Alma',
        'Employment status: Unemployed',
        'Correspondence language: English',
        'Preferred contact method: Telephone',
        'Employment Insurance in the last 36 months: No',
        'NOTES',
      ]),
    );
    const text = pdfText(pdf.bytes);
    expect(text).toMatch(
      /Author: Tester, manager; Where: Case notes; Note: Met the client about her résumé, “day shifts”/,
    );
    expect(text).toContain(`Written: ${formatLongDate(today, 'en')}`);
  });

  test('R-NOTE-06 as a CSV in French (the browser’s language) lists the same notes in rows', async () => {
    const id = await caseWithNote('Béa', 'Rencontre, "suivi" à prévoir');
    const csv = await download(org, `/api/cases/${id}/reports/case-details?format=csv`, 'fr-CA,fr;q=0.9');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="rapport-details-du-cas-${id}.csv"`);
    const rows = csvRows(csv.bytes.toString('utf8'));
    expect(rows[0]).toEqual([`Rapport sur les détails du cas – Cas ${id}`]);
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Numéro du cas', String(id)],
        ['État', 'Accueil'],
        ['Rapport de responsabilisation', 'Privé'],
        ["Situation d'emploi", 'Sans emploi'],
        ['Langue de correspondance', 'Anglais'],
        ['Écrite le', 'Auteur', 'Lieu', 'Note'],
      ]),
    );
    const notes = rows.slice(rows.findIndex((r) => r[0] === 'Écrite le') + 1).filter((r) => r.length === 4);
    expect(notes).toHaveLength(1);
    expect(notes[0].slice(1)).toEqual(['Tester, manager', 'Notes du cas', 'Rencontre, "suivi" à prévoir']);
    expect(notes[0][0]).toContain(formatLongDate(today, 'fr'));
  });

  test('R-NOTE-06 another organisation’s case is not found, and a wrong format says what to choose', async () => {
    const id = await caseWithNote('Cleo', 'Private to this organisation');
    const elsewhere = await download(other, `/api/cases/${id}/reports/case-details?format=pdf`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.bytes.toString()).not.toContain('Private to this organisation');
    const wrong = await download(org, `/api/cases/${id}/reports/case-details?format=xls`);
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.bytes.toString()).message).toBe('format: choose pdf or csv, got "xls".');
    const french = await download(org, `/api/cases/${id}/reports/case-details?format=xls`, 'fr');
    expect(JSON.parse(french.bytes.toString()).message).toBe('format : choisissez pdf ou csv, reçu « xls ».');
  });
});

/** A case of `of` reporting to `agreement`; with `edmt`, walked to its plan with one EDMT-funded intervention. */
async function agreementCase(of: TestOrg, firstName: string, agreement: string, edmt = false): Promise<number> {
  const by = of === org ? manager : await signIn(of, 'manager');
  const person = await createIndividual(orm, of, { firstName, lastName: 'Accountable' });
  const opened = await by.post('/api/cases', {
    individualId: person.id,
    registration: REGISTRATION,
    accountabilityReporting: agreement,
  });
  expect(opened.status).toBe(201);
  const id = opened.body.id as number;
  if (!edmt) return id;
  const complete = async (outcome: string) => {
    const taskId = openStageTaskId((await by.get(`/api/cases/${id}`)).body.tasks);
    expect((await by.post(`/api/cases/${id}/tasks/${taskId}/complete`, { outcome })).status).toBe(200);
  };
  await complete('INTAKE_COMPLETE');
  const needs = {
    employmentGoal: 'FULL_TIME_EMPLOYMENT',
    jobPreferences: [{ label: 'Dental Assistant', nocCode: '3411' }],
    completed: true,
    confirmed: true,
  };
  expect((await by.post(`/api/cases/${id}/needs-determinations`, needs)).status).toBe(200);
  await complete('ASSESSMENT_COMPLETE');
  expect((await by.post(`/api/cases/${id}/interventions`, plannedIntervention(today, today))).status).toBe(200);
  return id;
}

describe('R-CASE-04 the accountability report', () => {
  test('R-CASE-04 lists each EAS agreement’s cases, counts those with EDMT funding and leaves Private cases out', async () => {
    const counted = await agreementCase(org, 'Ada', '100922', true);
    const notYet = await agreementCase(org, 'Ben', '100922');
    const second = await agreementCase(org, 'Cy', '200150');
    await agreementCase(other, 'Dee', '100922');
    const privateCase = await caseWithNote('Eve', 'Private case');

    const pdf = await download(org, '/api/organisation/reports/accountability?format=pdf&lang=en', 'en', 'supervisor');
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="accountability-report-${today}.pdf"`);
    const lines = pdfLines(pdf.bytes);
    expect(lines[0]).toBe('Accountability Report');
    expect(lines).toEqual(
      expect.arrayContaining([
        'Organisation: Reports Employment Services',
        'EAS agreements: 100922, 200150',
        'EAS AGREEMENT 100922',
        'EAS AGREEMENT 200150',
      ]),
    );
    const text = pdfText(pdf.bytes);
    expect(text).toContain(
      `Case: ${counted}; Client: Accountable, Ada; Case manager: Tester, manager; Stage: RTWAP Dev;`,
    );
    expect(text).toMatch(new RegExp(`Case: ${notYet}; .*EDMT-funded interventions: 0; Counts: No \\(no EDMT`));
    expect(text).toContain(`Case: ${second}; Client: Accountable, Cy;`);
    expect(text).not.toContain('Accountable, Dee');
    expect(text).not.toContain(`Case: ${privateCase};`);

    const csv = await download(org, '/api/organisation/reports/accountability?format=csv', 'fr', 'supervisor');
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="rapport-de-responsabilisation-${today}.csv"`,
    );
    const rows = csvRows(csv.bytes.toString('utf8'));
    expect(rows[0]).toEqual(['Rapport de responsabilisation']);
    expect(rows).toContainEqual(['Cas associés à une entente de SAE', '3']);
    expect(rows).toContainEqual(['Cas comptés (au moins une intervention financée par l’EDMT)', '1']);
    const agreement = rows.findIndex((r) => r[0] === 'Entente de SAE 100922');
    expect(rows[agreement + 1]).toEqual([
      'Cas',
      'Client',
      'Gestionnaire de cas',
      'Étape',
      'Ouvert le',
      'Interventions financées par l’EDMT',
      'Compté',
    ]);
    expect(rows[agreement + 2]).toEqual([
      String(counted),
      'Accountable, Ada',
      'Tester, manager',
      expect.any(String),
      formatLongDate(today, 'fr'),
      '1',
      'Oui',
    ]);
    expect(rows[agreement + 3].slice(0, 2)).toEqual([String(notYet), 'Accountable, Ben']);
    expect(rows.flat().join(' ')).not.toContain('Accountable, Eve');
  });

  test('R-CASE-04 is for the organisation’s supervisors: a case manager is refused, in words', async () => {
    const refused = await download(org, '/api/organisation/reports/accountability?format=pdf', 'en', 'manager');
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.bytes.toString()).message).toContain('do not allow case.inspect');
  });
});

describe('R-ASM-13 the printable intake and assessment forms', () => {
  test('R-ASM-13 follow the organisation’s offices and its additional case questions, in order', async () => {
    const forms = await createOrg(orm, 'Forms Employment Services');
    const admin = await signIn(forms, 'admin');
    const config = {
      modules: [
        {
          moduleCode: 'PERSONAL_SITUATION',
          required: true,
          questions: [
            { text: 'Do you need child care?', answerType: 'CHECKBOX', required: true },
            { text: 'Transportation', answerType: 'DROPDOWN', options: ['Car', 'Bus', 'None'] },
          ],
        },
        { moduleCode: 'IMMIGRATION', questions: [{ text: 'Country of origin', answerType: 'FREE_TEXT' }] },
      ],
    };
    expect((await admin.put('/api/organisation/additional-info', config)).status).toBe(200);

    const intake = await download(forms, '/api/organisation/reports/forms/intake?format=pdf&lang=en', 'en', 'admin');
    expect(intake.status).toBe(200);
    expect(intake.headers.get('content-disposition')).toBe(`attachment; filename="intake-form-${today}.pdf"`);
    const intakeLines = pdfLines(intake.bytes);
    expect(intakeLines[0]).toBe('Intake Form');
    expect(intakeLines).toEqual(
      expect.arrayContaining([
        'Organisation: Forms Employment Services',
        'Office: [ ] Main office',
        'Last name: ____________________________',
        'Correspondence language: [ ] English [ ] French',
      ]),
    );
    expect(pdfText(intake.bytes)).toContain('Employment status: [ ] Unemployed [ ] Employed');

    const assessment = await download(forms, '/api/organisation/reports/forms/assessment?format=pdf', 'fr', 'admin');
    const lines = pdfLines(assessment.bytes);
    expect(lines[0]).toBe("Formulaire d'évaluation");
    const personal = lines.indexOf('SITUATION PERSONNELLE (OBLIGATOIRE)');
    const immigration = lines.indexOf('IMMIGRATION');
    expect(personal).toBeGreaterThan(lines.indexOf('HISTORIQUE DES ÉTUDES'));
    expect(lines.slice(personal + 1, personal + 3)).toEqual([
      'Do you need child care? * : [ ] Oui [ ] Non',
      'Transportation : [ ] Car [ ] Bus [ ] None',
    ]);
    expect(lines[immigration + 1]).toBe('Country of origin : ____________________________');

    const csv = await download(forms, '/api/organisation/reports/forms/assessment?format=csv&lang=en', 'en', 'admin');
    const rows = csvRows(csv.bytes.toString('utf8'));
    expect(rows[0]).toEqual(['Assessment Information Form']);
    expect(rows).toContainEqual(['Personal Situation (required)']);
    expect(rows).toContainEqual(['Do you need child care? *', '[ ] Yes [ ] No']);
    expect(rows).toContainEqual(['Employer', 'Job title', 'Start date', 'End date']);
  });

  test('R-ASM-13 are for the organisation’s administrator; an unknown form says which ones there are', async () => {
    const refused = await download(org, '/api/organisation/reports/forms/intake', 'en', 'manager');
    expect(refused.status).toBe(403);
    const unknown = await download(org, '/api/organisation/reports/forms/exit?format=pdf', 'en', 'admin');
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.bytes.toString()).message).toBe('No form "exit": choose intake or assessment.');
  });
});
