// A whole case, intake to the 52-week closure, on the time-skipping test server: months of durable timers
// in seconds. Time is skipped between actions, never while an Update waits.
import { writeFile } from 'node:fs/promises';
import { refusalFromUpdate } from '../../app/updates.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { openCase } from '../../app/cases/opening.ts';
import { CaseAlert, CaseStatusRow, CaseTask } from '../../db/entities.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { caseViewQuery, caseWorkflowId, caseUpdate } from '../../workflows/case-api.ts';
import { SEARCH_ATTRIBUTE } from '../../workflows/search-attributes.ts';
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';
import { openStageTaskId } from '../support/tasks.ts';
import {
  addIntervention,
  changeIntervention,
  completeTask,
  recordOutcome,
  saveNeedsDetermination,
} from '../../domain/case-actions/index.ts';

const DAY = 86_400_000;
const world = useTimeSkippingWorld();

const today = async () => businessDate(new Date(await world.env.currentTimeMs()));

async function openStageTask(caseId: number) {
  return openStageTaskId(
    (await world.env.client.workflow.getHandle(caseWorkflowId(caseId)).query(caseViewQuery)).state.tasks,
  );
}

async function statusRows(caseId: number) {
  const rows = await world.orm.em.fork().find(CaseStatusRow, { caseId }, { orderBy: { id: 'asc' } });
  return rows.map((r) => [r.status, r.startDate, r.endDate, r.reason]);
}

