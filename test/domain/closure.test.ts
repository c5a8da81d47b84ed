// Closing a case: the Case Status screen (R-CASE-23..26, R-PM-13), the 52-week outcome, and the lock on a
// Closed case (spec 03 R-CLOSE-01..07).
import { MANUAL_CLOSURE_REASONS, REASON_LABELS, type CaseStatus } from '../../domain/case-model.ts';
import { businessInstant } from '../../domain/dates.ts';
import {
  validateInterventionChange,
  validateInterventionRemoval,
  validateNewIntervention,
} from '../../domain/interventions.ts';
import { validateNeedsDetermination } from '../../domain/needs.ts';
import { validateNewOutcome, validateOutcomeChange, validateOutcomeDeletion } from '../../domain/outcomes.ts';
import {
  ANY_DAY,
  EMPLOYED_DETAILS,
  interventionInput,
  needsInput,
  outcomeInput,
  ruleCodes,
  violationsOf,
  walkTo,
  type CaseRun,
} from './helpers.ts';
import { alertKey, pendingTimers } from '../../domain/case-timers.ts';
import {
  addIntervention,
  addNote,
  changeIntervention,
  closeCase,
  completeTask,
  reassign,
  removeIntervention,
  saveNeedsDetermination,
} from '../../domain/case-actions/index.ts';
import { decideDueAlerts } from '../../domain/case-due-alerts.ts';
import { closeCaseSchema } from '../../domain/schemas/case.ts';

const EARLIER_STAGES = ['INTAKE', 'ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT'] as const;
const EARLIER_REASONS = ['ABANDONED', 'FOUND_EMPLOYMENT', 'STARTED_BUSINESS', 'LEFT_LABOUR_FORCE'] as const;
const FOLLOW_UP_REASONS = ['FOLLOW_UPS_NOT_ACHIEVABLE', 'NEW_CASE_REQUIRED', 'LEFT_LABOUR_FORCE'] as const;
const CLOSE_DAY = '2011-12-19';

function close(run: CaseRun, reason: string, note?: string) {
  return run.apply(CLOSE_DAY, (s, ctx) => closeCase.decide(s, { reason, note, confirmed: true }, ctx));
}

