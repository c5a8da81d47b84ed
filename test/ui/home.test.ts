// The home page of each role and the caseload in Chromium: each role sees its own items, every one linked to where
// the work is done, and the page asks the API nothing its profiles would refuse (no answer is a 403); the caseload
// sorts by column and pages.
import type { Page, Response } from 'playwright-core';
import { CaseAlert } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { newContact } from '../support/contacts.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;
const caseIds: number[] = [];
let otherCase: number;
const today = businessDate(new Date());

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Lunenburg Employment Services');
  const [manager, manager2, admin] = await Promise.all([
    signIn(org, 'manager'),
    signIn(org, 'manager2'),
    signIn(org, 'admin'),
  ]);
  // 21 cases for the case manager (two pages of 20), one for a colleague.
  for (let i = 0; i < 21; i++) {
    const person = await createIndividual(orm, org, {
      firstName: `Client${String(i).padStart(2, '0')}`,
      lastName: 'Caseload',
    });
    const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
    caseIds.push(opened.body.id);
  }
  const colleagues = await createIndividual(orm, org, { firstName: 'Other', lastName: 'Colleague' });
  otherCase = (await manager2.post('/api/cases', { individualId: colleagues.id, registration: REGISTRATION })).body.id;
  const em = orm.em.fork();
  // The first case's Complete Intake is overdue; one alert is overdue, another due after the end of next month.
  await em.execute(`update case_task set due_date = ? where case_id = ? and state = 'OPEN'`, [
    addDays(today, -2),
    caseIds[0],
  ]);
  em.create(CaseAlert, {
    caseId: caseIds[1],
    key: 'home-test-24',
    kind: 'WEEK_24_DUE',
    dueDate: addDays(today, -1),
    raisedOn: addDays(today, -1),
  });
  em.create(CaseAlert, {
    caseId: caseIds[2],
    key: 'home-test-52',
    kind: 'WEEK_52_DUE',
    dueDate: addDays(today, 100),
    raisedOn: today,
  });
  await em.flush();
  // A contact invited, so the administrator has an invitation pending.
  const contact = await admin.post(`/api/organisations/${org.id}/contacts`, newContact(org));
  await admin.post(`/api/organisations/${org.id}/contacts/${contact.body.id}/invitations`, { profiles: ['OFA_READ'] });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

/** Every answer of 403 while `walk` runs, on any page of the browser. */
async function refusedDuring(walk: () => Promise<void>): Promise<string[]> {
  const refused: string[] = [];
  const listen = (r: Response) => {
    if (r.status() === 403) refused.push(r.url());
  };
  browser.context.on('response', listen);
  try {
    await walk();
  } finally {
    browser.context.off('response', listen);
  }
  return refused;
}

/** The home page of `who`, once every part has loaded. */
async function home(who: keyof TestOrg['users'], lang: 'en' | 'fr' = 'en'): Promise<Page> {
  const page = await signInPage(browser.context, org.code, who, { lang });
  // The parts mount with the heading and each says it is loading until its answer comes (the sign-in navigates
  // inside the page, so the load state says nothing about them).
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('[role="status"]')].some((e) => /Loading|Chargement/.test(e.textContent ?? '')),
  );
  return page;
}

async function check(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await checkPage(page, name);
}

test(
  'R-TASK-02 R-NOTIF-08 a case manager’s home: my tasks, the overdue first, alerts up to the end of next month, ' +
    'my caseload; no request is refused',
  async () => {
    let page!: Page;
    const refused = await refusedDuring(async () => {
      page = await home('manager');
    });
    expect(refused).toEqual([]);
    const tasks = page.getByRole('region', { name: 'My tasks' });
    const first = tasks.getByRole('listitem').first();
    await expect(first.textContent()).resolves.toContain('Complete Intake');
    await expect(first.textContent()).resolves.toContain(`Case ${caseIds[0]} · Caseload, Client00`);
    await first.getByText('Overdue').waitFor();
    await tasks.getByText('1 overdue').waitFor();
    await tasks.getByRole('button', { name: 'Show all 21' }).waitFor();
    const alerts = page.getByRole('region', { name: 'Alerts' });
    await alerts.getByText('24 Week follow-up due.').waitFor();
    await expect(alerts.getByText(/52 Week/).count()).resolves.toBe(0);
    await page.getByRole('region', { name: 'My caseload' }).getByText('You manage 21 open cases').waitFor();
    // No other role's parts.
    for (const other of ['My team', 'Stuck steps', 'My organisation'])
      await expect(page.getByRole('region', { name: other }).count()).resolves.toBe(0);
    await check(page, 'home-manager');
    await first.getByRole('link', { name: 'Complete Intake' }).click();
    await page.waitForURL(new RegExp(`/cases/${caseIds[0]}$`));
    await page.close();
  },
);

