// What supervisors and operations see of cases in Temporal's own tools: each case and funding request carries
// search attributes kept current as it moves (stage, organisation, case manager, next alert, stuck steps, funding
// state), read here as Temporal's CLI and Web UI read them: describe() and visibility queries (eventually consistent,
// so polled). No attribute carries personal information.
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate, businessInstant } from '../../domain/dates.ts';
import { ALERT_HOUR } from '../../domain/case-timers.ts';
import { followUpSchedule } from '../../domain/followup.ts';
import { registerSearchAttributes } from '../../scripts/services/search-attributes.ts';
import { caseWorkflowId } from '../../workflows/case-api.ts';
import { fundingWorkflowId } from '../../workflows/funding-api.ts';
import { FUNDING_REMINDER_KIND, SEARCH_ATTRIBUTE as A } from '../../workflows/search-attributes.ts';
import { createIndividual, createOrg, plannedIntervention, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { fundingCases } from '../support/funding-cases.ts';
import { bearerToken, eventually, signIn, type Client as Api } from '../support/http.ts';
import { smtpControl } from '../support/smtp-control.ts';
import { openStageTaskId } from '../support/tasks.ts';

let orm: Orm;
let org: TestOrg;
let manager: Api;
let operations: Api;
let token: string;
let connection: Connection;
let temporal: Client;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Search Attributes Employment Services');
  [manager, operations] = await Promise.all([signIn(org, 'manager'), signIn(org, 'operations')]);
  token = await bearerToken(org, 'manager');
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
  temporal = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE });
});
afterAll(async () => {
  await smtpControl.start().catch(() => undefined); // already running unless a test failed midway
  await connection?.close();
  await orm?.close();
});

const today = businessDate(new Date());
const openTask = async (caseId: number) => openStageTaskId((await manager.get(`/api/cases/${caseId}`)).body.tasks);
const completeTask = async (caseId: number, outcome: string) =>
  manager.post(`/api/cases/${caseId}/tasks/${await openTask(caseId)}/complete`, { outcome });

/** A workflow's attributes as describe() shows them, by name. */
async function attributesOf(handle: WorkflowHandle): Promise<Record<string, unknown>> {
  const described = await handle.describe();
  return Object.fromEntries(described.typedSearchAttributes.getAll().map((p) => [p.key.name, p.value]));
}

/** Waits until describe() shows `expected` (the attributes are upserted in the workflow task after the change). */
async function attributesBecome(handle: WorkflowHandle, expected: Record<string, unknown>): Promise<void> {
  let seen: Record<string, unknown> = {};
  await eventually(async () => {
    seen = await attributesOf(handle);
    return Object.entries(expected).every(([k, v]) => JSON.stringify(seen[k]) === JSON.stringify(v));
  }, 30_000).catch(() => expect(seen).toEqual(expect.objectContaining(expected)));
}

/** The workflow ids a visibility query lists, once it lists `workflowId` (visibility lags behind). */
async function listedBy(query: string, workflowId: string): Promise<string[]> {
  return eventually(async () => {
    const ids: string[] = [];
    for await (const w of temporal.workflow.list({ query })) ids.push(w.workflowId);
    return ids.includes(workflowId) ? ids : null;
  }, 30_000);
}

/** The caseload's cases of a stage with a task or alert due within a week, as the Cases page lists them. */
async function dueWithinAWeek(stage: string): Promise<number[]> {
  const res = await manager.get(`/api/cases?scope=mine&status=${stage}&due=week&pageSize=100`);
  expect(res.status).toBe(200);
  return (res.body.items as { id: number }[]).map((c) => c.id);
}

test('registering on a server that has the attributes (the dev server got them at start) adds none', async () => {
  expect(await registerSearchAttributes(connection, process.env.TEMPORAL_NAMESPACE ?? 'default')).toEqual([]);
});

test('the caseload refuses a due filter it does not know, saying which it takes', async () => {
  const res = await manager.get('/api/cases?due=month');
  expect(res.status).toBe(400);
  expect(JSON.stringify(res.body)).toContain('week');
});

const rfc3339 = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

