// A case lives a year or more: its workflow continues as new before the history grows large, carrying
// its state, and goes on refusing and accepting actions as before.
import { openCase } from '../../app/cases/opening.ts';
import { refusalFromUpdate } from '../../app/updates.ts';
import { CaseNote } from '../../db/entities.ts';
import { caseViewQuery, caseWorkflowId, caseUpdate } from '../../workflows/case-api.ts';
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';
import { addNote, closeCase, completeTask } from '../../domain/case-actions/index.ts';

const world = useTimeSkippingWorld();

test('a case survives continue-as-new with its state, tasks and rules intact', async () => {
  const manager = world.org.users.manager;
  const actor = { userId: manager.id };
  const person = await createIndividual(world.orm, world.org);
  const caseId = await openCase(
    { em: world.orm.em.fork(), temporal: world.env.client, user: manager },
    { individualId: person.id, accountabilityReporting: 'PRIVATE', registration: REGISTRATION },
    { historyLimit: 40 },
  );
  const handle = world.env.client.workflow.getHandle(caseWorkflowId(caseId));
  const firstRun = (await handle.describe()).runId;

  for (let i = 1; i <= 12; i++)
    await handle.executeUpdate(caseUpdate(addNote), { args: [{ text: `Call ${i} with the client`, actor }] });

  let view = await handle.query(caseViewQuery);
  for (let i = 0; i < 50 && view.runId === firstRun; i++) {
    await new Promise((r) => setTimeout(r, 100));
    view = await handle.query(caseViewQuery);
  }
  expect(view.runId).not.toBe(firstRun);
  expect(view.state.notes).toBe(12);
  expect(view.state.history.map((h) => h.status)).toEqual(['INTAKE']);
  expect(await world.orm.em.fork().count(CaseNote, { caseId })).toBe(12);

  // The new run still enforces the rules and accepts actions.
  const refused = await handle
    .executeUpdate(caseUpdate(closeCase), { args: [{ reason: 'NEW_CASE_REQUIRED', confirmed: true, actor }] })
    .catch((e) => e);
  expect(refusalFromUpdate(refused)?.violations?.[0].code).toBe('E-CLOSE-03');
  const task = view.state.tasks.find((t) => t.state === 'OPEN')!;
  const after = await handle.executeUpdate(caseUpdate(completeTask), {
    args: [{ taskId: task.id, outcome: 'SELF_SERVE_ONLY', actor }],
  });
  expect(after.status).toBe('CLOSED');
});
