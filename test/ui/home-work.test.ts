// A case manager's work on the home page and in the case, in Chromium: the stage task on both home pages (R-TASK-01)
// with who created it (R-TASK-05) and its case number opening the case (R-TASK-04); an intervention's progress check
// as an Action Required notification that opens the plan (R-NOTIF-01); both moving with a reassigned case
// (R-NOTIF-06); a completed task kept with who completed it (R-NOTIF-07). In English and in French.
import type { Page } from 'playwright-core';
import type { Orm } from '../../db/orm.ts';
import { businessDate } from '../../domain/dates.ts';
import {
  checkPage,
  englishOnFrenchPage,
  signInPage,
  openBrowserOrganisation,
  closeBrowserOrganisation,
  type BrowserOrganisation,
} from '../support/browser.ts';
import { plannedIntervention, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, signIn, type Client } from '../support/http.ts';
import { completeStageTask as completeTask, openedCase } from '../support/case-walk.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: BrowserOrganisation['browser'];
const today = businessDate(new Date());

beforeAll(async () => ({ orm, org, manager, browser } = await openBrowserOrganisation('Clare Employment Services')));
afterAll(() => closeBrowserOrganisation({ orm, browser }));

const newCase = (firstName: string) => openedCase(orm, org, manager, { firstName, lastName: 'Comeau' });

const completeStageTask = (caseId: number, outcome: string) => completeTask(manager, caseId, outcome);

/** A case in RTWAP Development with one intervention ending today: its progress check is due today. */
async function caseWithIntervention(firstName: string): Promise<number> {
  const id = await newCase(firstName);
  await completeStageTask(id, 'INTAKE_COMPLETE');
  await manager.post(`/api/cases/${id}/needs-determinations`, {
    employmentGoal: 'FULL_TIME_EMPLOYMENT',
    jobPreferences: [{ label: 'Medical Secretary', nocCode: '1243' }],
    completed: true,
    confirmed: true,
  });
  await completeStageTask(id, 'ASSESSMENT_COMPLETE');
  expect((await manager.post(`/api/cases/${id}/interventions`, plannedIntervention(today, today))).status).toBe(200);
  return id;
}

/** The home page of `who`, once its lists have loaded. */
async function home(who: string, lang: 'en' | 'fr' = 'en'): Promise<Page> {
  const page = await signInPage(browser.context, org.code, who, { lang });
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('[role="status"]')].some((e) => /Loading|Chargement/.test(e.textContent ?? '')),
  );
  return page;
}

const taskOf = (page: Page, caseId: number) =>
  page
    .getByRole('region', { name: /^(My tasks|Mes tâches)$/ })
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: new RegExp(`^(Case|Cas) ${caseId}$`) }) });

test(
  'R-TASK-01 R-TASK-04 R-TASK-05 R-NOTIF-07 the stage task is on the home page and the case’s, says who created it, ' +
    'its case number opens the case; once done it stays with who did it',
  async () => {
    const id = await newCase('Rita');
    const page = await home('manager');
    const item = taskOf(page, id);
    await expect(item.innerText()).resolves.toMatch(
      new RegExp(`^Complete Intake\\s+Case ${id} · Comeau, Rita · created by Tester, manager`),
    );
    await checkPage(page, 'home-tasks-created-by');
    await item.getByRole('link', { name: `Case ${id}` }).click();
    await page.waitForURL(new RegExp(`/cases/${id}$`));
    // R-TASK-01: the same task on the case's home page.
    await page.getByRole('heading', { name: 'Next step' }).waitFor();
    await page.getByText('Complete Intake', { exact: true }).first().waitFor();

    await completeStageTask(id, 'INTAKE_COMPLETE');
    await page.goto(`${apiUrl()}/cases/${id}?tab=history`);
    const done = page.getByRole('table', { name: 'Tasks done and cancelled' }).getByRole('row', {
      name: /Complete Intake/,
    });
    await expect(done.innerText()).resolves.toMatch(/Intake Complete[\s\S]*Tester, manager/);
    await checkPage(page, 'case-history-done-by');
    await page.close();
  },
);

