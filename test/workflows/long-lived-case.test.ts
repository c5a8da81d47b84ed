// A case lives a year or more: its workflow continues as new before the history grows large, carrying
// its state, and goes on refusing and accepting actions as before.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import { openCase } from '../../api/case-opening.ts';
import { ruleViolations } from '../../api/http.ts';
import { CaseNote } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { startTimeSkippingServer } from '../../scripts/services/temporal.ts';
import { addNoteUpdate, caseViewQuery, caseWorkflowId, closeCaseUpdate, completeTaskUpdate } from '../../workflows/case-api.ts';
import { createIndividual, createOrg, type TestOrg, REGISTRATION } from '../support/fixtures.ts';
import { createTestWorker, quietSdkLogs } from '../support/temporal-worker.ts';

let env: TestWorkflowEnvironment;
let orm: Orm;
let org: TestOrg;
let worker: Worker;
let running: Promise<void>;

beforeAll(async () => {
  quietSdkLogs();
  env = await startTimeSkippingServer();
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm);
  worker = await createTestWorker(env.nativeConnection, orm);
  running = worker.run();
});

afterAll(async () => {
  worker?.shutdown();
  await running;
  await env?.teardown();
  await orm?.close();
});

test('a case survives continue-as-new with its state, tasks and rules intact', async () => {
  const manager = org.users.manager;
  const actor = { userId: manager.id };
  const person = await createIndividual(orm, org);
  const caseId = await openCase(orm.em.fork(), env.client, manager, { individualId: person.id, accountabilityReporting: 'PRIVATE', registration: REGISTRATION }, { historyLimit: 40 });
  const handle = env.client.workflow.getHandle(caseWorkflowId(caseId));
  const firstRun = (await handle.describe()).runId;

  for (let i = 1; i <= 12; i++) await handle.executeUpdate(addNoteUpdate, { args: [{ text: `Call ${i} with the client`, actor }] });

  let view = await handle.query(caseViewQuery);
  for (let i = 0; i < 50 && view.runId === firstRun; i++) {
    await new Promise((r) => setTimeout(r, 100));
    view = await handle.query(caseViewQuery);
  }
  expect(view.runId).not.toBe(firstRun);
  expect(view.state.notes).toBe(12);
  expect(view.state.history.map((h) => h.status)).toEqual(['INTAKE']);
  expect(await orm.em.fork().count(CaseNote, { caseId })).toBe(12);

  // The new run still enforces the rules and accepts actions.
  const refused = await handle.executeUpdate(closeCaseUpdate, { args: [{ reason: 'NEW_CASE_REQUIRED', confirmed: true, actor }] }).catch((e) => e);
  expect(ruleViolations(refused)?.[0].code).toBe('E-CLOSE-03');
  const task = view.state.tasks.find((t) => t.state === 'OPEN')!;
  const after = await handle.executeUpdate(completeTaskUpdate, { args: [{ taskId: task.id, outcome: 'SELF_SERVE_ONLY', actor }] });
  expect(after.status).toBe('CLOSED');
});
