// Request shapes of the reminders a user creates for themselves (R-NOTIF-04): creating one, searching them, and
// deleting several at once (R-NOTIF-05).
import { z } from 'zod';
import { inputMessage } from '../input.ts';
import { isoDate, text } from './fields.ts';

export const REMINDER_PRIORITIES = ['Low', 'Medium', 'High'] as const;

const priority = z.enum(
  REMINDER_PRIORITIES,
  inputMessage({
    en: 'Choose a priority: Low, Medium or High.',
    fr: 'Choisissez une priorité : faible, moyenne ou haute.',
  }),
);
const digitsOnly = inputMessage({
  en: 'Enter a case number, digits only.',
  fr: 'Entrez un numéro de cas, en chiffres seulement.',
});
const caseId = z.coerce.number(digitsOnly).int(digitsOnly).positive(digitsOnly).max(2_147_483_647);

export const reminderSchema = z
  .object({
    dueDate: isoDate,
    priority,
    description: text(500),
    /** Optional: the case the reminder is about; it must be one of the user's organisation. */
    caseId: caseId.optional(),
  })
  .meta({ id: 'NewReminder' });

export const reminderSearchSchema = z.object({
  priority: priority.optional(),
  description: z.string().trim().max(100).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const reminderDeleteSchema = z
  .object({
    ids: z
      .array(z.number().int().positive().max(2_147_483_647))
      .min(1, inputMessage({ en: 'Choose at least one reminder.', fr: 'Choisissez au moins un rappel.' }))
      .max(100),
  })
  .meta({ id: 'ReminderDeletion' });

export type ReminderInput = z.infer<typeof reminderSchema>;
export type ReminderSearch = z.infer<typeof reminderSearchSchema>;
