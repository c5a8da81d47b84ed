// Interventions of the action plan: creation and RTWAP development (spec 01 R-PLAN, R-INT), plan management
// and closing the action plan (spec 02 R-PM-01..14).
import { interventionsEndDate, openStageTask } from '../../domain/case-state.ts';
import {
  validateInterventionChange,
  validateInterventionRemoval,
  validateNewIntervention,
} from '../../domain/interventions.ts';
import { ANY_DAY, interventionInput, outcomeInput, ruleCodes, violationsOf, walkTo, type CaseRun } from './helpers.ts';
import {
  addIntervention,
  addNote,
  changeIntervention,
  completeTask,
  removeIntervention,
} from '../../domain/case-actions/index.ts';
import { type InterventionChangeInput, interventionSchema } from '../../domain/schemas/case.ts';
import { programsFor, validateCreatePackage } from '../../domain/funding.ts';

const change = (run: CaseRun, today: string, id: string, input: InterventionChangeInput) =>
  run.apply(today, (s, ctx) => changeIntervention.decide(s, { ...input, interventionId: id }, ctx));

describe('adding interventions (R-PLAN-01, R-INT-01..06, R-INT-11)', () => {
  test('R-INT-06 a new intervention is Planned, with the fields entered and nothing closed', () => {
    const run = walkTo('RTWAP_DEV');
    const events = run.apply('2011-11-02', (s, ctx) =>
      addIntervention.decide(
        s,
        interventionInput({ plannedStartDate: '2011-11-16', plannedEndDate: '2011-11-17', fundingRequested: true }),
        ctx,
      ),
    );
    expect(events).toEqual([
      {
        type: 'InterventionAdded',
        intervention: {
          id: expect.any(String),
          dimension: 'JOB_SEARCH',
          interventionType: 'JS_WORKSHOPS',
          fundingType: 'EDMT',
          deliveryModel: 'IN_HOUSE',
          deliveringOrganisation: null,
          plannedStartDate: '2011-11-16',
          plannedEndDate: '2011-11-17',
          description: 'Job search workshops',
          fundingRequested: true,
          status: 'PLANNED',
          actualEndDate: null,
          nonCompletionReason: null,
        },
      },
    ]);
    expect(run.state.interventions).toHaveLength(1);
  });

  test.each(['INTAKE', 'ASSESSMENT', 'FOLLOW_UP'] as const)(
    'R-PLAN-01 interventions cannot be added while the case is in %s',
    (status) => {
      const run = walkTo(status);
      expect(validateNewIntervention(run.state, interventionInput())).toMatchObject([
        {
          rule: 'R-PLAN-01',
          code: 'ERR_STAGE',
          message: 'Interventions can be added only while the case is in RTWAP Dev or RTWAP Mgmt.',
        },
      ]);
      expect(() => run.addIntervention('2011-12-01')).toThrow(
        'Interventions can be added only while the case is in RTWAP Dev or RTWAP Mgmt.',
      );
    },
  );

  test('R-PLAN-01 R-PM-07 interventions can be added in RTWAP Dev and, later, during RTWAP Mgmt', () => {
    const run = walkTo('RTWAP_MGMT');
    expect(validateNewIntervention(run.state, interventionInput())).toEqual([]);
    run.addIntervention('2011-12-01', { plannedStartDate: '2011-12-05', plannedEndDate: '2012-01-20' });
    expect(run.state.interventions.map((i) => [i.status, i.plannedEndDate])).toEqual([
      ['PLANNED', '2011-12-26'],
      ['PLANNED', '2012-01-20'],
    ]);
  });

  test('R-INT-01 the intervention type must belong to the chosen employability dimension', () => {
    const run = walkTo('RTWAP_DEV');
    expect(
      validateNewIntervention(
        run.state,
        interventionInput({ dimension: 'SKILLS_ENHANCEMENT', interventionType: 'JS_WORKSHOPS' }),
      ),
    ).toMatchObject([
      {
        rule: 'R-INT-01',
        code: 'ERR_TYPE_DIMENSION',
        message: 'The intervention type JS_WORKSHOPS does not belong to the SKILLS_ENHANCEMENT dimension.',
        field: 'interventionType',
      },
    ]);
    expect(
      validateNewIntervention(
        run.state,
        interventionInput({ dimension: 'SKILLS_ENHANCEMENT', interventionType: 'SE_ESSENTIAL_COMPUTER' }),
      ),
    ).toEqual([]);
  });

  test('R-INT-01 dimension, type, funding type, delivery model, planned dates and description are required', () => {
    const parsed = interventionSchema.safeParse({});
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(
      [
        'deliveryModel',
        'description',
        'dimension',
        'fundingType',
        'interventionType',
        'plannedEndDate',
        'plannedStartDate',
      ].sort(),
    );
    const blank = interventionSchema.safeParse({ ...interventionInput(), description: '   ' });
    expect(blank.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['description', 'This field is required.'],
    ]);
  });

  test('R-INT-02 an External intervention needs its delivering organisation', () => {
    const run = walkTo('RTWAP_DEV');
    expect(validateNewIntervention(run.state, interventionInput({ deliveryModel: 'EXTERNAL' }))).toMatchObject([
      {
        rule: 'R-INT-02',
        code: 'ERR_DELIVERING_ORG',
        message: 'Select the delivering organisation: it is required when the delivery model is External.',
        field: 'deliveringOrganisation',
      },
    ]);
    run.addIntervention('2011-11-02', {
      deliveryModel: 'EXTERNAL',
      deliveringOrganisation: 'Nova Scotia Community College',
    });
    expect(run.state.interventions[0].deliveringOrganisation).toBe('Nova Scotia Community College');
  });

  test(
    'R-DLV-03 an organisation of Pathway delivers by the id ' + 'the server found on the list; a name shares nothing',
    () => {
      const run = walkTo('RTWAP_DEV');
      const chosen = { deliveryModel: 'EXTERNAL', deliveringOrganisationId: 7 } as const;
      expect(validateNewIntervention(run.state, { ...interventionInput(chosen), delivering: null })).toEqual([
        expect.objectContaining({ rule: 'R-DLV-03', code: 'ERR_DELIVERING_ORG_UNKNOWN' }),
      ]);
      run.apply('2011-11-02', (s, ctx) =>
        addIntervention.decide(
          s,
          { ...interventionInput(chosen), delivering: { id: 7, name: 'HRDA Enterprises' } },
          ctx,
        ),
      );
      run.addIntervention('2011-11-02', { deliveryModel: 'EXTERNAL', deliveringOrganisation: 'HRDA Enterprises' });
      expect(run.state.interventions.map((i) => [i.deliveringOrganisation, i.deliveringOrganisationId])).toEqual([
        ['HRDA Enterprises', 7],
        ['HRDA Enterprises', undefined],
      ]);
    },
  );

  test(
    'R-DLV-05 a delivering organisation of Pathway, once saved, is never replaced nor removed ' +
      '(ERR_SHARE_IRREVERSIBLE); the same one again is no change; a named partner is set only when added',
    () => {
      const run = walkTo('RTWAP_DEV');
      const shared = run.nextId();
      run.apply('2011-11-02', (s, ctx) =>
        addIntervention.decide(
          s,
          {
            ...interventionInput({ deliveryModel: 'EXTERNAL', deliveringOrganisationId: 7 }),
            delivering: { id: 7, name: 'HRDA Enterprises' },
          },
          ctx,
        ),
      );
      const named = run.addIntervention('2011-11-02', { deliveryModel: 'EXTERNAL', deliveringOrganisation: 'NSCC' });
      const check = (id: string, input: InterventionChangeInput) =>
        validateInterventionChange(run.state, id, input, '2011-11-03');
      for (const input of [
        { deliveringOrganisationId: 8 },
        { deliveringOrganisation: 'Someone else' },
        { deliveringOrganisation: '' },
        { deliveryModel: 'IN_HOUSE' },
      ] as const) {
        expect(check(shared, input)).toEqual([
          expect.objectContaining({
            rule: 'R-DLV-05',
            code: 'ERR_SHARE_IRREVERSIBLE',
            field: 'deliveringOrganisationId',
            message:
              'This intervention is delivered by HRDA Enterprises, with whom the client and the case are shared. ' +
              'Sharing cannot be undone, so its delivering organisation cannot be removed or replaced; add another ' +
              'intervention for another organisation.',
            messageFr: expect.stringContaining('Une communication ne peut pas être annulée'),
          }),
        ]);
      }
      expect(
        check(shared, { deliveringOrganisationId: 7, deliveryModel: 'EXTERNAL', plannedEndDate: '2011-11-18' }),
      ).toEqual([]);
      expect(ruleCodes(check(named, { deliveringOrganisation: 'Dalhousie' }))).toEqual([
        'R-INT-02 ERR_DELIVERY_ON_ADD',
      ]);
      expect(violationsOf(() => change(run, '2011-11-03', shared, { deliveringOrganisationId: 8 }))).toHaveLength(1);
      expect(run.state.interventions[0]).toMatchObject({
        deliveringOrganisation: 'HRDA Enterprises',
        deliveringOrganisationId: 7,
      });
    },
  );

  test('R-INT-02 In-House and Self-Managed interventions store no delivering organisation', () => {
    const run = walkTo('RTWAP_DEV');
    run.addIntervention('2011-11-02', { deliveryModel: 'IN_HOUSE', deliveringOrganisation: 'Somebody else' });
    run.addIntervention('2011-11-02', { deliveryModel: 'SELF_MANAGED', deliveringOrganisation: 'Somebody else' });
    expect(run.state.interventions.map((i) => i.deliveringOrganisation)).toEqual([null, null]);
  });

  test('R-INT-11 the planned end date cannot be before the planned start date; the same day is fine', () => {
    const run = walkTo('RTWAP_DEV');
    expect(
      validateNewIntervention(
        run.state,
        interventionInput({ plannedStartDate: '2011-11-17', plannedEndDate: '2011-11-16' }),
      ),
    ).toMatchObject([
      {
        rule: 'R-INT-11',
        code: 'ERR_DATE_ORDER',
        message: 'The planned end date (2011-11-16) cannot be before the planned start date (2011-11-17).',
        field: 'plannedEndDate',
      },
    ]);
    expect(
      validateNewIntervention(
        run.state,
        interventionInput({ plannedStartDate: '2011-11-17', plannedEndDate: '2011-11-17' }),
      ),
    ).toEqual([]);
  });

  test('R-INT-01 R-INT-02 R-INT-11 all the problems of one intervention are reported together', () => {
    const run = walkTo('ASSESSMENT');
    const v = validateNewIntervention(
      run.state,
      interventionInput({
        dimension: 'CAREER_DECISION_MAKING',
        deliveryModel: 'EXTERNAL',
        plannedStartDate: '2011-12-01',
        plannedEndDate: '2011-11-01',
      }),
    );
    expect(ruleCodes(v)).toEqual([
      'R-PLAN-01 ERR_STAGE',
      'R-INT-01 ERR_TYPE_DIMENSION',
      'R-INT-02 ERR_DELIVERING_ORG',
      'R-INT-11 ERR_DATE_ORDER',
    ]);
  });
});

