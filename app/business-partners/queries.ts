// The Business Partners a user may choose (R-BP-01, R-INT-03): the organisations of Pathway (public partners as they
// are, chosen by id so the case is shared with them, R-DLV-03), the public partners ENS keeps and the private ones of
// the user's organisation; searched by name and city, and the user's Recent list.
import type { EntityManager } from '@mikro-orm/postgresql';
import { EnhancedService } from '../../db/entities.ts';
import { escapeLike } from '../../db/sql.ts';
import type { BusinessPartnerSearch } from '../../domain/schemas/business-partners.ts';
import type { SessionUser } from '../context.ts';

export interface PartnerRow {
  /** The partner's id among ENS's and the organisations' partners; null for an organisation of Pathway. */
  id: number | null;
  /** The organisation of Pathway this partner is (an External intervention then shares the case with it). */
  organisationId: number | null;
  name: string;
  city: string | null;
  services: string | null;
  phone: string | null;
  visibility: 'PUBLIC' | 'PRIVATE';
}

const VISIBLE = `
  select null::int as id, o.id as organisation_id, o.name, o.city, null as services, o.phone, 'PUBLIC' as visibility
    from organisation o where not o.inactive and o.id <> ?
  union all
  select b.id, null, b.name, b.city, b.services, b.phone,
         case when b.owner_organisation_id is null then 'PUBLIC' else 'PRIVATE' end
    from business_partner b where b.owner_organisation_id is null or b.owner_organisation_id = ?`;

const toRow = (r: Record<string, unknown>): PartnerRow => ({
  id: (r.id as number | null) ?? null,
  organisationId: (r.organisation_id as number | null) ?? null,
  name: r.name as string,
  city: (r.city as string | null) ?? null,
  services: (r.services as string | null) ?? null,
  phone: (r.phone as string | null) ?? null,
  visibility: r.visibility as PartnerRow['visibility'],
});

/** By name; at most 100. An EAS provider comes with its Public services' schedule (A11, R-DLV-01, R-ES-02). */
export async function searchPartners(em: EntityManager, user: SessionUser, q: BusinessPartnerSearch) {
  const partners = await partnersFound(em, user, q);
  const orgIds = partners.flatMap((p) => (p.organisationId === null ? [] : [p.organisationId]));
  const services = await em.find(
    EnhancedService,
    { organisationId: { $in: orgIds }, visibility: 'PUBLIC', ...(q.serviceType ? { serviceType: q.serviceType } : {}) },
    { orderBy: { startDate: 'asc' } },
  );
  return partners
    .map((p) => ({
      ...p,
      publicSchedule: services
        .filter((s) => p.organisationId !== null && s.organisationId === p.organisationId)
        .map((s) => ({
          serviceId: s.id,
          name: s.name,
          serviceType: s.serviceType,
          startDate: s.startDate,
          endDate: s.endDate,
          maxSeats: s.maxParticipants,
          location: s.location,
        })),
    }))
    .filter((p) => !q.serviceType || p.publicSchedule.length > 0);
}

async function partnersFound(em: EntityManager, user: SessionUser, q: BusinessPartnerSearch) {
  const params: unknown[] = [user.organisationId, user.organisationId];
  let where = '';
  if (q.name) {
    where += ' and p.name ilike ?';
    params.push(`%${escapeLike(q.name)}%`);
  }
  if (q.city) {
    where += ' and p.city ilike ?';
    params.push(`${escapeLike(q.city)}%`);
  }
  const rows = await em.execute<Record<string, unknown>[]>(
    `select * from (${VISIBLE}) p where true${where} order by lower(p.name), p.id nulls first limit 100`,
    params,
  );
  return rows.map(toRow);
}

/** R-INT-03: the partner named `name` exactly (case aside) among those the user may choose, or null. */
export async function visiblePartnerNamed(em: EntityManager, user: SessionUser, name: string) {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select * from (${VISIBLE}) p where lower(p.name) = lower(?) limit 1`,
    [user.organisationId, user.organisationId, name.trim()],
  );
  return rows[0] ? toRow(rows[0]) : null;
}

/**
 * R-INT-03: the ten partners the user chose last that they may still choose, newest first. One chosen by id is that
 * organisation still; one chosen by name is never an organisation of Pathway that took the name since (R-DLV-03).
 */
export async function recentPartners(em: EntityManager, user: SessionUser) {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select * from (
       select distinct on (r.name) p.*, r.used_at from business_partner_recent r
         join (${VISIBLE}) p on (r.organisation_id is not null and p.organisation_id = r.organisation_id)
           or (r.organisation_id is null and p.organisation_id is null and lower(p.name) = lower(r.name))
        where r.user_id = ? order by r.name, p.id
     ) recent order by used_at desc limit 10`,
    [user.organisationId, user.organisationId, user.id],
  );
  return rows.map(toRow);
}
