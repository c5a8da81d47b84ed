// Notifications of a case (R-NOTIF): system "Action Required" ones go away only when the action is done;
// informational ones are dismissed by the user, and nothing of them is kept (R-NOTIF-05).
import type { Label } from './case-model.ts';
import { violation, type Violation } from './refusals.ts';

export type NotificationKind = 'ACTION_REQUIRED' | 'INFO';

/** The type column of the seeds' notification lists; a user's own are reminders (R-NOTIF-04). */
export const NOTIFICATION_KIND_LABELS: Record<NotificationKind | 'REMINDER', Label> = {
  ACTION_REQUIRED: { en: 'Action Required', fr: 'Mesure requise' },
  INFO: { en: 'Info', fr: 'Info' },
  REMINDER: { en: 'Reminder', fr: 'Rappel' },
};

/** R-NOTIF-09: green (low), yellow (medium) or red (high) in the seeds. */
export const PRIORITY_LABELS: Record<'Low' | 'Medium' | 'High', Label> = {
  Low: { en: 'Low priority', fr: 'Priorité faible' },
  Medium: { en: 'Medium priority', fr: 'Priorité moyenne' },
  High: { en: 'High priority', fr: 'Priorité haute' },
};

export function validateDismiss(kind: string): Violation[] {
  return kind === 'ACTION_REQUIRED'
    ? [
        violation('R-NOTIF-03', 'ERR_SYSTEM_NOTIFICATION', {
          en: 'This notification goes away by itself when its action is done in the case; it cannot be dismissed.',
          fr: 'Cet avis disparaît de lui-même lorsque son action est faite dans le cas; il ne peut pas être effacé.',
        }),
      ]
    : [];
}

/** R-PER-16: what a case manager is told when someone else changes their client's details. */
export const personChangedMessage = (clientName: string, changedBy: string) =>
  `The details of ${clientName} were changed by ${changedBy}.`;
