// The case workspace's sections as a case manager uses them, each on the sections' own page
// (/cases/:caseId/sections/:section): an employed 24-week outcome refused as too early with its earliest date beside
// the date field, then saved with its province and details; the 52-week outcome closing the case after its question;
// notes added and edited (in French); a document uploaded and replaced; a case transfer sent; a recent employer
// chosen for a job, filling in its address.
import { CaseNote } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { documentWords } from '../../web/src/pages/case/documents/words.ts';
import { noteWords } from '../../web/src/pages/case/notes/words.ts';
import { outcomeWords } from '../../web/src/pages/case/outcomes/words.ts';
import { referralWords } from '../../web/src/pages/case/referrals/words.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, plannedIntervention, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, eventually, signIn, type Client } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: Awaited<ReturnType<typeof openBrowser>>;
const today = businessDate(new Date());
/** "May 7, 2027": how the English pages write a date. */
const longDate = (d: string) =>
  new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${d}T12:00:00Z`));

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Sections Employment Services');
  manager = await signIn(org, 'manager');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

async function newCase(): Promise<number> {
  const person = await createIndividual(orm, org);
  const res = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(res.status).toBe(201);
  return res.body.id;
}

const openTask = async (caseId: number) => openStageTaskId((await manager.get(`/api/cases/${caseId}`)).body.tasks);

/** A case walked to Follow-up today (A = today), its RTWAP Closure outcome recorded. */
async function caseInFollowUp(): Promise<number> {
  const id = await newCase();
  await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, { outcome: 'INTAKE_COMPLETE' });
  await manager.post(`/api/cases/${id}/needs-determinations`, {
    employmentGoal: 'FULL_TIME_EMPLOYMENT',
    jobPreferences: [{ label: 'Medical Secretary', nocCode: '1243' }],
    completed: true,
    confirmed: true,
  });
  await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, { outcome: 'ASSESSMENT_COMPLETE' });
  const added = await manager.post(`/api/cases/${id}/interventions`, plannedIntervention(today, today));
  await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, { outcome: 'DEVELOPED_AND_SIGNED' });
  await manager.patch(`/api/cases/${id}/interventions/${added.body.actionPlan.interventions[0].id}`, {
    status: 'COMPLETED',
    actualEndDate: today,
  });
  await manager.post(`/api/cases/${id}/outcomes`, {
    type: 'RTWAP_CLOSURE',
    actualOutcomeDate: today,
    employmentStatus: 'UNEMPLOYED',
  });
  const closed = await manager.post(`/api/cases/${id}/tasks/${await openTask(id)}/complete`, {
    outcome: 'PLAN_COMPLETED',
  });
  expect(closed.body.status).toBe('FOLLOW_UP');
  return id;
}

/** Every English word of the sections, which a French page must not show. */
const english = [noteWords, outcomeWords, documentWords, referralWords].flatMap((words) =>
  Object.entries(words.en)
    .filter(([k, v]) => v !== (words.fr as Record<string, string>)[k])
    .map(([, v]) => v.split('{')[0].trim())
    .filter((v) => v.length >= 6),
);

test(
  'R-FU-01 R-OUT-09 R-TMR-03 a case manager records an employed 24-week outcome: the follow-up schedule says when ' +
    'it can be recorded; too early, the earliest date is beside the date field; once it is due, it is saved with ' +
    'its province and details, and the schedule says it is recorded',
  async () => {
    const caseId = await caseInFollowUp();
    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/cases/${caseId}/sections/outcomes`);
    await page.getByRole('heading', { name: 'Follow-up schedule' }).waitFor();
    await page
      .getByText(`Can be recorded from ${longDate(addDays(today, 154))}`)
      .first()
      .waitFor();

    await page.getByRole('button', { name: 'Record an outcome' }).click();
    const form = page.getByRole('form', { name: 'Record an employment outcome' });
    await form.getByLabel('Outcome type').selectOption({ label: '24 Week' });
    await form.getByLabel('Employment status').selectOption({ label: 'Employed' });
    // R-OUT-09: the job's fields are required, and the browser says so before anything is sent.
    await form.getByRole('button', { name: 'Save the outcome' }).click();
    await form
      .locator('.field-invalid', { hasText: 'Province of employment' })
      .getByText('Choose one of the options.')
      .waitFor();
    await form.getByLabel('Employer').fill('Dr XYZ medical clinic');
    await form.getByLabel('Job title').fill('Medical Secretary');
    await form.getByLabel('Province of employment').selectOption({ label: 'Nova Scotia' });
    await form.getByLabel('Hours per week').fill('37.5');
    await form.getByLabel('Hourly wage ($)').fill('18.50');
    await form.getByLabel('Employment details').selectOption({ label: 'Full time' });
    await form.getByLabel("The job is in the client's preferred field of employment (goal met)").check();
    await form.getByRole('button', { name: 'Save the outcome' }).click();
    // R-FU-01: refused, with the exact earliest date the server named, beside the date field.
    const dateField = form.locator('.field', { hasText: 'Actual outcome date' });
    await dateField
      .getByText(`The 24 Week outcome can be recorded on or after ${longDate(addDays(today, 154))}.`)
      .waitFor();
    await checkPage(page, 'case-outcomes-refused');

    // An administrator corrects the follow-up dates (R-TMR-06): the 24-week window is now open.
    const admin = await signIn(org, 'admin');
    const a = addDays(today, -200);
    expect(
      (
        await admin.post(`/api/cases/${caseId}/follow-up-anchors`, {
          planEndDate: a,
          lastInterventionEnd: a,
          reason: 'The plan closed in the spring; recorded late.',
        })
      ).status,
    ).toBe(200);
    await form.getByRole('button', { name: 'Save the outcome' }).click();
    await page.getByRole('status').getByText('Outcome recorded.').waitFor();
    const row = page.getByRole('row', { name: /24 Week/ });
    await row.getByText('Medical Secretary at Dr XYZ medical clinic, Nova Scotia · Full time').waitFor();
    await row.getByText('37.5 h a week, $18.50 an hour').waitFor();
    await page.getByText(`Recorded, with the outcome date ${longDate(today)}.`).waitFor();

    const saved = (await manager.get(`/api/cases/${caseId}`)).body.outcomes.find(
      (o: { type: string }) => o.type === 'WEEK_24',
    );
    expect(saved).toMatchObject({
      employmentStatus: 'EMPLOYED',
      employerName: 'Dr XYZ medical clinic',
      provinceOfEmployment: 'NS',
      employmentDetails: 'FULL_TIME',
      hoursPerWeek: 37.5,
      hourlyWage: 18.5,
      inPreferredField: true,
      deleteRefusedBy: 'E-OUT-04',
    });
    // R-OUT-07: a 24-week outcome is corrected, never deleted; the page says so instead of offering it.
    await row.getByText('Cannot be deleted; correct it instead.').waitFor();
    await checkPage(page, 'case-outcomes');
    await page.close();
  },
);

