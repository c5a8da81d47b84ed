// Durable timers and the alerts they raise: follow-up alerts (spec 03 §5.2 R-TMR, R-FU-08/10) and overdue
// interventions (spec 01 R-TASK-03, R-INT-09/10). Alerts fire at 06:00 America/Halifax on their date.
import { businessInstant } from '../../domain/dates.ts';
import { followUpCase, outcomeInput, walkTo, type CaseRun } from './helpers.ts';
import { ALERT_HOUR, alertKey, pendingTimers, staleAlerts } from '../../domain/case-timers.ts';
import { changeIntervention, closeCase, reassign, removeIntervention } from '../../domain/case-actions/index.ts';
import { decideDueAlerts } from '../../domain/case-due-alerts.ts';

/** Raises every alert due at `instant` (an ISO UTC timestamp) and returns the events. */
function tick(run: CaseRun, instant: string, today: string) {
  const events = decideDueAlerts(run.state, new Date(instant), today);
  run.fold(events);
  return events;
}

describe('follow-up timers (R-TMR-01, R-TMR-02, R-FU-08, R-FU-10)', () => {
  test(
    'R-TMR-01 entering Follow-up creates both outcome tasks, due on alertAt24 and alertAt52 (May 14 and Nov ' +
      '26, 2012)',
    () => {
      const run = walkTo('FOLLOW_UP');
      const entered = run.log.slice(run.log.findIndex((e) => e.type === 'StatusChanged' && e.to === 'FOLLOW_UP'));
      expect(entered).toEqual([
        {
          type: 'StatusChanged',
          from: 'RTWAP_MGMT',
          to: 'FOLLOW_UP',
          date: '2011-11-28',
          reason: 'ACTION_PLAN_COMPLETE',
        },
        { type: 'FollowUpScheduled', anchors: { planEndDate: '2011-11-28', lastInterventionEnd: '2011-11-28' } },
        {
          type: 'TaskOpened',
          task: { id: expect.any(String), type: 'WEEK_24_OUTCOME', openedOn: '2011-11-28', dueDate: '2012-05-14' },
        },
        {
          type: 'TaskOpened',
          task: { id: expect.any(String), type: 'WEEK_52_OUTCOME', openedOn: '2011-11-28', dueDate: '2012-11-26' },
        },
      ]);
      expect(pendingTimers(run.state)).toEqual([
        { key: 'WEEK_24_DUE', kind: 'WEEK_24_DUE', fireOn: '2012-05-14', dueDate: '2012-05-14', ref: null },
        { key: 'WEEK_52_DUE', kind: 'WEEK_52_DUE', fireOn: '2012-11-26', dueDate: '2012-11-26', ref: null },
      ]);
    },
  );

  test.each([
    ['2024-01-15', '2024-01-05', '2024-06-21', '2025-01-03'],
    ['2024-01-15', '2023-12-01', '2024-06-17', '2024-12-16'],
  ])(
    'R-FU-08 R-TMR-01 A=%s, L=%s: the tasks and timers fall on the later of due and earliest dates (%s, %s)',
    (a, l, at24, at52) => {
      const run = followUpCase(a, l);
      expect(run.state.followUp).toEqual({ planEndDate: a, lastInterventionEnd: l });
      expect(run.state.tasks.filter((t) => t.state === 'OPEN').map((t) => [t.type, t.dueDate])).toEqual([
        ['WEEK_24_OUTCOME', at24],
        ['WEEK_52_OUTCOME', at52],
      ]);
      expect(pendingTimers(run.state).map((t) => [t.key, t.fireOn])).toEqual([
        ['WEEK_24_DUE', at24],
        ['WEEK_52_DUE', at52],
      ]);
    },
  );

  test(
    'R-FU-10 L is the latest actual end among the interventions, ' + 'frozen with A when the case enters Follow-up',
    () => {
      const run = walkTo(
        'RTWAP_MGMT',
        {},
        { intervention: { plannedStartDate: '2011-11-01', plannedEndDate: '2012-03-30' } },
      );
      run.addIntervention('2011-11-23', { plannedStartDate: '2011-11-23', plannedEndDate: '2012-02-15' });
      const [first, second] = run.state.interventions;
      // Both end earlier than planned: the plan closes early (the client found work).
      run.apply('2011-11-28', (s, ctx) =>
        changeIntervention.decide(
          s,
          {
            status: 'NOT_COMPLETED',
            actualEndDate: '2011-11-20',
            nonCompletionReason: 'FOUND_EMPLOYMENT',
            interventionId: first.id,
          },
          ctx,
        ),
      );
      run.apply('2011-11-28', (s, ctx) =>
        changeIntervention.decide(
          s,
          { status: 'COMPLETED', actualEndDate: '2011-11-25', interventionId: second.id },
          ctx,
        ),
      );
      run.recordOutcome('2011-12-02', outcomeInput('RTWAP_CLOSURE', '2011-12-01'));
      run.completeStage('2011-12-02', 'NOT_COMPLETED_FOUND_WORK');
      expect(run.state.followUp).toEqual({ planEndDate: '2011-12-02', lastInterventionEnd: '2011-11-25' });
      // alertAt24 = max(Nov 25 + 168 = May 11, Dec 2 + 154 = May 5) = May 11, 2012.
      expect(pendingTimers(run.state)[0]).toMatchObject({ key: 'WEEK_24_DUE', fireOn: '2012-05-11' });
      // Later events do not move the anchors.
      run.recordOutcome('2012-01-10', outcomeInput('RANDOM', '2012-01-10'));
      expect(run.state.followUp).toEqual({ planEndDate: '2011-12-02', lastInterventionEnd: '2011-11-25' });
    },
  );

  test(
    'R-TMR-01 R-FU-09 the 24-week alert is raised at 06:00 Halifax daylight time on May 14, 2012 (09:00 UTC), ' +
      'not before',
    () => {
      const run = walkTo('FOLLOW_UP');
      expect(ALERT_HOUR).toBe(6);
      expect(businessInstant('2012-05-14', ALERT_HOUR).toISOString()).toBe('2012-05-14T09:00:00.000Z');
      expect(tick(run, '2012-05-14T08:59:59.999Z', '2012-05-14')).toEqual([]);
      expect(tick(run, '2012-05-14T09:00:00.000Z', '2012-05-14')).toEqual([
        {
          type: 'AlertRaised',
          alert: { key: 'WEEK_24_DUE', kind: 'WEEK_24_DUE', raisedOn: '2012-05-14', dueDate: '2012-05-14', ref: null },
        },
      ]);
      expect(run.state.alerts.map((a) => a.key)).toEqual(['WEEK_24_DUE']);
      // Raised once: the timer is gone and a later tick raises nothing new.
      expect(pendingTimers(run.state).map((t) => t.key)).toEqual(['WEEK_52_DUE']);
      expect(tick(run, '2012-06-01T12:00:00.000Z', '2012-06-01')).toEqual([]);
    },
  );

  test('R-TMR-02 the 52-week alert is raised at 06:00 Halifax standard time on Nov 26, 2012 (10:00 UTC)', () => {
    const run = walkTo('FOLLOW_UP');
    run.recordOutcome('2012-04-30', outcomeInput('WEEK_24', '2012-04-30'));
    expect(tick(run, '2012-11-26T09:59:59.999Z', '2012-11-26')).toEqual([]);
    expect(tick(run, '2012-11-26T10:00:00.000Z', '2012-11-26')).toEqual([
      {
        type: 'AlertRaised',
        alert: { key: 'WEEK_52_DUE', kind: 'WEEK_52_DUE', raisedOn: '2012-11-26', dueDate: '2012-11-26', ref: null },
      },
    ]);
  });

  test('R-TMR-02 a worker that wakes up late raises every alert whose time has passed, with its own due date', () => {
    const run = walkTo('FOLLOW_UP');
    const events = tick(run, '2012-12-03T15:00:00.000Z', '2012-12-03');
    expect(
      events.map((e) => (e.type === 'AlertRaised' ? [e.alert.key, e.alert.dueDate, e.alert.raisedOn] : null)),
    ).toEqual([
      ['WEEK_24_DUE', '2012-05-14', '2012-12-03'],
      ['WEEK_52_DUE', '2012-11-26', '2012-12-03'],
    ]);
    expect(pendingTimers(run.state)).toEqual([]);
  });
});