test('R-HIST-01 R-FU-01 R-FU-02 R-FU-05 R-TMR-01 a case from intake to its 52-week closure, row by row', async () => {
  const person = await createIndividual(world.orm, world.org);
  const manager = world.org.users.manager;
  const actor = { userId: manager.id };
  const caseId = await openCase(
    { em: world.orm.em.fork(), temporal: world.env.client, user: manager },
    {
      individualId: person.id,
      accountabilityReporting: 'PRIVATE',
      registration: REGISTRATION,
    },
  );
  const handle = world.env.client.workflow.getHandle(caseWorkflowId(caseId));
  const day0 = await today();

  await handle.executeUpdate(caseUpdate(completeTask), {
    args: [{ taskId: await openStageTask(caseId), outcome: 'INTAKE_COMPLETE', actor }],
  });
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
  await world.env.sleep(2 * DAY);
  const day2 = await today();
  await handle.executeUpdate(caseUpdate(completeTask), {
    args: [{ taskId: await openStageTask(caseId), outcome: 'ASSESSMENT_COMPLETE', actor }],
  });
  const afterAdd = await handle.executeUpdate(caseUpdate(addIntervention), {
    args: [
      {
        dimension: 'JOB_SEARCH',
        interventionType: 'JS_WORKSHOPS',
        fundingType: 'EDMT',
        deliveryModel: 'IN_HOUSE',
        plannedStartDate: day2,
        plannedEndDate: addDays(day2, 10),
        description: 'Three job search workshops',
        fundingRequested: false,
        actor,
      },
    ],
  });
  const [interventionId] = afterAdd.created;
  await world.env.sleep(3 * DAY);
  const day5 = await today();
  await handle.executeUpdate(caseUpdate(completeTask), {
    args: [{ taskId: await openStageTask(caseId), outcome: 'DEVELOPED_AND_SIGNED', actor }],
  });
  await handle.executeUpdate(caseUpdate(changeIntervention), {
    args: [{ interventionId, status: 'IN_PROGRESS', actor }],
  });

  // The intervention ends on day2+10 without a result: from the next day it is overdue, with an alert.
  await world.env.sleep(10 * DAY);
  const overdue = await world.orm.em.fork().find(CaseAlert, { caseId, kind: 'INTERVENTION_OVERDUE', clearedOn: null });
  expect(overdue.map((a) => a.dueDate)).toEqual([addDays(day2, 10)]);

  const day15 = await today();
  await handle.executeUpdate(caseUpdate(changeIntervention), {
    args: [{ interventionId, status: 'COMPLETED', actualEndDate: day15, actor }],
  });
  expect(await world.orm.em.fork().count(CaseAlert, { caseId, clearedOn: null })).toBe(0);
  await handle.executeUpdate(caseUpdate(recordOutcome), {
    args: [
      {
        type: 'RTWAP_CLOSURE',
        actualOutcomeDate: day15,
        employmentStatus: 'UNEMPLOYED',
        inPreferredField: false,
        confirmClose: false,
        actor,
      },
    ],
  });
  await handle.executeUpdate(caseUpdate(completeTask), {
    args: [{ taskId: await openStageTask(caseId), outcome: 'PLAN_COMPLETED', actor }],
  });

  // Follow-up: A = L = day15; 24-week from A+154, alert at L+168; 52-week from A+336, alert at L+364.
  const early = await handle
    .executeUpdate(caseUpdate(recordOutcome), {
      args: [
        {
          type: 'WEEK_24',
          actualOutcomeDate: day15,
          employmentStatus: 'UNKNOWN',
          inPreferredField: false,
          confirmClose: false,
          actor,
        },
      ],
    })
    .catch((e) => e);
  expect(refusalFromUpdate(early)?.violations?.map((v) => [v.rule, v.code, v.earliestDate])).toEqual([
    ['R-FU-01', 'E-OUT-01', addDays(day15, 154)],
  ]);

  await world.env.sleep(169 * DAY);
  const alerts = await world.orm.em.fork().find(CaseAlert, { caseId, kind: 'WEEK_24_DUE' });
  expect(alerts.map((a) => [a.dueDate, a.clearedOn])).toEqual([[addDays(day15, 168), null]]);
  const day184 = await today();
  await handle.executeUpdate(caseUpdate(recordOutcome), {
    args: [
      {
        type: 'WEEK_24',
        actualOutcomeDate: day184,
        employmentStatus: 'UNEMPLOYED',
        inPreferredField: false,
        confirmClose: false,
        actor,
      },
    ],
  });
  expect((await world.orm.em.fork().findOneOrFail(CaseAlert, { caseId, kind: 'WEEK_24_DUE' })).clearedOn).toBe(day184);

  await world.env.sleep(167 * DAY); // day15 + 336: the first day the 52-week outcome is allowed
  const day351 = await today();
  expect(day351).toBe(addDays(day15, 336));
  const closed = await handle.executeUpdate(caseUpdate(recordOutcome), {
    args: [
      {
        type: 'WEEK_52',
        actualOutcomeDate: day351,
        employmentStatus: 'EMPLOYED',
        employmentDetails: 'FULL_TIME',
        employerName: 'Dr XYZ medical clinic',
        provinceOfEmployment: 'NS',
        jobTitle: 'Medical Secretary',
        nocCode: '1243',
        hoursPerWeek: 37.5,
        hourlyWage: 21.5,
        inPreferredField: true,
        confirmClose: true,
        actor,
      },
    ],
  });
  expect(closed.status).toBe('CLOSED');
  await handle.result();
  // The search attributes followed the case to its end (Temporal's tools list it as closed).
  const attributes = (await handle.describe()).typedSearchAttributes;
  expect([attributes.get(SEARCH_ATTRIBUTE.PathwayStage), attributes.get(SEARCH_ATTRIBUTE.PathwayStatus)]).toEqual([
    'CLOSED',
    'CLOSED',
  ]);

  expect(await statusRows(caseId)).toEqual([
    ['INTAKE', day0, day0, 'NEW_CASE_CREATED'],
    ['ASSESSMENT', day0, day2, 'INTAKE_PROCESS_COMPLETE'],
    ['RTWAP_DEV', day2, day5, 'ASSESSMENT_COMPLETED'],
    ['RTWAP_MGMT', day5, day15, 'DEVELOPED_AND_SIGNED'],
    ['FOLLOW_UP', day15, day351, 'ACTION_PLAN_COMPLETE'],
    ['CLOSED', day351, null, 'FOLLOW_UP_COMPLETE'],
  ]);
  // R-CASE-26: closing leaves no open task and no open alert.
  expect(await world.orm.em.fork().count(CaseTask, { caseId, state: 'OPEN' })).toBe(0);
  expect(await world.orm.em.fork().count(CaseAlert, { caseId, clearedOn: null })).toBe(0);

  // RECORD_HISTORIES=1 refreshes the recorded history that the replay test checks every change against.
  if (process.env.RECORD_HISTORIES) {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../replay/histories/case-lifecycle.json');
    await writeFile(file, historyToJSON(await handle.fetchHistory()));
  }
});
