// The access audit log (spec 04 R-SEC-14, SR-06): one row per access change, written with the change in the same
// transaction. The table refuses updates and deletes. Never pass tokens or password hashes in before/after.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditAction } from '../domain/access.ts';

export interface AuditActor {
  /** Null for the system (an invitation expiring). */
  id: number | null;
  name: string;
  ip?: string | null;
  userAgent?: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { id: null, name: 'System' };

export interface AuditEntry {
  organisationId: number | null;
  action: AuditAction;
  targetType: 'CONTACT' | 'INVITATION' | 'ORGANISATION' | 'ACCESS_REQUEST';
  targetId: number | string | null;
  targetName?: string | null;
  before?: unknown;
  after?: unknown;
}

export async function writeAudit(em: EntityManager, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
  for (const e of entries) {
    await em.execute(
      `insert into access_audit (organisation_id, actor_id, actor_name, action, target_type, target_id, target_name,
        before, after, ip, user_agent)
       values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)`,
      [
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
      ],
    );
  }
}
