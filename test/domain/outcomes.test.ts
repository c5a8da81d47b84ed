// Employment outcomes and the follow-up rules that gate them (spec 03 §4.2 R-OUT, §4.3 R-FU).
import { outcomeOfType } from '../../domain/case-state.ts';
import { followUpSchedule } from '../../domain/followup.ts';
import {
  buildOutcome,
  defaultOutcomeDate,
  defaultOutcomeType,
  newOutcomeDefaults,
  validateNewOutcome,
  validateOutcomeChange,
  validateOutcomeDeletion,
} from '../../domain/outcomes.ts';
import {
  ANY_DAY,
  EMPLOYED_DETAILS,
  followUpCase,
  outcomeInput,
  ruleCodes,
  violationsOf,
  walkTo,
  type CaseRun,
} from './helpers.ts';
import {
  changeOutcome,
  correctFollowUpAnchors,
  deleteOutcome,
  recordOutcome,
} from '../../domain/case-actions/index.ts';
import { OUTCOME_TYPE_CODES, type OutcomeChangeInput } from '../../domain/schemas/case.ts';

const C_OUT_01 =
  'Saving this outcome will close the case, and Employment Outcomes can no longer be updated afterwards. ' +
  'Send it again with "confirmClose": true to save it and close the case.';
const E_OUT_02 = {
  rule: 'R-FU-02',
  code: 'E-OUT-02',
  message: 'The 24 Week outcome has to be recorded before the 52 Week outcome.',
};
const E_OUT_03_LEGACY = {
  rule: 'R-FU-02',
  code: 'E-OUT-03',
  message: 'You cannot record the 52 Week outcome yet. It can be recorded on or after October 29, 2012.',
  earliestDate: '2012-10-29',
};

/** Legacy case 100923: A = L = Nov 28, 2011 (spec 03 §4.3 rows 1-5). */
const legacy = () => followUpCase('2011-11-28');
/** …with its 24-week outcome recorded on the first allowed day. */
function legacyWith24(status: 'UNEMPLOYED' | 'UNKNOWN' = 'UNEMPLOYED'): CaseRun {
  const run = legacy();
  run.recordOutcome('2012-04-30', outcomeInput('WEEK_24', '2012-04-30', { employmentStatus: status }));
  return run;
}

