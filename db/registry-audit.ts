// The provincial registry's audit log: who created a record, changed it in a merge, or was
// shown its details, when, and the values before and after. Written in the transaction of what it records; the table
// refuses updates and deletes.
import type { EntityManager } from '@mikro-orm/postgresql';

export interface RegistryAuditEntry {
  action: 'CREATED' | 'MERGED' | 'DETAILS_SHOWN';
  provincialPersonId: number;
  /** The organisation's individual the record was shared, merged or shown for. */
  individualId: number;
  before?: object;
  after?: object;
}

export async function writeRegistryAudit(
  em: EntityManager,
  actor: { id: number; organisationId: number },
  e: RegistryAuditEntry,
): Promise<void> {
  await em.execute(
    `insert into registry_audit (provincial_person_id, organisation_id, actor_id, individual_id, action, before, after)
     values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)`,
    [
      e.provincialPersonId,
      actor.organisationId,
      actor.id,
      e.individualId,
      e.action,
      e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after),
    ],
  );
}
