// A supervisor's pages in Chromium: the workload dashboard over cases in several stages (counts, the cases behind
// them, CSV downloads) and a case's timeline in words, in English and in French.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { STATUS_LABELS, TASK_LABELS } from '../../domain/case-model.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { EMPLOYMENT_STATUS_LABELS, OUTCOME_TYPE_LABELS } from '../../domain/outcomes.ts';
import { INTERVENTION_TYPES } from '../../domain/reference.ts';
import { dashboardPeriods } from '../../app/supervision/periods.ts';
import { WORDS as DASHBOARD_WORDS } from '../../web/src/pages/supervision/dashboard-words.ts';
import { WORDS as TIMELINE_WORDS } from '../../web/src/pages/supervision/timeline-words.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, plannedIntervention, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, signIn, type Client } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let manager2: Client;
let browser: Awaited<ReturnType<typeof openBrowser>>;
const today = businessDate(new Date());
const cases = {} as Record<'intake' | 'assessment' | 'overdue' | 'followUp' | 'closed', number>;

const needs = {
  employmentGoal: 'FULL_TIME_EMPLOYMENT',
  jobPreferences: [{ label: 'Dental Assistant', nocCode: '3411' }],
  completed: true,
  confirmed: true,
};

async function openCase(by: Client, firstName: string): Promise<number> {
  const person = await createIndividual(orm, org, { firstName, lastName: 'Zwicker' });
  const opened = await by.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  return opened.body.id as number;
}

async function completeStage(by: Client, id: number, outcome: string): Promise<void> {
  const taskId = openStageTaskId((await by.get(`/api/cases/${id}`)).body.tasks);
  const done = await by.post(`/api/cases/${id}/tasks/${taskId}/complete`, { outcome });
  expect(done.status).toBe(200);
}

/** A case in RTWAP Mgmt whose one intervention ended, as planned, a week ago: overdue by 7 days. */
async function caseWithOverdueIntervention(by: Client, firstName: string): Promise<number> {
  const id = await openCase(by, firstName);
  await completeStage(by, id, 'INTAKE_COMPLETE');
  expect((await by.post(`/api/cases/${id}/needs-determinations`, needs)).status).toBe(200);
  await completeStage(by, id, 'ASSESSMENT_COMPLETE');
  const added = await by.post(
    `/api/cases/${id}/interventions`,
    plannedIntervention(addDays(today, -30), addDays(today, -7)),
  );
  expect(added.status).toBe(200);
  await completeStage(by, id, 'DEVELOPED_AND_SIGNED');
  return id;
}

/** A case in Follow-up whose 24-week follow-up is due today (its anchors corrected by the administrator). */
async function caseInFollowUpDueToday(by: Client, firstName: string): Promise<number> {
  const id = await openCase(by, firstName);
  await completeStage(by, id, 'INTAKE_COMPLETE');
  await by.post(`/api/cases/${id}/needs-determinations`, needs);
  await completeStage(by, id, 'ASSESSMENT_COMPLETE');
  const added = await by.post(`/api/cases/${id}/interventions`, plannedIntervention(today, today));
  await completeStage(by, id, 'DEVELOPED_AND_SIGNED');
  const iid = added.body.actionPlan.interventions[0].id;
  await by.patch(`/api/cases/${id}/interventions/${iid}`, { status: 'COMPLETED', actualEndDate: today });
  const outcome = await by.post(`/api/cases/${id}/outcomes`, {
    type: 'RTWAP_CLOSURE',
    actualOutcomeDate: today,
    employmentStatus: 'UNEMPLOYED',
  });
  expect(outcome.status).toBe(200);
  await completeStage(by, id, 'PLAN_COMPLETED');
  const admin = await signIn(org, 'admin');
  const corrected = await admin.post(`/api/cases/${id}/follow-up-anchors`, {
    planEndDate: addDays(today, -154),
    lastInterventionEnd: addDays(today, -168),
    reason: 'Plan end date entered late',
  });
  expect(corrected.status).toBe(200);
  return id;
}

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Kings County Employment Services');
  manager = await signIn(org, 'manager');
  manager2 = await signIn(org, 'manager2');
  cases.intake = await openCase(manager, 'Ada');
  cases.assessment = await openCase(manager, 'Basil');
  await completeStage(manager, cases.assessment, 'INTAKE_COMPLETE');
  cases.overdue = await caseWithOverdueIntervention(manager2, 'Cecil');
  cases.followUp = await caseInFollowUpDueToday(manager, 'Dora');
  cases.closed = await openCase(manager, 'Edith');
  await completeStage(manager, cases.closed, 'SELF_SERVE_ONLY');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

