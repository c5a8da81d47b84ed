// Enhanced services in Chromium (spec 02 §4.A), as the organisation's coordinator (enhanced-services role and case
// manager): a new service is created, one client is registered by case ID (R-ES-09) and another, found by name, goes
// on the waitlist of the full service (R-WL-04); more seats let the waitlisted client be registered (R-WL-07), whose
// plan then gets the service as an intervention; the activity report counts both registrations (R-ES-11); the
// service's page reads in French. Participant changes are kept only when the page is saved (R-ES-10).
import type { Page } from 'playwright-core';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { INTERVENTION_TYPES } from '../../domain/reference.ts';
import {
  PARTICIPANT_STATUSES,
  SERVICE_FORMATS,
  SERVICE_STATUSES,
  SERVICE_VISIBILITIES,
} from '../../domain/services.ts';
import { WORDS } from '../../web/src/pages/services/services-words.ts';
import { checkPage, englishOnFrenchPage, openBrowser, signInPage } from '../support/browser.ts';
import { createIndividual, createOrg, createUser, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, signIn, type Client } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let browser: Awaited<ReturnType<typeof openBrowser>>;
const today = businessDate(new Date());
const REPORTING = '100922 - Apr 01, 2026 - Mar 31, 2027 - EAS(LAE-ENS)';

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Halifax Community Learning Network');
  await createUser(orm, org, 'coordinator', ['ECM_ENHANCED_SERVICES', 'ECM_CASE_MANAGER']);
  manager = await signIn(org, 'manager');
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await orm?.close();
});

async function openCase(firstName: string, lastName: string): Promise<number> {
  const person = await createIndividual(orm, org, { firstName, lastName });
  const res = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(res.status).toBe(201);
  return res.body.id as number;
}

const completeTask = async (id: number, outcome: string) => {
  const task = openStageTaskId((await manager.get(`/api/cases/${id}`)).body.tasks);
  return manager.post(`/api/cases/${id}/tasks/${task}/complete`, { outcome });
};

/** A case whose action plan is signed (RTWAP Mgmt): the plan can take an intervention from a service. */
async function caseWithSignedPlan(firstName: string, lastName: string): Promise<number> {
  const id = await openCase(firstName, lastName);
  await completeTask(id, 'INTAKE_COMPLETE');
  await manager.post(`/api/cases/${id}/needs-determinations`, {
    employmentGoal: 'FULL_TIME_EMPLOYMENT',
    jobPreferences: [{ label: 'Dental Assistant', nocCode: '3411' }],
    completed: true,
    confirmed: true,
  });
  await completeTask(id, 'ASSESSMENT_COMPLETE');
  await manager.post(`/api/cases/${id}/interventions`, {
    dimension: 'CAREER_DECISION_MAKING',
    interventionType: 'CDM_CAREER_EXPLORATION',
    fundingType: 'EDMT',
    deliveryModel: 'IN_HOUSE',
    plannedStartDate: today,
    plannedEndDate: addDays(today, 60),
    description: 'Planned',
  });
  expect((await completeTask(id, 'DEVELOPED_AND_SIGNED')).body.status).toBe('RTWAP_MGMT');
  return id;
}

const toast = (page: Page, text: string) => page.getByRole('status').getByText(text, { exact: true }).waitFor();
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const SAVE_TO_KEEP = 'Save the participants to keep it.';

/** R-ES-10: the page's changes are kept only by its Save. */
async function saveParticipants(page: Page) {
  await region(page, 'Changes not saved').getByRole('button', { name: 'Save the participants' }).click();
  await toast(page, 'Participants saved.');
  await region(page, 'Changes not saved').waitFor({ state: 'detached' });
}

async function newService(name: string, lang: 'en' | 'fr' = 'en'): Promise<number> {
  const coordinator = await signIn(org, 'coordinator');
  const created = await coordinator.post('/api/services', {
    serviceFormat: 'GROUP',
    accountabilityReporting: REPORTING,
    name,
    description: lang === 'en' ? 'Write a resume.' : 'Rédiger un curriculum vitae.',
    serviceType: 'JS_WORKSHOPS',
    startDate: addDays(today, 5),
    endDate: addDays(today, 5),
    maxParticipants: 5,
    location: 'Dartmouth',
    visibility: 'PUBLIC',
  });
  expect(created.status).toBe(201);
  return created.body.service.id as number;
}

