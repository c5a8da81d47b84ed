// Stage tasks, status transitions and the status history (spec 01 §5.3-5.4, §5.9; spec 03 §2.5, R-HIST).
import {
  CASE_STATUSES,
  REASON_LABELS,
  STATUS_LABELS,
  TASK_LABELS,
  TASK_OUTCOMES,
  type CaseStatus,
  type TaskType,
} from '../../domain/case-model.ts';
import { emptyCaseState, foldEvents, openStageTask } from '../../domain/case-state.ts';
import { RuleViolationError } from '../../domain/refusals.ts';
import { ANY_DAY, CaseRun, outcomeInput, violationsOf, walkTo } from './helpers.ts';
import { addNote, closeCase, completeTask, reassign } from '../../domain/case-actions/index.ts';
import { openCaseEvents } from '../../domain/case-transitions.ts';

describe('opening a case', () => {
  test('R-CASE-07 a new case starts in Intake with its first status row and the Complete Intake task', () => {
    let n = 0;
    const { state, events } = openCaseEvents(100923, 13349, { today: '2011-10-20', newId: () => `t${++n}` });
    expect(events).toEqual([
      { type: 'StatusChanged', from: null, to: 'INTAKE', date: '2011-10-20', reason: 'NEW_CASE_CREATED' },
      {
        type: 'TaskOpened',
        task: { id: 't1', type: 'COMPLETE_INTAKE', openedOn: '2011-10-20', dueDate: '2011-10-27' },
      },
    ]);
    expect(state.status).toBe('INTAKE');
    expect(state.caseId).toBe(100923);
    expect(state.caseManagerId).toBe(13349);
    expect(state.history).toEqual([
      { status: 'INTAKE', startDate: '2011-10-20', endDate: null, reason: 'NEW_CASE_CREATED' },
    ]);
    expect(state.tasks).toEqual([
      { id: 't1', type: 'COMPLETE_INTAKE', openedOn: '2011-10-20', dueDate: '2011-10-27', state: 'OPEN' },
    ]);
    // The events are the whole story: folding them on a blank case gives the same state.
    expect(foldEvents(emptyCaseState(100923, 13349), events)).toEqual(state);
  });

  test('R-TASK-06 Complete Intake is due 7 days after creation (Oct 20 → Oct 27, 2011)', () => {
    const run = new CaseRun('2011-10-20');
    expect(openStageTask(run.state)).toMatchObject({ type: 'COMPLETE_INTAKE', dueDate: '2011-10-27' });
    expect(TASK_LABELS.COMPLETE_INTAKE.en).toBe('Complete Intake');
  });
});

describe('stage task due dates (R-TASK-06)', () => {
  test('R-TASK-06 Complete Assessment is due 14 days after Intake Complete', () => {
    const run = walkTo('ASSESSMENT');
    expect(openStageTask(run.state)).toMatchObject({
      type: 'COMPLETE_ASSESSMENT',
      openedOn: '2011-10-25',
      dueDate: '2011-11-08',
    });
  });

  test('R-TASK-06 Develop Action Plan is due two weeks after Assessment Complete (Oct 31 → Nov 14, 2011)', () => {
    const run = walkTo('RTWAP_DEV');
    expect(openStageTask(run.state)).toMatchObject({
      type: 'DEVELOP_ACTION_PLAN',
      openedOn: '2011-10-31',
      dueDate: '2011-11-14',
    });
  });

  test('R-TASK-06 Close Action Plan is due on the plan interventions end date (Dec 26, 2011)', () => {
    const run = walkTo('RTWAP_MGMT');
    expect(openStageTask(run.state)).toMatchObject({
      type: 'CLOSE_ACTION_PLAN',
      openedOn: '2011-11-22',
      dueDate: '2011-12-26',
    });
  });
});

