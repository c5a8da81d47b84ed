// The case workspace (/cases/:caseId) as its users meet it in Chromium: a case manager takes a new case from Intake to
// Follow-up, a case is reassigned and closed, a referred case is transferred, and the same page is walked in French;
// every page it shows passes the accessibility, phone-width and language checks.
import type { Locator, Page } from 'playwright-core';
import {
  ACKNOWLEDGED_LABEL,
  REASON_LABELS,
  STATUS_LABELS,
  TASK_LABELS,
  TASK_OUTCOMES,
  TASK_STATE_LABELS,
  type Label,
} from '../../domain/case-model.ts';
import { INFO_MODULES, MODULE_STATUS_LABELS } from '../../domain/additional-info.ts';
import { REGISTRATION_LABELS, REPORTING_LABELS } from '../../domain/case-opening.ts';
import { ALERT_LABELS } from '../../domain/case-timers.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import {
  EDUCATION_LEVEL_LABELS,
  EDUCATION_RESULT_LABELS,
  EMPLOYMENT_TYPE_LABELS,
  LEAVING_REASON_LABELS,
  SALARY_UNIT_LABELS,
} from '../../domain/education.ts';
import { INTERVENTION_STATUS_LABELS, NON_COMPLETION_REASON_LABELS } from '../../domain/interventions.ts';
import {
  BARRIER_TYPES,
  DELIVERY_MODELS,
  EMPLOYABILITY_DIMENSIONS,
  EMPLOYMENT_GOALS,
  FUNDING_TYPES,
  INTERVENTION_TYPES,
  NOC_CODES,
} from '../../domain/reference.ts';
import { REFERRAL_TYPE_LABELS } from '../../domain/referrals.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { checkPage as checkAnyPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import {
  createIndividual,
  createOrg,
  createUser,
  plannedIntervention,
  REGISTRATION,
  type TestOrg,
} from '../support/fixtures.ts';
import { apiUrl, eventually, signIn, type Client } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let childCareQuestion: number;
const today = businessDate(new Date());

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Workspace Employment Services');
  manager = await signIn(org, 'manager');
  // R-CASE-28: the organisation requires one Additional Case Information module before the assessment.
  const admin = await signIn(org, 'admin');
  const configured = await admin.put('/api/organisation/additional-info', {
    modules: [
      {
        moduleCode: 'PERSONAL_SITUATION',
        required: true,
        questions: [
          {
            text: 'Do you need child care in order to work or attend training?',
            answerType: 'CHECKBOX',
            required: true,
          },
        ],
      },
    ],
  });
  expect(configured.status).toBe(200);
  childCareQuestion = configured.body.modules[0].questions[0].id;
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

async function openCase(firstName = 'Jane', lastName = 'Johnson'): Promise<number> {
  const person = await createIndividual(orm, org, { firstName, lastName });
  const res = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(res.status).toBe(201);
  return res.body.id;
}

const completeStageTask = async (id: number, outcome: string) => {
  const task = openStageTaskId((await manager.get(`/api/cases/${id}`)).body.tasks);
  const res = await manager.post(`/api/cases/${id}/tasks/${task}/complete`, { outcome });
  expect(res.status).toBe(200);
  return res.body;
};

