// An alert whose date has already passed when the workflow reaches it (anchors corrected into the past, a case
// continued or imported with an alert due) is raised in the same wake-up, without a zero-length timer.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { openCase } from '../../app/cases/opening.ts';
import { CaseAlert } from '../../db/entities.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { caseViewQuery, caseWorkflowId, caseUpdate } from '../../workflows/case-api.ts';
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { eventually } from '../support/http.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';
import { openStageTaskId } from '../support/tasks.ts';
import {
  addIntervention,
  changeIntervention,
  completeTask,
  correctFollowUpAnchors,
  recordOutcome,
  saveNeedsDetermination,
} from '../../domain/case-actions/index.ts';

const world = useTimeSkippingWorld();

test(
  'R-TMR-06 R-TMR-01 anchors corrected into the past raise the 24-week alert at once, with no timer in ' + 'between',
  async () => {
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
    const today = businessDate(new Date(await world.env.currentTimeMs()));
    const stageTask = async () => openStageTaskId((await handle.query(caseViewQuery)).state.tasks);

    // Intake to Follow-up in a day.
    await handle.executeUpdate(caseUpdate(completeTask), {
      args: [{ taskId: await stageTask(), outcome: 'INTAKE_COMPLETE', actor }],
    });
    await handle.executeUpdate(caseUpdate(saveNeedsDetermination), {
      args: [
        {
          employmentGoal: 'FULL_TIME_EMPLOYMENT',
          jobPreferences: [{ label: 'Welder', nocCode: '7237' }],
          barriers: [{ dimension: 'JOB_SEARCH', barrierType: 'EDUCATION', relevantToGoal: true }],
          completed: true,
          confirmed: true,
          actor,
        },
      ],
    });
    await handle.executeUpdate(caseUpdate(completeTask), {
      args: [{ taskId: await stageTask(), outcome: 'ASSESSMENT_COMPLETE', actor }],
    });
    const planned = await handle.executeUpdate(caseUpdate(addIntervention), {
      args: [
        {
          dimension: 'JOB_SEARCH',
          interventionType: 'JS_WORKSHOPS',
          fundingType: 'EDMT',
          deliveryModel: 'IN_HOUSE',
          plannedStartDate: today,
          plannedEndDate: today,
          description: 'One workshop',
          fundingRequested: false,
          actor,
        },
      ],
    });
    await handle.executeUpdate(caseUpdate(completeTask), {
      args: [{ taskId: await stageTask(), outcome: 'DEVELOPED_AND_SIGNED', actor }],
    });
    await handle.executeUpdate(caseUpdate(changeIntervention), {
      args: [{ interventionId: planned.created[0], status: 'COMPLETED', actualEndDate: today, actor }],
    });
    await handle.executeUpdate(caseUpdate(recordOutcome), {
      args: [
        {
          type: 'RTWAP_CLOSURE',
          actualOutcomeDate: today,
          employmentStatus: 'UNEMPLOYED',
          inPreferredField: false,
          confirmClose: false,
          actor,
        },
      ],
    });
    const inFollowUp = await handle.executeUpdate(caseUpdate(completeTask), {
      args: [{ taskId: await stageTask(), outcome: 'PLAN_COMPLETED', actor }],
    });
    expect(inFollowUp.status).toBe('FOLLOW_UP');

    // The plan was closed in the spring and recorded late: its 24-week alert date (L + 168) is a month ago.
    const a = addDays(today, -200);
    await handle.executeUpdate(caseUpdate(correctFollowUpAnchors), {
      args: [
        { planEndDate: a, lastInterventionEnd: a, reason: 'The plan closed in the spring; recorded late.', actor },
      ],
    });
    const alert = await eventually(() => world.orm.em.fork().findOne(CaseAlert, { caseId, kind: 'WEEK_24_DUE' }));
    expect([alert.dueDate, alert.raisedOn, alert.clearedOn]).toEqual([addDays(a, 168), today, null]);

    // The wake-up that raised it started no timer before recording the alert: the only timers are full waits.
    const history = await handle.fetchHistory();
    // RECORD_HISTORIES=1 refreshes the recorded history that the replay test checks every change against.
    if (process.env.RECORD_HISTORIES) {
      const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../replay/histories/case-due-alert.json');
      await writeFile(file, historyToJSON(history));
    }
    const timers = (history.events ?? []).flatMap((e) =>
      e.timerStartedEventAttributes ? [Number(e.timerStartedEventAttributes.startToFireTimeout?.seconds ?? 0)] : [],
    );
    expect(timers.filter((seconds) => seconds < 60)).toEqual([]);
  },
);