describe('clearing follow-up alerts (R-TMR-04, R-TMR-05, R-TMR-07, R-TMR-08)', () => {
  test('R-TMR-04 saving the 24-week outcome (even Unknown) clears the 24-week alert and completes its task', () => {
    const run = walkTo('FOLLOW_UP');
    tick(run, '2012-05-14T09:00:00.000Z', '2012-05-14');
    const events = run.recordOutcome(
      '2012-05-20',
      outcomeInput('WEEK_24', '2012-05-14', { employmentStatus: 'UNKNOWN' }),
    );
    expect(events.slice(1)).toEqual([
      { type: 'TaskCompleted', taskId: expect.any(String), outcome: 'UNKNOWN', date: '2012-05-20' },
      { type: 'AlertCleared', key: 'WEEK_24_DUE', date: '2012-05-20' },
    ]);
    expect(run.state.alerts).toEqual([]);
    expect(run.openTaskTypes()).toEqual(['WEEK_52_OUTCOME']);
    expect(pendingTimers(run.state).map((t) => t.key)).toEqual(['WEEK_52_DUE']);
  });

  test('R-TMR-04 an outcome saved before its timer fires cancels the timer: no alert is ever shown', () => {
    const run = walkTo('FOLLOW_UP');
    run.recordOutcome('2012-04-30', outcomeInput('WEEK_24', '2012-04-30'));
    expect(pendingTimers(run.state).map((t) => t.key)).toEqual(['WEEK_52_DUE']);
    expect(tick(run, '2012-05-14T09:00:00.000Z', '2012-05-14')).toEqual([]);
    expect(run.state.alerts).toEqual([]);
  });

  test(
    'R-TMR-04 staleAlerts lists the 24-week alert only once a 24-week outcome exists; Random outcomes do not ' +
      'clear it',
    () => {
      const run = walkTo('FOLLOW_UP');
      tick(run, '2012-05-14T09:00:00.000Z', '2012-05-14');
      const random = run.recordOutcome('2012-05-15', outcomeInput('RANDOM', '2012-05-15'));
      expect(random.map((e) => e.type)).toEqual(['OutcomeRecorded']);
      expect(staleAlerts(run.state, '2012-05-15')).toEqual([]);
      run.recordOutcome('2012-05-16', outcomeInput('WEEK_24', '2012-05-16'));
      expect(run.state.alerts).toEqual([]);
    },
  );

  test('R-TMR-04 the 52-week alert clears when the 52-week outcome closes the case', () => {
    const run = walkTo('FOLLOW_UP');
    run.recordOutcome('2012-04-30', outcomeInput('WEEK_24', '2012-04-30'));
    tick(run, '2012-11-26T10:00:00.000Z', '2012-11-26');
    const events = run.recordOutcome('2012-11-27', outcomeInput('WEEK_52', '2012-11-27', { confirmClose: true }));
    expect(events.map((e) => e.type)).toEqual(['OutcomeRecorded', 'TaskCompleted', 'AlertCleared', 'StatusChanged']);
    expect(run.state.alerts).toEqual([]);
    expect(run.state.status).toBe('CLOSED');
  });

  test('R-TMR-05 the 24-week task and alert are due on alertAt24 itself, so they are overdue from the next day', () => {
    const run = walkTo('FOLLOW_UP');
    tick(run, '2012-05-14T09:00:00.000Z', '2012-05-14');
    const task = run.state.tasks.find((t) => t.type === 'WEEK_24_OUTCOME')!;
    const [alert] = run.state.alerts;
    expect([task.dueDate, alert.dueDate]).toEqual(['2012-05-14', '2012-05-14']);
    const overdueOn = (today: string) => today > alert.dueDate; // R-TASK-03
    expect([overdueOn('2012-05-14'), overdueOn('2012-05-15')]).toEqual([false, true]);
  });

  test('R-TMR-07 reassigning the case keeps its alerts: they follow the case to the new case manager', () => {
    const run = walkTo('FOLLOW_UP');
    tick(run, '2012-05-14T09:00:00.000Z', '2012-05-14');
    const alerts = run.state.alerts;
    run.fold(reassign.decide(run.state, { caseManagerId: 20001 }, run.ctx('2012-05-14')));
    expect(run.state.alerts).toBe(alerts);
    expect(pendingTimers(run.state).map((t) => t.key)).toEqual(['WEEK_52_DUE']);
  });

  test('R-TMR-08 no timer closes the case: long after alertAt52 it is still in Follow-up', () => {
    const run = walkTo('FOLLOW_UP');
    tick(run, '2013-06-01T10:00:00.000Z', '2013-06-01');
    expect(run.state.status).toBe('FOLLOW_UP');
    expect(run.state.alerts.map((a) => a.key)).toEqual(['WEEK_24_DUE', 'WEEK_52_DUE']);
    expect(run.log.filter((e) => e.type === 'StatusChanged').at(-1)).toMatchObject({ to: 'FOLLOW_UP' });
  });
});

