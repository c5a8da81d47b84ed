// A case taken through its first stages by a case manager through the API, for tests that start further on.
import { expect } from '@jest/globals';
import type { Orm } from '../../db/orm.ts';
import { createIndividual, REGISTRATION, type TestOrg } from './fixtures.ts';
import type { Client } from './http.ts';
import { openStageTaskId } from './tasks.ts';

/** Completes the case's open stage task with `outcome`, as the Next step form does. */
export async function completeStageTask(manager: Client, caseId: number, outcome: string): Promise<void> {
  const task = openStageTaskId((await manager.get(`/api/cases/${caseId}`)).body.tasks);
  expect((await manager.post(`/api/cases/${caseId}/tasks/${task}/complete`, { outcome })).status).toBe(200);
}

/** A new case, in Intake, of a new client (named `client`, or a generated name); its id. */
export async function openedCase(
  orm: Orm,
  org: TestOrg,
  manager: Client,
  client?: { firstName?: string; lastName?: string },
): Promise<number> {
  const person = await createIndividual(orm, org, client);
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  return opened.body.id as number;
}

/** A new case of a new client, past its intake and assessment: its plan is being developed (RTWAP Dev). */
export async function caseInPlanDevelopment(
  orm: Orm,
  org: TestOrg,
  manager: Client,
  client: { firstName: string; lastName: string },
): Promise<number> {
  const id = await openedCase(orm, org, manager, client);
  await completeStageTask(manager, id, 'INTAKE_COMPLETE');
  const needs = await manager.post(`/api/cases/${id}/needs-determinations`, {
    employmentGoal: 'FULL_TIME_EMPLOYMENT',
    jobPreferences: [{ label: 'Medical Secretary', nocCode: '1243' }],
    completed: true,
    confirmed: true,
  });
  expect(needs.status).toBe(200);
  await completeStageTask(manager, id, 'ASSESSMENT_COMPLETE');
  return id;
}