describe('worked examples of spec 03 §4.3 (R-FU-01, R-FU-02, R-FU-04)', () => {
  test('R-FU-01 R-FU-04 row 1: a 24-week outcome 153 days after A is refused, naming April 30, 2012', () => {
    const run = legacy();
    expect(run.state.followUp).toEqual({ planEndDate: '2011-11-28', lastInterventionEnd: '2011-11-28' });
    expect(validateNewOutcome(run.state, outcomeInput('WEEK_24', '2012-04-29'), '2012-04-29')).toMatchObject([
      {
        rule: 'R-FU-01',
        code: 'E-OUT-01',
        message: 'You cannot record the 24 Week outcome yet. It can be recorded on or after April 30, 2012.',
        earliestDate: '2012-04-30',
      },
    ]);
    expect(() => run.recordOutcome('2012-04-29', outcomeInput('WEEK_24', '2012-04-29'))).toThrow(
      'You cannot record the 24 Week outcome yet. It can be recorded on or after April 30, 2012.',
    );
    expect(run.state.outcomes.map((o) => o.type)).toEqual(['RTWAP_CLOSURE']);
  });

  test('R-FU-01 R-FU-04 row 2: on April 30, 2012 (154 days, boundary inclusive) the 24-week outcome is saved', () => {
    const run = legacy();
    expect(validateNewOutcome(run.state, outcomeInput('WEEK_24', '2012-04-30'), '2012-04-30')).toEqual([]);
    const task24 = run.state.tasks.find((t) => t.type === 'WEEK_24_OUTCOME')!;
    const events = run.recordOutcome('2012-04-30', outcomeInput('WEEK_24', '2012-04-30'));
    expect(events).toEqual([
      {
        type: 'OutcomeRecorded',
        outcome: {
          id: expect.any(String),
          type: 'WEEK_24',
          actualOutcomeDate: '2012-04-30',
          recordedOn: '2012-04-30',
          employmentStatus: 'UNEMPLOYED',
          inPreferredField: false,
        },
      },
      { type: 'TaskCompleted', taskId: task24.id, outcome: 'UNEMPLOYED', date: '2012-04-30' },
    ]);
    expect(run.state.status).toBe('FOLLOW_UP');
    expect(run.state.tasks.find((t) => t.id === task24.id)).toMatchObject({
      state: 'COMPLETED',
      closedOn: '2012-04-30',
    });
  });

  test(
    'R-FU-02 R-OUT-13 row 3: a 52-week outcome on June 1, 2012 without a 24-week gets E-OUT-02 and E-OUT-03 ' +
      'together',
    () => {
      const run = legacy();
      expect(validateNewOutcome(run.state, outcomeInput('WEEK_52', '2012-06-01'), '2012-06-01')).toMatchObject([
        E_OUT_02,
        E_OUT_03_LEGACY,
      ]);
    },
  );

  test('R-FU-02 R-FU-04 row 4: on October 28, 2012, with the 24-week recorded, only E-OUT-03 remains', () => {
    const run = legacyWith24();
    expect(validateNewOutcome(run.state, outcomeInput('WEEK_52', '2012-10-28'), '2012-10-28')).toMatchObject([
      E_OUT_03_LEGACY,
    ]);
  });

  test(
    'R-FU-02 R-FU-05 row 5: on October 29, 2012 the 52-week outcome asks for C-OUT-01, then closes the case ' + 'on OK',
    () => {
      const run = legacyWith24();
      expect(validateNewOutcome(run.state, outcomeInput('WEEK_52', '2012-10-29'), '2012-10-29')).toMatchObject([
        { rule: 'R-FU-05', code: 'C-OUT-01', message: C_OUT_01 },
      ]);
      expect(() => run.recordOutcome('2012-10-29', outcomeInput('WEEK_52', '2012-10-29'))).toThrow(C_OUT_01);
      expect(run.state.status).toBe('FOLLOW_UP');
      run.recordOutcome('2012-10-29', outcomeInput('WEEK_52', '2012-10-29', { confirmClose: true }));
      expect(run.state.status).toBe('CLOSED');
      expect(run.state.history.at(-1)).toEqual({
        status: 'CLOSED',
        startDate: '2012-10-29',
        endDate: null,
        reason: 'FOLLOW_UP_COMPLETE',
      });
    },
  );

  test('R-FU-01 R-FU-04 row 6: A = January 15, 2024, a 24-week outcome on June 16, 2024 names June 17, 2024', () => {
    const run = followUpCase('2024-01-15');
    expect(validateNewOutcome(run.state, outcomeInput('WEEK_24', '2024-06-16'), '2024-06-16')).toMatchObject([
      {
        rule: 'R-FU-01',
        code: 'E-OUT-01',
        message: 'You cannot record the 24 Week outcome yet. It can be recorded on or after June 17, 2024.',
        earliestDate: '2024-06-17',
      },
    ]);
  });

  test(
    'R-FU-01 R-FU-04 row 7: on June 17, 2024 the 24-week outcome is saved, and the 52-week opens on December ' +
      '16, 2024',
    () => {
      const run = followUpCase('2024-01-15');
      run.recordOutcome('2024-06-17', outcomeInput('WEEK_24', '2024-06-17'));
      expect(outcomeOfType(run.state, 'WEEK_24')).toMatchObject({
        actualOutcomeDate: '2024-06-17',
        recordedOn: '2024-06-17',
      });
      expect(followUpSchedule(run.state.followUp!).earliest52).toBe('2024-12-16');
      expect(validateNewOutcome(run.state, outcomeInput('WEEK_52', '2024-12-15'), '2024-12-15')).toMatchObject([
        {
          rule: 'R-FU-02',
          code: 'E-OUT-03',
          message: 'You cannot record the 52 Week outcome yet. It can be recorded on or after December 16, 2024.',
          earliestDate: '2024-12-16',
        },
      ]);
      expect(ruleCodes(validateNewOutcome(run.state, outcomeInput('WEEK_52', '2024-12-16'), '2024-12-16'))).toEqual([
        'R-FU-05 C-OUT-01',
      ]);
    },
  );

  test('R-FU-04 the earliest date is written in French for a French-speaking user', () => {
    const run = legacy();
    const [v] = validateNewOutcome(run.state, outcomeInput('WEEK_24', '2012-04-29'), '2012-04-29');
    expect(v.messageFr).toBe(
      "Vous ne pouvez pas enregistrer le résultat à 24 semaines à l'heure actuelle. Le résultat à 24 semaines peut " +
        'être enregistré le 30 avril 2012 ou après cette date.',
    );
    expect(v.earliestDate).toBe('2012-04-30');
  });
});