/** Expected outcomes per stage task, from spec 01 §5.4 and R-PM-10/11 of spec 02 (not from TASK_OUTCOMES). */
const EXPECTED_OUTCOMES: [TaskType, string, string, CaseStatus, keyof typeof REASON_LABELS][] = [
  ['COMPLETE_INTAKE', 'INTAKE_COMPLETE', 'Intake Complete', 'ASSESSMENT', 'INTAKE_PROCESS_COMPLETE'],
  ['COMPLETE_INTAKE', 'SELF_SERVE_ONLY', 'Self-Serve Only', 'CLOSED', 'SELF_SERVE_ONLY'],
  ['COMPLETE_INTAKE', 'GROUP_SERVICES_ONLY', 'Group Services Only', 'CLOSED', 'GROUP_SERVICES_ONLY'],
  ['COMPLETE_INTAKE', 'REFERRED', 'Referred', 'CLOSED', 'REFERRED'],
  ['COMPLETE_ASSESSMENT', 'ASSESSMENT_COMPLETE', 'Assessment Complete', 'RTWAP_DEV', 'ASSESSMENT_COMPLETED'],
  ['COMPLETE_ASSESSMENT', 'SELF_SERVE_ONLY', 'Self-Serve Only', 'CLOSED', 'SELF_SERVE_ONLY'],
  ['COMPLETE_ASSESSMENT', 'GROUP_SERVICES_ONLY', 'Group Services Only', 'CLOSED', 'GROUP_SERVICES_ONLY'],
  ['COMPLETE_ASSESSMENT', 'REFERRED', 'Referred', 'CLOSED', 'REFERRED'],
  [
    'COMPLETE_ASSESSMENT',
    'ACTION_PLAN_NOT_VIABLE',
    'Action Plan Development Not Viable',
    'CLOSED',
    'ACTION_PLAN_NOT_VIABLE',
  ],
  ['DEVELOP_ACTION_PLAN', 'DEVELOPED_AND_SIGNED', 'Developed and Signed', 'RTWAP_MGMT', 'DEVELOPED_AND_SIGNED'],
  ['DEVELOP_ACTION_PLAN', 'REFERRED', 'Referred', 'CLOSED', 'REFERRED'],
  ['DEVELOP_ACTION_PLAN', 'CLIENT_NOT_COMMITTED', 'Client Not Committed', 'CLOSED', 'CLIENT_NOT_COMMITTED'],
  ['CLOSE_ACTION_PLAN', 'PLAN_COMPLETED', 'Plan Completed', 'FOLLOW_UP', 'ACTION_PLAN_COMPLETE'],
  ['CLOSE_ACTION_PLAN', 'NOT_COMPLETED_FOUND_WORK', 'Not Completed – Found Work', 'FOLLOW_UP', 'ACTION_PLAN_COMPLETE'],
  [
    'CLOSE_ACTION_PLAN',
    'NOT_COMPLETED_STARTED_BUSINESS',
    'Not Completed – Started Business',
    'FOLLOW_UP',
    'ACTION_PLAN_COMPLETE',
  ],
  ['CLOSE_ACTION_PLAN', 'MOVED_OUT_OF_PROVINCE', 'Moved out of province', 'CLOSED', 'MOVED_OUT_OF_PROVINCE'],
  ['CLOSE_ACTION_PLAN', 'LEFT_LABOUR_FORCE', 'Left labour force', 'CLOSED', 'LEFT_LABOUR_FORCE'],
  ['CLOSE_ACTION_PLAN', 'REFERRED', 'Referred', 'CLOSED', 'REFERRED'],
  [
    'CLOSE_ACTION_PLAN',
    'DID_NOT_FOLLOW_THROUGH',
    'Did not follow through (non-participation)',
    'CLOSED',
    'DID_NOT_FOLLOW_THROUGH',
  ],
];

const STAGE_OF_TASK: Record<string, Exclude<CaseStatus, 'CLOSED'>> = {
  COMPLETE_INTAKE: 'INTAKE',
  COMPLETE_ASSESSMENT: 'ASSESSMENT',
  DEVELOP_ACTION_PLAN: 'RTWAP_DEV',
  CLOSE_ACTION_PLAN: 'RTWAP_MGMT',
};

/** The next stage task each status opens (none for Closed; the two outcome tasks for Follow-up). */
const TASKS_OPENED_BY: Record<CaseStatus, string[]> = {
  INTAKE: ['COMPLETE_INTAKE'],
  ASSESSMENT: ['COMPLETE_ASSESSMENT'],
  RTWAP_DEV: ['DEVELOP_ACTION_PLAN'],
  RTWAP_MGMT: ['CLOSE_ACTION_PLAN'],
  FOLLOW_UP: ['WEEK_24_OUTCOME', 'WEEK_52_OUTCOME'],
  CLOSED: [],
};

