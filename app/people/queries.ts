// Read models of individuals: the search (R-PER-01..06), the possible duplicates of a new one (R-PER-08) and an
// individual's details. Searches read only the organisation's registry; a referral or transfer lets another
// organisation open the record (R-REF-15).
import type { EntityManager } from '@mikro-orm/postgresql';
import { AddressHistory, Case, Individual, IndividualAccess, IndividualAlias } from '../../db/entities.ts';
import { escapeLike } from '../../db/sql.ts';
import { ageOn, businessDate } from '../../domain/dates.ts';
import { formatSin, nameKey, normaliseSin, type NameKey } from '../../domain/people.ts';
import { birthDateRange, validateSearch } from '../../domain/person-search.ts';
import { assertNoViolations, notFound } from '../../domain/refusals.ts';
import type { IndividualSearch } from '../../domain/schemas/people.ts';
import type { SessionUser } from '../context.ts';

const PAGE_SIZE = 10;
const MAX_RESULTS = 100;

type ColumnKey = NameKey & { column: 'first' | 'last' };
const columnKey = (column: ColumnKey['column'], value: string): ColumnKey => ({ column, ...nameKey(value) });

/**
 * R-PER-02: Soundex plus the same first letter, on the individual's own name or on any alias. Candidates come
 * from index lookups, a union rather than `… or exists (alias)`, which PostgreSQL can only answer by reading every
 * individual of the organisation: the own names through one composite index, each alias name through its own.
 * With both names, each candidate (own pair matching, or some alias name matching) is then checked for each
 * name, so two common names are not two sets of thousands intersected.
 */
function namesCondition(keys: ColumnKey[], organisationId: number, params: unknown[]): string {
  params.push(organisationId, ...keys.flatMap((k) => [k.code, k.letter]));
  const own = keys
    .map((k) => `n.${k.column}_name_soundex = ? and upper(left(n.${k.column}_name, 1)) = ?`)
    .join(' and ');
  const viaAlias = keys.map((k) => {
    params.push(k.code, k.letter);
    return (
      `select a.individual_id from individual_alias a where a.${k.column}_name_soundex = ? and ` +
      `upper(left(a.${k.column}_name, 1)) = ?`
    );
  });
  const candidates =
    `i.id in (select n.id from individual n where n.organisation_id = ? and ${own} union ` +
    `${viaAlias.join(' union ')})`;
  if (keys.length === 1) return candidates;
  const each = keys.map((k) => {
    params.push(k.code, k.letter, k.code, k.letter);
    return `((i.${k.column}_name_soundex = ? and upper(left(i.${k.column}_name, 1)) = ?)
      or exists (select 1 from individual_alias a where a.individual_id = i.id
        and a.${k.column}_name_soundex = ? and upper(left(a.${k.column}_name, 1)) = ?))`;
  });
  return [candidates, ...each].join(' and ');
}

const COLUMNS = `i.id, i.first_name, i.last_name, i.gender, i.date_of_birth::text as date_of_birth, i.sin,
  i.address_line1, i.city, i.province, i.shared_with_government`;

const listed = (r: Record<string, unknown>) => ({
  id: r.id as number,
  name: `${r.last_name}, ${r.first_name}`,
  gender: r.gender,
  dateOfBirth: r.date_of_birth,
  sin: r.sin ? formatSin(r.sin as string) : null,
  address: `${r.address_line1}, ${r.city}, ${r.province}`,
  sharedWithGovernment: r.shared_with_government,
});

export type ListedIndividual = ReturnType<typeof listed>;

/**
 * R-PER-08: the individuals of the organisation a new one may duplicate: the first page of those with the same
 * names (R-PER-02), and the one with the same SIN, in one statement.
 */
export async function possibleDuplicates(
  em: EntityManager,
  user: SessionUser,
  input: { firstName: string; lastName: string; sin?: string | null },
): Promise<ListedIndividual[]> {
  const params: unknown[] = [user.organisationId];
  const byName = namesCondition(
    [columnKey('last', input.lastName), columnKey('first', input.firstName)],
    user.organisationId,
    params,
  );
  let sql =
    `(select ${COLUMNS} from individual i where i.organisation_id = ? and ${byName} order by i.last_name, ` +
    `i.first_name, i.id limit ${PAGE_SIZE})`;
  if (input.sin) {
    sql += ` union (select ${COLUMNS} from individual i where i.organisation_id = ? and i.sin = ?)`;
    params.push(user.organisationId, normaliseSin(input.sin));
  }
  const rows = await em.execute<Record<string, unknown>[]>(
    `select * from (${sql}) d order by last_name, first_name, id`,
    params,
  );
  return rows.map(listed);
}