describe('overdue interventions (R-TASK-03, R-INT-09, R-INT-10)', () => {
  /** A 2024 case whose plan is signed on Jan 20 with one intervention ending on `end`. */
  const mgmt2024 = (end: string) =>
    walkTo(
      'RTWAP_MGMT',
      { INTAKE: '2024-01-02', ASSESSMENT: '2024-01-05', RTWAP_DEV: '2024-01-10', RTWAP_MGMT: '2024-01-20' },
      { intervention: { plannedStartDate: '2024-01-22', plannedEndDate: end } },
    );

  test(
    'R-TASK-03 an open intervention is overdue from the ' + 'day after its planned end date: the timer fires then',
    () => {
      const run = walkTo('RTWAP_MGMT');
      const [i] = run.state.interventions;
      expect(pendingTimers(run.state)).toEqual([
        {
          key: `INTERVENTION_OVERDUE:${i.id}`,
          kind: 'INTERVENTION_OVERDUE',
          fireOn: '2011-12-27',
          dueDate: '2011-12-26',
          ref: i.id,
        },
      ]);
      expect(alertKey.interventionOverdue(i.id)).toBe(`INTERVENTION_OVERDUE:${i.id}`);
    },
  );

  test('R-TASK-03 nothing is raised on the planned end date itself, even late in the evening', () => {
    const run = walkTo('RTWAP_MGMT');
    // Dec 26, 2011 23:59 in Halifax (AST, UTC-4) is Dec 27 03:59 UTC.
    expect(tick(run, '2011-12-27T03:59:00.000Z', '2011-12-26')).toEqual([]);
    expect(tick(run, '2011-12-27T09:59:59.999Z', '2011-12-27')).toEqual([]);
    const [i] = run.state.interventions;
    expect(tick(run, '2011-12-27T10:00:00.000Z', '2011-12-27')).toEqual([
      {
        type: 'AlertRaised',
        alert: {
          key: `INTERVENTION_OVERDUE:${i.id}`,
          kind: 'INTERVENTION_OVERDUE',
          raisedOn: '2011-12-27',
          dueDate: '2011-12-26',
          ref: i.id,
        },
      },
    ]);
  });

  test(
    'R-TASK-03 R-FU-09 across the spring DST change: end ' + 'Mar 9, 2024 → raised Mar 10 at 06:00 ADT (09:00 UTC)',
    () => {
      const run = mgmt2024('2024-03-09');
      expect(tick(run, '2024-03-10T08:59:59.999Z', '2024-03-10')).toEqual([]);
      expect(tick(run, '2024-03-10T09:00:00.000Z', '2024-03-10')).toHaveLength(1);
    },
  );

  test(
    'R-TASK-03 R-FU-09 across the autumn DST change: end ' + 'Nov 2, 2024 → raised Nov 3 at 06:00 AST (10:00 UTC)',
    () => {
      const run = mgmt2024('2024-11-02');
      expect(tick(run, '2024-11-03T09:59:59.999Z', '2024-11-03')).toEqual([]);
      expect(tick(run, '2024-11-03T10:00:00.000Z', '2024-11-03')).toHaveLength(1);
    },
  );

  test('R-TASK-03 no overdue timer before the plan is signed; signed after the end date, it is overdue at once', () => {
    const run = walkTo('RTWAP_DEV');
    run.addIntervention('2011-11-02', { plannedStartDate: '2011-11-16', plannedEndDate: '2011-11-17' });
    expect(pendingTimers(run.state)).toEqual([]);
    run.completeStage('2011-11-22', 'DEVELOPED_AND_SIGNED');
    expect(pendingTimers(run.state)).toMatchObject([
      { kind: 'INTERVENTION_OVERDUE', fireOn: '2011-11-18', dueDate: '2011-11-17' },
    ]);
    expect(tick(run, '2011-11-22T15:00:00.000Z', '2011-11-22')).toHaveLength(1);
  });

  test('R-CLOSE-05 a closed case has no timer, even with an open intervention past its end date', () => {
    const run = walkTo('RTWAP_MGMT');
    run.apply('2012-01-05', (s, ctx) => closeCase.decide(s, { reason: 'ABANDONED', confirmed: true }, ctx));
    expect(run.state.interventions[0].status).toBe('PLANNED');
    expect(pendingTimers(run.state)).toEqual([]);
    expect(tick(run, '2012-01-06T12:00:00.000Z', '2012-01-06')).toEqual([]);
  });

  test('R-TASK-03 timers are listed earliest first', () => {
    const run = walkTo('RTWAP_MGMT');
    run.addIntervention('2011-11-23', { plannedStartDate: '2011-11-23', plannedEndDate: '2011-12-05' });
    run.addIntervention('2011-11-23', { plannedStartDate: '2011-11-23', plannedEndDate: '2012-01-15' });
    expect(pendingTimers(run.state).map((t) => t.fireOn)).toEqual(['2011-12-06', '2011-12-27', '2012-01-16']);
  });

  test('R-TASK-03 an intervention In Progress past its end date is still overdue', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    run.apply('2011-11-23', (s, ctx) =>
      changeIntervention.decide(s, { status: 'IN_PROGRESS', interventionId: i.id }, ctx),
    );
    expect(tick(run, '2011-12-27T10:00:00.000Z', '2011-12-27')).toHaveLength(1);
    expect(staleAlerts(run.state, '2011-12-28')).toEqual([]);
  });

  test('R-INT-09 closing the intervention clears its overdue alert', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    tick(run, '2011-12-27T10:00:00.000Z', '2011-12-27');
    const events = run.apply('2011-12-28', (s, ctx) =>
      changeIntervention.decide(s, { status: 'COMPLETED', actualEndDate: '2011-12-23', interventionId: i.id }, ctx),
    );
    expect(events.slice(1)).toEqual([
      { type: 'AlertCleared', key: `INTERVENTION_OVERDUE:${i.id}`, date: '2011-12-28' },
    ]);
    expect(run.state.alerts).toEqual([]);
    expect(pendingTimers(run.state)).toEqual([]);
  });

  test(
    'R-INT-10 moving the end date into the future clears ' + 'the alert and schedules a new timer for the new date',
    () => {
      const run = walkTo('RTWAP_MGMT');
      const [i] = run.state.interventions;
      tick(run, '2011-12-27T10:00:00.000Z', '2011-12-27');
      const events = run.apply('2011-12-28', (s, ctx) =>
        changeIntervention.decide(s, { plannedEndDate: '2012-01-13', interventionId: i.id }, ctx),
      );
      expect(events.map((e) => e.type)).toEqual(['InterventionChanged', 'TaskDueDateChanged', 'AlertCleared']);
      expect(run.state.alerts).toEqual([]);
      expect(pendingTimers(run.state)).toEqual([
        {
          key: `INTERVENTION_OVERDUE:${i.id}`,
          kind: 'INTERVENTION_OVERDUE',
          fireOn: '2012-01-14',
          dueDate: '2012-01-13',
          ref: i.id,
        },
      ]);
    },
  );

  test(
    'R-INT-10 moving the end date to today clears the ' + 'alert: the intervention is not overdue on its end date',
    () => {
      const run = walkTo('RTWAP_MGMT');
      const [i] = run.state.interventions;
      tick(run, '2011-12-27T10:00:00.000Z', '2011-12-27');
      run.apply('2011-12-28', (s, ctx) =>
        changeIntervention.decide(s, { plannedEndDate: '2011-12-28', interventionId: i.id }, ctx),
      );
      expect(run.state.alerts).toEqual([]);
      expect(pendingTimers(run.state).map((t) => t.fireOn)).toEqual(['2011-12-29']);
    },
  );

  test('R-INT-10 moving the end date of an overdue intervention to another past date re-dates its alert', () => {
    // R-INT-10 / R-NOTIF-02: the old notification is removed and a new one is created for the new end date.
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    tick(run, '2011-12-27T10:00:00.000Z', '2011-12-27');
    run.apply('2012-01-05', (s, ctx) =>
      changeIntervention.decide(s, { plannedEndDate: '2011-12-30', interventionId: i.id }, ctx),
    );
    tick(run, '2012-01-05T15:00:00.000Z', '2012-01-05');
    expect(run.state.alerts.map((a) => [a.key, a.dueDate])).toEqual([[`INTERVENTION_OVERDUE:${i.id}`, '2011-12-30']]);
  });

  test('R-INT-10 deleting a Planned overdue intervention removes its alert', () => {
    const run = walkTo('RTWAP_MGMT');
    const [i] = run.state.interventions;
    tick(run, '2011-12-27T10:00:00.000Z', '2011-12-27');
    const events = run.apply('2011-12-28', (s, ctx) => removeIntervention.decide(s, { interventionId: i.id }, ctx));
    expect(events).toContainEqual({ type: 'AlertCleared', key: `INTERVENTION_OVERDUE:${i.id}`, date: '2011-12-28' });
    expect(run.state.alerts).toEqual([]);
    expect(pendingTimers(run.state)).toEqual([]);
  });
});