test(
  'R-ES-01 R-ES-09 R-WL-04 R-WL-07 R-ES-11 a coordinator creates a service, registers one client, waitlists ' +
    'another, registers them once a seat is added, adds the service to their plan and sees the report',
  async () => {
    const first = await openCase('Amelia', 'Fougere');
    const second = await caseWithSignedPlan('Bruno', 'Doucette');
    const page = await signInPage(browser.context, org.code, 'coordinator');

    await page.getByRole('link', { name: 'Services' }).click();
    await page.getByRole('heading', { level: 1, name: 'Enhanced services' }).waitFor();
    await page.getByText('No service matches this search.').waitFor();
    await checkPage(page, 'services-list-empty');

    // A2: the form names what is missing beside each field before anything is sent.
    await page.getByRole('link', { name: 'New service' }).click();
    await page.getByRole('heading', { level: 1, name: 'New enhanced service' }).waitFor();
    await page.getByRole('button', { name: 'Create the service' }).click();
    await page.getByLabel('Service name').and(page.locator('[aria-invalid="true"]')).waitFor();
    await checkPage(page, 'service-new');
    await page.getByLabel('Service type').selectOption({ label: INTERVENTION_TYPES.JS_WORKSHOPS.en });
    await page.getByLabel('Service name').fill('Improving Your Interview Skills');
    await page.getByLabel('Description').fill('Practise answering interview questions.');
    await page.getByLabel('Accountability reporting').fill(REPORTING);
    await page.getByLabel('Start date').fill(addDays(today, 10));
    await page.getByLabel('End date').fill(addDays(today, 9));
    await page.getByLabel('Start time').fill('13:00');
    await page.getByLabel('End time').fill('16:00');
    await page.getByLabel('Maximum participants').fill('1');
    await page.getByLabel('Location').fill('1657 Barrington Street, Halifax');
    await page.getByRole('button', { name: 'Create the service' }).click();
    // The server's refusal shows beside the field it names.
    await page.getByText(/The end date \(.*\) cannot be before the start date/).waitFor();
    await page.getByLabel('End date').fill(addDays(today, 10));
    await page.getByRole('button', { name: 'Create the service' }).click();
    await toast(page, 'Service Improving Your Interview Skills created.');
    await page.getByRole('heading', { level: 1, name: 'Improving Your Interview Skills' }).waitFor();
    const details = region(page, 'Details');
    await details.getByText(SERVICE_STATUSES.SCHEDULED.en, { exact: true }).waitFor();
    await details.getByText(SERVICE_FORMATS.GROUP.en, { exact: true }).waitFor();
    await details.getByText(SERVICE_VISIBILITIES.PRIVATE.en, { exact: true }).waitFor();
    await details.getByText('0 enrolled of 1 seats (minimum 1)').waitFor();

    // R-ES-09: a case ID that finds one person adds them at once.
    const add = region(page, 'Add a participant');
    await add.getByLabel('Case ID').fill(String(first));
    await add.getByRole('button', { name: 'Find' }).click();
    await toast(page, `Fougere, Amelia added to the list: ${PARTICIPANT_STATUSES.REGISTERED.en}. ${SAVE_TO_KEEP}`);
    await saveParticipants(page);
    const participants = region(page, 'Participants');
    await participants.getByRole('row').filter({ hasText: 'Fougere, Amelia' }).getByText('Registered').waitFor();

    // R-WL-04: the service is full; the person found by name goes on the waitlist once the coordinator agrees.
    await add.getByLabel('Last name').fill('Doucette');
    await add.getByRole('button', { name: 'Find' }).click();
    await add.getByRole('button', { name: 'Add Doucette, Bruno' }).click();
    const dialog = page.getByRole('dialog', { name: 'The service is full' });
    await dialog.getByRole('button', { name: 'Add to the waitlist' }).click();
    await toast(page, `Doucette, Bruno added to the list: ${PARTICIPANT_STATUSES.WAITLISTED.en}. ${SAVE_TO_KEEP}`);
    await saveParticipants(page);
    const waitlist = region(page, 'Waitlist');
    const waiting = waitlist.getByRole('row').filter({ hasText: 'Doucette, Bruno' });
    await waiting.getByText('Waitlisted').waitFor();
    await waiting.getByRole('cell', { name: '1', exact: true }).waitFor();
    await checkPage(page, 'service-page');

    // R-WL-07: while every seat is taken, Registered is not offered; one more seat lets the waitlisted client in.
    expect(await waiting.getByRole('option').allInnerTexts()).toEqual(['Choose…', 'Cancelled', 'Removed']);
    await page.getByRole('button', { name: 'Change the service' }).click();
    await region(page, 'Change the service').getByLabel('Maximum participants').fill('2');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await toast(page, 'Service saved.');
    await details.getByText('1 enrolled of 2 seats (minimum 1)').waitFor();
    await waiting.getByLabel('New status for Doucette, Bruno').selectOption({ label: 'Registered' });
    await waiting.getByRole('button', { name: 'Change' }).click();
    await saveParticipants(page);
    await waitlist.getByText('Nobody is waiting for a seat.').waitFor();
    const bruno = participants.getByRole('row').filter({ hasText: 'Doucette, Bruno' });
    await bruno.getByText('Registered').waitFor();

    // The service goes into Bruno's signed plan as an intervention.
    await bruno.getByRole('button', { name: 'Add to the action plan' }).click();
    const plan = region(page, 'Add Improving Your Interview Skills to the action plan of Doucette, Bruno');
    await checkPage(page, 'service-intervention');
    await plan.getByRole('button', { name: 'Add the intervention' }).click();
    await toast(page, `Intervention added to case ${second}.`);
    const interventions = (await manager.get(`/api/cases/${second}`)).body.actionPlan.interventions as {
      interventionType: string;
    }[];
    expect(interventions.map((i) => i.interventionType)).toContain('JS_WORKSHOPS');

    // The list finds the service; the report counts both registrations towards its accountability reporting.
    await page.getByRole('link', { name: 'Back to the services' }).click();
    const list = region(page, 'Services found: 1');
    await list.getByRole('link', { name: 'Improving Your Interview Skills' }).waitFor();
    await list.getByText('2 of 2').waitFor();
    await checkPage(page, 'services-list');
    await page.getByRole('link', { name: 'Activity report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Service activity report' }).waitFor();
    const line = page.getByRole('row').filter({ hasText: REPORTING });
    await line.waitFor();
    expect(await line.getByRole('cell').allInnerTexts()).toEqual([REPORTING, '1', '2', '0']);
    await checkPage(page, 'services-report');
  },
);

