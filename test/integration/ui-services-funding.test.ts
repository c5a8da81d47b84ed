// The enhanced-services and funding pages in a real Chromium against the running service: a case manager books
// clients into a service and its waitlist, builds and submits a funding request, sees it returned and
// resubmits it; ENS decides; an operator retries the stuck payment step from the Operations page.
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { openBrowser, SCREENSHOTS, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, createUser, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, eventually, signIn as apiSignIn, type Client } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';

let orm: Orm;
let org: TestOrg;
let browser: Awaited<ReturnType<typeof openBrowser>>;
let manager: Client;
const today = businessDate(new Date());

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Cape Breton Works');
  await createUser(orm, org, 'coordinator', ['ECM_ENHANCED_SERVICES']);
  await createUser(orm, org, 'ens', ['ENS_AGREEMENT_MANAGER']);
  manager = await apiSignIn(org, 'manager');
  browser = await openBrowser();
});
afterAll(async () => {
  await fetch(`${process.env.FUNDING_API_URL}/control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode: 'succeed' }),
  });
  await browser?.close();
  await orm?.close();
});

// Confirmations (waitlist, submission) are accepted.
const signIn = (context: BrowserContext, who: string): Promise<Page> => signInPage(context, org.code, who);

const packageIdOf = (page: Page) => page.url().split('#/funding/')[1];
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
const openTaskOf = async (caseId: number) => openStageTaskId((await manager.get(`/api/cases/${caseId}`)).body.tasks);

async function newCase(): Promise<number> {
  const person = await createIndividual(orm, org);
  return (await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body.id;
}

test('a case manager books one client into a full service’s last seat and the next onto its waitlist', async () => {
  const coordinator = await apiSignIn(org, 'coordinator');
  const created = await coordinator.post('/api/services', {
    serviceFormat: 'GROUP',
    accountabilityReporting: '100922 - EAS(LAE-ENS)',
    name: 'Cover Letters',
    description: 'Writing cover letters',
    serviceType: 'JS_WORKSHOPS',
    startDate: addDays(today, 7),
    endDate: addDays(today, 7),
    maxParticipants: 1,
    location: 'Sydney',
    visibility: 'PUBLIC',
  });
  const serviceId = created.body.service.id;
  const [first, second] = [await newCase(), await newCase()];
  const page = await signIn(browser.context, 'manager');
  await page.getByRole('link', { name: 'Enhanced services' }).click();
  await page.getByRole('link', { name: `${serviceId} — Cover Letters` }).click();
  await page.getByRole('heading', { name: `Enhanced service ${serviceId} — Cover Letters` }).waitFor();
  const search = page.locator('form[aria-label="Person search / add"]');
  await search.getByLabel('Case ID', { exact: true }).fill(String(first));
  await search.getByRole('button', { name: 'Search / Add' }).click();
  await page
    .locator('[data-summary="seats"]')
    .filter({ hasText: 'Enrolled: 1 · Minimum: 1 · Maximum: 1 · Full' })
    .waitFor();
  // The service is full: the waitlist question is asked (and accepted) and the client is waitlisted as number 1.
  await search.getByLabel('Case ID', { exact: true }).fill(String(second));
  await search.getByRole('button', { name: 'Search / Add' }).click();
  await page.getByRole('cell', { name: '#1 (position 1)' }).waitFor();
  await shot(page, 'service-participants');
  const rows = await page.locator('tr[data-participant] td:nth-child(4)').allTextContents();
  expect(rows).toEqual(['Registered', 'Waitlisted']);
});

test(
  'a case manager builds and submits a funding request, ENS returns it, it is resubmitted and approved; an ' +
    'operator retries the stuck payment',
  async () => {
    const caseId = await newCase();
    await manager.post(`/api/cases/${caseId}/tasks/${await openTaskOf(caseId)}/complete`, {
      outcome: 'INTAKE_COMPLETE',
    });
    await manager.post(`/api/cases/${caseId}/needs-determinations`, {
      employmentGoal: 'FULL_TIME_EMPLOYMENT',
      jobPreferences: [{ label: 'Medical Secretary', nocCode: '1243' }],
      completed: true,
      confirmed: true,
    });
    await manager.put(`/api/cases/${caseId}/education-experience`, {
      highestEducationLevel: 'HIGH_SCHOOL_COMPLETE',
      educationRecords: [
        {
          name: 'Sydney Academy',
          sourceLocation: 'Sydney',
          result: 'DIPLOMA',
          fromDate: '2000-09-01',
          toDate: '2003-06-30',
        },
      ],
      employmentRecords: [
        { employerName: 'Tim Hortons', jobTitle: 'Cashier', fromDate: '2004-01-05', toDate: addDays(today, -10) },
      ],
    });
    await manager.post(`/api/cases/${caseId}/tasks/${await openTaskOf(caseId)}/complete`, {
      outcome: 'ASSESSMENT_COMPLETE',
    });
    await manager.post(`/api/cases/${caseId}/interventions`, {
      dimension: 'SKILLS_ENHANCEMENT',
      interventionType: 'SE_JOB_SPECIFIC_TRAINING',
      fundingType: 'EDMT',
      deliveryModel: 'EXTERNAL',
      deliveringOrganisation: 'Nova Scotia Community College',
      plannedStartDate: addDays(today, 30),
      plannedEndDate: addDays(today, 300),
      description: 'Medical Office Administration',
      fundingRequested: true,
    });
    await manager.post(`/api/cases/${caseId}/tasks/${await openTaskOf(caseId)}/complete`, {
      outcome: 'DEVELOPED_AND_SIGNED',
    });

    let page = await signIn(browser.context, 'manager');
    await page.goto(`${apiUrl()}/#/cases/${caseId}`);
    await page.getByRole('link', { name: 'Apply for Funding' }).click();
    await page.getByRole('button', { name: 'Apply Now: Skills Development IFA' }).click();
    await page.getByRole('heading', { name: 'Application Package — Skills Development IFA' }).waitFor();

    // The résumé is attached as a file; a wrong type is refused with its reason first.
    await page.getByText('📎 Attach: Resume').click();
    const attach = page.locator('form[aria-label="Attach a document: Application Checklist - Resume"]');
    await attach
      .getByLabel('File (maximum 10 MB)')
      .setInputFiles({ name: 'resume.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
    await attach.getByLabel('Document topic').selectOption('Supplementary Information');
    await attach.getByRole('button', { name: 'Attach' }).click();
    await page.getByRole('alert').filter({ hasText: 'Files of type "exe" cannot be attached.' }).waitFor();
    await attach
      .getByLabel('File (maximum 10 MB)')
      .setInputFiles({ name: 'resume.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await attach.getByRole('button', { name: 'Attach' }).click();
    await page.locator('tr[data-row="RESUME"] td:nth-child(2)').filter({ hasText: 'Attached' }).waitFor();
    // The other required forms go on paper.
    for (const name of [
      'Family Size and Financial Statement',
      'Job Search Report',
      'SD Worksheet',
      'Labour Market Research',
      'Program Cost List',
      'Acceptance Letter',
    ]) {
      await page.getByLabel(`Paper: ${name}`).check();
      await page
        .locator('tr[data-row] td:first-child', { hasText: name })
        .locator('xpath=..')
        .locator('td:nth-child(2)')
        .filter({ hasText: 'Mailed On' })
        .waitFor();
    }
    const statement = page.locator(`form[aria-label="Case Manager's Summary Statement"]`);
    await statement.getByLabel('Do you support this Return to Work Action Plan?').selectOption('YES');
    await statement.getByLabel('Have both you and the client signed the Case Manager statement?').selectOption('YES');
    await statement
      .getByLabel("If spousal information was collected, has the applicant's spouse signed the consent form?")
      .selectOption('NOT_APPLICABLE');
    await statement
      .getByLabel('Why in your professional opinion is this funded intervention supported (or not)?')
      .fill('The certificate leads to the jobs the client researched.');
    const reloaded = page.waitForResponse(
      (r) => r.url().endsWith(`/api/funding-packages/${packageIdOf(page)}`) && r.request().method() === 'GET',
    );
    const [saved] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/statement')),
      statement.getByRole('button', { name: 'Save statement' }).click(),
    ]);
    expect(saved.status()).toBe(200);
    await reloaded;
    const [sent] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/submit')),
      page.getByRole('button', { name: 'Submit Application' }).click(),
    ]);
    expect(sent.status()).toBe(200);
    await eventually(
      async () => (await page.reload(), (await page.locator('[data-state]').textContent()) === 'Submitted'),
      30_000,
    );
    await page
      .getByText(
        /The application has been successfully submitted\. An agreement has been created\. The agreement number is \d+\./,
      )
      .waitFor();
    await shot(page, 'funding-submitted');
    const agreementId = Number(await page.getByRole('link', { name: /^\d+$/ }).last().textContent());

    // ENS returns the application; the case manager resubmits it. (The pages share one browser profile, so each
    // person signs in again before acting.)
    const packageUrl = page.url();
    let ens = await signIn(browser.context, 'ens');
    await ens.goto(`${apiUrl()}/#/agreements/${agreementId}`);
    const changes = ens.locator('form[aria-label="Request changes"]');
    await changes.getByLabel('What is missing').fill('Program cost list is missing');
    await changes.getByRole('button', { name: 'Request changes' }).click();
    await eventually(
      async () => (await manager.get(`/api/funding-packages/${packageIdOf(page)}`)).body.state === 'CHANGES_REQUIRED',
    );
    await page.close();
    page = await signIn(browser.context, 'manager');
    await page.goto(packageUrl);
    await page
      .getByText(
        'The Agreement Manager has indicated changes are required. Please provide updates and re-submit this ' +
          'application package.',
      )
      .waitFor();
    const [resent] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/submit')),
      page.getByRole('button', { name: 'Submit Application' }).click(),
    ]);
    expect(resent.status()).toBe(200);
    await eventually(
      async () => (await page.reload(), (await page.locator('[data-state]').textContent()) === 'Submitted'),
      30_000,
    );
    expect(await page.getByText(String(agreementId)).count()).toBeGreaterThan(0);

    // ENS approves while the funding system is down: the payment step gets stuck; an operator retries it.
    await fetch(`${process.env.FUNDING_API_URL}/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'fail' }),
    });
    ens = await signIn(browser.context, 'ens');
    await ens.goto(`${apiUrl()}/#/agreements/${agreementId}`);
    for (const next of ['ASSESSMENT', 'ASSESSED', 'APPROVED']) {
      await ens.reload();
      await ens.getByRole('button', { name: `Move to ${next}` }).click();
      await ens.locator('[data-status]').filter({ hasText: next }).waitFor();
    }
    const ops = await signIn(browser.context, 'operations');
    const step = `funding-${(await manager.get(`/api/cases/${caseId}/funding-packages`)).body.items[0].id}:payment`;
    await eventually(async () => {
      await ops.goto(`${apiUrl()}/#/operations`);
      await ops.reload();
      return (await ops.locator(`tr[data-step="${step}"]`).count()) > 0;
    }, 60_000);
    await shot(ops, 'operations-stuck-payment');
    await fetch(`${process.env.FUNDING_API_URL}/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'succeed' }),
    });
    await ops.locator(`tr[data-step="${step}"]`).getByRole('button', { name: 'Retry' }).click();
    const packageId = (await manager.get(`/api/cases/${caseId}/funding-packages`)).body.items[0].id;
    const paid = await eventually(
      async () => (await manager.get(`/api/funding-packages/${packageId}`)).body.payment,
      30_000,
    );
    const system = await (await fetch(`${process.env.FUNDING_API_URL}/agreements`)).json();
    expect(system.payments.filter((p: { agreementId: number }) => p.agreementId === agreementId)).toEqual([
      expect.objectContaining({ paymentId: paid.paymentId }),
    ]);
    expect(system.agreements.filter((a: { packageId: number }) => a.packageId === packageId)).toHaveLength(1);
  },
);
