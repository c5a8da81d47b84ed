// The funding agreements of the caller's organisation (seed 001, lines 295-299: from the organisation's home, "Voir
// les ententes en vigueur"): every agreement the funding system gave one of its cases, with the person, the program
// and the agreement's status, paged and sorted (R-UI-05). Only the caller's organisation's cases are read.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganisationAgreementsQuery } from '../../domain/schemas/agreements.ts';
import type { SessionUser } from '../context.ts';

const SORTS: Record<OrganisationAgreementsQuery['sort'], string> = {
  agreementId: 'fp.agreement_id',
  person: 'person',
  program: 'program',
  status: 'status',
  statusDate: 'status_date',
};

export interface AgreementRow {
  agreementId: number;
  caseId: number;
  person: string;
  program: string;
  status: string;
  statusDate: string;
}

export async function organisationAgreements(em: EntityManager, user: SessionUser, q: OrganisationAgreementsQuery) {
  const where = ['c.organisation_id = ?', 'fp.agreement_id is not null', `fp.snapshot -> 'agreement' is not null`];
  if (q.inForce === 'true') where.push(`fp.snapshot #>> '{agreement,status}' <> 'CLOSED'`);
  const from = `from funding_package fp join "case" c on c.id = fp.case_id join individual i on i.id = c.individual_id
     where ${where.join(' and ')}`;
  const [rows, [counted]] = await Promise.all([
    em.execute<Record<string, unknown>[]>(
      `select fp.agreement_id, c.id as case_id, i.last_name || ', ' || i.first_name as person,
              fp.snapshot #>> '{agreement,program}' as program, fp.snapshot #>> '{agreement,status}' as status,
              fp.snapshot #>> '{agreement,statusDate}' as status_date
         ${from}
        order by ${SORTS[q.sort]} ${q.dir === 'desc' ? 'desc' : 'asc'} nulls last, fp.agreement_id desc
        limit ? offset ?`,
      [user.organisationId, q.pageSize, (q.page - 1) * q.pageSize],
    ),
    em.execute<{ n: number }[]>(`select count(*)::int as n ${from}`, [user.organisationId]),
  ]);
  return {
    page: q.page,
    pageSize: q.pageSize,
    total: counted.n,
    items: rows.map((r): AgreementRow => ({
      agreementId: r.agreement_id as number,
      caseId: r.case_id as number,
      person: r.person as string,
      program: r.program as string,
      status: r.status as string,
      statusDate: r.status_date as string,
    })),
  };
}