test(
  'R-FU-02 R-FU-05 C-OUT-01 the 52-week outcome closes ' + 'the case once the case manager answers the question',
  async () => {
    const caseId = await caseInFollowUp();
    const admin = await signIn(org, 'admin');
    const a = addDays(today, -400);
    await admin.post(`/api/cases/${caseId}/follow-up-anchors`, {
      planEndDate: a,
      lastInterventionEnd: a,
      reason: 'The plan closed last year; recorded late.',
    });
    const week24 = await manager.post(`/api/cases/${caseId}/outcomes`, {
      type: 'WEEK_24',
      actualOutcomeDate: addDays(a, 170),
      employmentStatus: 'UNEMPLOYED',
    });
    expect(week24.status).toBe(200);

    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/cases/${caseId}/sections/outcomes`);
    await page.getByRole('button', { name: 'Record an outcome' }).click();
    const form = page.getByRole('form', { name: 'Record an employment outcome' });
    // R-OUT-04: the 52-week outcome is the one due, and the form starts with it.
    expect(await form.getByLabel('Outcome type').inputValue()).toBe('WEEK_52');
    await form.getByLabel('Employment status').selectOption({ label: 'Unemployed' });
    await form.getByRole('button', { name: 'Save the outcome' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save this outcome and close the case?' });
    await dialog.getByText('Saving the 52-week outcome closes the case').waitFor();
    await checkPage(page, 'case-outcomes-close');
    await dialog.getByRole('button', { name: 'Save and close the case' }).click();
    await page.getByRole('status').getByText('Outcome recorded.').waitFor();
    await page
      .getByText('This case is closed: its employment outcomes can no longer be added, changed or deleted.')
      .waitFor();
    expect((await manager.get(`/api/cases/${caseId}`)).body.status).toBe('CLOSED');
    await page.close();
  },
);

test('R-NOTE-01 R-NOTE-02 R-NOTE-03 a case manager adds and edits a note, in French; its author is named', async () => {
  const caseId = await newCase();
  // A colleague's note, and one of mine written 40 days ago: neither can be edited, and each says why.
  const colleague = await signIn(org, 'manager2');
  await colleague.post(`/api/cases/${caseId}/notes`, { text: 'Appel au client : pas de réponse.' });
  await manager.post(`/api/cases/${caseId}/notes`, { text: 'Première rencontre.' });
  const old = await eventually(async () =>
    (await manager.get(`/api/cases/${caseId}`)).body.notes.find(
      (n: { text: string }) => n.text === 'Première rencontre.',
    ),
  );
  await orm.em.fork().nativeUpdate(CaseNote, { id: old.id }, { createdAt: new Date(Date.now() - 40 * 86_400_000) });

  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await page.goto(`${apiUrl()}/cases/${caseId}/sections/notes`);
  await page.getByRole('heading', { name: 'Notes du cas' }).waitFor();
  await page.getByRole('textbox', { name: 'Note', exact: true }).fill('Le client a commencé sa recherche d’emploi.');
  await page.getByRole('button', { name: 'Enregistrer la note' }).click();
  await page.getByRole('status').getByText('Note ajoutée.').waitFor();
  // Newest first: mine is at the top.
  const mine = page.locator('.note').first();
  await mine.getByText('Le client a commencé sa recherche d’emploi.').waitFor();
  await mine.getByText('Tester, manager').waitFor();
  await mine.getByText('Rédigée dans Notes du cas').waitFor();
  await mine.getByText(`Vous pouvez modifier cette note jusqu'au`).waitFor();
  await page
    .locator('.note', { hasText: 'Appel au client' })
    .getByText('Seul son auteur peut modifier cette note.')
    .waitFor();
  await page
    .locator('.note', { hasText: 'Première rencontre.' })
    .getByText(/^Verrouillée depuis le .*: une note peut être modifiée pendant 30 jours/)
    .waitFor();

  await mine.getByRole('button', { name: /^Modifier la note du/ }).click();
  await mine
    .getByLabel('Votre note')
    .fill('Le client a commencé sa recherche d’emploi et vise un poste de secrétaire.');
  await mine.getByRole('button', { name: 'Enregistrer la modification' }).click();
  await page.getByRole('status').getByText('Note modifiée.').waitFor();
  const edited = page.locator('.note', { hasText: 'vise un poste de secrétaire' });
  await edited.getByText(/^modifiée le/).waitFor();
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await checkPage(page, 'case-notes-fr');

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Case notes' }).waitFor();
  await checkPage(page, 'case-notes');
  const notes = (await manager.get(`/api/cases/${caseId}`)).body.notes;
  expect(notes[0]).toMatchObject({ authorName: 'Tester, manager', context: 'CASE_NOTES' });
  expect(notes.find((n: { text: string }) => n.text.startsWith('Appel')).authorName).toBe('Tester, manager2');
  await page.close();
});