describe('outcome types and their order (R-OUT-01..03)', () => {
  test('R-OUT-01 the outcome types are RTWAP Closure, 24 Week, 52 Week and Random', () => {
    expect(OUTCOME_TYPE_CODES).toEqual(['RTWAP_CLOSURE', 'WEEK_24', 'WEEK_52', 'RANDOM']);
  });

  test('R-OUT-01 R-FU-01 the 24-week outcome cannot come before RTWAP Management is closed (E-OUT-06)', () => {
    const run = walkTo('RTWAP_MGMT');
    run.recordOutcome('2011-11-28', outcomeInput('RTWAP_CLOSURE', '2011-11-28'));
    expect(validateNewOutcome(run.state, outcomeInput('WEEK_24', '2011-11-28'), '2012-06-01')).toMatchObject([
      {
        rule: 'R-FU-01',
        code: 'E-OUT-06',
        message:
          'The 24 Week outcome can only be recorded after the RTWAP Closure outcome is recorded and RTWAP ' +
          'Management is closed.',
      },
    ]);
  });

  test('R-OUT-01 R-FU-02 the 52-week outcome can only be recorded in Follow-up', () => {
    const run = walkTo('RTWAP_MGMT');
    expect(validateNewOutcome(run.state, outcomeInput('WEEK_52', '2011-11-28'), '2012-12-01')).toMatchObject([
      {
        rule: 'R-FU-02',
        code: 'E-OUT-06',
        message: 'The 52 Week outcome can only be recorded while the case is in Follow-up.',
      },
    ]);
  });

  test('R-OUT-01 in Follow-up the 52-week outcome still needs the 24-week one, even when 48 weeks have passed', () => {
    const run = legacy();
    expect(validateNewOutcome(run.state, outcomeInput('WEEK_52', '2012-11-01'), '2012-11-01')).toMatchObject([
      E_OUT_02,
    ]);
  });

  test('R-OUT-02 the RTWAP Closure outcome is recorded in RTWAP Mgmt, once', () => {
    const run = walkTo('RTWAP_MGMT');
    expect(validateNewOutcome(run.state, outcomeInput('RTWAP_CLOSURE', '2011-11-28'), '2011-11-28')).toEqual([]);
    run.recordOutcome('2011-11-28', outcomeInput('RTWAP_CLOSURE', '2011-11-28'));
    expect(validateNewOutcome(run.state, outcomeInput('RTWAP_CLOSURE', '2011-11-28'), '2011-11-28')).toMatchObject([
      { rule: 'R-OUT-02', code: 'E-OUT-15', message: 'Only one RTWAP Closure outcome can be recorded for a case.' },
    ]);
  });

  test.each(['RTWAP_DEV', 'FOLLOW_UP'] as const)('R-OUT-02 an RTWAP Closure outcome is refused in %s', (status) => {
    const run = walkTo(status);
    expect(validateNewOutcome(run.state, outcomeInput('RTWAP_CLOSURE', '2011-11-28'), '2011-12-01')).toMatchObject([
      {
        rule: 'R-OUT-02',
        code: 'ERR_STAGE',
        message: 'The RTWAP Closure outcome is recorded while the case is in RTWAP Mgmt.',
      },
    ]);
  });

  test('R-OUT-03 a Random outcome is refused outside Follow-up (E-OUT-10)', () => {
    const run = walkTo('RTWAP_MGMT');
    expect(validateNewOutcome(run.state, outcomeInput('RANDOM', '2011-11-25'), '2011-11-25')).toMatchObject([
      {
        rule: 'R-OUT-03',
        code: 'E-OUT-10',
        message: 'A Random outcome can only be recorded while the case is in Follow-up.',
      },
    ]);
  });

  test(
    'R-OUT-03 R-FU-06 any number of Random outcomes can be recorded in Follow-up, before the 24-week one is ' + 'due',
    () => {
      const run = legacy();
      run.recordOutcome('2012-01-10', outcomeInput('RANDOM', '2012-01-10'));
      run.recordOutcome('2012-02-10', outcomeInput('RANDOM', '2012-02-10', EMPLOYED_DETAILS));
      expect(run.state.outcomes.map((o) => o.type)).toEqual(['RTWAP_CLOSURE', 'RANDOM', 'RANDOM']);
      // Random outcomes complete no follow-up task.
      expect(run.openTaskTypes()).toEqual(['WEEK_24_OUTCOME', 'WEEK_52_OUTCOME']);
    },
  );
});