test("the dashboard's periods: this week ends on Sunday, twelve months start eleven months before this one", () => {
  // 2027-01-06 is a Wednesday.
  expect(dashboardPeriods('2027-01-06')).toEqual({
    today: '2027-01-06',
    weekEnd: '2027-01-10',
    nextMonthEnd: '2027-02-28',
    monthStart: '2027-01-01',
    yearStart: '2026-02-01',
  });
  expect(dashboardPeriods('2027-01-10').weekEnd).toBe('2027-01-10');
});

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('the workload dashboard answers supervisors in one call and no one else', async () => {
  const supervisor = await signIn(org, 'supervisor');
  const d = (await supervisor.get('/api/supervision/dashboard')).body;
  expect(d.openCases.total).toBe(4);
  expect(d.openCases.byStage).toEqual([
    { status: 'INTAKE', cases: 1 },
    { status: 'ASSESSMENT', cases: 1 },
    { status: 'RTWAP_DEV', cases: 0 },
    { status: 'RTWAP_MGMT', cases: 1 },
    { status: 'FOLLOW_UP', cases: 1 },
  ]);
  expect(d.overdueInterventions).toMatchObject({
    total: 1,
    items: [{ caseId: cases.overdue, client: 'Zwicker, Cecil', daysOverdue: 7, interventionType: 'JS_WORKSHOPS' }],
  });
  expect(d.followUps).toMatchObject({
    total: 1,
    overdue: 0,
    thisWeek: 1,
    items: [{ caseId: cases.followUp, outcomeType: 'WEEK_24', dueDate: today, window: 'THIS_WEEK' }],
  });
  expect(d.outcomes.counts).toEqual([
    { outcomeType: 'RTWAP_CLOSURE', employmentStatus: 'UNEMPLOYED', thisMonth: 1, last12Months: 1 },
  ]);
  expect((await manager.get('/api/supervision/dashboard')).status).toBe(403);
  // Operations Support may inspect cases but not see people: the lists name no client.
  const ops = (await (await signIn(org, 'operations')).get('/api/supervision/dashboard')).body;
  expect(ops.overdueInterventions.items[0].client).toBeNull();
});