/** R-PER-01..06: the organisation's individuals that match every criterion given, a page at a time. */
export async function searchIndividuals(em: EntityManager, user: SessionUser, q: IndividualSearch) {
  assertNoViolations(validateSearch(q));
  const params: unknown[] = [user.organisationId];
  const where = ['i.organisation_id = ?'];
  const names = [
    ...(q.lastName ? [columnKey('last', q.lastName)] : []),
    ...(q.firstName ? [columnKey('first', q.firstName)] : []),
  ];
  if (names.length) where.push(namesCondition(names, user.organisationId, params));
  if (q.dateOfBirth) {
    where.push('i.date_of_birth = ?');
    params.push(q.dateOfBirth);
  }
  if (q.sin) {
    where.push('i.sin = ?');
    params.push(normaliseSin(q.sin));
  }
  // R-PER-04: age inclusive on both bounds, as of today.
  const born = birthDateRange(businessDate(new Date()), q);
  if (born.bornOnOrBefore) {
    where.push('i.date_of_birth <= ?');
    params.push(born.bornOnOrBefore);
  }
  if (born.bornAfter) {
    where.push('i.date_of_birth > ?');
    params.push(born.bornAfter);
  }
  for (const [field, column] of [
    ['phone', 'phone'],
    ['address', 'address_line1'],
    ['city', 'city'],
  ] as const) {
    const value = q[field];
    if (value) {
      where.push(`i.${column} ilike ?`);
      params.push(`%${escapeLike(value)}%`);
    }
  }
  const rows = await em.execute<Record<string, unknown>[]>(
    `select ${COLUMNS}
       from individual i where ${where.join(' and ')}
      order by i.last_name, i.first_name, i.id limit ${MAX_RESULTS}`,
    params,
  );
  const page = q.page;
  return {
    page,
    pageSize: PAGE_SIZE,
    total: rows.length,
    truncated: rows.length === MAX_RESULTS,
    items: rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map(listed),
  };
}

/**
 * An individual of the user's organisation, or one another organisation referred or transferred to it
 * (R-REF-15: read; a transfer also lets the new organisation update the record). Anyone else: null.
 */
export async function visibleIndividual(em: EntityManager, user: SessionUser, id: number, purpose: 'read' | 'update') {
  const person = await em.findOne(Individual, { id });
  if (person && person.organisationId !== user.organisationId) {
    const access = await em.findOne(IndividualAccess, { individualId: id, organisationId: user.organisationId });
    if (!access || (purpose === 'update' && access.reason !== 'TRANSFER')) return null;
  }
  return person;
}

export async function individualDetails(em: EntityManager, user: SessionUser, id: number) {
  const person = await visibleIndividual(em, user, id, 'read');
  if (!person) throw notFound({ en: `Individual ${id}`, fr: `La personne ${id}` });
  const [aliases, cases, addressHistory] = await Promise.all([
    em.find(IndividualAlias, { individualId: id }, { orderBy: { id: 'asc' } }),
    em.find(Case, { individualId: id, organisationId: user.organisationId }, { orderBy: { id: 'desc' } }),
    em.find(AddressHistory, { individualId: id }, { orderBy: { id: 'desc' } }),
  ]);
  return {
    id: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    middleInitial: person.middleInitial,
    gender: person.gender,
    dateOfBirth: person.dateOfBirth,
    age: ageOn(person.dateOfBirth, businessDate(new Date())),
    sin: person.sin ? formatSin(person.sin) : null,
    phone: person.phone,
    email: person.email,
    address: {
      line1: person.addressLine1,
      city: person.city,
      province: person.province,
      country: person.country,
      postalCode: person.postalCode,
    },
    privateClient: !person.sharedWithGovernment,
    sharedWithGovernment: person.sharedWithGovernment,
    aliases: aliases.map((a) => ({ id: a.id, firstName: a.firstName, lastName: a.lastName, source: a.source })),
    addressHistory: addressHistory.map((h) => ({
      line1: h.addressLine1,
      city: h.city,
      province: h.province,
      country: h.country,
      postalCode: h.postalCode,
      validFrom: h.validFrom,
      validTo: h.validTo,
    })),
    cases: cases.map((c) => ({ id: c.id, status: c.status, statusSince: c.statusSince, program: c.program })),
    canOpenCase: person.sharedWithGovernment && !!person.sin && !cases.some((c) => c.status !== 'CLOSED'),
  };
}