describe('default type and date (R-OUT-04, R-OUT-10)', () => {
  test('R-OUT-04 in RTWAP Mgmt the default is RTWAP Closure until one exists', () => {
    const run = walkTo('RTWAP_MGMT');
    expect(defaultOutcomeType(run.state, '2011-11-25')).toBe('RTWAP_CLOSURE');
    run.recordOutcome('2011-11-25', outcomeInput('RTWAP_CLOSURE', '2011-11-25'));
    expect(defaultOutcomeType(run.state, '2011-11-26')).toBeNull();
    expect(defaultOutcomeType(walkTo('RTWAP_DEV').state, '2011-11-26')).toBeNull();
  });

  test(
    'R-OUT-04 R-FU-06 in Follow-up: Random before 22 weeks, 24 Week from April 30, 2012, Random again until ' +
      '48 weeks, then 52 Week',
    () => {
      const run = legacy();
      expect(defaultOutcomeType(run.state, '2012-04-29')).toBe('RANDOM');
      expect(defaultOutcomeType(run.state, '2012-04-30')).toBe('WEEK_24');
      expect(defaultOutcomeType(run.state, '2012-10-29')).toBe('WEEK_24'); // still no 24-week outcome
      run.recordOutcome('2012-05-02', outcomeInput('WEEK_24', '2012-05-02'));
      expect(defaultOutcomeType(run.state, '2012-05-02')).toBe('RANDOM');
      expect(defaultOutcomeType(run.state, '2012-10-28')).toBe('RANDOM');
      expect(defaultOutcomeType(run.state, '2012-10-29')).toBe('WEEK_52');
    },
  );

  test(
    'R-OUT-10 the 24/52-week date defaults to the scheduled date (May 14 / Nov 26, 2012) capped at today; ' +
      'others to today',
    () => {
      const run = legacy();
      expect(defaultOutcomeDate(run.state, 'WEEK_24', '2012-05-01')).toBe('2012-05-01');
      expect(defaultOutcomeDate(run.state, 'WEEK_24', '2012-06-20')).toBe('2012-05-14');
      expect(defaultOutcomeDate(run.state, 'WEEK_52', '2012-11-01')).toBe('2012-11-01');
      expect(defaultOutcomeDate(run.state, 'WEEK_52', '2013-01-10')).toBe('2012-11-26');
      expect(defaultOutcomeDate(run.state, 'RANDOM', '2013-01-10')).toBe('2013-01-10');
      expect(defaultOutcomeDate(walkTo('RTWAP_MGMT').state, 'RTWAP_CLOSURE', '2011-11-25')).toBe('2011-11-25');
    },
  );

  test(
    'R-OUT-10 a follow-up outcome dated after today or ' + 'before the action plan end date is refused (E-OUT-14)',
    () => {
      const run = legacy();
      const message =
        'The actual outcome date cannot be in the future or before the action plan end date: enter a date ' +
        'between 2011-11-28 and 2012-05-01.';
      const e14 = [{ rule: 'R-OUT-10', code: 'E-OUT-14', message, field: 'actualOutcomeDate' }];
      expect(validateNewOutcome(run.state, outcomeInput('WEEK_24', '2012-05-02'), '2012-05-01')).toMatchObject(e14);
      expect(validateNewOutcome(run.state, outcomeInput('WEEK_24', '2011-11-27'), '2012-05-01')).toMatchObject(e14);
      expect(validateNewOutcome(run.state, outcomeInput('RANDOM', '2011-11-27'), '2012-05-01')).toMatchObject(e14);
      // Both ends are allowed: A itself (a job that started the day the plan closed) and today.
      expect(validateNewOutcome(run.state, outcomeInput('WEEK_24', '2011-11-28'), '2012-05-01')).toEqual([]);
      expect(validateNewOutcome(run.state, outcomeInput('WEEK_24', '2012-05-01'), '2012-05-01')).toEqual([]);
    },
  );

  test('R-OUT-10 the RTWAP Closure outcome cannot be dated in the future', () => {
    const run = walkTo('RTWAP_MGMT');
    expect(validateNewOutcome(run.state, outcomeInput('RTWAP_CLOSURE', '2011-11-26'), '2011-11-25')).toMatchObject([
      {
        rule: 'R-OUT-10',
        code: 'E-OUT-14',
        message:
          'The actual outcome date cannot be in the future or before the action plan end date: enter a date ' +
          'on or before 2011-11-25.',
        field: 'actualOutcomeDate',
      },
    ]);
  });
});