describe('planned dates and the plan end date (R-INT-08, R-PLAN-03)', () => {
  test('R-INT-08 R-INT-11 planned dates can change in RTWAP Dev, but not into the wrong order', () => {
    const run = walkTo('RTWAP_DEV');
    const id = run.addIntervention('2011-11-02', { plannedStartDate: '2011-11-16', plannedEndDate: '2011-11-17' });
    change(run, '2011-11-03', id, { plannedEndDate: '2011-11-30' });
    expect(run.state.interventions[0]).toMatchObject({
      plannedStartDate: '2011-11-16',
      plannedEndDate: '2011-11-30',
      status: 'PLANNED',
    });
    expect(validateInterventionChange(run.state, id, { plannedStartDate: '2011-12-01' }, '2011-11-03')).toMatchObject([
      {
        rule: 'R-INT-11',
        code: 'ERR_DATE_ORDER',
        message: 'The planned end date (2011-11-30) cannot be before the planned start date (2011-12-01).',
        field: 'plannedEndDate',
      },
    ]);
  });

  test('R-PLAN-03 the plan interventions end date is the latest planned end date, recomputed on every change', () => {
    const run = walkTo('RTWAP_DEV');
    expect(interventionsEndDate(run.state)).toBeNull();
    const a = run.addIntervention('2011-11-02', { plannedEndDate: '2011-12-26' });
    const b = run.addIntervention('2011-11-02', { plannedEndDate: '2012-01-31' });
    expect(interventionsEndDate(run.state)).toBe('2012-01-31');
    change(run, '2011-11-03', b, { plannedEndDate: '2011-12-01' });
    expect(interventionsEndDate(run.state)).toBe('2011-12-26');
    run.apply('2011-11-03', (s, ctx) => removeIntervention.decide(s, { interventionId: a }, ctx));
    expect(interventionsEndDate(run.state)).toBe('2011-12-01');
  });

  test('R-PLAN-03 R-TASK-06 in RTWAP Mgmt the Close Action Plan task follows the plan end date', () => {
    const run = walkTo('RTWAP_MGMT');
    const taskId = run.stageTaskId();
    expect(openStageTask(run.state)!.dueDate).toBe('2011-12-26');
    const later = run.nextId();
    const events = run.apply('2011-11-25', (s, ctx) =>
      addIntervention.decide(
        s,
        interventionInput({ plannedStartDate: '2011-12-01', plannedEndDate: '2012-02-15' }),
        ctx,
      ),
    );
    expect(events).toEqual([
      { type: 'InterventionAdded', intervention: expect.objectContaining({ id: later, plannedEndDate: '2012-02-15' }) },
      { type: 'TaskDueDateChanged', taskId, dueDate: '2012-02-15' },
    ]);
    change(run, '2011-11-26', later, { plannedEndDate: '2012-01-10' });
    expect(openStageTask(run.state)!.dueDate).toBe('2012-01-10');
    // A change that does not move the end date leaves the task alone.
    const quiet = run.apply('2011-11-27', (s, ctx) =>
      changeIntervention.decide(s, { plannedStartDate: '2011-12-02', interventionId: later }, ctx),
    );
    expect(quiet.map((e) => e.type)).toEqual(['InterventionChanged']);
  });
});