/** API steps that take a case to each stage, for the tests that only look at the pages. */
const to = {
  assessment: (id: number) => completeStageTask(id, 'INTAKE_COMPLETE'),
  async rtwapDev(id: number, start = today, end = addDays(today, 30)) {
    await manager.post(`/api/cases/${id}/needs-determinations`, {
      employmentGoal: 'FULL_TIME_EMPLOYMENT',
      jobPreferences: [{ label: 'Dental Assistant', nocCode: '3411' }],
      barriers: [{ dimension: 'JOB_SEARCH', barrierType: 'ESSENTIAL_SKILLS', relevantToGoal: true }],
      completed: true,
      confirmed: true,
    });
    await manager.put(`/api/cases/${id}/additional-info/PERSONAL_SITUATION`, {
      answers: { [childCareQuestion]: true },
      completed: true,
    });
    await completeStageTask(id, 'ASSESSMENT_COMPLETE');
    const added = await manager.post(`/api/cases/${id}/interventions`, plannedIntervention(start, end));
    expect(added.status).toBe(200);
    return added.body.actionPlan.interventions[0].id as string;
  },
  rtwapMgmt: (id: number) => completeStageTask(id, 'DEVELOPED_AND_SIGNED'),
  async followUp(id: number, interventionId: string) {
    await manager.patch(`/api/cases/${id}/interventions/${interventionId}`, {
      status: 'COMPLETED',
      actualEndDate: today,
    });
    await recordClosureOutcome(id);
    await completeStageTask(id, 'PLAN_COMPLETED');
  },
};

/** The RTWAP Closure outcome, recorded through the API: outcomes have their own screen (R-PM-09). */
async function recordClosureOutcome(id: number) {
  const res = await manager.post(`/api/cases/${id}/outcomes`, {
    type: 'RTWAP_CLOSURE',
    actualOutcomeDate: today,
    employmentStatus: 'UNEMPLOYED',
  });
  expect(res.status).toBe(200);
}

/** The page's checks, from its top: the header stays in view, so a full-page picture taken lower down would show
 * it in the middle of the page. */
async function checkPage(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkAnyPage(page, name);
}

async function openWorkspace(page: Page, id: number) {
  await page.goto(`${apiUrl()}/cases/${id}`);
  await page.locator('.case-header h1').waitFor();
}

const header = (page: Page) => page.locator('.case-header');
const toast = (page: Page, text: string) => page.locator('.toast', { hasText: text }).waitFor();
const nextStep = (page: Page) => page.locator('.next-step');
/** Waits until the locator finds `n` elements. */
async function hasCount(loc: Locator, n: number) {
  await eventually(async () => (await loc.count()) === n).catch(async () => {
    throw new Error(`expected ${n} of ${String(loc)}, found ${await loc.count()}`);
  });
}
const radio = (page: Page, name: string) => page.getByRole('radio', { name: new RegExp(`^${name}`) });