/** A case at the stage of `task` with every prerequisite of every outcome met (needs, intervention, plan closed). */
function readyToComplete(task: TaskType): CaseRun {
  const stage = STAGE_OF_TASK[task];
  const run = walkTo(stage);
  const day = '2011-11-28';
  if (stage === 'ASSESSMENT') run.saveNeeds('2011-10-28');
  if (stage === 'RTWAP_DEV') run.addIntervention('2011-11-02');
  if (stage === 'RTWAP_MGMT') {
    run.closeAllInterventions(day);
    run.recordOutcome(day, outcomeInput('RTWAP_CLOSURE', day));
  }
  return run;
}

describe('R-CASE-20 stage progression only through the stage task outcomes', () => {
  test.each(Object.entries(STAGE_OF_TASK))(
    'R-CASE-20 the %s task offers exactly the outcomes of spec 01 §5.4 / R-PM-10/11',
    (task) => {
      const offered = Object.entries(TASK_OUTCOMES[task as TaskType] ?? {}).map(([code, r]) => [code, r.label.en]);
      const expected = EXPECTED_OUTCOMES.filter(([t]) => t === task).map(([, code, label]) => [code, label]);
      expect(offered).toEqual(expected);
    },
  );

  // Seed 001_f6f881140131d1c7.txt: lines 768-775 (intake), 1302-1310 (assessment), 1698-1706 (plan), 3153-3158 (close
  // plan).
  test.each([
    [
      'COMPLETE_INTAKE',
      {
        INTAKE_COMPLETE: 'Accueil terminé',
        SELF_SERVE_ONLY: 'Libre-service seulement',
        GROUP_SERVICES_ONLY: 'Services de groupe seulement',
        REFERRED: 'Aiguillé',
      },
    ],
    [
      'COMPLETE_ASSESSMENT',
      {
        ASSESSMENT_COMPLETE: 'Évaluation terminée',
        ACTION_PLAN_NOT_VIABLE: "Préparation d'un plan d'action non viable",
      },
    ],
    [
      'DEVELOP_ACTION_PLAN',
      { DEVELOPED_AND_SIGNED: 'Élaboré et signé', REFERRED: 'Aiguillé', CLIENT_NOT_COMMITTED: 'Client non engagé' },
    ],
    [
      'CLOSE_ACTION_PLAN',
      {
        PLAN_COMPLETED: 'PARAT réalisé',
        NOT_COMPLETED_FOUND_WORK: 'Non réalisé/A trouvé du travail',
        NOT_COMPLETED_STARTED_BUSINESS: 'Non réalisé/A lancé une entreprise',
      },
    ],
  ] as [TaskType, Record<string, string>][])(
    'R-CASE-20 the %s outcomes carry the French labels of the seeds',
    (task, expected) => {
      const actual = Object.fromEntries(Object.keys(expected).map((c) => [c, TASK_OUTCOMES[task]![c].label.fr]));
      expect(actual).toEqual(expected);
    },
  );

  test.each(EXPECTED_OUTCOMES)(
    'R-CASE-20 %s with outcome %s ("%s") moves the case to %s, reason %s',
    (task, code, _label, to, reason) => {
      const run = readyToComplete(task);
      const before = run.state.status;
      const taskId = run.stageTaskId();
      const day = task === 'CLOSE_ACTION_PLAN' ? '2011-11-28' : '2011-11-30';
      run.completeStage(day, code);
      expect(run.state.status).toBe(to);
      expect(run.state.history.at(-2)).toMatchObject({ status: before, endDate: day });
      expect(run.state.history.at(-1)).toEqual({ status: to, startDate: day, endDate: null, reason });
      expect(run.state.tasks.find((t) => t.id === taskId)).toMatchObject({
        state: 'COMPLETED',
        outcome: code,
        closedOn: day,
      });
      expect(run.openTaskTypes()).toEqual(TASKS_OPENED_BY[to]);
    },
  );

  test('R-CASE-20 an outcome that is not offered for the open task is refused, listing the accepted ones', () => {
    const run = walkTo('INTAKE');
    const v = completeTask.validate(run.state, { outcome: 'ASSESSMENT_COMPLETE', taskId: run.stageTaskId() }, ANY_DAY);
    expect(v).toMatchObject([
      {
        rule: 'R-CASE-20',
        code: 'ERR_TASK_OUTCOME',
        message:
          'Complete Intake accepts one of these outcomes: INTAKE_COMPLETE, SELF_SERVE_ONLY, ' +
          'GROUP_SERVICES_ONLY, REFERRED.',
        field: 'outcome',
      },
    ]);
    expect(run.state.status).toBe('INTAKE');
  });

  test('R-CASE-20 Close Action Plan refuses a Develop Action Plan outcome', () => {
    const run = walkTo('RTWAP_MGMT');
    const v = completeTask.validate(run.state, { outcome: 'DEVELOPED_AND_SIGNED', taskId: run.stageTaskId() }, ANY_DAY);
    expect(v.map((x) => x.message)).toEqual([
      'Close Action Plan accepts one of these outcomes: PLAN_COMPLETED, NOT_COMPLETED_FOUND_WORK, ' +
        'NOT_COMPLETED_STARTED_BUSINESS, MOVED_OUT_OF_PROVINCE, LEFT_LABOUR_FORCE, REFERRED, ' +
        'DID_NOT_FOLLOW_THROUGH.',
    ]);
  });
});

