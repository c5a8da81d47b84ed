// The user's Recent lists (seed 001, lines 287-289, 390-392, 2657-2661): the agreements and cases and the persons
// they opened last, and the organisations (business partners) they chose last. Each list shows only what the user
// may still open for the organisation they work for now: a case moved away or a share withdrawn drops out.
import type { EntityManager } from '@mikro-orm/postgresql';
import { can } from '../../domain/permissions.ts';
import { recentPartners } from '../business-partners/queries.ts';
import type { SessionUser } from '../context.ts';

/** How many of each kind a list shows. */
export const RECENT_LIMIT = 10;

export type RecentAgreementOrCase =
  | { kind: 'CASE'; caseId: number; personName: string; status: string; openedAt: string }
  | {
      kind: 'AGREEMENT';
      agreementId: number;
      caseId: number;
      personName: string;
      programCode: string;
      openedAt: string;
    };

export interface RecentPerson {
  id: number;
  name: string;
  birthDate: string | null;
  openedAt: string;
}

export interface RecentLists {
  agreementsAndCases: RecentAgreementOrCase[];
  persons: RecentPerson[];
  organisations: { name: string; city: string | null }[];
}

type Row = {
  kind: 'CASE' | 'AGREEMENT';
  item_id: number;
  case_id: number;
  person_name: string;
  status: string;
  program_code: string | null;
  opened_at: Date;
};

async function recentAgreementsAndCases(em: EntityManager, user: SessionUser): Promise<RecentAgreementOrCase[]> {
  // ENS decides on every organisation's agreements (R-FUND-15), so it sees them here as on the agreement's page.
  const decides = can(user.profiles, 'funding.decide');
  const rows = await em.execute<Row[]>(
    `select r.kind, r.item_id, c.id as case_id, i.last_name || ', ' || i.first_name as person_name, c.status,
            fp.program_code, r.opened_at
       from recent_item r
       left join funding_package fp on r.kind = 'AGREEMENT' and fp.agreement_id = r.item_id
       join "case" c on c.id = case when r.kind = 'CASE' then r.item_id else fp.case_id end
       join individual i on i.id = c.individual_id
      where r.user_id = ? and r.organisation_id = ? and r.kind in ('CASE', 'AGREEMENT')
        and (c.organisation_id = ? or (r.kind = 'AGREEMENT' and ?::boolean))
      order by r.opened_at desc limit ?`,
    [user.id, user.organisationId, user.organisationId, decides, RECENT_LIMIT],
  );
  return rows.map((r) => {
    const openedAt = new Date(r.opened_at).toISOString();
    return r.kind === 'CASE'
      ? { kind: 'CASE', caseId: r.case_id, personName: r.person_name, status: r.status, openedAt }
      : {
          kind: 'AGREEMENT',
          agreementId: r.item_id,
          caseId: r.case_id,
          personName: r.person_name,
          programCode: r.program_code ?? '',
          openedAt,
        };
  });
}

async function recentPersons(em: EntityManager, user: SessionUser): Promise<RecentPerson[]> {
  const rows = await em.execute<{ id: number; name: string; birth_date: string | null; opened_at: Date }[]>(
    `select i.id, i.last_name || ', ' || i.first_name as name, i.date_of_birth::text as birth_date, r.opened_at
       from recent_item r join individual i on i.id = r.item_id
      where r.user_id = ? and r.organisation_id = ? and r.kind = 'PERSON'
        and (i.organisation_id = ?
             or exists (select 1 from individual_access a where a.individual_id = i.id and a.organisation_id = ?))
      order by r.opened_at desc limit ?`,
    [user.id, user.organisationId, user.organisationId, user.organisationId, RECENT_LIMIT],
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    birthDate: r.birth_date,
    openedAt: new Date(r.opened_at).toISOString(),
  }));
}

/** The lists the user may see: cases and agreements with case.view or funding.decide, persons with individual.view. */
export async function recentLists(em: EntityManager, user: SessionUser): Promise<RecentLists> {
  const [agreementsAndCases, persons, partners] = await Promise.all([
    can(user.profiles, 'case.view') || can(user.profiles, 'funding.decide') ? recentAgreementsAndCases(em, user) : [],
    can(user.profiles, 'individual.view') ? recentPersons(em, user) : [],
    can(user.profiles, 'org.view') ? recentPartners(em, user) : [],
  ]);
  return { agreementsAndCases, persons, organisations: partners.map((p) => ({ name: p.name, city: p.city })) };
}
