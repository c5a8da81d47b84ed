// The durable timers of a case: which alerts are still to be raised and when, and which raised ones no longer hold.
// The workflow sleeps until the earliest; a change of state recomputes the list (R-TMR-04, R-INT-10).
import type { Label } from './case-model.ts';
import { outcomeOfType, type AlertKind, type CaseState } from './case-state.ts';
import { addDays, type IsoDate } from './dates.ts';
import { followUpSchedule } from './followup.ts';
import { pendingTransfers, transferReminderDate } from './referrals.ts';

export interface PendingTimer {
  key: string;
  kind: AlertKind;
  /** Calendar date on which the alert is raised, at ALERT_HOUR Halifax time. */
  fireOn: IsoDate;
  dueDate: IsoDate;
  ref: string | null;
}

/** What each alert (and the timer that raises it) is about, in a few words (R-TMR-01, R-TMR-02, R-TASK-03). */
export const ALERT_KIND_LABELS: Record<AlertKind, Label> = {
  INTERVENTION_OVERDUE: { en: 'Intervention overdue', fr: 'Intervention en retard' },
  WEEK_24_DUE: { en: '24 Week follow-up due', fr: 'Suivi à 24 semaines à faire' },
  WEEK_52_DUE: { en: '52 Week follow-up due', fr: 'Suivi à 52 semaines à faire' },
  TRANSFER_PENDING: { en: 'Case transfer pending', fr: 'Transfert du dossier en attente' },
  TRANSFER_REMINDER: { en: 'Case transfer reminder', fr: 'Rappel du transfert du dossier' },
};

/** Alerts are raised at 06:00 Halifax time on their date (R-TMR-01). */
export const ALERT_HOUR = 6;

export const alertKey = {
  interventionOverdue: (interventionId: string) => `INTERVENTION_OVERDUE:${interventionId}`,
  week24: 'WEEK_24_DUE',
  week52: 'WEEK_52_DUE',
  transferPending: (referralId: string) => `TRANSFER_PENDING:${referralId}`,
  transferReminder: (referralId: string) => `TRANSFER_REMINDER:${referralId}`,
};

/**
 * The durable timers a case has now: each alert that is not raised yet and whose condition still holds.
 * The workflow sleeps until the earliest of them; a change of state recomputes the list, which is how a
 * timer is cancelled when what it waits for happens (R-TMR-04, R-INT-10).
 */
export function pendingTimers(s: CaseState): PendingTimer[] {
  if (s.status === 'CLOSED') return [];
  const raised = new Set(s.alerts.map((a) => a.key));
  const timers: PendingTimer[] = [];
  for (const i of s.interventions) {
    const key = alertKey.interventionOverdue(i.id);
    const open = i.status === 'PLANNED' || i.status === 'IN_PROGRESS';
    if (open && !raised.has(key) && s.status === 'RTWAP_MGMT') {
      // Overdue from the day after the planned end date (R-TASK-03).
      timers.push({
        key,
        kind: 'INTERVENTION_OVERDUE',
        fireOn: addDays(i.plannedEndDate, 1),
        dueDate: i.plannedEndDate,
        ref: i.id,
      });
    }
  }
  if (s.status === 'FOLLOW_UP' && s.followUp) {
    const schedule = followUpSchedule(s.followUp);
    if (!outcomeOfType(s, 'WEEK_24') && !raised.has(alertKey.week24)) {
      timers.push({
        key: alertKey.week24,
        kind: 'WEEK_24_DUE',
        fireOn: schedule.alertAt24,
        dueDate: schedule.alertAt24,
        ref: null,
      });
    }
    if (!outcomeOfType(s, 'WEEK_52') && !raised.has(alertKey.week52)) {
      timers.push({
        key: alertKey.week52,
        kind: 'WEEK_52_DUE',
        fireOn: schedule.alertAt52,
        dueDate: schedule.alertAt52,
        ref: null,
      });
    }
  }
  // A transfer still waiting for the receiving organisation is recalled to both sides once (while it can still
  // complete).
  if (s.status !== 'FOLLOW_UP') {
    for (const r of pendingTransfers(s.referrals)) {
      const key = alertKey.transferReminder(r.id);
      if (!raised.has(key))
        timers.push({
          key,
          kind: 'TRANSFER_REMINDER',
          fireOn: transferReminderDate(r),
          dueDate: transferReminderDate(r),
          ref: r.id,
        });
    }
  }
  return timers.sort((a, b) => (a.fireOn < b.fireOn ? -1 : a.fireOn > b.fireOn ? 1 : 0));
}

/** Alerts whose condition no longer holds (result recorded, end date moved out, outcome saved). */
export function staleAlerts(s: CaseState, today: IsoDate): string[] {
  return s.alerts
    .filter((a) => {
      if (a.kind === 'INTERVENTION_OVERDUE') {
        const i = s.interventions.find((x) => x.id === a.ref);
        // Gone, closed, moved into the future, or moved to another past date (then raised again for it, R-INT-10).
        return (
          !i ||
          (i.status !== 'PLANNED' && i.status !== 'IN_PROGRESS') ||
          i.plannedEndDate >= today ||
          i.plannedEndDate !== a.dueDate
        );
      }
      if (a.kind === 'WEEK_24_DUE') return !!outcomeOfType(s, 'WEEK_24');
      if (a.kind === 'TRANSFER_PENDING' || a.kind === 'TRANSFER_REMINDER')
        return !pendingTransfers(s.referrals).some((r) => r.id === a.ref);
      return !!outcomeOfType(s, 'WEEK_52');
    })
    .map((a) => a.key);
}

/** What each alert is about, in both languages (the alert's own message gives the details in English). */
export const ALERT_LABELS: Record<AlertKind, Label> = {
  INTERVENTION_OVERDUE: { en: 'Intervention overdue', fr: 'Intervention en retard' },
  WEEK_24_DUE: { en: '24 Week follow-up due', fr: 'Suivi de 24 semaines à faire' },
  WEEK_52_DUE: { en: '52 Week follow-up due', fr: 'Suivi de 52 semaines à faire' },
  TRANSFER_PENDING: { en: 'Case transfer pending', fr: 'Transfert de dossier en attente' },
  TRANSFER_REMINDER: { en: 'Case transfer still waiting', fr: 'Transfert de dossier toujours en attente' },
};
