// The access audit log (spec 04 R-SEC-14, SR-06): one row per access change, written with the change in the same
// transaction. The table refuses updates and deletes. Never pass tokens or password hashes in before/after.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditActor, AuditEntry } from '../domain/access-audit.ts';

export const SYSTEM_ACTOR: AuditActor = { id: null, name: 'System' };

/** Writes the entries in one insert, in their order (the log lists them by id). */
export async function writeAudit(em: EntityManager, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await em.execute(
    `insert into access_audit (organisation_id, actor_id, actor_name, action, target_type, target_id, target_name,
      before, after, ip, user_agent)
     values ${entries.map(() => '(?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)').join(', ')}`,
    entries.flatMap((e) => [
      e.organisationId,
      actor.id,
      actor.name,
      e.action,
      e.targetType,
      e.targetId == null ? null : String(e.targetId),
      e.targetName ?? null,
      e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after),
      actor.ip ?? null,
      actor.userAgent?.slice(0, 500) ?? null,
    ]),
  );
}