test(
  'R-DOC-01 R-DOC-02 R-DOC-05 a case manager uploads a ' + 'document, is told why a file is refused, and replaces it',
  async () => {
    const caseId = await newCase();
    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/cases/${caseId}/sections/documents`);
    await page.getByText('No document has been added to this case yet.').waitFor();
    await page.getByRole('button', { name: 'Add a document' }).click();
    const form = page.getByRole('form', { name: 'Add a document' });
    await form.getByLabel('File').setInputFiles({
      name: 'setup.exe',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00]),
    });
    await form
      .getByText('Files of type “exe” cannot be attached. Choose a PDF, Word, RTF, PNG, JPEG or text file.')
      .waitFor();
    await form.getByLabel('File').setInputFiles({
      name: 'Resume of the client.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% resume\n%%EOF\n'),
    });
    expect(await form.getByLabel('Document name').inputValue()).toBe('Resume of the client');
    await form.getByLabel('Document topic').selectOption({ label: 'Supplementary Information' });
    await form.getByRole('button', { name: 'Add the document' }).click();
    await page.getByRole('status').getByText('Document added.').waitFor();
    const row = page.getByRole('row', { name: /Resume of the client/ });
    await row.getByText('PDF', { exact: true }).waitFor();
    await row.getByText('Case documents').waitFor();
    await checkPage(page, 'case-documents');

    await row.getByRole('button', { name: 'Replace the file of Resume of the client' }).click();
    const replace = page.getByRole('form', { name: 'Replace the file of Resume of the client' });
    await replace.getByLabel('File').setInputFiles({
      name: 'resume-2.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]),
    });
    await replace.getByRole('button', { name: 'Replace the file' }).click();
    await page.getByRole('status').getByText('File replaced.').waitFor();
    await page
      .getByRole('row', { name: /Resume of the client/ })
      .getByText('Word document', { exact: true })
      .waitFor();
    const [doc] = (await manager.get(`/api/cases/${caseId}/documents`)).body.items;
    expect(doc).toMatchObject({ documentName: 'Resume of the client', fileName: 'resume-2.docx', sizeBytes: 6 });
    expect(await page.getByRole('link', { name: 'Resume of the client' }).getAttribute('href')).toBe(
      `/api/cases/${caseId}/documents/${doc.id}/content`,
    );
    await page.close();
  },
);

test(
  'R-REF-08 R-REF-11 R-REF-12 a case manager sends a case transfer from its template, acknowledging the ' +
    'personal-information warning and confirming the sending; the transfer waits for the receiving organisation',
  async () => {
    const receiving = await createOrg(orm, 'Receiving Employment Services');
    const caseId = await newCase();
    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/cases/${caseId}/sections/referrals`);
    await page.getByText('No referral has been sent for this case.').waitFor();
    await page.getByRole('button', { name: 'Send a referral' }).click();
    const form = page.getByRole('form', { name: 'Send a referral' });
    await form.getByLabel('Referral type').selectOption({ label: 'Case Transfer' });
    await form.getByLabel('Receiving organisation').selectOption({ label: receiving.name });
    await form.getByLabel('Contact person').fill('Pat Receiver');
    await form.getByLabel('Emailed to').fill('intake@receiving.example.org');
    await form.getByLabel('Correspondence language').selectOption({ label: 'English' });
    // R-REF-08/10: subject and body come from the template of the type, in the language chosen.
    const subject = `Case transfer referral from ${org.name} – case ${caseId}`;
    await eventually(async () => (await form.getByLabel('Email subject').inputValue()) === subject);
    const body = form.getByLabel('Email body');
    await body.fill(`${await body.inputValue()}\n\nMs Johnson prefers mornings.`);
    await checkPage(page, 'case-referrals-form');
    await form.getByRole('button', { name: 'Send the referral' }).click();
    // R-REF-12: the client's name in the text is a warning beside the body, acknowledged or removed.
    await form
      .locator('.field', { hasText: 'Email body' })
      .getByText(/contain the client's name/)
      .waitFor();
    await form.getByLabel('I checked: the subject and body contain no personal information about the client.').check();
    await form.getByRole('button', { name: 'Send the referral' }).click();
    // C-REF-01: sent only once confirmed.
    const dialog = page.getByRole('dialog', { name: 'Send this referral?' });
    await dialog.getByText('It is emailed to intake@receiving.example.org with its letter.').waitFor();
    await dialog.getByRole('button', { name: 'Send the referral' }).click();
    await page.getByRole('status').getByText('Referral sent: it is emailed to intake@receiving.example.org.').waitFor();
    await page
      .getByText(
        `Case transfer pending: ${receiving.name} has not completed it yet. The case stays with your organisation ` +
          'until they do.',
      )
      .waitFor();
    const item = page.locator('.referrals li', { hasText: 'Case Transfer' });
    await item.getByText('Transfer pending').waitFor();
    await item.locator('summary').click();
    await item.getByText('Pat Receiver').waitFor();
    await checkPage(page, 'case-referrals');
    const [sent] = (await manager.get(`/api/cases/${caseId}/referrals`)).body;
    expect(sent).toMatchObject({
      type: 'CASE_TRANSFER',
      toOrganisationName: receiving.name,
      language: 'EN',
      transferOutcome: 'PENDING',
    });
    await page.close();
  },
);

