// A funding request walked in the browser (spec 02 §4.C): the case manager applies from a funded intervention,
// completes the checklist (a document uploaded and attached, the others sent on paper) and the statement, and submits
// after answering the confirmation question; ENS then moves the agreement and returns the application for changes.
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { fundingSectionWords } from '../../web/src/pages/case/funding/words.ts';
import { packageWords } from '../../web/src/pages/funding/package/words.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createOrg, createUser, type TestOrg } from '../support/fixtures.ts';
import { fundingCases } from '../support/funding-cases.ts';
import { apiUrl, bearerToken, signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let token: string;
let browser: Awaited<ReturnType<typeof openBrowser>>;
const today = businessDate(new Date());

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Funding Walk Services');
  await createUser(orm, org, 'ens', ['ENS_AGREEMENT_MANAGER']);
  manager = await signIn(org, 'manager');
  token = await bearerToken(org, 'manager');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

const { fundedCase, readyPackage, arrived } = fundingCases(() => ({ orm, org, manager, token }));

const PAPER_ROWS = [
  'Family Size and Financial Statement',
  'Job Search Report',
  'SD Worksheet',
  'Labour Market Research',
  'Program Cost List',
  'Acceptance Letter',
];

test(
  'R-FUND-01 R-FUND-07 R-FUND-08 R-FUND-10 R-FUND-11 R-FUND-18 a case manager applies for funding, completes the ' +
    'checklist and statement and submits; ENS moves the agreement and asks for changes',
  async () => {
    const { caseId } = await fundedCase();
    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/cases/${caseId}/sections/funding`);
    // R-FUND-01/02: the funded intervention offers the programs that fund its type, alternatives after.
    await page
      .getByRole('button', { name: 'Apply for funding for Skill Enhancement - Job Specific Formal Training' })
      .click();
    const programs = page.getByRole('region', { name: 'Programs that fund this intervention' });
    await programs.getByRole('heading', { name: 'Skills Development IFA' }).waitFor();
    await programs.getByText('Alternative programs with different funding sources').waitFor();
    await programs.getByRole('heading', { name: 'Skills Up IFA' }).waitFor();
    await checkPage(page, 'case-funding');
    await programs.getByRole('button', { name: 'Apply now to Skills Development IFA' }).click();

    await page.getByRole('heading', { level: 1, name: 'Application to Skills Development IFA' }).waitFor();
    const packageId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.getByText('Complete this application with the checklist and the statement below').waitFor();
    const submitCard = page.getByRole('region', { name: 'Submit the application' });
    await submitCard.getByText('Resume: attach it or mark it as sent on paper.').waitFor();
    await submitCard.getByText("Write and save the case manager's statement.").waitFor();

    // The resume: uploaded from its row and attached (R-DOC-01, R-FUND-07).
    await page.getByRole('button', { name: 'Change Resume' }).click();
    const resume = page.getByRole('region', { name: 'Resume: attach documents or send it on paper' });
    await resume.getByText('The case has no document yet: upload one below.').waitFor();
    await resume.getByRole('button', { name: 'Upload a new document' }).click();
    await resume.getByLabel('File').setInputFiles({
      name: 'resume.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% resume\n%%EOF\n'),
    });
    await resume.getByLabel('Document topic').selectOption({ label: 'Supplementary Information' });
    await resume.getByRole('button', { name: 'Upload and attach' }).click();
    await resume.getByRole('checkbox', { name: /^resume/ }).waitFor();
    expect(await resume.getByRole('checkbox', { name: /^resume/ }).isChecked()).toBe(true);
    await resume.getByRole('button', { name: 'Save this row' }).click();
    await page.getByRole('status').getByText('Resume saved.').waitFor();
    const resumeRow = page.getByRole('row', { name: /^Resume/ });
    await resumeRow.getByText('Attached', { exact: true }).waitFor();
    await resumeRow.getByRole('link', { name: 'resume' }).waitFor();

    // The other required rows come on paper.
    for (const name of PAPER_ROWS) {
      await page.getByRole('button', { name: `Change ${name}` }).click();
      const editor = page.getByRole('region', { name: `${name}: attach documents or send it on paper` });
      await editor.getByLabel('Sent on paper (mail, fax or email to ENS)').check();
      await editor.getByRole('button', { name: 'Save this row' }).click();
      await page.getByRole('status').getByText(`${name} saved.`).waitFor();
      await page
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .getByText('Sent on paper', { exact: true })
        .waitFor();
    }

    // The statement, with a spelling suggestion that does not stop anything (R-FUND-20).
    const statement = page.getByRole('form', { name: "Case manager's statement" });
    await statement
      .getByRole('group', { name: 'Do you support this Return to Work Action Plan?' })
      .getByLabel('Yes')
      .check();
    await statement
      .getByRole('group', { name: "Have both you and the client signed the case manager's statement?" })
      .getByLabel('Yes')
      .check();
    await statement
      .getByRole('group', { name: /spouse signed the consent form/ })
      .getByLabel('Not applicable')
      .check();
    await statement
      .getByLabel('Justification')
      .fill('The certificate leads to the medical secretary jobs the client researched; she will recieve a diploma.');
    await statement.getByText('“recieve”: did you mean “receive”?').waitFor();
    await statement.getByRole('button', { name: 'Save the statement' }).click();
    await page.getByRole('status').getByText('Statement saved.').waitFor();
    await submitCard.getByText('Everything required is there: the application can be submitted.').waitFor();
    await checkPage(page, 'funding-package-draft');

    // R-FUND-10: submitted once the question is answered in the dialog.
    await submitCard.getByRole('button', { name: 'Submit the application' }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit this application?' });
    await dialog.getByRole('button', { name: 'Submit', exact: true }).click();
    await page
      .getByText(/^The application has been submitted\. Agreement \d+ was created\.$/)
      .waitFor({ timeout: 30_000 });
    await page.getByText('This application has been submitted: it can no longer be edited or submitted.').waitFor();
    await page.getByText(/^Send the documents marked as sent on paper to ENS within 10 days/).waitFor();
    const agreementId = (await manager.get(`/api/funding-packages/${packageId}`)).body.agreement.agreementId;
    await page.getByRole('region', { name: 'Associated agreement' }).getByText('Application since').waitFor();
    // The History tells the two moments apart: the case manager submitted it, then ENS received it.
    const history = page.getByRole('region', { name: 'History' });
    await history.getByText('Submitted by the case manager', { exact: true }).waitFor();
    await history.getByText('Received by ENS', { exact: true }).waitFor();
    await checkPage(page, 'funding-package');

    // ENS moves the agreement forward, naming who now handles it, then returns the application (R-FUND-15/18).
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.close();
    const ens = await signInPage(browser.context, org.code, 'ens');
    await ens.goto(`${apiUrl()}/agreements/${agreementId}`);
    await ens.getByRole('heading', { level: 1, name: `Agreement ${agreementId}` }).waitFor();
    await ens.getByLabel('Agreement manager (optional)').fill('Grace, Amanda (13241)');
    await ens.getByRole('button', { name: 'Move to Assessment' }).click();
    await ens.getByRole('status').getByText('The agreement is now Assessment.').waitFor();
    const details = ens.getByRole('region', { name: 'Agreement details' });
    await details.getByText('Grace, Amanda (13241)').waitFor();
    await details.getByText(/^Assessment since /).waitFor();
    await checkPage(ens, 'agreement');
    await ens.getByLabel('What is missing').fill('The program cost list is not signed.');
    await ens.getByRole('button', { name: 'Request changes' }).click();
    await ens.getByRole('status').getByText('Changes requested: the case manager is notified.').waitFor();
    await ens.getByText(/^Changes were requested on .*“The program cost list is not signed\.”/).waitFor();
    const pkg = (await manager.get(`/api/funding-packages/${packageId}`)).body;
    expect(pkg).toMatchObject({
      state: 'CHANGES_REQUIRED',
      agreement: { status: 'ASSESSMENT', agreementManager: 'Grace, Amanda (13241)' },
      changeRequest: { message: 'The program cost list is not signed.', dueDate: addDays(today, 7) },
    });
    await ens.close();
  },
);

test(
  'the package read model names the case, the intervention, ' + "the history's people and the documents to attach",
  async () => {
    const { caseId } = await fundedCase();
    const interventionId = (await manager.get(`/api/cases/${caseId}`)).body.actionPlan.interventions[0].id;
    const created = await manager.post(`/api/cases/${caseId}/interventions/${interventionId}/funding-package`, {
      programCode: 'SDIA',
    });
    expect(created.status).toBe(201);
    await manager.put(`/api/funding-packages/${created.body.id}/statement`, {
      supportsPlan: 'YES',
      signedByBoth: 'NO',
      spouseConsentSigned: 'NOT_APPLICABLE',
      justification: 'She will will recieve training.',
    });
    const view = (await manager.get(`/api/funding-packages/${created.body.id}`)).body;
    expect(view).toMatchObject({
      case: { id: caseId, status: 'RTWAP_MGMT', clientName: 'Johnson, Jane', ownOrganisation: true },
      intervention: {
        interventionType: 'SE_JOB_SPECIFIC_TRAINING',
        deliveringOrganisation: 'Nova Scotia Community College',
        startDate: addDays(today, 30),
      },
      spelling: [
        { kind: 'repeated', word: 'will' },
        { kind: 'misspelt', word: 'recieve', suggestion: 'receive' },
      ],
      caseDocuments: [],
    });
    expect(view.history[0]).toMatchObject({ type: 'PackageCreated', actorName: 'Tester, manager' });
    // ENS sees the package, never the case's other documents.
    const ens = await signIn(org, 'ens');
    const seen = (await ens.get(`/api/funding-packages/${created.body.id}`)).body;
    expect(seen.case.ownOrganisation).toBe(false);
    expect(seen.caseDocuments).toEqual([]);
  },
);

/** Every English word of the funding pages, which a French page must not show ("Program" is part of its French,
 * "Programme", and left out). */
const english = [packageWords, fundingSectionWords].flatMap((words) =>
  Object.entries(words.en)
    .filter(([k, v]) => !(words.fr as Record<string, string>)[k].includes(v))
    .map(([, v]) => v.split('{')[0].trim())
    .filter((v) => v.length >= 6),
);

test('a draft application and the case funding section read in French, with no English left', async () => {
  const { caseId } = await fundedCase();
  const interventionId = (await manager.get(`/api/cases/${caseId}`)).body.actionPlan.interventions[0].id;
  const created = await manager.post(`/api/cases/${caseId}/interventions/${interventionId}/funding-package`, {
    programCode: 'SDIA',
  });
  await manager.put(`/api/funding-packages/${created.body.id}/statement`, {
    supportsPlan: 'YES',
    signedByBoth: 'YES',
    spouseConsentSigned: 'NOT_APPLICABLE',
    justification: 'La formation mène aux emplois de secrétaire médicale.',
  });
  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  await page.goto(`${apiUrl()}/funding-packages/${created.body.id}`);
  await page
    .getByRole('heading', { level: 1, name: 'Demande au programme EFI – Développement des compétences' })
    .waitFor();
  await page.getByRole('heading', { name: 'Liste de vérification de la demande' }).waitFor();
  await page.getByText('Demande commencée').waitFor();
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await checkPage(page, 'funding-package-fr');

  await page.goto(`${apiUrl()}/cases/${caseId}/sections/funding`);
  await page.getByText('Brouillon', { exact: true }).waitFor();
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await checkPage(page, 'case-funding-fr');
  await page.close();
});

test('while ENS has not yet received a submitted application, the case says so and the History has no receipt', async () => {
  const { packageId, caseId } = await readyPackage();
  const page = await signInPage(browser.context, org.code, 'manager');
  // ENS holds its answer to the first call (up to Pathway's 10 s call timeout): the application waits for it.
  const control = (body: unknown) =>
    fetch(`${process.env.FUNDING_API_URL}/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  await control({ mode: 'hang', count: 1 });
  try {
    expect((await manager.post(`/api/funding-packages/${packageId}/submit`, { confirmed: true })).status).toBe(200);
    await page.goto(`${apiUrl()}/cases/${caseId}?tab=funding`);
    await page.getByText('Submitted by the case manager; waiting for ENS to receive it', { exact: true }).waitFor();
    const pending = (await manager.get(`/api/funding-packages/${packageId}`)).body;
    if (pending.state === 'SUBMITTING') {
      const types = (pending.history as { type: string }[]).map((h) => h.type);
      expect(types).toContain('SubmissionStarted');
      expect(types).not.toContain('SubmissionCompleted');
    }
  } finally {
    await control({ mode: 'succeed' });
  }
  await arrived(packageId);
  await page.goto(`${apiUrl()}/funding-packages/${packageId}`);
  const history = page.getByRole('region', { name: 'History' });
  await history.getByText('Received by ENS', { exact: true }).waitFor();
  await page.close();
});