test("a supervisor reads the team's counts, follows one to its cases and downloads a list as CSV", async () => {
  const page = await signInPage(browser.context, org.code, 'supervisor');
  await page.getByRole('link', { name: 'Supervision', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Workload dashboard' }).waitFor();

  const tiles = page.getByRole('list', { name: 'Workload dashboard' });
  await tiles.getByRole('listitem').filter({ hasText: 'Open cases' }).getByText('4', { exact: true }).waitFor();
  await tiles.getByRole('listitem').filter({ hasText: 'Overdue interventions' }).getByText('1').waitFor();
  await tiles.getByRole('listitem').filter({ hasText: 'Follow-ups due this week' }).getByText('1').waitFor();

  // By stage: each count is a link to the caseload filtered to those cases.
  const byStage = section(page, 'Open cases by stage');
  await byStage.getByRole('img', { name: /Open cases by stage \(bar chart\)/ }).waitFor();
  const byManager = section(page, 'Open cases by case manager');
  await byManager.getByRole('row').filter({ hasText: 'Tester, manager2' }).getByText('1').first().waitFor();
  await checkPage(page, 'supervision');

  await byStage.getByRole('link', { name: '1 – list of the cases: Intake' }).click();
  expect(new URL(page.url()).pathname).toBe('/cases');
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ scope: 'organisation', status: 'INTAKE' });
  const listed = (await (await signIn(org, 'supervisor')).get('/api/cases?scope=organisation&status=INTAKE')).body;
  expect(listed.items.map((c: { id: number }) => c.id)).toEqual([cases.intake]);
  await page.goBack();

  await section(page, 'Open cases by case manager')
    .getByRole('link', { name: '3 – list of the cases: Tester, manager' })
    .click();
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({
    scope: 'organisation',
    manager: String(org.users.manager.id),
  });
  // The caseload opens filtered to that case manager.
  const managerFilter = page.getByLabel('Case manager', { exact: true });
  // The filter shows its choice once the list of case managers has loaded.
  for (let i = 0; i < 100 && (await managerFilter.inputValue()) !== String(org.users.manager.id); i++)
    await page.waitForTimeout(100);
  await expect(managerFilter.inputValue()).resolves.toBe(String(org.users.manager.id));
  await page.goBack();

  // The overdue intervention, its case and how late it is; then the list as a spreadsheet.
  const overdue = section(page, 'Overdue interventions');
  const row = overdue.getByRole('row').filter({ hasText: 'Zwicker, Cecil' });
  await row.getByText('Job Search - Workshops').waitFor();
  await row.getByText('7', { exact: true }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    overdue.getByRole('button', { name: 'Download CSV – Overdue interventions' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`overdue-interventions-${today}.csv`);
  const csv = (await readFile(await download.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(csv).toEqual([
    'Case,Client,Case manager,Intervention,Intervention status,Planned end date,Days overdue',
    `${cases.overdue},"Zwicker, Cecil","Tester, manager2",Job Search - Workshops,Planned,${addDays(today, -7)},7`,
  ]);

  // The follow-up due today is this week's; the outcome recorded shows behind its count.
  const followUps = section(page, 'Follow-ups due');
  await followUps.getByRole('button', { name: /^This week/ }).click();
  await followUps.getByRole('row').filter({ hasText: 'Zwicker, Dora' }).getByText('24 Week').waitFor();
  const outcomes = section(page, 'Employment outcomes recorded');
  await outcomes.getByRole('button', { name: '1 – list of the outcomes: RTWAP Closure, Unemployed' }).click();
  await outcomes.getByText('Outcomes shown: RTWAP Closure, Unemployed.').waitFor();
  await outcomes.getByRole('row').filter({ hasText: 'Zwicker, Dora' }).getByText('Unemployed').waitFor();
  await page.close();
});

test("a supervisor reads a case's timeline: who did what, and what Pathway did, in words", async () => {
  const page = await signInPage(browser.context, org.code, 'supervisor');
  await page.goto(`${apiUrl()}/cases/${cases.followUp}/timeline`);
  await page.getByRole('heading', { level: 1, name: `Timeline of case ${cases.followUp}` }).waitFor();
  await page.getByText('Zwicker, Dora · case manager manager Tester').waitFor();
  const now = section(page, 'Where the case stands');
  await now.getByText('Follow-up', { exact: true }).waitFor();
  await now.getByText(/^24 Week Employment Outcome – due /).waitFor();
  await now.getByText(/^52 Week follow-up due – alert on /).waitFor();

  const history = section(page, 'What happened');
  for (const line of [
    'manager Tester opened the case (Intake)',
    'manager Tester completed Intake: Intake Complete',
    'manager Tester completed Assessment: Assessment Complete',
    'manager Tester completed the needs determination (version 1)',
    `manager Tester completed RTWAP Mgmt: Plan Completed`,
    'manager Tester recorded the RTWAP Closure outcome: Unemployed',
    'Pathway emailed manager Tester that the case is theirs',
  ])
    await history.getByText(line, { exact: true }).waitFor();
  await history.getByText(/^admin Tester set the follow-up dates: 24 Week due /).waitFor();
  // What came with an action is told under it.
  await history.getByText('The case moved to Assessment: Intake Process Complete', { exact: true }).waitFor();
  await checkPage(page, 'timeline');
  await page.close();
});

/** English a French page must not show: the pages' own words and the labels they use. */
function englishOfThesePages(): string[] {
  const fragments = (en: Record<string, string>, fr: Record<string, string>) =>
    Object.entries(en)
      .filter(([k, v]) => v !== fr[k])
      .flatMap(([, v]) => v.split(/\{\w+\}/))
      .map((f) => f.replace(/^[\s:–·,.()]+|[\s:–·,.()]+$/g, ''))
      .filter((f) => f.length >= 5);
  const labels = [STATUS_LABELS, TASK_LABELS, OUTCOME_TYPE_LABELS, EMPLOYMENT_STATUS_LABELS, INTERVENTION_TYPES]
    .flatMap((table) => Object.values(table) as { en: string; fr: string }[])
    .filter((l) => l.en !== l.fr)
    .map((l) => l.en);
  return [
    ...fragments(DASHBOARD_WORDS.en, DASHBOARD_WORDS.fr),
    ...fragments(TIMELINE_WORDS.en, TIMELINE_WORDS.fr),
    ...labels,
  ];
}

test('the dashboard and the timeline in French show no English', async () => {
  const page = await signInPage(browser.context, org.code, 'supervisor', { lang: 'fr' });
  await page.getByRole('link', { name: 'Supervision', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Tableau de bord de la charge de travail' }).waitFor();
  await section(page, 'Cas ouverts par étape').getByRole('link', { name: '1 – liste des cas : Accueil' }).waitFor();
  await section(page, "Résultats d'emploi inscrits")
    .getByRole('button', { name: 'Les 12 derniers mois', exact: false })
    .click();
  expect(await englishOnFrenchPage(page, englishOfThesePages())).toEqual([]);
  await checkPage(page, 'supervision-fr');

  await page.goto(`${apiUrl()}/cases/${cases.followUp}/timeline`);
  await page.getByRole('heading', { level: 1, name: `Chronologie du cas ${cases.followUp}` }).waitFor();
  await page.getByText("manager Tester a terminé l'étape Accueil : Accueil terminé", { exact: true }).waitFor();
  await page.getByText('Pathway a avisé manager Tester par courriel que le cas lui est confié').waitFor();
  expect(await englishOnFrenchPage(page, englishOfThesePages())).toEqual([]);
  await checkPage(page, 'timeline-fr');
  await page.close();
});
