// R-TMR-01/02, R-TASK-03: the alerts whose time has come, raised by the workflow when it wakes on its timer.
import type { CaseEvent, CaseState } from './case-state.ts';
import { ALERT_HOUR, pendingTimers } from './case-timers.ts';
import { businessInstant, type IsoDate } from './dates.ts';

export function decideDueAlerts(s: CaseState, now: Date, today: IsoDate): CaseEvent[] {
  return pendingTimers(s)
    .filter((t) => businessInstant(t.fireOn, ALERT_HOUR).getTime() <= now.getTime())
    .map((t) => ({
      type: 'AlertRaised',
      alert: { key: t.key, kind: t.kind, raisedOn: today, dueDate: t.dueDate, ref: t.ref },
    }));
}