describe('editing and deleting outcomes (R-OUT-06, R-OUT-07, R-PM-14)', () => {
  const change = (extra: Partial<OutcomeChangeInput> = {}): OutcomeChangeInput => ({
    actualOutcomeDate: '2012-04-30',
    employmentStatus: 'UNKNOWN',
    inPreferredField: false,
    ...extra,
  });

  test(
    'R-OUT-06 R-FU-07 a 24-week outcome recorded as Unknown ' + 'is corrected later; its type and id never change',
    () => {
      const run = legacyWith24('UNKNOWN');
      const o = outcomeOfType(run.state, 'WEEK_24')!;
      const input = change({ ...EMPLOYED_DETAILS, employmentStatus: 'EMPLOYED', actualOutcomeDate: '2012-03-05' });
      // This edit happens later, with the 52-week window already open: the 24-week window still holds.
      expect(validateOutcomeChange(run.state, o.id, input, '2012-10-29')).toEqual([]);
      const events = run.apply('2012-10-29', (s, ctx) => changeOutcome.decide(s, { ...input, outcomeId: o.id }, ctx));
      expect(events).toEqual([
        { type: 'OutcomeChanged', outcome: { ...o, ...input, id: o.id, type: 'WEEK_24', recordedOn: '2012-04-30' } },
      ]);
      expect(outcomeOfType(run.state, 'WEEK_24')).toMatchObject({
        employmentStatus: 'EMPLOYED',
        employerName: 'Dr XYZ medical clinic',
        type: 'WEEK_24',
      });
    },
  );

  test('R-OUT-06 R-PM-14 the RTWAP Closure outcome can be edited in Follow-up; the field checks still apply', () => {
    const run = legacy();
    const closure = outcomeOfType(run.state, 'RTWAP_CLOSURE')!;
    expect(
      validateOutcomeChange(
        run.state,
        closure.id,
        change({ actualOutcomeDate: '2011-11-28', employmentStatus: 'UNEMPLOYED' }),
        '2012-01-05',
      ),
    ).toEqual([]);
    expect(
      ruleCodes(
        validateOutcomeChange(
          run.state,
          closure.id,
          change({ actualOutcomeDate: '2011-11-28', employmentStatus: 'EMPLOYED' }),
          '2012-01-05',
        ),
      ),
    ).toEqual(Array(6).fill('R-OUT-09 E-OUT-11'));
  });

  test(
    "R-OUT-06 R-FU-01 an edit is held to the add's 24-week window: once the plan end date is corrected later, the " +
      '24-week outcome cannot be edited before the new earliest day, which the refusal names',
    () => {
      const run = legacyWith24();
      const o = outcomeOfType(run.state, 'WEEK_24')!;
      // An administrator corrects A from Nov 28, 2011 to Jan 9, 2012 (R-FU-10): the window now opens Jun 11, 2012.
      run.apply('2012-05-01', (s, ctx) =>
        correctFollowUpAnchors.decide(
          s,
          { planEndDate: '2012-01-09', lastInterventionEnd: '2012-01-09', reason: 'Plan ended later' },
          ctx,
        ),
      );
      const input = change({ actualOutcomeDate: '2012-04-30' });
      const asAdd = validateNewOutcome(
        { ...run.state, outcomes: run.state.outcomes.filter((x) => x.id !== o.id) },
        outcomeInput('WEEK_24', '2012-04-30'),
        '2012-05-01',
      );
      const expected = {
        rule: 'R-FU-01',
        code: 'E-OUT-01',
        message: 'You cannot record the 24 Week outcome yet. It can be recorded on or after June 11, 2012.',
        messageFr:
          "Vous ne pouvez pas enregistrer le résultat à 24 semaines à l'heure actuelle. Le résultat à 24 semaines " +
          'peut être enregistré le 11 juin 2012 ou après cette date.',
        earliestDate: '2012-06-11',
      };
      expect(asAdd).toMatchObject([expected]);
      expect(validateOutcomeChange(run.state, o.id, input, '2012-05-01')).toMatchObject([expected]);
      expect(
        violationsOf(() => changeOutcome.decide(run.state, { ...input, outcomeId: o.id }, run.ctx('2012-05-01'))),
      ).toHaveLength(1);
      expect(validateOutcomeChange(run.state, o.id, change({ actualOutcomeDate: '2012-06-11' }), '2012-06-11')).toEqual(
        [],
      );
    },
  );

  test('R-OUT-06 editing an outcome the case does not have is refused', () => {
    const run = legacy();
    expect(validateOutcomeChange(run.state, 'nope', change(), '2012-05-01')).toMatchObject([
      { rule: 'R-OUT-06', code: 'ERR_NOT_FOUND', message: 'This case has no employment outcome nope.' },
    ]);
  });

  test('R-OUT-07 the 24-week outcome cannot be deleted: edit it instead (E-OUT-04)', () => {
    const run = legacyWith24();
    const o = outcomeOfType(run.state, 'WEEK_24')!;
    expect(validateOutcomeDeletion(run.state, o.id)).toMatchObject([
      {
        rule: 'R-OUT-07',
        code: 'E-OUT-04',
        message: 'This outcome cannot be deleted. If it is wrong, edit it instead.',
      },
    ]);
    expect(
      violationsOf(() => deleteOutcome.decide(run.state, { outcomeId: o.id }, run.ctx(ANY_DAY.today))),
    ).toHaveLength(1);
  });

  test('R-OUT-07 the 52-week outcome cannot be deleted either (E-OUT-04)', () => {
    const run = legacyWith24();
    const events = recordOutcome.decide(
      run.state,
      outcomeInput('WEEK_52', '2012-10-29', { confirmClose: true }),
      run.ctx('2012-10-29'),
    );
    // Only the recording, not the closure that follows it in the same step, to look at the rule on its own.
    run.fold(events.filter((e) => e.type === 'OutcomeRecorded'));
    const o = outcomeOfType(run.state, 'WEEK_52')!;
    expect(validateOutcomeDeletion(run.state, o.id)).toMatchObject([
      {
        rule: 'R-OUT-07',
        code: 'E-OUT-04',
        message: 'This outcome cannot be deleted. If it is wrong, edit it instead.',
      },
    ]);
  });

  test(
    'R-OUT-07 R-PM-14 the RTWAP Closure outcome is deletable ' + 'in RTWAP Mgmt, not once the case is in Follow-up',
    () => {
      const mgmt = walkTo('RTWAP_MGMT');
      mgmt.recordOutcome('2011-11-25', outcomeInput('RTWAP_CLOSURE', '2011-11-25'));
      const closure = outcomeOfType(mgmt.state, 'RTWAP_CLOSURE')!;
      expect(validateOutcomeDeletion(mgmt.state, closure.id)).toEqual([]);
      mgmt.fold(deleteOutcome.decide(mgmt.state, { outcomeId: closure.id }, mgmt.ctx(ANY_DAY.today)));
      expect(mgmt.state.outcomes).toEqual([]);

      const followUp = legacy();
      const frozen = outcomeOfType(followUp.state, 'RTWAP_CLOSURE')!;
      expect(validateOutcomeDeletion(followUp.state, frozen.id)).toMatchObject([
        {
          rule: 'R-OUT-07',
          code: 'E-OUT-05',
          message: 'The RTWAP Closure outcome cannot be deleted once the case is in Follow-up.',
        },
      ]);
    },
  );

  test('R-OUT-07 R-OUT-03 a Random outcome can be deleted', () => {
    const run = legacy();
    run.recordOutcome('2012-01-10', outcomeInput('RANDOM', '2012-01-10'));
    const random = outcomeOfType(run.state, 'RANDOM')!;
    expect(deleteOutcome.decide(run.state, { outcomeId: random.id }, run.ctx(ANY_DAY.today))).toEqual([
      { type: 'OutcomeDeleted', outcomeId: random.id },
    ]);
    expect(validateOutcomeDeletion(run.state, 'nope')).toMatchObject([
      { rule: 'R-OUT-07', code: 'ERR_NOT_FOUND', message: 'This case has no employment outcome nope.' },
    ]);
  });
});