describe('manual closure reasons per stage (R-CASE-23, R-CLOSE-03)', () => {
  test('R-CASE-23 R-CLOSE-03 the Case Status screen offers the reasons of the seeds for each status', () => {
    const labels = (s: CaseStatus) => MANUAL_CLOSURE_REASONS[s].map((r) => REASON_LABELS[r].en);
    for (const s of EARLIER_STAGES)
      expect(labels(s)).toEqual(['Abandoned', 'Found Employment', 'Started a business', 'Left labour force']);
    expect(labels('FOLLOW_UP')).toEqual(['Follow-ups not achievable', 'New case required', 'Left labour force']);
    expect(labels('CLOSED')).toEqual([]);
  });

  test('R-CLOSE-03 the Follow-up closure reasons carry the French labels of the seeds', () => {
    // Seed 002_204ccc0306fd58d5.txt, lines 125-127 and 131-133; seed 001, lines 3407-3409 (the glossary of spec 03
    // agrees).
    expect(MANUAL_CLOSURE_REASONS.FOLLOW_UP.map((r) => REASON_LABELS[r].fr)).toEqual([
      'Suivis non réalisables',
      'Nouveau cas requis',
      'A quitté la population active',
    ]);
  });

  test.each(EARLIER_STAGES.flatMap((s) => EARLIER_REASONS.map((r) => [s, r] as const)))(
    'R-CASE-23 a case in %s is closed manually with reason %s',
    (stage, reason) => {
      const run = walkTo(stage);
      const rows = run.state.history.length;
      close(run, reason);
      expect(run.state.status).toBe('CLOSED');
      expect(run.state.history).toHaveLength(rows + 1);
      expect(run.state.history.at(-2)).toMatchObject({ status: stage, endDate: CLOSE_DAY });
      expect(run.state.history.at(-1)).toEqual({ status: 'CLOSED', startDate: CLOSE_DAY, endDate: null, reason });
      // R-CASE-26: the open stage task is cancelled, not completed.
      expect(run.state.tasks.filter((t) => t.state === 'OPEN')).toEqual([]);
      expect(run.state.tasks.at(-1)).toMatchObject({ state: 'CANCELLED', closedOn: CLOSE_DAY });
    },
  );

  test('R-CASE-23 R-CLOSE-03 an earlier-stage reason is refused in Follow-up, naming the allowed ones', () => {
    const run = walkTo('FOLLOW_UP');
    expect(closeCase.validate(run.state, { reason: 'ABANDONED', confirmed: true }, ANY_DAY)).toMatchObject([
      {
        rule: 'R-CLOSE-03',
        code: 'E-CLOSE-03',
        message:
          'The reason Abandoned cannot be used for a case in status Follow-up. Allowed: ' +
          'Follow-ups not achievable, New case required, Left labour force.',
        field: 'reason',
      },
    ]);
    expect(violationsOf(() => close(run, 'FOUND_EMPLOYMENT'))[0].message).toBe(
      'The reason Found Employment cannot be used for a case in status Follow-up. Allowed: ' +
        'Follow-ups not achievable, New case required, Left labour force.',
    );
    expect(run.state.status).toBe('FOLLOW_UP');
  });

  test('R-CASE-23 a Follow-up reason is refused before Follow-up', () => {
    const run = walkTo('RTWAP_MGMT');
    expect(closeCase.validate(run.state, { reason: 'NEW_CASE_REQUIRED', confirmed: true }, ANY_DAY)).toMatchObject([
      {
        rule: 'R-CASE-23',
        code: 'E-CLOSE-03',
        message:
          'The reason New case required cannot be used for a case in status RTWAP Mgmt. Allowed: Abandoned, ' +
          'Found Employment, Started a business, Left labour force.',
        field: 'reason',
      },
    ]);
  });

  test('R-CASE-24 the Case Status screen cannot move a case forward: only Closed reasons are accepted', () => {
    const run = walkTo('INTAKE');
    expect(
      closeCase.validate(run.state, { reason: 'INTAKE_PROCESS_COMPLETE', confirmed: true }, ANY_DAY),
    ).toMatchObject([
      {
        rule: 'R-CASE-23',
        code: 'E-CLOSE-03',
        message:
          'The reason Intake Process Complete cannot be used for a case in status Intake. Allowed: ' +
          'Abandoned, Found Employment, Started a business, Left labour force.',
        field: 'reason',
      },
    ]);
    // At the API edge the request shape itself only knows closure reasons.
    const parsed = closeCaseSchema.safeParse({ reason: 'INTAKE_PROCESS_COMPLETE', confirmed: true });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['reason', 'Select a reason for the status change.'],
    ]);
  });

  test('R-PM-13 a case is closed from RTWAP Mgmt through the Case Status screen when no task result fits', () => {
    const run = walkTo('RTWAP_MGMT');
    const closeTask = run.stageTaskId();
    const events = close(run, 'STARTED_BUSINESS');
    expect(events).toEqual([
      { type: 'StatusChanged', from: 'RTWAP_MGMT', to: 'CLOSED', date: CLOSE_DAY, reason: 'STARTED_BUSINESS' },
      { type: 'TaskCancelled', taskId: closeTask, date: CLOSE_DAY },
    ]);
  });
});