// R-ASM-09: the employer details of a job offer the organisation's Recent Employers; choosing one fills in the
// employer's address, in English and in French, and the job is saved with it.
const education = {
  highestEducationLevel: 'HIGH_SCHOOL_COMPLETE',
  educationRecords: [{ name: 'High school diploma', sourceLocation: 'Citadel High School', fromDate: '2000-09-01' }],
};

describe('Recent Employers (R-ASM-09)', () => {
  beforeAll(async () => {
    // Another client of the organisation worked at the mill: its address is known.
    const earlier = await newCase();
    const saved = await manager.put(`/api/cases/${earlier}/education-experience`, {
      ...education,
      employmentRecords: [
        {
          employerName: 'Nova Scotia Pub & Paper Mill',
          employerStreet: '1 Mill Road',
          employerCity: 'Port Hawkesbury',
          employerProvince: 'Nova Scotia',
          employerPostalCode: 'B9A 1A1',
          jobTitle: 'Backtender',
          fromDate: '1994-01-02',
          toDate: '2010-09-17',
        },
      ],
    });
    expect(saved.status).toBe(200);
  });

  it('R-ASM-09 choosing a recent employer fills in its address, and the job is saved with it', async () => {
    const caseId = await newCase();
    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/cases/${caseId}`);
    // In Intake, Education & Experience is folded under what can be entered before the assessment.
    await page.getByText('Can be entered now or during the assessment').click();
    const form = page.getByRole('form', { name: 'Education & Experience' });
    await form.getByRole('button', { name: 'Add a job' }).click();
    await form
      .getByLabel('Recent employers')
      .selectOption({ label: 'Nova Scotia Pub & Paper Mill (Port Hawkesbury, Nova Scotia)' });
    await expect(form.getByRole('textbox', { name: 'Employer', exact: true }).inputValue()).resolves.toBe(
      'Nova Scotia Pub & Paper Mill',
    );
    await expect(form.getByLabel('Employer street address').inputValue()).resolves.toBe('1 Mill Road');
    await expect(form.getByLabel('City or town').inputValue()).resolves.toBe('Port Hawkesbury');
    await expect(form.getByLabel('Province').inputValue()).resolves.toBe('Nova Scotia');
    await expect(form.getByLabel('Postal code').inputValue()).resolves.toBe('B9A 1A1');
    await checkPage(page, 'recent-employers');

    await form.getByLabel('Highest level of education').selectOption({ label: 'High School Complete' });
    await form.getByLabel('Education, training or licence').fill('High school diploma');
    await form.getByLabel('Source or location (school, for example)').fill('Citadel High School');
    await form.getByLabel('From').first().fill('2000-09-01');
    await form.getByLabel('Job title').fill('Machine tender');
    await form.getByLabel('From').nth(1).fill('2011-01-03');
    await form.getByRole('button', { name: 'Save Education & Experience' }).click();
    await page.getByRole('status').getByText('Education & Experience saved.').waitFor();
    const saved = (await manager.get(`/api/cases/${caseId}`)).body.educationExperience.employmentRecords[0];
    expect(saved).toMatchObject({ employerCity: 'Port Hawkesbury', employerPostalCode: 'B9A 1A1' });
    await page.close();
  });

  it('R-ASM-09 the list is offered in French', async () => {
    const caseId = await newCase();
    const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
    await page.goto(`${apiUrl()}/cases/${caseId}`);
    await page.getByText("Peuvent être saisis maintenant ou pendant l'évaluation").click();
    const form = page.getByRole('form', { name: 'Études et expérience' });
    await form.getByRole('button', { name: 'Ajouter un emploi' }).click();
    await form
      .getByLabel('Employeurs récents')
      .selectOption({ label: 'Nova Scotia Pub & Paper Mill (Port Hawkesbury, Nova Scotia)' });
    await expect(form.getByLabel('Ville ou village').inputValue()).resolves.toBe('Port Hawkesbury');
    expect(await englishOnFrenchPage(page)).toEqual([]);
    await page.close();
  });
});