describe('removing interventions (R-INT-07, R-PM-03)', () => {
  test('R-INT-07 R-PM-03 a Planned intervention can be deleted', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    expect(validateInterventionRemoval(run.state, i.id)).toEqual([]);
    const events = run.apply('2011-11-25', (s, ctx) => removeIntervention.decide(s, { interventionId: i.id }, ctx));
    expect(events).toEqual([
      { type: 'InterventionRemoved', interventionId: i.id },
      { type: 'TaskDueDateChanged', taskId: run.stageTaskId(), dueDate: null },
    ]);
    expect(run.state.interventions).toEqual([]);
  });

  test('R-INT-07 R-PM-03 an intervention In Progress or closed can no longer be deleted', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    change(run, '2011-11-23', i.id, { status: 'IN_PROGRESS' });
    expect(validateInterventionRemoval(run.state, i.id)).toMatchObject([
      {
        rule: 'R-INT-07',
        code: 'ERR_DELETE_NOT_PLANNED',
        message: 'Only Planned interventions can be deleted; this one is IN_PROGRESS.',
      },
    ]);
    change(run, '2011-11-28', i.id, { status: 'COMPLETED', actualEndDate: '2011-11-28' });
    expect(
      violationsOf(() => removeIntervention.decide(run.state, { interventionId: i.id }, run.ctx('2011-11-29'))),
    ).toMatchObject([
      {
        rule: 'R-INT-07',
        code: 'ERR_DELETE_NOT_PLANNED',
        message: 'Only Planned interventions can be deleted; this one is COMPLETED.',
      },
    ]);
  });

  test('R-INT-07 deleting an intervention the case does not have is refused', () => {
    const run = walkTo('RTWAP_DEV');
    expect(validateInterventionRemoval(run.state, 'nope')).toMatchObject([
      { rule: 'R-INT-01', code: 'ERR_NOT_FOUND', message: 'This case has no intervention nope.' },
    ]);
  });
});

