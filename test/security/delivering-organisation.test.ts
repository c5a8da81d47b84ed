// Organisation rename (security issue, item 2): a case is shared with a delivering organisation (R-DLV-03) only by
// that organisation's id, chosen from the list; a name typed on an intervention shares nothing, so renaming an
// organisation reaches nobody. A delivering organisation finds a shared client by name, never by a phone alone.
import { addDays, businessDate } from '../../domain/dates.ts';
import { createIndividual, createUser, REGISTRATION } from '../support/fixtures.ts';
import { signIn, type Client } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';
import { twoOrganisations } from '../support/two-organisations.ts';

const the = twoOrganisations();
let hclnManager: Client;
let cbccManager: Client;
let cbccCoordinator: Client;
const today = businessDate(new Date());

beforeAll(async () => {
  await createUser(the.orm, the.cbcc, 'coordinator', ['ECM_ENHANCED_SERVICES']);
  [hclnManager, cbccManager, cbccCoordinator] = await Promise.all([
    signIn(the.hcln, 'manager'),
    signIn(the.cbcc, 'manager'),
    signIn(the.cbcc, 'coordinator'),
  ]);
});

/** An HCLN case in RTWAP Dev whose plan has one External intervention delivered as `delivering` says. */
async function hclnCaseDeliveredBy(lastName: string, delivering: Record<string, unknown>) {
  const person = await createIndividual(the.orm, the.hcln, { firstName: 'Jake', lastName });
  const caseId = (await hclnManager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body
    .id as number;
  const stageTask = async () => openStageTaskId((await hclnManager.get(`/api/cases/${caseId}`)).body.tasks);
  await hclnManager.post(`/api/cases/${caseId}/tasks/${await stageTask()}/complete`, { outcome: 'INTAKE_COMPLETE' });
  await hclnManager.post(`/api/cases/${caseId}/needs-determinations`, {
    employmentGoal: 'FULL_TIME_EMPLOYMENT',
    jobPreferences: [{ label: 'Dental Assistant', nocCode: '3411' }],
    completed: true,
    confirmed: true,
  });
  await hclnManager.post(`/api/cases/${caseId}/tasks/${await stageTask()}/complete`, {
    outcome: 'ASSESSMENT_COMPLETE',
  });
  const added = await hclnManager.post(`/api/cases/${caseId}/interventions`, {
    dimension: 'JOB_SEARCH',
    interventionType: 'JS_WORKSHOPS',
    fundingType: 'EDMT',
    deliveryModel: 'EXTERNAL',
    plannedStartDate: today,
    plannedEndDate: addDays(today, 30),
    description: 'Job search workshop',
    ...delivering,
  });
  return { caseId, added };
}

async function cbccService(): Promise<number> {
  const created = await cbccCoordinator.post('/api/services', {
    serviceFormat: 'GROUP',
    accountabilityReporting: '100922 - EAS(LAE-ENS)',
    name: 'Resume Writing',
    description: 'Write a resume.',
    serviceType: 'JS_WORKSHOPS',
    startDate: addDays(today, 10),
    endDate: addDays(today, 10),
    maxParticipants: 8,
    location: 'Sydney',
    visibility: 'PUBLIC',
  });
  expect(created.status).toBe(201);
  return created.body.service.id;
}

const caseIdsFound = async (serviceId: number, query: string) => {
  const found = await cbccManager.get(`/api/services/${serviceId}/person-search?${query}`);
  expect(found.status).toBe(200);
  return found.body.matches.map((m: { caseId: number }) => m.caseId);
};

test('a CBCC administrator who renames CBCC after an HCLN partner reaches no HCLN client', async () => {
  const partner = 'Nova Scotia Community College';
  const { caseId, added } = await hclnCaseDeliveredBy('Renamed', { deliveringOrganisation: partner });
  expect(added.status).toBe(200);
  const cbccAdmin = await signIn(the.cbcc, 'admin');
  const header = (await cbccAdmin.get(`/api/organisations/${the.cbcc.id}`)).body;
  const renamed = await cbccAdmin.patch(`/api/organisations/${the.cbcc.id}`, {
    name: partner,
    version: header.version,
  });
  expect(renamed.status).toBe(200);
  const serviceId = await cbccService();
  expect(await caseIdsFound(serviceId, 'phone=902')).not.toContain(caseId);
  expect(await caseIdsFound(serviceId, 'lastName=Renamed')).not.toContain(caseId);
  const registered = await cbccManager.post(`/api/services/${serviceId}/participants`, { caseId });
  expect(registered.status).toBe(404);
});

test('a name typed on an intervention shares nothing, even the code of an organisation of Pathway', async () => {
  // R-INT-03: a typed code is no Business Partner, so the intervention is refused and nothing is shared.
  const { caseId, added } = await hclnCaseDeliveredBy('Coded', { deliveringOrganisation: the.cbcc.code });
  expect(added.status).toBe(422);
  expect(added.body.violations[0]).toMatchObject({ rule: 'R-INT-03', field: 'deliveringOrganisation' });
  const serviceId = await cbccService();
  expect(await caseIdsFound(serviceId, 'lastName=Coded')).not.toContain(caseId);
  expect((await cbccManager.post(`/api/services/${serviceId}/participants`, { caseId })).status).toBe(404);
});

test('HCLN shares a case with CBCC by choosing CBCC from the list; CBCC finds the client by name only', async () => {
  const list = await hclnManager.get('/api/delivering-organisations');
  expect(list.status).toBe(200);
  const ids = list.body.items.map((o: { id: number }) => o.id);
  expect(ids).toContain(the.cbcc.id);
  expect(ids).not.toContain(the.hcln.id); // its own organisation delivers In House
  const { caseId, added } = await hclnCaseDeliveredBy('Sharedbyid', { deliveringOrganisationId: the.cbcc.id });
  expect(added.status).toBe(200);
  expect(added.body.actionPlan.interventions[0]).toMatchObject({
    deliveringOrganisationId: the.cbcc.id,
    deliveringOrganisation: list.body.items.find((o: { id: number }) => o.id === the.cbcc.id).name,
  });
  const unshared = (
    await hclnCaseDeliveredBy('Sharedbyid', { deliveringOrganisation: 'Nova Scotia Community College' })
  ).caseId;
  const serviceId = await cbccService();
  // A phone alone, or the first letters of a name, lists no client of another organisation.
  expect(await caseIdsFound(serviceId, 'phone=902')).toEqual([]);
  expect(await caseIdsFound(serviceId, 'lastName=Shared')).toEqual([]);
  const byName = await caseIdsFound(serviceId, 'lastName=sharedbyid');
  expect(byName).toEqual([caseId]);
  expect(byName).not.toContain(unshared);
  expect((await cbccManager.post(`/api/services/${serviceId}/participants`, { caseId })).status).toBe(201);
});

test(
  'an intervention cannot name its own organisation, ' + 'or one not on the list, as delivering organisation',
  async () => {
    for (const [deliveringOrganisationId, message] of [
      [the.hcln.id, 'Select the delivering organisation from the list'],
      [2_000_000_000, 'Select the delivering organisation from the list'],
    ] as const) {
      const { added } = await hclnCaseDeliveredBy('Refused', { deliveringOrganisationId });
      expect(added.status).toBe(422);
      expect(added.body.violations[0]).toMatchObject({ rule: 'R-DLV-03', field: 'deliveringOrganisationId' });
      expect(added.body.message).toContain(message);
    }
    const both = await hclnCaseDeliveredBy('Refused', {
      deliveringOrganisationId: the.cbcc.id,
      deliveringOrganisation: 'Anyone',
    });
    expect(both.added.status).toBe(422);
    expect(both.added.body.violations[0]).toMatchObject({ rule: 'R-DLV-03', field: 'deliveringOrganisation' });
  },
);