describe('a Closed case is terminal (R-CASE-25, R-CLOSE-01)', () => {
  /** A case closed from RTWAP Mgmt, so it still has an intervention and an outcome to try to change. */
  function closedCase(): CaseRun {
    const run = walkTo('RTWAP_MGMT');
    run.recordOutcome('2011-12-01', outcomeInput('RTWAP_CLOSURE', '2011-12-01'));
    close(run, 'ABANDONED');
    return run;
  }
  const E_CLOSE_01 = {
    rule: 'R-CLOSE-01',
    code: 'E-CLOSE-01',
    message: 'This case is closed and cannot be reopened or changed.',
    kind: 'conflict',
  };
  const E_OUT_09 = {
    rule: 'R-OUT-08',
    code: 'E-OUT-09',
    message: 'This case is closed. Its employment outcomes can no longer be added, changed or deleted.',
    kind: 'conflict',
  };

  test('R-CASE-25 R-CLOSE-01 no status row can be added after Closed, whatever the reason', () => {
    const run = closedCase();
    const history = run.state.history;
    for (const reason of [...EARLIER_REASONS, ...FOLLOW_UP_REASONS]) {
      expect(closeCase.validate(run.state, { reason, confirmed: true }, ANY_DAY)).toMatchObject([E_CLOSE_01]);
      expect(
        violationsOf(() => closeCase.decide(run.state, { reason, confirmed: true }, run.ctx('2012-01-05'))),
      ).toMatchObject([E_CLOSE_01]);
    }
    expect(run.state.history).toBe(history);
  });

  test('R-CASE-25 R-CLOSE-01 a Closed case refuses every change with E-CLOSE-01', () => {
    const run = closedCase();
    const s = run.state;
    const ctx = run.ctx('2012-01-05');
    const [intervention] = s.interventions;
    expect(completeTask.validate(s, { outcome: 'INTAKE_COMPLETE', taskId: 'id-1' }, ANY_DAY)).toMatchObject([
      E_CLOSE_01,
    ]);
    expect(validateNewIntervention(s, interventionInput())).toMatchObject([E_CLOSE_01]);
    expect(validateInterventionChange(s, intervention.id, { status: 'IN_PROGRESS' }, '2012-01-05')).toMatchObject([
      E_CLOSE_01,
    ]);
    expect(validateInterventionRemoval(s, intervention.id)).toMatchObject([E_CLOSE_01]);
    expect(validateNeedsDetermination(s, needsInput())).toMatchObject([E_CLOSE_01]);
    expect(reassign.validate(s, { caseManagerId: 20001 }, ANY_DAY)).toMatchObject([E_CLOSE_01]);
    expect(violationsOf(() => addIntervention.decide(s, interventionInput(), ctx))).toMatchObject([E_CLOSE_01]);
    expect(
      violationsOf(() =>
        changeIntervention.decide(s, { plannedEndDate: '2012-02-01', interventionId: intervention.id }, ctx),
      ),
    ).toMatchObject([E_CLOSE_01]);
    expect(violationsOf(() => removeIntervention.decide(s, { interventionId: intervention.id }, ctx))).toMatchObject([
      E_CLOSE_01,
    ]);
    expect(violationsOf(() => saveNeedsDetermination.decide(s, needsInput(), ctx))).toMatchObject([E_CLOSE_01]);
    expect(violationsOf(() => reassign.decide(s, { caseManagerId: 20001 }, ctx))).toMatchObject([E_CLOSE_01]);
    expect(
      violationsOf(() => completeTask.decide(s, { outcome: 'INTAKE_COMPLETE', taskId: 'id-1' }, ctx)),
    ).toMatchObject([E_CLOSE_01]);
  });

  test('R-OUT-08 R-CLOSE-01 outcomes of a Closed case can no longer be added, changed or deleted', () => {
    const run = closedCase();
    const s = run.state;
    const [closure] = s.outcomes;
    expect(validateNewOutcome(s, outcomeInput('RANDOM', '2012-01-05'), '2012-01-05')).toMatchObject([E_OUT_09]);
    expect(validateNewOutcome(s, outcomeInput('RTWAP_CLOSURE', '2012-01-05'), '2012-01-05')).toMatchObject([E_OUT_09]);
    expect(
      validateOutcomeChange(
        s,
        closure.id,
        { actualOutcomeDate: '2011-12-01', ...EMPLOYED_DETAILS, employmentStatus: 'EMPLOYED', inPreferredField: true },
        '2012-01-05',
      ),
    ).toMatchObject([E_OUT_09]);
    expect(validateOutcomeDeletion(s, closure.id)).toMatchObject([E_OUT_09]);
  });

  test('R-NOTE-01 notes can no longer be added to a Closed case', () => {
    const run = closedCase();
    expect(addNote.validate(run.state, { text: 'note' }, ANY_DAY)).toMatchObject([
      {
        rule: 'R-NOTE-01',
        code: 'E-CLOSE-01',
        message: 'This case is closed: notes can no longer be added.',
        kind: 'conflict',
      },
    ]);
    expect(() => addNote.decide(run.state, { text: 'late note' }, run.ctx('2012-01-05'))).toThrow(
      'This case is closed: notes can no longer be added.',
    );
  });

  test('R-CASE-25 a case closed by a stage task result is just as final', () => {
    const run = walkTo('INTAKE');
    run.completeStage('2011-10-21', 'SELF_SERVE_ONLY');
    expect(run.state.history.at(-1)).toEqual({
      status: 'CLOSED',
      startDate: '2011-10-21',
      endDate: null,
      reason: 'SELF_SERVE_ONLY',
    });
    expect(closeCase.validate(run.state, { reason: 'ABANDONED', confirmed: true }, ANY_DAY)).toMatchObject([
      E_CLOSE_01,
    ]);
    expect(pendingTimers(run.state)).toEqual([]);
  });
});