test('a service’s page in French: labels, statuses and actions in French', async () => {
  const id = await newService('Atelier de curriculum vitae', 'fr');
  const caseId = await openCase('Chloé', 'Arsenault');
  const coordinator = await signIn(org, 'coordinator');
  expect((await coordinator.post(`/api/services/${id}/participants`, { caseId })).status).toBe(201);

  const page = await signInPage(browser.context, org.code, 'coordinator', { lang: 'fr' });
  await page.goto(`${apiUrl()}/services/${id}`);
  await page.getByRole('heading', { level: 1, name: 'Atelier de curriculum vitae' }).waitFor();
  await region(page, 'Participants').getByText(PARTICIPANT_STATUSES.REGISTERED.fr, { exact: true }).waitFor();
  await region(page, 'Détails').getByText(SERVICE_VISIBILITIES.PUBLIC.fr, { exact: true }).waitFor();
  const english = Object.entries(WORDS.en)
    .filter(([k, v]) => v !== WORDS.fr[k as keyof typeof WORDS.fr] && !v.includes('{'))
    .map(([, v]) => v)
    // "Change" is in "Changer", "Person" in "Personne": only English that no French word contains.
    .filter((v) => !Object.values(WORDS.fr).some((f) => f.includes(v)));
  expect(await englishOnFrenchPage(page, english)).toEqual([]);
  await checkPage(page, 'service-page-fr');

  // R-ES-10: a change not saved is marked so, and leaving the page asks first, in French.
  const row = region(page, 'Participants').getByRole('row').filter({ hasText: 'Arsenault, Chloé' });
  await row.getByLabel('Nouveau statut de Arsenault, Chloé').selectOption({ label: PARTICIPANT_STATUSES.NO_SHOW.fr });
  await row.getByRole('button', { name: 'Changer' }).click();
  await row.getByText('Non enregistré', { exact: true }).waitFor();
  await region(page, 'Modifications non enregistrées')
    .getByRole('button', { name: 'Enregistrer les participants' })
    .waitFor();
  await checkPage(page, 'service-unsaved-fr');
  await page.getByRole('link', { name: 'Retour aux services' }).click();
  const leave = page.getByRole('dialog', { name: 'Quitter sans enregistrer?' });
  await leave.getByText('Les modifications des participants ne sont pas enregistrées').waitFor();
  await leave.getByRole('button', { name: 'Quitter sans enregistrer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Services améliorés' }).waitFor();
});

