// The reports' reads that join and count, in parameterised SQL.
import type { EntityManager } from '@mikro-orm/postgresql';
import { PRIVATE_REPORTING } from '../../domain/registration.ts';

export interface AccountabilityCase {
  agreement: string;
  caseId: number;
  client: string;
  caseManager: string;
  status: string;
  openedOn: string;
  /** Interventions funded under the EDMT (LMDA): the ones that make the case count (R-INT-05). */
  edmtInterventions: number;
}

/** The organisation's cases linked to an EAS agreement (Private ones left out), by agreement and case. */
export async function accountabilityCases(em: EntityManager, organisationId: number): Promise<AccountabilityCase[]> {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select c.accountability_reporting as agreement, c.id as case_id, i.last_name || ', ' || i.first_name as client,
            u.last_name || ', ' || u.first_name as case_manager, c.status,
            to_char(c.created_at at time zone 'America/Halifax', 'YYYY-MM-DD') as opened_on,
            (select count(*) from intervention t
              where t.case_id = c.id and not t.deleted and t.funding_type = 'EDMT')::int as edmt
       from "case" c join individual i on i.id = c.individual_id join app_user u on u.id = c.case_manager_id
      where c.organisation_id = ? and c.accountability_reporting <> ?
      order by c.accountability_reporting, c.id`,
    [organisationId, PRIVATE_REPORTING],
  );
  return rows.map((r) => ({
    agreement: String(r.agreement),
    caseId: Number(r.case_id),
    client: String(r.client),
    caseManager: String(r.case_manager),
    status: String(r.status),
    openedOn: String(r.opened_on),
    edmtInterventions: Number(r.edmt),
  }));
}

/** How many of the organisation's cases are Private: left out of the EAS reports (R-CASE-04). */
export async function privateCaseCount(em: EntityManager, organisationId: number): Promise<number> {
  const [row] = await em.execute<{ n: number }[]>(
    `select count(*)::int as n from "case" where organisation_id = ? and accountability_reporting = ?`,
    [organisationId, PRIVATE_REPORTING],
  );
  return Number(row.n);
}