test(
  'a case walked from intake to closed carries its stage, status, organisation, case manager and next alert ' +
    'in Temporal, and the CLI queries find it at each stage',
  async () => {
    const person = await createIndividual(orm, org, { firstName: 'Marguerite', lastName: 'Boudreau' });
    const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as number;
    const workflowId = caseWorkflowId(caseId);
    const handle = temporal.workflow.getHandle(workflowId);
    const common = { OrganisationCode: org.code, CaseManagerId: org.users.manager.id, HasStuckStep: false };
    const inStage = (stage: string) =>
      listedBy(`PathwayStage = '${stage}' AND OrganisationCode = '${org.code}'`, workflowId);

    await attributesBecome(handle, { ...common, PathwayStage: 'INTAKE', PathwayStatus: 'OPEN' });
    expect(await attributesOf(handle)).not.toHaveProperty('NextAlertAt');
    await inStage('INTAKE');

    expect((await completeTask(caseId, 'INTAKE_COMPLETE')).status).toBe(200);
    await attributesBecome(handle, { ...common, PathwayStage: 'ASSESSMENT', PathwayStatus: 'OPEN' });
    await inStage('ASSESSMENT');

    await manager.post(`/api/cases/${caseId}/needs-determinations`, {
      employmentGoal: 'FULL_TIME_EMPLOYMENT',
      jobPreferences: [{ label: 'Dental Assistant', nocCode: '3411' }],
      completed: true,
      confirmed: true,
    });
    expect((await completeTask(caseId, 'ASSESSMENT_COMPLETE')).status).toBe(200);
    await attributesBecome(handle, { ...common, PathwayStage: 'RTWAP_DEV' });
    await inStage('RTWAP_DEV');

    // A plan whose intervention ends today: its overdue alert is raised tomorrow, so it is due this week.
    const added = await manager.post(`/api/cases/${caseId}/interventions`, plannedIntervention(today, today));
    const interventionId = added.body.actionPlan.interventions[0].id;
    expect((await completeTask(caseId, 'DEVELOPED_AND_SIGNED')).status).toBe(200);
    const overdueAt = businessInstant(addDays(today, 1), ALERT_HOUR);
    await attributesBecome(handle, {
      ...common,
      PathwayStage: 'RTWAP_MGMT',
      NextAlertKind: 'INTERVENTION_OVERDUE',
      NextAlertAt: overdueAt,
    });
    const now = new Date();
    const dueThisWeek =
      `OrganisationCode = '${org.code}' AND NextAlertAt >= '${rfc3339(now)}' AND ` +
      `NextAlertAt <= '${rfc3339(new Date(now.getTime() + 7 * 86_400_000))}'`;
    await listedBy(dueThisWeek, workflowId);
    // Pathway's own caseload answers the same question from PostgreSQL: the plan's task is due today.
    expect(await dueWithinAWeek('RTWAP_MGMT')).toContain(caseId);

    await manager.patch(`/api/cases/${caseId}/interventions/${interventionId}`, {
      status: 'COMPLETED',
      actualEndDate: today,
    });
    await manager.post(`/api/cases/${caseId}/outcomes`, {
      type: 'RTWAP_CLOSURE',
      actualOutcomeDate: today,
      employmentStatus: 'UNEMPLOYED',
    });
    expect((await completeTask(caseId, 'PLAN_COMPLETED')).body.status).toBe('FOLLOW_UP');
    const week24 = followUpSchedule({ planEndDate: today, lastInterventionEnd: today }).alertAt24;
    await attributesBecome(handle, {
      ...common,
      PathwayStage: 'FOLLOW_UP',
      NextAlertKind: 'WEEK_24_DUE',
      NextAlertAt: businessInstant(week24, ALERT_HOUR),
    });
    await inStage('FOLLOW_UP');
    // Its 24-week follow-up is months away: not among the cases with work due this week.
    expect(await dueWithinAWeek('FOLLOW_UP')).not.toContain(caseId);

    const closed = await manager.post(`/api/cases/${caseId}/close`, { reason: 'NEW_CASE_REQUIRED', confirmed: true });
    expect(closed.status).toBe(200);
    await attributesBecome(handle, { ...common, PathwayStage: 'CLOSED', PathwayStatus: 'CLOSED' });
    const after = await attributesOf(handle);
    expect(after).not.toHaveProperty('NextAlertAt');
    expect(after).not.toHaveProperty('NextAlertKind');
    await listedBy(`PathwayStatus = 'CLOSED' AND OrganisationCode = '${org.code}'`, workflowId);

    // Codes and ids only: nothing a person could be recognised by.
    const text = JSON.stringify(after);
    for (const personal of ['Marguerite', 'Boudreau', person.sin!]) expect(text).not.toContain(personal);
  },
);