describe('plan management: starting and closing interventions (R-PM-01..06)', () => {
  test('R-PM-01 an intervention cannot be started or closed before the plan is developed and signed', () => {
    const run = walkTo('RTWAP_DEV');
    const id = run.addIntervention('2011-11-02');
    const refused = {
      rule: 'R-PM-01',
      code: 'ERR_STAGE',
      message: 'An intervention can be started or closed only once the plan is developed and signed (RTWAP Mgmt).',
      field: 'status',
    };
    expect(validateInterventionChange(run.state, id, { status: 'IN_PROGRESS' }, '2011-11-16')).toMatchObject([refused]);
    expect(
      validateInterventionChange(run.state, id, { status: 'COMPLETED', actualEndDate: '2011-11-16' }, '2011-11-16'),
    ).toMatchObject([refused]);
  });

  test('R-PM-01 R-PM-02 in RTWAP Mgmt a Planned intervention moves to In Progress', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    change(run, '2011-11-23', i.id, { status: 'IN_PROGRESS' });
    expect(run.state.interventions[0]).toMatchObject({
      status: 'IN_PROGRESS',
      actualEndDate: null,
      nonCompletionReason: null,
    });
  });

  test('R-PM-02 an intervention already In Progress cannot be started again', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    change(run, '2011-11-23', i.id, { status: 'IN_PROGRESS' });
    expect(validateInterventionChange(run.state, i.id, { status: 'IN_PROGRESS' }, '2011-11-24')).toMatchObject([
      {
        rule: 'R-PM-02',
        code: 'ERR_TRANSITION',
        message: 'An intervention that is IN_PROGRESS cannot move to IN_PROGRESS.',
        field: 'status',
      },
    ]);
  });

  test('R-PM-02 a Planned intervention can be closed directly, without being started', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    change(run, '2011-11-25', i.id, {
      status: 'NOT_COMPLETED',
      actualEndDate: '2011-11-25',
      nonCompletionReason: 'FOUND_EMPLOYMENT',
    });
    expect(run.state.interventions[0]).toMatchObject({
      status: 'NOT_COMPLETED',
      actualEndDate: '2011-11-25',
      nonCompletionReason: 'FOUND_EMPLOYMENT',
    });
  });

  test('R-PM-04 closing needs an actual end date', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    expect(validateInterventionChange(run.state, i.id, { status: 'COMPLETED' }, '2011-11-25')).toMatchObject([
      {
        rule: 'R-PM-04',
        code: 'ERR_ACTUAL_END_REQUIRED',
        message: 'Enter the actual end date to close the intervention.',
        field: 'actualEndDate',
      },
    ]);
  });

  test('R-PM-04 the actual end date cannot be after today; today itself is accepted', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    expect(
      validateInterventionChange(run.state, i.id, { status: 'COMPLETED', actualEndDate: '2011-11-26' }, '2011-11-25'),
    ).toMatchObject([
      {
        rule: 'R-PM-04',
        code: 'ERR_ACTUAL_END_FUTURE',
        message: 'The actual end date cannot be after today (2011-11-25).',
        field: 'actualEndDate',
      },
    ]);
    expect(
      validateInterventionChange(run.state, i.id, { status: 'COMPLETED', actualEndDate: '2011-11-25' }, '2011-11-25'),
    ).toEqual([]);
  });

  test('R-PM-05 Not Completed needs a non-completion reason', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    expect(
      validateInterventionChange(
        run.state,
        i.id,
        { status: 'NOT_COMPLETED', actualEndDate: '2011-11-25' },
        '2011-11-25',
      ),
    ).toMatchObject([
      {
        rule: 'R-PM-05',
        code: 'ERR_REASON_REQUIRED',
        message: 'Select the reason the intervention was not completed.',
        field: 'nonCompletionReason',
      },
    ]);
    // Both problems at once when neither the date nor the reason is given.
    expect(ruleCodes(validateInterventionChange(run.state, i.id, { status: 'NOT_COMPLETED' }, '2011-11-25'))).toEqual([
      'R-PM-04 ERR_ACTUAL_END_REQUIRED',
      'R-PM-05 ERR_REASON_REQUIRED',
    ]);
  });

  test('R-PM-06 a closed intervention is read-only; case notes can still be added', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    change(run, '2011-11-25', i.id, { status: 'COMPLETED', actualEndDate: '2011-11-25' });
    const locked = {
      rule: 'R-PM-06',
      code: 'ERR_INTERVENTION_CLOSED',
      message: 'This intervention is closed: its fields can no longer change. Add a case note instead.',
    };
    for (const input of [
      { plannedEndDate: '2012-01-01' },
      { status: 'NOT_COMPLETED' as const, actualEndDate: '2011-11-25', nonCompletionReason: 'OTHER' as const },
      { status: 'IN_PROGRESS' as const },
    ]) {
      expect(validateInterventionChange(run.state, i.id, input, '2011-11-26')).toMatchObject([locked]);
    }
    run.apply('2011-11-26', (s, ctx) =>
      addNote.decide(s, { text: 'Certificate received.', context: 'INTERVENTION' }, ctx),
    );
    expect(run.state.notes).toBe(1);
  });

  test('R-PM-06 changing an intervention the case does not have is refused', () => {
    const run = walkTo('RTWAP_MGMT');
    expect(validateInterventionChange(run.state, 'nope', { status: 'IN_PROGRESS' }, '2011-11-25')).toMatchObject([
      { rule: 'R-INT-01', code: 'ERR_NOT_FOUND', message: 'This case has no intervention nope.' },
    ]);
  });
});