describe('R-CASE-21 one open stage task', () => {
  test('R-CASE-21 completing the stage task marks it completed and leaves exactly one open stage task', () => {
    const run = walkTo('INTAKE');
    const events = run.completeStage('2011-10-25', 'INTAKE_COMPLETE');
    expect(events).toEqual([
      { type: 'TaskCompleted', taskId: 'id-1', outcome: 'INTAKE_COMPLETE', date: '2011-10-25' },
      {
        type: 'StatusChanged',
        from: 'INTAKE',
        to: 'ASSESSMENT',
        date: '2011-10-25',
        reason: 'INTAKE_PROCESS_COMPLETE',
      },
      {
        type: 'TaskOpened',
        task: { id: 'id-2', type: 'COMPLETE_ASSESSMENT', openedOn: '2011-10-25', dueDate: '2011-11-08' },
      },
    ]);
    expect(run.state.tasks).toEqual([
      {
        id: 'id-1',
        type: 'COMPLETE_INTAKE',
        openedOn: '2011-10-20',
        dueDate: '2011-10-27',
        state: 'COMPLETED',
        outcome: 'INTAKE_COMPLETE',
        closedOn: '2011-10-25',
      },
      { id: 'id-2', type: 'COMPLETE_ASSESSMENT', openedOn: '2011-10-25', dueDate: '2011-11-08', state: 'OPEN' },
    ]);
  });

  test('R-CASE-21 a task that is not the open stage task is refused, naming the open one', () => {
    const run = walkTo('ASSESSMENT');
    expect(completeTask.validate(run.state, { outcome: 'INTAKE_COMPLETE', taskId: 'id-1' }, ANY_DAY)).toMatchObject([
      {
        rule: 'R-CASE-21',
        code: 'ERR_TASK_NOT_OPEN',
        message: 'Task id-1 is not the open stage task of this case (that is id-2, Complete Assessment).',
      },
    ]);
    const v = violationsOf(() =>
      completeTask.decide(run.state, { outcome: 'ASSESSMENT_COMPLETE', taskId: 'nope' }, run.ctx('2011-10-26')),
    );
    expect(v[0].message).toBe('Task nope is not the open stage task of this case (that is id-2, Complete Assessment).');
  });

  test('R-CASE-21 in Follow-up there is no stage task to complete', () => {
    const run = walkTo('FOLLOW_UP');
    const [week24] = run.state.tasks.filter((t) => t.type === 'WEEK_24_OUTCOME');
    expect(completeTask.validate(run.state, { outcome: 'PLAN_COMPLETED', taskId: week24.id }, ANY_DAY)).toMatchObject([
      {
        rule: 'R-CASE-21',
        code: 'ERR_TASK_NOT_OPEN',
        message: `Task ${week24.id} is not the open stage task of this case.`,
      },
    ]);
  });
});