test(
  'R-NOTIF-01 R-NOTIF-06 an intervention’s progress check is an Action Required notification on the home page that ' +
    'opens the plan; reassigned, the case’s task and notification move to the new case manager',
  async () => {
    const id = await caseWithIntervention('Gisèle');
    const page = await home('manager');
    const check = taskOf(page, id).filter({ hasText: 'Progress check' });
    await expect(check.innerText()).resolves.toMatch(
      new RegExp(
        `^Progress check with Gisèle Comeau in regards to intervention: \\S+ with a start date of ${today}\\s+` +
          `Case ${id} · Comeau, Gisèle · created by Tester, manager\\s+Action Required\\s+Medium priority`,
      ),
    );
    await checkPage(page, 'home-progress-check');
    await check.getByRole('link', { name: /^Progress check/ }).click();
    await page.waitForURL(new RegExp(`/cases/${id}\\?tab=plan$`));
    await page.getByRole('tab', { name: 'Plan', selected: true }).waitFor();
    await page.close();

    const french = await home('manager', 'fr');
    const avis = taskOf(french, id).filter({ hasText: 'Suivi des progrès' });
    await avis.getByText('Mesure requise').waitFor();
    await avis.getByText(/créé par Tester, manager/).waitFor();
    expect(await englishOnFrenchPage(french, ['Progress check', 'Action Required', 'created by'])).toEqual([]);
    await checkPage(french, 'home-progress-check-fr');
    await french.close();

    expect((await manager.post(`/api/cases/${id}/reassign`, { caseManagerId: org.users.manager2.id })).status).toBe(
      200,
    );
    const mine = await home('manager');
    await expect(taskOf(mine, id).count()).resolves.toBe(0);
    await mine.close();
    const theirs = await home('manager2');
    await expect(taskOf(theirs, id).allInnerTexts()).resolves.toEqual([
      expect.stringMatching(/^Progress check with Gisèle Comeau/),
      expect.stringMatching(/^Develop Action Plan/),
    ]);
    await theirs.close();
  },
);

test(
  'R-TASK-01 R-NOTIF-03 R-NOTIF-05 the case’s home page shows its notifications; an informational one is dismissed ' +
    'after one confirmation, an Action Required one cannot be',
  async () => {
    const id = await caseWithIntervention('Odile');
    const person = (await manager.get(`/api/cases/${id}`)).body.individual.id as number;
    // A colleague changes the client's phone: the case manager is told (R-PER-16).
    const colleague = await signIn(org, 'manager2');
    expect((await colleague.patch(`/api/individuals/${person}`, { phone: '(902) 555-0177' })).status).toBe(200);
    const page = await signInPage(browser.context, org.code, 'manager');
    await page.goto(`${apiUrl()}/cases/${id}`);
    const notifications = page.getByRole('region', { name: 'Notifications' });
    const items = notifications.getByRole('listitem');
    await items.nth(1).waitFor();
    const check = items.filter({ hasText: 'Progress check with Odile Comeau' });
    await check.getByText('Action Required').waitFor();
    await expect(check.getByRole('button', { name: 'Dismiss' }).count()).resolves.toBe(0);
    const info = items.filter({ hasText: 'The details of Odile Comeau were changed by' });
    await checkPage(page, 'case-notifications');
    await info.getByRole('button', { name: 'Dismiss' }).click();
    await page
      .getByRole('dialog', { name: 'Dismiss this notification?' })
      .getByRole('button', { name: 'Dismiss' })
      .click();
    await page.getByText('Notification dismissed.').waitFor();
    await info.waitFor({ state: 'detached' });
    await expect(items.count()).resolves.toBe(1);
    await page.close();
  },
);