describe('closing the action plan (R-PM-09..11, R-PM-14)', () => {
  test(
    'R-PM-09 Close Action Plan is refused while an intervention is open or the RTWAP Closure outcome is ' + 'missing',
    () => {
      const run = walkTo('RTWAP_MGMT');
      run.addIntervention('2011-11-23', { plannedStartDate: '2011-11-24', plannedEndDate: '2011-12-10' });
      const [first, second] = run.state.interventions;
      change(run, '2011-11-24', second.id, { status: 'IN_PROGRESS' });
      expect(
        completeTask.validate(run.state, { outcome: 'PLAN_COMPLETED', taskId: run.stageTaskId() }, ANY_DAY),
      ).toMatchObject([
        {
          rule: 'R-PM-09',
          code: 'ERR_OPEN_INTERVENTIONS',
          message: 'Close every intervention first: 2 still Planned or In Progress.',
        },
        {
          rule: 'R-PM-09',
          code: 'ERR_CLOSURE_OUTCOME_REQUIRED',
          message: 'Record the RTWAP Closure employment outcome before closing the action plan.',
        },
      ]);
      // The closing results of the task are gated the same way (spec 02 §4.E E1-E3).
      expect(
        ruleCodes(
          completeTask.validate(run.state, { outcome: 'MOVED_OUT_OF_PROVINCE', taskId: run.stageTaskId() }, ANY_DAY),
        ),
      ).toEqual(['R-PM-09 ERR_OPEN_INTERVENTIONS', 'R-PM-09 ERR_CLOSURE_OUTCOME_REQUIRED']);
      change(run, '2011-11-28', first.id, {
        status: 'NOT_COMPLETED',
        actualEndDate: '2011-11-28',
        nonCompletionReason: 'CLIENT_WITHDREW',
      });
      expect(
        completeTask.validate(run.state, { outcome: 'PLAN_COMPLETED', taskId: run.stageTaskId() }, ANY_DAY)[0].message,
      ).toBe('Close every intervention first: 1 still Planned or In Progress.');
      change(run, '2011-11-28', second.id, { status: 'COMPLETED', actualEndDate: '2011-11-28' });
      expect(
        ruleCodes(completeTask.validate(run.state, { outcome: 'PLAN_COMPLETED', taskId: run.stageTaskId() }, ANY_DAY)),
      ).toEqual(['R-PM-09 ERR_CLOSURE_OUTCOME_REQUIRED']);
      run.recordOutcome('2011-11-28', outcomeInput('RTWAP_CLOSURE', '2011-11-28'));
      expect(
        completeTask.validate(run.state, { outcome: 'PLAN_COMPLETED', taskId: run.stageTaskId() }, ANY_DAY),
      ).toEqual([]);
    },
  );

  test('R-PM-09 Planned interventions may be deleted instead of closed before closing the plan', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    run.apply('2011-11-28', (s, ctx) => removeIntervention.decide(s, { interventionId: i.id }, ctx));
    run.recordOutcome('2011-11-28', outcomeInput('RTWAP_CLOSURE', '2011-11-28'));
    run.completeStage('2011-11-28', 'PLAN_COMPLETED');
    expect(run.state.status).toBe('FOLLOW_UP');
    // With no intervention left, the last intervention end L is the plan end date itself.
    expect(run.state.followUp).toEqual({ planEndDate: '2011-11-28', lastInterventionEnd: '2011-11-28' });
  });

  test.each(['PLAN_COMPLETED', 'NOT_COMPLETED_FOUND_WORK', 'NOT_COMPLETED_STARTED_BUSINESS'])(
    'R-PM-10 %s moves the case to Follow-up and creates the 24 and 52 Week Employment Outcome tasks',
    (result) => {
      const run = walkTo('RTWAP_MGMT');
      run.closeAllInterventions('2011-11-28');
      run.recordOutcome('2011-11-28', outcomeInput('RTWAP_CLOSURE', '2011-11-28'));
      const events = run.completeStage('2011-11-28', result);
      expect(events.map((e) => e.type)).toEqual([
        'TaskCompleted',
        'StatusChanged',
        'FollowUpScheduled',
        'TaskOpened',
        'TaskOpened',
      ]);
      expect(run.state.history.at(-1)).toEqual({
        status: 'FOLLOW_UP',
        startDate: '2011-11-28',
        endDate: null,
        reason: 'ACTION_PLAN_COMPLETE',
      });
      expect(run.state.tasks.filter((t) => t.state === 'OPEN').map((t) => [t.type, t.openedOn, t.dueDate])).toEqual([
        ['WEEK_24_OUTCOME', '2011-11-28', '2012-05-14'],
        ['WEEK_52_OUTCOME', '2011-11-28', '2012-11-26'],
      ]);
    },
  );

  test.each(['MOVED_OUT_OF_PROVINCE', 'LEFT_LABOUR_FORCE', 'REFERRED', 'DID_NOT_FOLLOW_THROUGH'])(
    'R-PM-11 %s closes the case without follow-up tasks',
    (result) => {
      const run = walkTo('RTWAP_MGMT');
      run.closeAllInterventions('2011-11-28');
      run.recordOutcome('2011-11-28', outcomeInput('RTWAP_CLOSURE', '2011-11-28'));
      const events = run.completeStage('2011-11-28', result);
      expect(events.map((e) => e.type)).toEqual(['TaskCompleted', 'StatusChanged']);
      expect(run.state.history.at(-1)).toEqual({
        status: 'CLOSED',
        startDate: '2011-11-28',
        endDate: null,
        reason: result,
      });
      expect(run.state.followUp).toBeNull();
      expect(run.state.tasks.filter((t) => t.state === 'OPEN')).toEqual([]);
    },
  );

  test(
    'R-PM-14 the RTWAP Closure outcome is unique and stays ' + 'editable/deletable while the case is in RTWAP Mgmt',
    () => {
      const run = walkTo('RTWAP_MGMT');
      run.recordOutcome('2011-11-28', outcomeInput('RTWAP_CLOSURE', '2011-11-28'));
      expect(() => run.recordOutcome('2011-11-28', outcomeInput('RTWAP_CLOSURE', '2011-11-28'))).toThrow(
        'Only one RTWAP Closure outcome can be recorded for a case.',
      );
      expect(run.state.outcomes).toHaveLength(1);
    },
  );
});

