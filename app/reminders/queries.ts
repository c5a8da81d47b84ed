// The reminders a user sees (R-NOTIF-04): their own without a case, and those about the cases they manage (they follow
// the case, R-NOTIF-06), searched by priority, words of the description and due dates.
import type { EntityManager } from '@mikro-orm/postgresql';
import { escapeLike } from '../../db/sql.ts';
import type { ReminderSearch } from '../../domain/schemas/reminders.ts';
import type { SessionUser } from '../context.ts';

/** By due date. */
export async function searchReminders(em: EntityManager, user: SessionUser, q: ReminderSearch) {
  const params: unknown[] = [user.id, user.id, user.organisationId];
  let where = '';
  if (q.priority) {
    where += ' and r.priority = ?';
    params.push(q.priority);
  }
  if (q.description) {
    where += ` and r.description ilike ?`;
    params.push(`%${escapeLike(q.description)}%`);
  }
  if (q.from) {
    where += ' and r.due_date >= ?';
    params.push(q.from);
  }
  if (q.to) {
    where += ' and r.due_date <= ?';
    params.push(q.to);
  }
  const rows = await em.execute<Record<string, unknown>[]>(
    `select r.id, r.case_id, r.due_date::text as due_date, r.priority, r.description,
            i.last_name || ', ' || i.first_name as client
       from user_reminder r
       left join "case" c on c.id = r.case_id
       left join individual i on i.id = c.individual_id
      where ((r.case_id is null and r.owner_id = ?) or c.case_manager_id = ?) and r.organisation_id = ?${where}
      order by r.due_date, r.id limit 500`,
    params,
  );
  return rows.map((r) => ({
    id: r.id as number,
    caseId: (r.case_id as number | null) ?? null,
    client: (r.client as string | null) ?? null,
    dueDate: r.due_date as string,
    priority: r.priority as string,
    description: r.description as string,
  }));
}