describe('employment fields (R-OUT-09, R-OUT-11, R-OUT-12)', () => {
  test(
    'R-OUT-09 an Employed outcome requires employer, ' + 'province, job title, hours, wage and details, each named',
    () => {
      const run = legacy();
      const v = validateNewOutcome(
        run.state,
        outcomeInput('RANDOM', '2012-01-10', { employmentStatus: 'EMPLOYED' }),
        '2012-01-10',
      );
      expect(v).toMatchObject(
        [
          ['employerName', 'Employer name'],
          ['provinceOfEmployment', 'Province of employment'],
          ['jobTitle', 'Job title'],
          ['hoursPerWeek', 'Hours per week'],
          ['hourlyWage', 'Hourly wage'],
          ['employmentDetails', 'Employment details'],
        ].map(([field, label]) => ({
          rule: 'R-OUT-09',
          code: 'E-OUT-11',
          message: `${label} is required when the employment status is EMPLOYED. Enter it, or UNKNOWN.`,
          field,
        })),
      );
    },
  );

  test('R-OUT-09 a Self-employed outcome has the same requirements; an empty employer name counts as missing', () => {
    const run = legacy();
    const v = validateNewOutcome(
      run.state,
      outcomeInput('RANDOM', '2012-01-10', {
        ...EMPLOYED_DETAILS,
        employmentStatus: 'SELF_EMPLOYED',
        employerName: '',
      }),
      '2012-01-10',
    );
    expect(v).toMatchObject([
      {
        rule: 'R-OUT-09',
        code: 'E-OUT-11',
        message: 'Employer name is required when the employment status is SELF_EMPLOYED. Enter it, or UNKNOWN.',
        field: 'employerName',
      },
    ]);
  });

  test('R-OUT-09 each required field accepts an explicit Unknown', () => {
    const run = legacy();
    const unknowns = outcomeInput('RANDOM', '2012-01-10', {
      employmentStatus: 'EMPLOYED',
      employerName: 'UNKNOWN',
      provinceOfEmployment: 'UNKNOWN',
      jobTitle: 'UNKNOWN',
      hoursPerWeek: 'UNKNOWN',
      hourlyWage: 'UNKNOWN',
      employmentDetails: 'UNKNOWN',
    });
    expect(validateNewOutcome(run.state, unknowns, '2012-01-10')).toEqual([]);
  });

  test('R-OUT-09 an Unknown employment status needs no employment details, for any outcome type', () => {
    const run = legacy();
    expect(
      validateNewOutcome(
        run.state,
        outcomeInput('WEEK_24', '2012-04-30', { employmentStatus: 'UNKNOWN' }),
        '2012-04-30',
      ),
    ).toEqual([]);
    expect(
      validateNewOutcome(
        run.state,
        outcomeInput('RANDOM', '2012-04-30', { employmentStatus: 'UNKNOWN' }),
        '2012-04-30',
      ),
    ).toEqual([]);
    const mgmt = walkTo('RTWAP_MGMT');
    expect(
      validateNewOutcome(
        mgmt.state,
        outcomeInput('RTWAP_CLOSURE', '2011-11-25', { employmentStatus: 'UNKNOWN' }),
        '2011-11-25',
      ),
    ).toEqual([]);
  });

  test.each([
    [{ hoursPerWeek: 0 }, 'hoursPerWeek', 'Hours per week must be between 0.1 and 168.'],
    [{ hoursPerWeek: 168.5 }, 'hoursPerWeek', 'Hours per week must be between 0.1 and 168.'],
    [{ hourlyWage: 0 }, 'hourlyWage', 'Hourly wage must be between 0.01 and 999999.99.'],
    [{ hourlyWage: 1_000_000 }, 'hourlyWage', 'Hourly wage must be between 0.01 and 999999.99.'],
  ])('R-OUT-09 out-of-range numbers are refused with E-OUT-13 (%j)', (extra, field, message) => {
    const run = legacy();
    const v = validateNewOutcome(
      run.state,
      outcomeInput('RANDOM', '2012-01-10', { ...EMPLOYED_DETAILS, ...extra }),
      '2012-01-10',
    );
    expect(v).toMatchObject([{ rule: 'R-OUT-09', code: 'E-OUT-13', message, field }]);
  });

  test('R-OUT-09 the range limits themselves are accepted (168 hours, $0.01, $999,999.99)', () => {
    const run = legacy();
    for (const extra of [
      { hoursPerWeek: 168 },
      { hoursPerWeek: 0.1 },
      { hourlyWage: 0.01 },
      { hourlyWage: 999_999.99 },
    ]) {
      expect(
        validateNewOutcome(
          run.state,
          outcomeInput('RANDOM', '2012-01-10', { ...EMPLOYED_DETAILS, ...extra }),
          '2012-01-10',
        ),
      ).toEqual([]);
    }
  });

  test(
    'R-OUT-11 a NOC code that is not in the lookup is refused (E-OUT-12); 1243 Medical administrative ' +
      'assistants is accepted',
    () => {
      const run = legacy();
      expect(
        validateNewOutcome(
          run.state,
          outcomeInput('RANDOM', '2012-01-10', { ...EMPLOYED_DETAILS, nocCode: '9999' }),
          '2012-01-10',
        ),
      ).toMatchObject([
        { rule: 'R-OUT-11', code: 'E-OUT-12', message: 'Select a valid NOC code from the lookup.', field: 'nocCode' },
      ]);
      expect(
        validateNewOutcome(
          run.state,
          outcomeInput('RANDOM', '2012-01-10', { ...EMPLOYED_DETAILS, nocCode: '1243' }),
          '2012-01-10',
        ),
      ).toEqual([]);
    },
  );

  test('R-OUT-12 the "Goal Met" checkbox (in preferred field) is kept on the recorded outcome', () => {
    const run = legacy();
    run.recordOutcome('2012-04-30', outcomeInput('WEEK_24', '2011-12-16', EMPLOYED_DETAILS));
    expect(outcomeOfType(run.state, 'WEEK_24')).toEqual({
      id: expect.any(String),
      type: 'WEEK_24',
      actualOutcomeDate: '2011-12-16',
      recordedOn: '2012-04-30',
      employmentStatus: 'EMPLOYED',
      employmentDetails: 'FULL_TIME',
      employerName: 'Dr XYZ medical clinic',
      provinceOfEmployment: 'NS',
      jobTitle: 'Medical Secretary',
      nocCode: '1243',
      hoursPerWeek: 35,
      hourlyWage: 15.75,
      inPreferredField: true,
    });
    // confirmClose is a request flag, never stored.
    expect(
      buildOutcome('o1', outcomeInput('WEEK_52', '2012-10-29', { confirmClose: true }), '2012-10-29'),
    ).not.toHaveProperty('confirmClose');
  });

  test('R-OUT-13 every violated rule is reported together: eligibility first, then the fields', () => {
    const run = legacy();
    const v = validateNewOutcome(
      run.state,
      outcomeInput('WEEK_52', '2012-06-02', { ...EMPLOYED_DETAILS, jobTitle: undefined, nocCode: '0000' }),
      '2012-06-01',
    );
    expect(ruleCodes(v)).toEqual([
      'R-FU-02 E-OUT-02',
      'R-FU-02 E-OUT-03',
      'R-OUT-09 E-OUT-11',
      'R-OUT-11 E-OUT-12',
      'R-OUT-10 E-OUT-14',
    ]);
  });
});