test("a funding request carries its package's state and its next reminder; the waiting ones are listed", async () => {
  const { readyPackage, submitted } = fundingCases(() => ({ orm, org, manager, token }));
  const { packageId } = await readyPackage();
  const workflowId = fundingWorkflowId(packageId);
  const handle = temporal.workflow.getHandle(workflowId);
  await attributesBecome(handle, {
    FundingState: 'DRAFT',
    PathwayStatus: 'OPEN',
    OrganisationCode: org.code,
    CaseManagerId: org.users.manager.id,
    HasStuckStep: false,
  });

  await submitted(packageId);
  // A document goes by mail: its reminder (T-04) is the request's next alert.
  await attributesBecome(handle, { FundingState: 'SUBMITTED', NextAlertKind: FUNDING_REMINDER_KIND });
  // The typed form, as a program reads it.
  expect((await handle.describe()).typedSearchAttributes.get(A.NextAlertAt)).toBeInstanceOf(Date);
  await listedBy(
    `WorkflowType = 'fundingRequestWorkflow' AND FundingState IN ('SUBMITTED', 'CHANGES_REQUIRED') AND ` +
      `OrganisationCode = '${org.code}'`,
    workflowId,
  );
});

test('R-OPS-01 a step waiting for an operator sets HasStuckStep; R-OPS-02 the retry that succeeds clears it', async () => {
  await smtpControl.stop();
  const person = await createIndividual(orm, org);
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  const caseId = opened.body.id as number;
  const workflowId = caseWorkflowId(caseId);
  const handle = temporal.workflow.getHandle(workflowId);
  const stepId = `email:case-assigned:${caseId}:opened`;

  await attributesBecome(handle, { HasStuckStep: true, PathwayStage: 'INTAKE' });
  await listedBy(`HasStuckStep = true AND OrganisationCode = '${org.code}'`, workflowId);

  // The Operations page lists it too (its report is written right after the attribute is set).
  await eventually(async () => {
    const list = await operations.get('/api/operations/stuck-steps');
    return (list.body.items as { id: string; status: string }[]).some((s) => s.id === stepId && s.status === 'STUCK');
  }, 30_000);

  await smtpControl.start();
  const retried = await operations.post(`/api/operations/stuck-steps/${encodeURIComponent(stepId)}/retry`);
  expect(retried.status).toBe(202);
  await attributesBecome(handle, { HasStuckStep: false });
  await eventually(async () => {
    const ids: string[] = [];
    const query = `HasStuckStep = true AND OrganisationCode = '${org.code}'`;
    for await (const w of temporal.workflow.list({ query })) ids.push(w.workflowId);
    return !ids.includes(workflowId);
  }, 30_000);
});

test('R-REF-18 a transferred case carries the receiving organisation and its case manager', async () => {
  const receiving = await createOrg(orm, 'Search Attributes Receiving Centre');
  const person = await createIndividual(orm, org);
  const caseId = (await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body
    .id as number;
  const handle = temporal.workflow.getHandle(caseWorkflowId(caseId));
  await attributesBecome(handle, { OrganisationCode: org.code, CaseManagerId: org.users.manager.id });
  const sent = await manager.post(`/api/cases/${caseId}/referrals`, {
    type: 'CASE_TRANSFER',
    toOrganisationId: receiving.id,
    contactPerson: 'Luc Arsenault',
    emailedTo: 'referrals@example.org',
    language: 'EN',
    subject: `Case transfer referral – case ${caseId}`,
    body: `We would like to transfer case ${caseId} to your organisation.`,
    confirmed: true,
  });
  expect(sent.status).toBe(201);
  await attributesBecome(handle, { NextAlertKind: 'TRANSFER_REMINDER' });

  const receiver = await signIn(receiving, 'manager');
  const done = await receiver.post(`/api/cases/${caseId}/transfer`, {
    caseManagerId: receiving.users.manager2.id,
    confirmed: true,
  });
  expect(done.status).toBe(200);
  await attributesBecome(handle, { OrganisationCode: receiving.code, CaseManagerId: receiving.users.manager2.id });
  await listedBy(`OrganisationCode = '${receiving.code}'`, caseWorkflowId(caseId));
});