describe('closing from Follow-up (R-CLOSE-02..07)', () => {
  test(
    'R-CLOSE-02 R-FU-05 saving the 52-week outcome closes the case in the same step, reason Follow-up ' + 'complete',
    () => {
      const run = walkTo('FOLLOW_UP');
      run.recordOutcome('2012-04-30', outcomeInput('WEEK_24', '2012-04-30'));
      const tasks52 = run.state.tasks.filter((t) => t.type === 'WEEK_52_OUTCOME');
      expect(tasks52).toHaveLength(1);
      const [task52] = tasks52;
      const events = run.recordOutcome('2012-10-29', outcomeInput('WEEK_52', '2012-10-29', { confirmClose: true }));
      expect(events.map((e) => e.type)).toEqual(['OutcomeRecorded', 'TaskCompleted', 'StatusChanged']);
      expect(events[1]).toEqual({
        type: 'TaskCompleted',
        taskId: task52.id,
        outcome: 'UNEMPLOYED',
        date: '2012-10-29',
      });
      expect(events[2]).toEqual({
        type: 'StatusChanged',
        from: 'FOLLOW_UP',
        to: 'CLOSED',
        date: '2012-10-29',
        reason: 'FOLLOW_UP_COMPLETE',
      });
      expect(run.state.history.slice(-2)).toEqual([
        { status: 'FOLLOW_UP', startDate: '2011-11-28', endDate: '2012-10-29', reason: 'ACTION_PLAN_COMPLETE' },
        { status: 'CLOSED', startDate: '2012-10-29', endDate: null, reason: 'FOLLOW_UP_COMPLETE' },
      ]);
      expect(REASON_LABELS.FOLLOW_UP_COMPLETE.en).toBe('Follow-up complete');
      expect(run.state.outcomes.map((o) => o.type)).toEqual(['RTWAP_CLOSURE', 'WEEK_24', 'WEEK_52']);
    },
  );

  test.each(FOLLOW_UP_REASONS)('R-CLOSE-03 a case in Follow-up is closed manually with %s', (reason) => {
    const run = walkTo('FOLLOW_UP');
    close(run, reason);
    expect(run.state.history.slice(-2)).toEqual([
      { status: 'FOLLOW_UP', startDate: '2011-11-28', endDate: CLOSE_DAY, reason: 'ACTION_PLAN_COMPLETE' },
      { status: 'CLOSED', startDate: CLOSE_DAY, endDate: null, reason },
    ]);
  });

  test('R-CLOSE-04 the manual closure carries its optional case note, written on the Case Status screen', () => {
    const run = walkTo('FOLLOW_UP');
    const events = close(run, 'FOLLOW_UPS_NOT_ACHIEVABLE', 'Three attempts: phone Dec 1, email Dec 8, letter Dec 12.');
    expect(events[0]).toEqual({
      type: 'NoteAdded',
      noteId: expect.any(String),
      text: 'Three attempts: phone Dec 1, email Dec 8, letter Dec 12.',
      context: 'CASE_STATUS',
      authorId: null,
      date: expect.any(String),
    });
    expect(run.state.notes).toBe(1);
    // Without a note, no note event.
    const other = walkTo('FOLLOW_UP');
    expect(close(other, 'LEFT_LABOUR_FORCE').some((e) => e.type === 'NoteAdded')).toBe(false);
  });

  test('R-CLOSE-04 the request must confirm the closure and name a reason (C-CLOSE-01, E-CLOSE-02)', () => {
    const noConfirm = closeCaseSchema.safeParse({ reason: 'NEW_CASE_REQUIRED' });
    expect(noConfirm.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['confirmed', 'Closing a case is permanent: confirm it with "confirmed": true.'],
    ]);
    const noReason = closeCaseSchema.safeParse({ confirmed: true });
    expect(noReason.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['reason', 'Select a reason for the status change.'],
    ]);
    expect(closeCaseSchema.parse({ reason: 'NEW_CASE_REQUIRED', confirmed: true })).toEqual({
      reason: 'NEW_CASE_REQUIRED',
      confirmed: true,
    });
  });

  test('R-CLOSE-05 R-CASE-26 closing cancels the follow-up tasks and timers and clears the raised alerts', () => {
    const run = walkTo('FOLLOW_UP');
    // The 24-week alert was raised on May 14, 2012 at 06:00 Halifax time and never cleared.
    run.fold(decideDueAlerts(run.state, businessInstant('2012-05-14', 6), '2012-05-14'));
    expect(run.state.alerts.map((a) => a.key)).toEqual([alertKey.week24]);
    const followUpTasks = run.state.tasks.filter((t) => t.state === 'OPEN').map((t) => t.id);
    expect(followUpTasks).toHaveLength(2);
    const events = run.apply('2012-06-01', (s, ctx) =>
      closeCase.decide(s, { reason: 'FOLLOW_UPS_NOT_ACHIEVABLE', confirmed: true }, ctx),
    );
    expect(events).toEqual([
      {
        type: 'StatusChanged',
        from: 'FOLLOW_UP',
        to: 'CLOSED',
        date: '2012-06-01',
        reason: 'FOLLOW_UPS_NOT_ACHIEVABLE',
      },
      { type: 'TaskCancelled', taskId: followUpTasks[0], date: '2012-06-01' },
      { type: 'TaskCancelled', taskId: followUpTasks[1], date: '2012-06-01' },
      { type: 'AlertCleared', key: alertKey.week24, date: '2012-06-01' },
    ]);
    expect(run.state.alerts).toEqual([]);
    expect(pendingTimers(run.state)).toEqual([]);
    expect(decideDueAlerts(run.state, businessInstant('2013-01-01', 6), '2013-01-01')).toEqual([]);
  });

  test(
    'R-CLOSE-05 R-CASE-26 closing from RTWAP Mgmt cancels Close Action Plan and clears the ' +
      'overdue-intervention alerts',
    () => {
      const run = walkTo('RTWAP_MGMT');
      const [i] = run.state.interventions;
      run.fold(decideDueAlerts(run.state, businessInstant('2011-12-27', 6), '2011-12-27'));
      expect(run.state.alerts.map((a) => a.key)).toEqual([alertKey.interventionOverdue(i.id)]);
      const events = run.apply('2012-01-03', (s, ctx) =>
        closeCase.decide(s, { reason: 'ABANDONED', confirmed: true }, ctx),
      );
      expect(events.map((e) => e.type)).toEqual(['StatusChanged', 'TaskCancelled', 'AlertCleared']);
      expect(run.state.alerts).toEqual([]);
      expect(pendingTimers(run.state)).toEqual([]);
    },
  );

  test('R-CLOSE-06 New case required closes a Follow-up case so that a new case can be opened', () => {
    const run = walkTo('FOLLOW_UP');
    close(run, 'NEW_CASE_REQUIRED');
    expect(run.state.status).toBe('CLOSED');
    expect(run.state.history.at(-1)).toEqual({
      status: 'CLOSED',
      startDate: CLOSE_DAY,
      endDate: null,
      reason: 'NEW_CASE_REQUIRED',
    });
  });

  test('R-CLOSE-07 Follow-ups not achievable is guidance only: no contact attempts are required to use it', () => {
    const run = walkTo('FOLLOW_UP');
    expect(run.state.notes).toBe(0);
    expect(closeCase.validate(run.state, { reason: 'FOLLOW_UPS_NOT_ACHIEVABLE', confirmed: true }, ANY_DAY)).toEqual(
      [],
    );
    run.apply('2011-11-28', (s, ctx) =>
      closeCase.decide(s, { reason: 'FOLLOW_UPS_NOT_ACHIEVABLE', confirmed: true }, ctx),
    );
    expect(run.state.status).toBe('CLOSED');
  });

  test('R-CLOSE-01 R-OUT-08 a case closed by its 52-week outcome is locked like any other closed case', () => {
    const run = walkTo('FOLLOW_UP');
    run.recordOutcome('2012-04-30', outcomeInput('WEEK_24', '2012-04-30'));
    run.recordOutcome('2012-10-29', outcomeInput('WEEK_52', '2012-10-29', { confirmClose: true }));
    expect(ruleCodes(closeCase.validate(run.state, { reason: 'NEW_CASE_REQUIRED', confirmed: true }, ANY_DAY))).toEqual(
      ['R-CLOSE-01 E-CLOSE-01'],
    );
    expect(ruleCodes(validateNewOutcome(run.state, outcomeInput('RANDOM', '2012-10-30'), '2012-10-30'))).toEqual([
      'R-OUT-08 E-OUT-09',
    ]);
  });
});
