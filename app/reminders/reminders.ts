// R-NOTIF-04: reminders a user creates for themselves: a due date, a priority, a description, and optionally the case
// they are about (one the user's organisation holds). One about a case is the case manager's, and so follows the case
// when it is reassigned (R-NOTIF-06); one without a case stays its creator's. Deleting one marks it done, and nothing
// of it is kept (R-NOTIF-05).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, UserReminder } from '../../db/entities.ts';
import { RuleViolationError, violation } from '../../domain/refusals.ts';
import type { ReminderInput } from '../../domain/schemas/reminders.ts';
import type { SessionUser } from '../context.ts';
import { searchReminders } from './queries.ts';

export async function createReminder(em: EntityManager, user: SessionUser, input: ReminderInput) {
  if (input.caseId !== undefined) {
    const c = await em.findOne(Case, { id: input.caseId, organisationId: user.organisationId });
    if (!c)
      throw new RuleViolationError([
        violation(
          'R-NOTIF-04',
          'ERR_REMINDER_CASE',
          {
            en: `Case ${input.caseId} is not a case of your organisation: check the number, or leave it empty.`,
            fr: `Le cas ${input.caseId} n'est pas un cas de votre organisme : vérifiez le numéro ou laissez-le vide.`,
          },
          { field: 'caseId' },
        ),
      ]);
  }
  const reminder = em.create(UserReminder, {
    organisationId: user.organisationId,
    ownerId: user.id,
    caseId: input.caseId ?? null,
    dueDate: input.dueDate,
    priority: input.priority,
    description: input.description,
  });
  await em.flush();
  return { id: reminder.id, dueDate: input.dueDate };
}

/** Deletes the chosen reminders among those the user may see; answers how many went. */
export async function deleteReminders(em: EntityManager, user: SessionUser, ids: number[]) {
  const mine = await searchReminders(em, user, {});
  const chosen = mine.filter((r) => ids.includes(r.id)).map((r) => r.id);
  if (chosen.length) await em.nativeDelete(UserReminder, { id: { $in: chosen } });
  return { deleted: chosen.length };
}