describe('one 24-week and one 52-week outcome per case (R-FU-03)', () => {
  test('R-FU-03 a second 24-week outcome is refused (E-OUT-07)', () => {
    const run = legacyWith24();
    expect(validateNewOutcome(run.state, outcomeInput('WEEK_24', '2012-05-20'), '2012-05-20')).toMatchObject([
      {
        rule: 'R-FU-03',
        code: 'E-OUT-07',
        message: 'A 24 Week outcome already exists for this case. Open it to make corrections.',
      },
    ]);
  });

  test('R-FU-03 a second 52-week outcome is refused (E-OUT-08)', () => {
    const run = legacyWith24();
    const events = recordOutcome.decide(
      run.state,
      outcomeInput('WEEK_52', '2012-10-29', { confirmClose: true }),
      run.ctx('2012-10-29'),
    );
    run.fold(events.filter((e) => e.type === 'OutcomeRecorded'));
    expect(
      validateNewOutcome(run.state, outcomeInput('WEEK_52', '2012-10-30', { confirmClose: true }), '2012-10-30'),
    ).toMatchObject([
      { rule: 'R-FU-03', code: 'E-OUT-08', message: 'A 52 Week outcome already exists for this case.' },
    ]);
  });
});

describe('saving the 52-week outcome (R-FU-05, R-FU-07)', () => {
  test('R-FU-07 C-OUT-01 reminds the user that the 24-week outcome is still Unknown', () => {
    const run = legacyWith24('UNKNOWN');
    expect(validateNewOutcome(run.state, outcomeInput('WEEK_52', '2012-10-29'), '2012-10-29')).toMatchObject([
      {
        rule: 'R-FU-05',
        code: 'C-OUT-01',
        message:
          `${C_OUT_01} The 24 Week outcome is recorded as Unknown; update it first if the client has told ` +
          `you their situation.`,
      },
    ]);
  });

  test('R-FU-07 once the Unknown 24-week outcome is corrected, C-OUT-01 no longer mentions it', () => {
    const run = legacyWith24('UNKNOWN');
    const o = outcomeOfType(run.state, 'WEEK_24')!;
    run.fold(
      changeOutcome.decide(
        run.state,
        { actualOutcomeDate: '2012-04-30', employmentStatus: 'UNEMPLOYED', inPreferredField: false, outcomeId: o.id },
        run.ctx('2012-10-29'),
      ),
    );
    expect(validateNewOutcome(run.state, outcomeInput('WEEK_52', '2012-10-29'), '2012-10-29')).toMatchObject([
      { rule: 'R-FU-05', code: 'C-OUT-01', message: C_OUT_01 },
    ]);
  });

  test('R-FU-05 the confirmation is asked only once every other check passes: field errors come alone', () => {
    // Spec 03 ACT-OUT-04: "C-OUT-01 is shown after validation passes and before anything is saved."
    const run = legacyWith24();
    const v = validateNewOutcome(
      run.state,
      outcomeInput('WEEK_52', '2012-10-29', {
        employmentStatus: 'EMPLOYED',
        ...EMPLOYED_DETAILS,
        employerName: undefined,
      }),
      '2012-10-29',
    );
    expect(ruleCodes(v)).toEqual(['R-OUT-09 E-OUT-11']);
  });

  test('R-FU-05 with the confirmation and field errors, nothing is saved and the case stays in Follow-up', () => {
    const run = legacyWith24();
    const v = violationsOf(() =>
      run.recordOutcome(
        '2012-10-29',
        outcomeInput('WEEK_52', '2012-10-29', { employmentStatus: 'EMPLOYED', confirmClose: true }),
      ),
    );
    expect(v.every((x) => x.code === 'E-OUT-11')).toBe(true);
    expect(run.state.status).toBe('FOLLOW_UP');
    expect(outcomeOfType(run.state, 'WEEK_52')).toBeUndefined();
  });
});

describe('a new outcome form (R-OUT-05)', () => {
  test('R-OUT-05 starts from the latest outcome’s employment details, never its type or date', () => {
    const run = legacy();
    run.recordOutcome('2012-05-01', outcomeInput('WEEK_24', '2012-05-01', { ...EMPLOYED_DETAILS }));
    const defaults = newOutcomeDefaults(run.state, '2012-06-01');
    expect(defaults.type).toBe('RANDOM');
    expect(defaults.actualOutcomeDate).toBe('2012-06-01');
    expect(defaults.details).toMatchObject({
      employmentStatus: 'EMPLOYED',
      employerName: EMPLOYED_DETAILS.employerName,
    });
    expect(defaults.details).not.toHaveProperty('type');
    expect(defaults.details).not.toHaveProperty('actualOutcomeDate');
  });
});