test(
  'a supervisor’s home: the team by stage, the work past ' +
    'due, a link to the supervision dashboard; nothing refused',
  async () => {
    let page!: Page;
    const refused = await refusedDuring(async () => {
      page = await home('supervisor');
    });
    expect(refused).toEqual([]);
    const team = page.getByRole('region', { name: 'My team' });
    await expect(team.getByRole('link', { name: /^22 Intake$/ }).getAttribute('href')).resolves.toBe(
      '/cases?scope=organisation&status=INTAKE',
    );
    await team.getByText('Overdue tasks: 1').waitFor();
    await team.getByText('Overdue alerts: 1').waitFor();
    await team.getByRole('row', { name: /Tester, manager2 1 0/ }).waitFor();
    await expect(team.getByRole('link', { name: 'Open the supervision dashboard' }).getAttribute('href')).resolves.toBe(
      '/supervision',
    );
    await expect(page.getByRole('region', { name: 'My tasks' }).count()).resolves.toBe(0);
    await check(page, 'home-supervisor');
    // A supervisor manages no case: their caseload page opens on the team's cases, not an empty table.
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.getByText('22 cases').waitFor();
    await page.getByText('Every case of').waitFor();
    await expect(page.getByRole('button', { name: 'My cases' }).count()).resolves.toBe(0);
    await check(page, 'caseload-supervisor');
    await page.close();
  },
);

test('operations’ home: the stuck steps count and a link to the Operations page; nothing refused', async () => {
  let page!: Page;
  const refused = await refusedDuring(async () => {
    page = await home('operations');
  });
  expect(refused).toEqual([]);
  const stuck = page.getByRole('region', { name: 'Stuck steps' });
  await stuck.getByText(/steps? (is|are) stuck and waits? for an operator|No step is stuck/).waitFor();
  await expect(stuck.getByRole('link', { name: 'Go to operations' }).getAttribute('href')).resolves.toBe('/operations');
  await check(page, 'home-operations');
  await page.close();
});

test('an administrator’s home: the organisation’s contacts and pending invitations; nothing refused', async () => {
  let page!: Page;
  const refused = await refusedDuring(async () => {
    page = await home('admin');
  });
  expect(refused).toEqual([]);
  const organisation = page.getByRole('region', { name: 'My organisation' });
  // The six users of the test organisation and the contact just invited.
  await expect(organisation.locator('dd').allTextContents()).resolves.toEqual(['7', '6', '1', '0']);
  await expect(organisation.getByRole('link', { name: 'Manage the organisation' }).getAttribute('href')).resolves.toBe(
    '/organisation',
  );
  for (const other of ['My tasks', 'My team', 'Find'])
    await expect(page.getByRole('region', { name: other, exact: true }).count()).resolves.toBe(0);
  await check(page, 'home-admin');
  await page.close();
});

test('a read-only user’s home: a way to find a person or a case; nothing refused', async () => {
  let page!: Page;
  const refused = await refusedDuring(async () => {
    page = await home('viewer');
  });
  expect(refused).toEqual([]);
  const find = page.getByRole('region', { name: 'Find', exact: true });
  await find.getByLabel('Agreement or case number').fill('abc');
  await find.getByRole('button', { name: 'Display' }).click();
  await find.getByText('Enter an agreement or case number, digits only.').waitFor();
  await check(page, 'home-viewer');
  await find.getByLabel('Last name of a person').fill('Caseload');
  await find.getByRole('button', { name: 'Search' }).click();
  await page.getByText('21 people found').waitFor();
  expect(new URL(page.url()).search).toBe('?lastName=Caseload');
  await page.close();
});

test('the case manager’s home in French shows no English', async () => {
  const page = await home('manager', 'fr');
  await page.getByRole('region', { name: 'Mes tâches' }).getByText('1 en retard').waitFor();
  expect(
    await englishOnFrenchPage(page, ['My tasks', 'Alerts', 'My caseload', 'Overdue', 'Show all', 'You manage', 'Find']),
  ).toEqual([]);
  await check(page, 'home-manager-fr');
  await page.close();
});