describe('gates on stage outcomes', () => {
  test('R-CASE-27 R-ND-10 Assessment Complete is refused until a needs determination is completed', () => {
    const run = walkTo('ASSESSMENT');
    const refused = {
      rule: 'R-CASE-27',
      code: 'ERR_NEEDS_REQUIRED',
      message: 'Complete a needs determination before completing the assessment.',
    };
    expect(
      completeTask.validate(run.state, { outcome: 'ASSESSMENT_COMPLETE', taskId: run.stageTaskId() }, ANY_DAY),
    ).toMatchObject([refused]);
    // A draft (not completed) version is not enough.
    run.saveNeeds('2011-10-28', { completed: false, confirmed: false });
    expect(
      completeTask.validate(run.state, { outcome: 'ASSESSMENT_COMPLETE', taskId: run.stageTaskId() }, ANY_DAY),
    ).toMatchObject([refused]);
    expect(() => run.completeStage('2011-10-28', 'ASSESSMENT_COMPLETE')).toThrow(RuleViolationError);
    expect(run.state.status).toBe('ASSESSMENT');
    run.saveNeeds('2011-10-31');
    run.completeStage('2011-10-31', 'ASSESSMENT_COMPLETE');
    expect(run.state.status).toBe('RTWAP_DEV');
  });

  test('R-CASE-27 closing outcomes of the assessment task need no needs determination', () => {
    const run = walkTo('ASSESSMENT');
    run.completeStage('2011-10-28', 'ACTION_PLAN_NOT_VIABLE');
    expect(run.state.history.at(-1)).toEqual({
      status: 'CLOSED',
      startDate: '2011-10-28',
      endDate: null,
      reason: 'ACTION_PLAN_NOT_VIABLE',
    });
  });

  test('R-CASE-29 Developed and Signed is refused while the action plan has no intervention', () => {
    const run = walkTo('RTWAP_DEV');
    expect(
      completeTask.validate(run.state, { outcome: 'DEVELOPED_AND_SIGNED', taskId: run.stageTaskId() }, ANY_DAY),
    ).toMatchObject([
      {
        rule: 'R-CASE-29',
        code: 'ERR_PLAN_EMPTY',
        message: 'Add at least one intervention to the action plan before it is signed.',
      },
    ]);
    // Client Not Committed closes the case without a plan.
    expect(
      completeTask.validate(run.state, { outcome: 'CLIENT_NOT_COMMITTED', taskId: run.stageTaskId() }, ANY_DAY),
    ).toEqual([]);
  });
});

describe('status history (R-CASE-22, R-HIST)', () => {
  function legacyCase(): CaseRun {
    const run = walkTo('FOLLOW_UP');
    run.apply('2011-12-19', (s, ctx) =>
      closeCase.decide(s, { reason: 'FOLLOW_UPS_NOT_ACHIEVABLE', confirmed: true }, ctx),
    );
    return run;
  }

  test(
    'R-CASE-22 R-HIST-01 R-HIST-02 legacy case 100923: each change end-dates the current row on the next row ' +
      'start date',
    () => {
      expect(legacyCase().state.history).toEqual([
        { status: 'INTAKE', startDate: '2011-10-20', endDate: '2011-10-25', reason: 'NEW_CASE_CREATED' },
        { status: 'ASSESSMENT', startDate: '2011-10-25', endDate: '2011-10-31', reason: 'INTAKE_PROCESS_COMPLETE' },
        { status: 'RTWAP_DEV', startDate: '2011-10-31', endDate: '2011-11-22', reason: 'ASSESSMENT_COMPLETED' },
        { status: 'RTWAP_MGMT', startDate: '2011-11-22', endDate: '2011-11-28', reason: 'DEVELOPED_AND_SIGNED' },
        { status: 'FOLLOW_UP', startDate: '2011-11-28', endDate: '2011-12-19', reason: 'ACTION_PLAN_COMPLETE' },
        { status: 'CLOSED', startDate: '2011-12-19', endDate: null, reason: 'FOLLOW_UPS_NOT_ACHIEVABLE' },
      ]);
    },
  );

  test('R-HIST-01 every status change appends exactly one row and leaves earlier rows as they were', () => {
    const run = walkTo('RTWAP_DEV');
    const before = run.state.history.map((r) => ({ ...r }));
    run.addIntervention('2011-11-02');
    run.completeStage('2011-11-22', 'DEVELOPED_AND_SIGNED');
    expect(run.state.history).toHaveLength(before.length + 1);
    expect(run.state.history.slice(0, -2)).toEqual(before.slice(0, -1));
    expect(run.log.filter((e) => e.type === 'StatusChanged')).toHaveLength(4);
  });

  test('R-HIST-03 exactly one row has no end date, and the Closed row never gets one', () => {
    for (const status of ['INTAKE', 'ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT', 'FOLLOW_UP'] as const) {
      const s = walkTo(status).state;
      expect(s.history.filter((r) => r.endDate === null)).toEqual([s.history.at(-1)]);
      expect(s.history.at(-1)!.status).toBe(status);
    }
    const closed = legacyCase().state;
    expect(closed.history.filter((r) => r.endDate === null)).toEqual([
      { status: 'CLOSED', startDate: '2011-12-19', endDate: null, reason: 'FOLLOW_UPS_NOT_ACHIEVABLE' },
    ]);
  });

  test('R-HIST-04 every row carries a reason; system transitions use the legacy labels', () => {
    const rows = legacyCase().state.history;
    expect(rows.map((r) => REASON_LABELS[r.reason].en)).toEqual([
      'New Case Created',
      'Intake Process Complete',
      'Assessment completed',
      'Developed & Signed',
      'Action Plan Complete',
      'Follow-ups not achievable',
    ]);
  });

  test('R-HIST-05 a row starts on the business date of the change, not on the task due date', () => {
    const run = walkTo('INTAKE');
    run.completeStage('2011-11-03', 'INTAKE_COMPLETE'); // a week after the Oct 27 due date
    expect(run.state.history).toEqual([
      { status: 'INTAKE', startDate: '2011-10-20', endDate: '2011-11-03', reason: 'NEW_CASE_CREATED' },
      { status: 'ASSESSMENT', startDate: '2011-11-03', endDate: null, reason: 'INTAKE_PROCESS_COMPLETE' },
    ]);
  });

  test('R-HIST-08 the status order and labels are those of the legacy status table', () => {
    expect(CASE_STATUSES).toEqual(['INTAKE', 'ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT', 'FOLLOW_UP', 'CLOSED']);
    expect(CASE_STATUSES.map((s) => STATUS_LABELS[s].en)).toEqual([
      'Intake',
      'Assessment',
      'RTWAP Dev',
      'RTWAP Mgmt',
      'Follow-up',
      'Closed',
    ]);
    expect(legacyCase().state.history.map((r) => r.status)).toEqual(CASE_STATUSES);
  });

  test('R-HIST-08 the French status labels are the words of the seeds (Préparation du PARAT, Gestion du PARAT)', () => {
    // Seed 001_f6f881140131d1c7.txt, lines 772, 775, 1305, 1701, 3154: "L'état du cas passe à …"; glossaries of specs
    // 01-03.
    expect(CASE_STATUSES.map((s) => STATUS_LABELS[s].fr)).toEqual([
      'Accueil',
      'Évaluation',
      'Préparation du PARAT',
      'Gestion du PARAT',
      'Suivi',
      'Fermé',
    ]);
  });
});