test(
  'R-CASE-20 R-CASE-27 R-CASE-28 R-ND-06 R-ND-09 R-ASM-07 ' +
    'R-CASE-29 R-INT-01 R-PM-01 R-PM-04 R-PM-09 R-PLAN-04 a case ' +
    'manager takes a new case from Intake to Follow-up in the workspace',
  async () => {
    const id = await openCase('Maria', 'Gallant');
    const page = await signInPage(browser.context, org.code, 'manager');
    await openWorkspace(page, id);
    expect(await header(page).locator('h1').innerText()).toBe(`Case ${id} Gallant, Maria`);
    await header(page).getByText('Intake', { exact: true }).waitFor();
    await header(page).getByText('Complete Intake — ').waitFor();
    await page.getByText('Registration details').waitFor();
    await checkPage(page, 'case-intake');

    // Intake: the next step's default outcome moves the case on.
    await nextStep(page).getByRole('button', { name: 'Complete the task' }).click();
    await toast(page, 'Complete Intake done: the case is now in Assessment.');
    await header(page).getByText('Assessment', { exact: true }).waitFor();

    // R-CASE-27, R-CASE-28: refused beside the form while the checklist shows what is missing.
    await hasCount(nextStep(page).locator('.check-todo'), 2);
    await nextStep(page).getByRole('button', { name: 'Complete the task' }).click();
    const refusal = nextStep(page).getByRole('alert');
    await refusal.getByText('Complete a needs determination before completing the assessment.').waitFor();
    await refusal.getByText('Complete the required Additional Case Information modules first').waitFor();

    // R-ND-09: a saved draft comes back when the case is opened again.
    const needs = page.getByRole('form', { name: 'Needs determination' });
    await needs.getByLabel('Employment goal').selectOption({ label: 'Full Time Employment' });
    await needs.getByRole('button', { name: 'Add a job preference' }).click();
    await needs.getByLabel('Job preference 1').fill('Dental Assistant');
    await needs.getByLabel('NOC code').selectOption('3411');
    await needs.getByRole('button', { name: 'Save draft' }).click();
    await toast(page, 'Draft of needs determination version 1 saved.');
    await page.reload();
    expect(await page.getByLabel('Job preference 1').inputValue()).toBe('Dental Assistant');
    await needs.getByRole('button', { name: 'Add a barrier' }).click();
    await needs.getByLabel('Employability dimension').selectOption({ label: 'Job Search' });
    await needs.getByLabel('Barrier type').selectOption({ label: 'Essential skills' });
    await needs.getByLabel('Relevant to the employment goal').check();
    // R-ND-06: completing asks first, in the page.
    await needs.getByRole('button', { name: 'Complete this version…' }).click();
    await page
      .getByRole('dialog', { name: 'Complete version 1?' })
      .getByRole('button', { name: 'Complete and lock' })
      .click();
    await toast(page, 'Needs determination version 1 completed and locked.');
    await page.getByText('Version 1 · Completed on').waitFor();

    // R-ASM-05: the modules are listed with their status; one opens at a time, from its name.
    await page.locator('summary').filter({ hasText: 'Personal Situation' }).click();
    const module = page.getByRole('form', { name: 'Personal Situation' });
    // A yes-or-no question is answered "No" in one click (no ticking and unticking): a required one offers no
    // "Not answered", and "No" is an answer that completes the module.
    const childCare = module.getByRole('group', {
      name: 'Do you need child care in order to work or attend training?',
    });
    expect(await childCare.getByRole('radio').count()).toBe(2);
    await childCare.getByRole('radio', { name: 'No', exact: true }).check();
    await module.getByLabel('This module is complete').check();
    await module.getByRole('button', { name: 'Save Personal Situation' }).click();
    await toast(page, 'Personal Situation saved: Completed.');

    // R-ASM-07: the one empty education row must be filled in.
    const education = page.getByRole('form', { name: 'Education & Experience' });
    await education.getByLabel('Highest level of education').selectOption({ label: 'High School Complete' });
    await education.getByRole('button', { name: 'Save Education & Experience' }).click();
    await education.getByText('Fill in this field.').first().waitFor();
    await education.getByLabel('Education, training or licence').fill('High school diploma');
    await education.getByLabel('Source or location (school, for example)').fill('Citadel High School');
    await education.getByLabel('From').fill('2000-09-01');
    await education.getByLabel('To').fill('2003-06-30');
    await education.getByRole('button', { name: 'Save Education & Experience' }).click();
    await toast(page, 'Education & Experience saved.');
    await hasCount(nextStep(page).locator('.check-done'), 2);
    await checkPage(page, 'case-assessment');

    await nextStep(page).getByRole('button', { name: 'Complete the task' }).click();
    await toast(page, 'Complete Assessment done: the case is now in RTWAP Dev.');

    // R-CASE-29: no plan is signed without an intervention.
    await nextStep(page).getByRole('button', { name: 'Complete the task' }).click();
    await nextStep(page)
      .getByRole('alert')
      .getByText('Add at least one intervention to the action plan before it is signed.')
      .waitFor();
    await page.getByRole('button', { name: 'Add an intervention' }).click();
    const add = page.getByRole('form', { name: 'New intervention' });
    await add.getByLabel('Employability dimension').selectOption({ label: 'Job Search' });
    await add.getByLabel('Intervention type').selectOption({ label: 'Job Search - Workshops' });
    await add.getByLabel('Delivery model').selectOption({ label: 'External' });
    await add.getByRole('button', { name: 'Add the intervention' }).click();
    await add.getByText('Fill in this field.').first().waitFor();
    // R-INT-03: the delivering organisation is a Business Partner found by search, not typed.
    await add.getByLabel('Search Business Partners').fill('Community College');
    await add.getByRole('button', { name: 'Search', exact: true }).click();
    await add.getByRole('button', { name: 'Choose Nova Scotia Community College' }).click();
    await add.getByText('Chosen: Nova Scotia Community College').waitFor();
    await add.getByLabel('Planned start date').fill(today);
    await add.getByLabel('Planned end date').fill(addDays(today, 30));
    await add.getByLabel('Description (printed on the plan)').fill('Weekly job search workshops.');
    await add.getByRole('button', { name: 'Add the intervention' }).click();
    await toast(page, 'Intervention added: Job Search - Workshops.');
    await page.getByRole('cell', { name: /Weekly job search workshops/ }).waitFor();
    await checkPage(page, 'case-rtwap-dev');

    // R-PLAN-04: the printable plan, in the reader's language, styled only by its own hashed style block.
    const plan = await manager.get(`/api/cases/${id}/plan?lang=fr`);
    expect(plan.status).toBe(200);
    expect(plan.body).toContain('<html lang="fr">');
    expect(plan.body).toContain('pour le retour au travail');
    expect(plan.body).toContain('Recherche d&#39;emploi - Ateliers</td>');
    expect(plan.headers.get('content-security-policy')).toMatch(/style-src 'sha256-/);

    await nextStep(page).getByRole('button', { name: 'Complete the task' }).click();
    await toast(page, 'Develop Action Plan done: the case is now in RTWAP Mgmt.');

    // R-PM-01, R-PM-04: started, then completed through its dialog with the actual end date.
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await toast(page, 'Job Search - Workshops is in progress.');
    await page.getByRole('button', { name: 'Complete…' }).click();
    const done = page.getByRole('dialog', { name: 'Complete Job Search - Workshops' });
    expect(await done.getByLabel('Actual end date').inputValue()).toBe(today);
    await done.getByLabel('Actual end date').fill(addDays(today, 1));
    await done.getByRole('button', { name: 'Mark as Complete' }).click();
    await done.getByText(`The actual end date cannot be after today (${today}).`).waitFor();
    await done.getByLabel('Actual end date').fill(today);
    await done.getByRole('button', { name: 'Mark as Complete' }).click();
    await toast(page, 'Job Search - Workshops: Complete.');
    await page.getByRole('cell', { name: /^Complete/ }).waitFor();

    // R-PM-09: the plan closes only once the RTWAP Closure outcome exists.
    await nextStep(page).getByText('The RTWAP Closure employment outcome is recorded').waitFor();
    await checkPage(page, 'case-rtwap-mgmt');
    await nextStep(page).getByRole('button', { name: 'Complete the task' }).click();
    await nextStep(page)
      .getByRole('alert')
      .getByText('Record the RTWAP Closure employment outcome before closing the action plan.')
      .waitFor();
    await recordClosureOutcome(id);
    await page.reload();
    await hasCount(nextStep(page).locator('.check-todo'), 0);
    await nextStep(page).getByRole('button', { name: 'Complete the task' }).click();
    await toast(page, 'Close Action Plan done: the case is now in Follow-up.');
    await header(page).getByText('Follow-up', { exact: true }).waitFor();
    await nextStep(page).getByText('24 Week Employment Outcome').waitFor();
    await checkPage(page, 'case-follow-up');

    // R-HIST-06: the history, newest first, with each reason.
    await page.getByRole('tab', { name: 'History' }).click();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('history');
    const statuses = page.getByRole('table', { name: 'Status history' }).locator('tbody tr');
    await hasCount(statuses, 5);
    expect(await statuses.first().innerText()).toMatch(/Follow-up[\s\S]*Action Plan Complete/);
    await page.getByRole('table', { name: 'Tasks done and cancelled' }).getByText('Developed and Signed').waitFor();
    await checkPage(page, 'case-history');
    await page.close();
  },
);

test(
  'R-ND-03 R-INT-05 the forms warn without refusing: Maximum Capacity Employment is meant for a person with a ' +
    'disability, and a case reported against an EAS agreement counts only EDMT interventions',
  async () => {
    const person = await createIndividual(orm, org, { firstName: 'Paul', lastName: 'Landry' });
    const opened = await manager.post('/api/cases', {
      individualId: person.id,
      registration: REGISTRATION,
      accountabilityReporting: '100922 - EAS(LAE-ENS)',
    });
    expect(opened.status).toBe(201);
    const id = opened.body.id as number;
    await to.assessment(id);
    const page = await signInPage(browser.context, org.code, 'manager');
    await openWorkspace(page, id);
    const needs = page.getByRole('form', { name: 'Needs determination' });
    const maxCapacity = needs.getByText('Maximum Capacity Employment is meant for a person with a disability.');
    await needs.getByLabel('Employment goal').selectOption({ label: 'Maximum Capacity Employment' });
    await maxCapacity.waitFor();
    await needs.getByRole('button', { name: 'Save draft' }).click();
    await toast(page, 'Draft of needs determination version 1 saved.');
    await needs.getByLabel('Employment goal').selectOption({ label: 'Full Time Employment' });
    await hasCount(maxCapacity, 0);

    await to.rtwapDev(id);
    await page.reload();
    await page.getByRole('button', { name: 'Add an intervention' }).click();
    const add = page.getByRole('form', { name: 'New intervention' });
    const edmtOnly = add.getByText('Only EDMT counts in the accountability reporting of this case.');
    await add.getByLabel('Funding type').selectOption({ label: 'WDA' });
    await edmtOnly.waitFor();
    await add.getByLabel('Funding type').selectOption({ label: 'EDMT (LMDA)' });
    await hasCount(edmtOnly, 0);
    await page.close();
  },
);

test('R-ASM-08 a job is taken off the employment history only by removing its row and saving', async () => {
  const id = await openCase('Ginette', 'Muise');
  await to.assessment(id);
  const job = (employerName: string, fromDate: string) => ({ employerName, jobTitle: 'Clerk', fromDate });
  const saved = await manager.put(`/api/cases/${id}/education-experience`, {
    highestEducationLevel: 'HIGH_SCHOOL_COMPLETE',
    educationRecords: [{ name: 'High school diploma', sourceLocation: 'Yarmouth', fromDate: '1995-09-01' }],
    employmentRecords: [job('Sobeys', '2015-01-05'), job('Irving', '2010-03-01')],
    otherSkills: [],
  });
  expect(saved.status).toBe(200);
  const page = await signInPage(browser.context, org.code, 'manager');
  await openWorkspace(page, id);
  const education = page.getByRole('form', { name: 'Education & Experience' });
  await education.getByRole('button', { name: 'Remove job 1' }).click();
  const employers = async () =>
    (await manager.get(`/api/cases/${id}`)).body.educationExperience.employmentRecords.map(
      (r: { employerName: string }) => r.employerName,
    );
  // Removed on the page only: leaving without saving keeps the job.
  expect(await employers()).toEqual(['Sobeys', 'Irving']);
  await page.reload();
  await education.getByRole('button', { name: 'Remove job 2' }).waitFor();
  await education.getByRole('button', { name: 'Remove job 1' }).click();
  await education.getByRole('button', { name: 'Save Education & Experience' }).click();
  await toast(page, 'Education & Experience saved.');
  expect(await employers()).toEqual(['Irving']);
  await page.close();
});

test('R-CASE-11 a case manager who also supervises reassigns a case; ECM Management alone only reads it', async () => {
  const id = await openCase('Paul', 'Boudreau');
  await createUser(orm, org, 'lead', ['ECM_MANAGEMENT', 'ECM_CASE_MANAGER']);
  const reader = await signInPage(browser.context, org.code, 'supervisor');
  await openWorkspace(reader, id);
  await nextStep(reader).getByText('completing its steps needs the ECM Case Manager profile').waitFor();
  await hasCount(reader.getByRole('button', { name: 'Reassign' }), 0);
  await reader.close();

  const page = await signInPage(browser.context, org.code, 'lead');
  await openWorkspace(page, id);
  await header(page).getByRole('button', { name: 'Reassign' }).click();
  const dialog = page.getByRole('dialog', { name: `Reassign case ${id}` });
  await dialog.getByText('Now assigned to Tester, manager.').waitFor();
  await dialog.getByRole('button', { name: 'Reassign' }).click();
  await dialog.getByText('Fill in this field.').waitFor();
  await dialog.getByLabel('New case manager').selectOption({ label: 'Tester, manager2' });
  await dialog.getByRole('button', { name: 'Reassign' }).click();
  await toast(page, `Case ${id} is now assigned to Tester, manager2.`);
  await dialog.waitFor({ state: 'hidden' });
  await header(page).getByText('Tester, manager2').first().waitFor();
  expect((await manager.get(`/api/cases/${id}`)).body.caseManager.name).toBe('Tester, manager2');
  await page.close();
});

test(
  'R-CASE-23 R-CASE-25 R-CASE-26 a case is closed with ' + 'a reason its stage allows, and is read only after',
  async () => {
    const id = await openCase('Lise', 'Comeau');
    await to.assessment(id);
    const page = await signInPage(browser.context, org.code, 'manager');
    await openWorkspace(page, id);
    await header(page).getByRole('button', { name: 'Close case' }).click();
    const dialog = page.getByRole('dialog', { name: `Close case ${id}` });
    await dialog.getByText('A closed case can never be reopened').waitFor();
    await hasCount(dialog.getByRole('radio'), 4);
    await hasCount(dialog.getByRole('radio', { name: /Follow-ups not achievable/ }), 0);
    await dialog.getByRole('button', { name: 'Close the case' }).click();
    await dialog.getByText('Choose one of the options.').waitFor();
    await radio(page, 'Found Employment').check();
    await dialog.getByLabel('Note (optional)').fill('Hired by the regional hospital.');
    await dialog.getByRole('button', { name: 'Close the case' }).click();
    await toast(page, `Case ${id} is closed: Found Employment.`);
    await header(page).getByText('Closed', { exact: true }).waitFor();
    await nextStep(page)
      .getByText(/This case was closed on .*: Found Employment\. It can no longer change\./)
      .waitFor();
    await hasCount(page.getByRole('button', { name: 'Close case' }), 0);
    await hasCount(page.getByRole('button', { name: 'Save draft' }), 0);
    await page.getByRole('heading', { name: 'Closed in Assessment' }).waitFor();
    await checkPage(page, 'case-closed');
    await page.getByRole('tab', { name: 'History' }).click();
    const tasks = page.getByRole('table', { name: 'Tasks done and cancelled' });
    await tasks.getByRole('row', { name: /Complete Assessment.*Cancelled/ }).waitFor();
    await page.close();
  },
);

test('R-INT-07 R-INT-08 a planned intervention gets new dates and is deleted, each through its dialog', async () => {
  const id = await openCase('Anne', 'Doucet');
  await to.assessment(id);
  await to.rtwapDev(id);
  const page = await signInPage(browser.context, org.code, 'manager');
  await openWorkspace(page, id);
  const row = page.getByRole('table', { name: 'Interventions' }).locator('tbody tr');
  await row.getByText('Funding requested: No').waitFor();
  await row.getByRole('button', { name: 'Change dates…' }).click();
  const dates = page.getByRole('dialog', { name: 'Planned dates of Job Search - Workshops' });
  expect(await dates.getByLabel('Planned start date').inputValue()).toBe(today);
  await dates.getByLabel('Planned end date').fill(addDays(today, 45));
  await dates.getByRole('button', { name: 'Save the dates' }).click();
  await toast(page, 'Dates of Job Search - Workshops saved.');
  await dates.waitFor({ state: 'hidden' });
  expect((await manager.get(`/api/cases/${id}`)).body.actionPlan.interventions[0].plannedEndDate).toBe(
    addDays(today, 45),
  );
  await row.getByRole('button', { name: 'Delete…' }).click();
  const remove = page.getByRole('dialog', { name: 'Delete Job Search - Workshops?' });
  await remove.getByRole('button', { name: 'Delete the intervention' }).click();
  await toast(page, 'Job Search - Workshops deleted from the plan.');
  await page.getByText('No intervention yet: add the first one.').waitFor();
  await page.close();
});

test(
  'R-REF-15 R-REF-16 R-REF-19 R-REF-20 a referred case is read ' +
    'only until the receiving organisation completes its transfer',
  async () => {
    const receiving = await createOrg(orm, 'Receiving Employment Services');
    const id = await openCase('Marc', 'Leblanc');
    const referred = await manager.post(`/api/cases/${id}/referrals`, {
      type: 'CASE_TRANSFER',
      toOrganisationId: receiving.id,
      contactPerson: 'Anne Poirier',
      emailedTo: `referrals.${receiving.code.toLowerCase()}@example.org`,
      language: 'EN',
      subject: `Case transfer referral – case ${id}`,
      body: `We would like to transfer case ${id} to your organisation.`,
      confirmed: true,
    });
    expect(referred.status).toBe(201);
    const page = await signInPage(browser.context, receiving.code, 'manager');
    await page.goto(`${apiUrl()}/cases/${id}`);
    await page.getByRole('heading', { level: 1, name: `Case ${id} · Leblanc, Marc` }).waitFor();
    await page.getByText(`Referred to your organisation by ${org.name}.`).waitFor();
    await page.getByText('Transfer pending').waitFor();
    await checkPage(page, 'case-referred');
    const form = page.getByRole('form', { name: 'Complete the transfer' });
    await form.getByRole('button', { name: 'Complete the transfer' }).click();
    await form.getByText('Fill in this field.').waitFor();
    await form.getByLabel('Case manager').selectOption({ label: 'Tester, manager2' });
    await form.getByLabel('Service delivery location').fill('Main office');
    await form.getByRole('button', { name: 'Complete the transfer' }).click();
    await page
      .getByRole('dialog', { name: `Transfer case ${id} to Tester, manager2?` })
      .getByRole('button')
      .first()
      .click();
    await toast(page, `Case ${id} is now your organisation’s, managed by Tester, manager2.`);
    // R-REF-19: now the organisation's own case, with the "Client case received" task to acknowledge.
    await header(page).locator('h1').waitFor();
    await nextStep(page).getByText('Client case received').waitFor();
    await nextStep(page).getByRole('button', { name: 'Acknowledge receipt' }).click();
    await toast(page, `Receipt of case ${id} acknowledged.`);
    await hasCount(nextStep(page).getByRole('button', { name: 'Acknowledge receipt' }), 0);
    await page.close();
  },
);

/** The English of every domain label the workspace can show (and whose French differs). */
function domainEnglish(): string[] {
  const tables: Record<string, Label>[] = [
    STATUS_LABELS,
    REASON_LABELS,
    TASK_LABELS,
    TASK_STATE_LABELS,
    ALERT_LABELS,
    INFO_MODULES,
    MODULE_STATUS_LABELS,
    ...Object.values(REGISTRATION_LABELS),
    REPORTING_LABELS,
    EDUCATION_LEVEL_LABELS,
    EDUCATION_RESULT_LABELS,
    EMPLOYMENT_TYPE_LABELS,
    LEAVING_REASON_LABELS,
    SALARY_UNIT_LABELS,
    INTERVENTION_STATUS_LABELS,
    NON_COMPLETION_REASON_LABELS,
    EMPLOYABILITY_DIMENSIONS,
    INTERVENTION_TYPES,
    FUNDING_TYPES,
    DELIVERY_MODELS,
    EMPLOYMENT_GOALS,
    BARRIER_TYPES,
    REFERRAL_TYPE_LABELS,
    { ACKNOWLEDGED: ACKNOWLEDGED_LABEL },
    ...Object.values(TASK_OUTCOMES).map((o) =>
      Object.fromEntries(Object.entries(o ?? {}).map(([k, r]) => [k, r.label])),
    ),
  ];
  // "English" stays: it is the shell's switch to the English interface.
  const labels = tables
    .flatMap((t) => Object.values(t))
    .filter((l) => l.en !== l.fr && l.en !== 'English')
    .map((l) => l.en);
  return [...labels, ...Object.values(NOC_CODES)];
}

test('the workspace in French, at every stage, shows no English and passes its checks', async () => {
  const id = await openCase('Chantal', 'Arsenault');
  const page = await signInPage(browser.context, org.code, 'manager', { lang: 'fr' });
  const english = domainEnglish();
  const look = async (name: string) => {
    await openWorkspace(page, id);
    expect(await englishOnFrenchPage(page, english)).toEqual([]);
    await checkPage(page, `case-${name}-fr`);
  };
  await look('intake');
  await nextStep(page).getByRole('button', { name: 'Terminer la tâche' }).click();
  await toast(page, "Terminer l'accueil : fait. Le cas est maintenant à l’étape Évaluation.");
  await manager.post(`/api/cases/${id}/needs-determinations`, {
    employmentGoal: 'SELF_EMPLOYMENT',
    jobPreferences: [{ label: 'Commis comptable', nocCode: '1431' }],
    barriers: [{ dimension: 'SKILLS_ENHANCEMENT', barrierType: 'EDUCATION' }],
  });
  await look('assessment');
  // Planned to end two days ago: once the plan is signed, the intervention is overdue (R-TASK-03).
  const interventionId = await to.rtwapDev(id, addDays(today, -10), addDays(today, -2));
  await look('rtwap-dev');
  await to.rtwapMgmt(id);
  await manager.patch(`/api/cases/${id}/interventions/${interventionId}`, { status: 'IN_PROGRESS' });
  await eventually(async () => (await manager.get(`/api/cases/${id}`)).body.alerts.length > 0);
  await look('rtwap-mgmt');
  await header(page).getByText("Fermer le plan d'action — ").waitFor();
  await header(page).getByText('En retard').waitFor();
  await page.getByRole('button', { name: 'Non terminée…' }).click();
  const notDone = page.getByRole('dialog');
  await notDone.getByLabel('Raison de non-réalisation').selectOption({ label: 'Le client a trouvé du travail' });
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await notDone.getByRole('button', { name: 'Marquer comme non terminée' }).click();
  await toast(page, "Recherche d'emploi - Ateliers : Non terminée.");
  await recordClosureOutcome(id);
  await completeStageTask(id, 'NOT_COMPLETED_FOUND_WORK');
  await look('follow-up');
  await page.getByRole('tab', { name: 'Historique' }).click();
  await page.getByRole('table', { name: 'Historique des états' }).waitFor();
  // R-HIST: the overdue alert, raised when the plan was signed and cleared when the intervention closed.
  const alert = page.getByRole('table', { name: 'Alertes' }).getByRole('row', { name: /Intervention en retard/ });
  expect(await alert.innerText()).not.toContain('Toujours ouverte');
  expect((await manager.get(`/api/cases/${id}`)).body.alertHistory).toEqual([
    expect.objectContaining({ kind: 'INTERVENTION_OVERDUE', dueDate: addDays(today, -2), clearedOn: today }),
  ]);
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await checkPage(page, 'case-history-fr');
  expect((await manager.post(`/api/cases/${id}/close`, { reason: 'LEFT_LABOUR_FORCE', confirmed: true })).status).toBe(
    200,
  );
  await look('closed');
  await page.close();
});