test(
  'R-UI-05 the caseload sorts by column and pages (first, ' +
    'previous, next, last); filters by stage, by work due within a week and by case manager',
  async () => {
    const page = await home('manager');
    await page.getByRole('link', { name: 'Cases', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Cases' }).waitFor();
    await page.getByText('21 cases').waitFor();
    const rows = page.locator('table.data-table tbody tr');
    await expect(rows.count()).resolves.toBe(20);
    await page.getByText('Page 1 of 2').waitFor();
    // Newest first by default.
    await expect(rows.first().textContent()).resolves.toContain(`Case ${caseIds[20]}`);
    await check(page, 'caseload');
    await page.getByRole('button', { name: 'Last', exact: true }).click();
    await page.getByText('Page 2 of 2').waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Previous', exact: true }).click();
    await page.getByText('Page 1 of 2').waitFor();
    // The rows keep the last answer until the sorted one comes: wait for it.
    const firstRowHas = (text: string) => rows.first().filter({ hasText: text }).waitFor();
    await page.getByRole('button', { name: 'Sort by Client' }).click();
    await firstRowHas('Caseload, Client00');
    await page.getByRole('button', { name: 'Sort by Client' }).click();
    await firstRowHas('Caseload, Client20');
    await page.getByRole('button', { name: 'Sort by Next task' }).click();
    await firstRowHas(`Case ${caseIds[0]}`);
    await rows.first().getByText('Overdue').waitFor();
    await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Assessment' });
    await page.getByText('No cases match.').waitFor();
    // Work due within a week, the overdue included: the intake past due and the alert past due (new intakes are due
    // in 7 days, the other alert in 100).
    await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'All stages' });
    await page.getByLabel('Due', { exact: true }).selectOption({ label: 'Task or alert due within 7 days' });
    await page.getByText('2 cases', { exact: true }).waitFor();
    await expect(rows.allTextContents()).resolves.toEqual([
      expect.stringContaining(`Case ${caseIds[0]}`),
      expect.stringContaining(`Case ${caseIds[1]}`),
    ]);
    await page.getByLabel('Due', { exact: true }).selectOption({ label: 'Any time' });
    // The organisation's cases, by case manager.
    await page.getByRole('button', { name: 'The organisation’s cases' }).click();
    await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'All stages' });
    await page.getByText('22 cases').waitFor();
    await page.getByLabel('Case manager', { exact: true }).selectOption({ label: 'Tester, manager2' });
    await page.getByText('1 case', { exact: true }).waitFor();
    await expect(rows.first().textContent()).resolves.toContain(`Case ${otherCase}`);
    await check(page, 'caseload-organisation');
    await page.close();
  },
);

test(
  'the read models behind the home pages: alerts to the ' + 'end of next month, overdue work, contacts (R-NOTIF-08)',
  async () => {
    const [manager, supervisor, admin] = await Promise.all([
      signIn(org, 'manager'),
      signIn(org, 'supervisor'),
      signIn(org, 'admin'),
    ]);
    const alerts = (await manager.get('/api/alerts')).body as { caseId: number; overdue: boolean; client: string }[];
    expect(alerts).toEqual([
      expect.objectContaining({ caseId: caseIds[1], overdue: true, client: 'Caseload, Client01' }),
    ]);
    const summary = (await supervisor.get('/api/organisation/case-summary')).body;
    expect(summary.overdue).toEqual({ tasks: 1, alerts: 1 });
    expect(summary.byCaseManager).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ caseManager: 'Tester, manager', openCases: 21, overdueTasks: 1, overdueAlerts: 1 }),
      ]),
    );
    expect((await admin.get('/api/organisation/contact-summary')).body).toEqual({
      contacts: 7,
      withAccess: 6,
      pendingInvitations: 1,
      expiredInvitations: 0,
    });
    expect((await manager.get('/api/organisation/contact-summary')).status).toBe(403);
    const mine = (await manager.get('/api/cases?scope=mine&sort=nextDue&dir=asc&pageSize=1')).body;
    expect(mine.items[0]).toMatchObject({ id: caseIds[0], nextTask: { type: 'COMPLETE_INTAKE', overdue: true } });
  },
);