describe('signing the plan and asking for funding (R-PLAN-05, R-INT-04)', () => {
  test.each([true, false])(
    'R-PLAN-05 the plan moves to RTWAP Mgmt only as Developed and Signed, funding requested or not (%s)',
    (fundingRequested) => {
      const run = walkTo('RTWAP_DEV');
      run.addIntervention('2011-11-02', { fundingRequested });
      const events = run.completeStage('2011-11-22', 'DEVELOPED_AND_SIGNED');
      expect(run.state.status).toBe('RTWAP_MGMT');
      expect(run.state.history.at(-1)).toMatchObject({ status: 'RTWAP_MGMT', reason: 'DEVELOPED_AND_SIGNED' });
      // Signing happens on paper: nothing but the task's outcome and the new status is recorded.
      expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['TaskCompleted', 'StatusChanged']));
      expect(events.map((e) => e.type)).not.toContain('DocumentAdded');
    },
  );

  test('R-INT-04 the "funding will be requested" box is what later offers Apply for Funding', () => {
    const run = walkTo('RTWAP_DEV');
    const type = 'SE_JOB_SPECIFIC_TRAINING';
    run.addIntervention('2011-11-02', {
      dimension: 'SKILLS_ENHANCEMENT',
      interventionType: type,
      fundingRequested: true,
    });
    run.addIntervention('2011-11-02', { dimension: 'SKILLS_ENHANCEMENT', interventionType: type });
    const [funded, unfunded] = run.state.interventions;
    expect([funded.fundingRequested, unfunded.fundingRequested]).toEqual([true, false]);
    const program = programsFor(type)[0].code;
    expect(validateCreatePackage(funded, program, 0, 'RTWAP_DEV')).toEqual([]);
    expect(validateCreatePackage(unfunded, program, 0, 'RTWAP_DEV')).toMatchObject([
      {
        code: 'ERR_NOT_FUNDED',
        message:
          'This intervention is not marked as needing funding: Apply for Funding is offered only for such ' +
          'interventions.',
      },
    ]);
  });
});
