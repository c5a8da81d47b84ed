// R-PM-08 on the time-skipping test server: a funded intervention added to a signed plan opens the case manager's
// "Request documentation" task through the workflow (behind patched('request-documentation-task')), recorded in
// PostgreSQL; acknowledging it closes it.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { openCase } from '../../app/cases/opening.ts';
import { CaseTask } from '../../db/entities.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { caseViewQuery, caseWorkflowId, caseUpdate } from '../../workflows/case-api.ts';
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';
import { openStageTaskId } from '../support/tasks.ts';
import { addIntervention, completeTask, saveNeedsDetermination } from '../../domain/case-actions/index.ts';

const world = useTimeSkippingWorld();

test('R-PM-08 a funded intervention added after signing gives the case manager "Request documentation"', async () => {
  const person = await createIndividual(world.orm, world.org);
  const actor = { userId: world.org.users.manager.id };
  const caseId = await openCase(
    { em: world.orm.em.fork(), temporal: world.env.client, user: world.org.users.manager },
    { individualId: person.id, accountabilityReporting: 'PRIVATE', registration: REGISTRATION },
  );
  const handle = world.env.client.workflow.getHandle(caseWorkflowId(caseId));
  const stageTask = async () => openStageTaskId((await handle.query(caseViewQuery)).state.tasks);
  const complete = async (outcome: string, taskId?: string) =>
    handle.executeUpdate(caseUpdate(completeTask), {
      args: [{ taskId: taskId ?? (await stageTask()), outcome, actor }],
    });
  const today = businessDate(new Date(await world.env.currentTimeMs()));
  const add = (fundingRequested: boolean) =>
    handle.executeUpdate(caseUpdate(addIntervention), {
      args: [
        {
          dimension: 'JOB_SEARCH',
          interventionType: 'JS_WORKSHOPS',
          fundingType: 'EDMT',
          deliveryModel: 'IN_HOUSE',
          plannedStartDate: today,
          plannedEndDate: addDays(today, 30),
          description: 'Job search workshops',
          fundingRequested,
          actor,
        },
      ],
    });

  await complete('INTAKE_COMPLETE');
  await handle.executeUpdate(caseUpdate(saveNeedsDetermination), {
    args: [
      {
        employmentGoal: 'FULL_TIME_EMPLOYMENT',
        jobPreferences: [{ label: 'Medical Secretary', nocCode: '1243' }],
        barriers: [{ dimension: 'JOB_SEARCH', barrierType: 'EDUCATION', relevantToGoal: true }],
        completed: true,
        confirmed: true,
        actor,
      },
    ],
  });
  await complete('ASSESSMENT_COMPLETE');
  await add(true); // funded, before signing: nothing more to sign
  await complete('DEVELOPED_AND_SIGNED');
  await add(false); // not funded: nothing more to sign
  const documentation = () => world.orm.em.fork().find(CaseTask, { caseId, type: 'REQUEST_DOCUMENTATION' });
  expect(await documentation()).toEqual([]);

  await add(true);
  const [task] = await documentation();
  expect([task.state, task.openedOn, task.dueDate]).toEqual(['OPEN', today, addDays(today, 7)]);
  await complete('ACKNOWLEDGED', task.id);
  expect((await documentation()).map((t) => [t.state, t.outcome])).toEqual([['COMPLETED', 'ACKNOWLEDGED']]);

  // RECORD_HISTORIES=1 refreshes the recorded history that the replay test checks every change against.
  if (process.env.RECORD_HISTORIES) {
    const file = path.join(
      path.dirname(fileURLToPath(import.meta.url)),
      '../replay/histories/case-request-documentation.json',
    );
    await writeFile(file, historyToJSON(await handle.fetchHistory()));
  }
});