describe('reassignment inside the organisation (R-CASE-11)', () => {
  test('R-CASE-11 R-HIST-07 reassigning changes the case manager and adds no status row', () => {
    const run = walkTo('RTWAP_DEV');
    const history = run.state.history;
    const tasks = run.state.tasks;
    const events = run.apply('2011-11-01', (s, ctx) => reassign.decide(s, { caseManagerId: 20001 }, ctx));
    expect(events).toEqual([{ type: 'CaseManagerChanged', caseManagerId: 20001 }]);
    expect(run.state.caseManagerId).toBe(20001);
    expect(run.state.history).toEqual(history);
    // Open tasks belong to the case and follow it to the new case manager.
    expect(run.state.tasks).toEqual(tasks);
  });

  test('R-CASE-11 reassigning to the current case manager is refused', () => {
    const run = walkTo('INTAKE');
    expect(reassign.validate(run.state, { caseManagerId: 13349 }, ANY_DAY)).toMatchObject([
      {
        rule: 'R-CASE-11',
        code: 'ERR_SAME_MANAGER',
        message: 'The case is already assigned to this case manager.',
        field: 'caseManagerId',
      },
    ]);
  });

  test('R-CASE-11 a case in Follow-up can still be reassigned inside the organisation', () => {
    const run = walkTo('FOLLOW_UP');
    expect(reassign.validate(run.state, { caseManagerId: 20001 }, ANY_DAY)).toEqual([]);
  });
});

describe('case notes (R-NOTE-01)', () => {
  test('R-NOTE-01 a note can be added at any open stage, with the screen it was written on', () => {
    for (const status of ['INTAKE', 'ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT', 'FOLLOW_UP'] as const) {
      const run = walkTo(status);
      const events = run.apply('2011-12-01', (s, ctx) =>
        addNote.decide(s, { text: 'Called the client.', context: 'ACTION_PLAN' }, ctx),
      );
      expect(events).toEqual([
        {
          type: 'NoteAdded',
          noteId: expect.any(String),
          text: 'Called the client.',
          context: 'ACTION_PLAN',
          authorId: null,
          date: '2011-12-01',
        },
      ]);
      expect(run.state.notes).toBe(1);
    }
  });
});