test('R-ES-10 R-ES-12 a participant added and not saved is gone after leaving the page; once saved it stays', async () => {
  const id = await newService('Resume Writing');
  const caseId = await openCase('Denise', 'Comeau');
  const page = await signInPage(browser.context, org.code, 'coordinator');
  await page.goto(`${apiUrl()}/services/${id}`);
  await page.getByRole('heading', { level: 1, name: 'Resume Writing' }).waitFor();
  const participants = region(page, 'Participants');
  const add = region(page, 'Add a participant');
  const addDenise = async () => {
    await add.getByLabel('Case ID').fill(String(caseId));
    await add.getByRole('button', { name: 'Find' }).click();
    await toast(page, `Comeau, Denise added to the list: ${PARTICIPANT_STATUSES.REGISTERED.en}. ${SAVE_TO_KEEP}`);
  };
  const denise = participants.getByRole('row').filter({ hasText: 'Comeau, Denise' });

  // Added to the list, not saved: marked so, with the count of changes waiting for Save.
  await addDenise();
  await denise.getByText('Not saved', { exact: true }).waitFor();
  await region(page, 'Changes not saved')
    .getByText('Participant changes not saved yet: 1.', { exact: false })
    .waitFor();
  await checkPage(page, 'service-unsaved');
  expect((await manager.get(`/api/services/${id}`)).body.participants).toEqual([]);

  // Leaving asks first; staying keeps the change, leaving discards it.
  await page.getByRole('link', { name: 'Back to the services' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await leave.getByText('The changes to the participants are not saved: leaving this page discards them.').waitFor();
  await leave.getByRole('button', { name: 'Cancel' }).click();
  await denise.getByText('Not saved', { exact: true }).waitFor();
  await page.getByRole('link', { name: 'Back to the services' }).click();
  await leave.getByRole('button', { name: 'Leave without saving' }).click();
  await page.getByRole('heading', { level: 1, name: 'Enhanced services' }).waitFor();
  await page.goto(`${apiUrl()}/services/${id}`);
  await participants.getByText('No participant yet: find a person below to add them.').waitFor();

  // A reload is leaving too: the browser asks, and the change is gone.
  await addDenise();
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (d) => {
      resolve(d.type());
      void d.accept();
    }),
  );
  await page.reload();
  expect(await asked).toBe('beforeunload');
  await participants.getByText('No participant yet: find a person below to add them.').waitFor();

  // Added and saved: there, and still there when the page is opened again.
  await addDenise();
  await saveParticipants(page);
  await denise.getByText(PARTICIPANT_STATUSES.REGISTERED.en, { exact: true }).waitFor();
  await page.reload();
  await denise.getByText(PARTICIPANT_STATUSES.REGISTERED.en, { exact: true }).waitFor();
  expect(await denise.getByText('Not saved').count()).toBe(0);

  // R-ES-12: a removal is confirmed, then waits for Save like any other change; Undo takes it back.
  await denise.getByLabel('New status for Comeau, Denise').selectOption({ label: 'Removed' });
  await denise.getByRole('button', { name: 'Change' }).click();
  await page
    .getByRole('dialog', { name: 'Remove Comeau, Denise from this service?' })
    .getByRole('button', { name: 'Remove' })
    .click();
  await denise.getByText('Not saved', { exact: true }).waitFor();
  await denise.getByRole('button', { name: 'Undo the change for Comeau, Denise' }).click();
  await region(page, 'Changes not saved').waitFor({ state: 'detached' });
  expect((await manager.get(`/api/services/${id}`)).body.participants[0].status).toBe('REGISTERED');
});
