// Read models of individuals: the search (R-PER-01..06), the possible duplicates of a new one (R-PER-08) and an
// individual's details. Searches read only the organisation's registry; a referral or transfer lets another
// organisation open the record (R-REF-15).
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AddressHistory,
  Case,
  Individual,
  IndividualAccess,
  IndividualAlias,
  IndividualAddress,
  IndividualContact,
  type IIndividual,
  Organisation,
  ProvincialPerson,
  User,
} from '../../db/entities.ts';
import { escapeLike } from '../../db/sql.ts';
import { ageOn, businessDate } from '../../domain/dates.ts';
import { formatSin, nameKey, normaliseSin, sameName, type NameKey } from '../../domain/people.ts';
import { findsSharedClients } from '../../domain/delivering-organisations.ts';
import { birthDateRange, validateSearch } from '../../domain/person-search.ts';
import { assertNoViolations, notFound } from '../../domain/refusals.ts';
import type { IndividualSearch } from '../../domain/schemas/people.ts';
import type { SessionUser } from '../context.ts';
import { rememberOpened } from '../navigation/recent-items.ts';
import { openCaseOfPerson } from './open-case.ts';
import { personChanges } from './person-changes.ts';
import type { ContactKind } from '../../domain/person-contacts.ts';
import { orderedLanguages, type MaritalStatus, type Title } from '../../domain/person-details.ts';
import { addressOf } from './addresses.ts';
import { listedName } from '../../domain/person-name.ts';

const PAGE_SIZE = 10;
const MAX_RESULTS = 100;

type ColumnKey = NameKey & { column: 'first' | 'last' };
const columnKey = (column: ColumnKey['column'], value: string): ColumnKey => ({ column, ...nameKey(value) });

/** The individuals another organisation shared with one: a referral, a transfer, an intervention it delivers. */
const SHARED_WITH = 'select x.individual_id from individual_access x where x.organisation_id = ?';

/**
 * R-PER-02: Soundex plus the same first letter, on the individual's own name or on any alias. Candidates come
 * from index lookups, a union rather than `… or exists (alias)`, which PostgreSQL can only answer by reading every
 * individual of the organisation: the own names through one composite index, each alias name through its own.
 * With both names, each candidate (own pair matching, or some alias name matching) is then checked for each
 * name, so two common names are not two sets of thousands intersected.
 */
function namesCondition(
  keys: ColumnKey[],
  organisationId: number,
  params: unknown[],
  { shared = false }: { shared?: boolean } = {},
): string {
  const own = keys
    .map((k) => `n.${k.column}_name_soundex = ? and upper(left(n.${k.column}_name, 1)) = ?`)
    .join(' and ');
  const ownKeys = keys.flatMap((k) => [k.code, k.letter]);
  params.push(organisationId, ...ownKeys);
  // The persons shared with the organisation, found by their primary key.
  const sharedOwn = shared ? `select n.id from individual n where n.id in (${SHARED_WITH}) and ${own} union ` : '';
  if (shared) params.push(organisationId, ...ownKeys);
  const viaAlias = keys.map((k) => {
    params.push(k.code, k.letter);
    return (
      `select a.individual_id from individual_alias a where a.${k.column}_name_soundex = ? and ` +
      `upper(left(a.${k.column}_name, 1)) = ?`
    );
  });
  const candidates =
    `i.id in (select n.id from individual n where n.organisation_id = ? and ${own} union ${sharedOwn}` +
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
  firstName: r.first_name as string,
  lastName: r.last_name as string,
  gender: r.gender as string,
  dateOfBirth: r.date_of_birth as string,
  sin: r.sin ? formatSin(r.sin as string) : null,
  address: `${r.address_line1}, ${r.city}, ${r.province}`,
  city: r.city as string,
  sharedWithGovernment: r.shared_with_government as boolean,
});

export type ListedIndividual = ReturnType<typeof listed>;

/** What made a possible duplicate possible (R-PER-08): the names (its own, or an alias's), the birth date, the SIN. */
export type DuplicateReason = 'NAME' | 'ALIAS' | 'DATE_OF_BIRTH' | 'SIN';

/**
 * R-PER-08: the individuals of the organisation a new one may duplicate: the first page of those with the same
 * names (R-PER-02), and the one with the same SIN, in one statement; each says what matched, the closest first.
 */
export async function possibleDuplicates(
  em: EntityManager,
  user: SessionUser,
  input: { firstName: string; lastName: string; dateOfBirth?: string; sin?: string | null },
): Promise<(ListedIndividual & { matched: DuplicateReason[] })[]> {
  const params: unknown[] = [user.organisationId];
  const byName = namesCondition(
    [columnKey('last', input.lastName), columnKey('first', input.firstName)],
    user.organisationId,
    params,
  );
  let sql =
    `(select ${COLUMNS} from individual i where i.organisation_id = ? and ${byName} order by i.last_name, ` +
    `i.first_name, i.id limit ${PAGE_SIZE})`;
  const sin = input.sin ? normaliseSin(input.sin) : null;
  if (sin) {
    sql += ` union (select ${COLUMNS} from individual i where i.organisation_id = ? and i.sin = ?)`;
    params.push(user.organisationId, sin);
  }
  const rows = await em.execute<Record<string, unknown>[]>(
    `select * from (${sql}) d order by last_name, first_name, id`,
    params,
  );
  const matches = rows.map((r) => {
    const person = listed(r);
    const ownNames = sameName(person.lastName, input.lastName) && sameName(person.firstName, input.firstName);
    const matched: DuplicateReason[] = [];
    if (sin && r.sin === sin) matched.push('SIN');
    if (input.dateOfBirth && person.dateOfBirth === input.dateOfBirth) matched.push('DATE_OF_BIRTH');
    if (ownNames) matched.push('NAME');
    else if (!sin || r.sin !== sin) matched.push('ALIAS');
    return { ...person, matched };
  });
  // The same SIN first, then the same birth date: the likeliest to be this person.
  const weight = (m: { matched: DuplicateReason[] }) =>
    (m.matched.includes('SIN') ? 0 : 2) + (m.matched.includes('DATE_OF_BIRTH') ? 0 : 1);
  return matches
    .map((m, i) => ({ m, i }))
    .sort((a, b) => weight(a.m) - weight(b.m) || a.i - b.i)
    .map((x) => x.m);
}

const SEARCH_SORTS: Record<IndividualSearch['sort'], string> = {
  name: 'last_name, first_name',
  dateOfBirth: 'date_of_birth',
  city: 'city',
};

/**
 * R-PER-01..06: the organisation's individuals that match every criterion given, a page at a time. R-PER-05: the
 * first 100 by relevance (whoever bears exactly the names searched first, then by name), sorted as asked.
 */
export async function searchIndividuals(em: EntityManager, user: SessionUser, q: IndividualSearch) {
  assertNoViolations(validateSearch(q));
  // Its own individuals, and those another organisation shared with it (R-DLV-03, R-REF-15), these only for their
  // whole last name, so a search by a city or a phone cannot list them.
  const shared = findsSharedClients(q);
  const params: unknown[] = shared ? [user.organisationId, q.lastName, user.organisationId] : [user.organisationId];
  const where = [
    shared
      ? `(i.organisation_id = ? or (lower(i.last_name) = lower(?) and i.id in (${SHARED_WITH})))`
      : 'i.organisation_id = ?',
  ];
  const names = [
    ...(q.lastName ? [columnKey('last', q.lastName)] : []),
    ...(q.firstName ? [columnKey('first', q.firstName)] : []),
  ];
  if (names.length) where.push(namesCondition(names, user.organisationId, params, { shared }));
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
  // R-PER-17: a phone search matches any of the person's phones, the default or another.
  if (q.phone) {
    where.push(
      `(i.phone ilike ? or exists (select 1 from individual_contact c
         where c.individual_id = i.id and c.kind = 'PHONE' and c.value ilike ?))`,
    );
    params.push(`%${escapeLike(q.phone)}%`, `%${escapeLike(q.phone)}%`);
  }
  // R-PER-17: an address or city search matches any of the person's addresses, the default or another.
  for (const [field, column] of [
    ['address', 'address_line1'],
    ['city', 'city'],
  ] as const) {
    const value = q[field];
    if (value) {
      where.push(
        `(i.${column} ilike ? or exists (select 1 from individual_address a
           where a.individual_id = i.id and a.${column} ilike ?))`,
      );
      params.push(`%${escapeLike(value)}%`, `%${escapeLike(value)}%`);
    }
  }
  // Soundex casts a wide net: the names typed exactly (case aside) come before the ones that only sound alike.
  const exact: string[] = [];
  const exactParams: unknown[] = [];
  for (const [value, column] of [
    [q.lastName, 'last_name'],
    [q.firstName, 'first_name'],
  ] as const) {
    if (!value) continue;
    exact.push(`lower(i.${column}) = lower(?)`);
    exactParams.push(value);
  }
  const exactness = exact.length ? exact.map((e) => `(case when ${e} then 0 else 1 end)`).join(' + ') : '0';
  const dir = q.dir === 'desc' ? 'desc' : 'asc';
  const order =
    q.sort === 'name' && dir === 'asc'
      ? 'exactness, last_name, first_name, id'
      : `${SEARCH_SORTS[q.sort]
          .split(', ')
          .map((c) => `${c} ${dir}`)
          .join(', ')}, id`;
  const rows = await em.execute<Record<string, unknown>[]>(
    `select * from (
       select f.*, row_number() over (order by exactness, last_name, first_name, id) as relevance,
              count(*) over () as found
         from (select ${COLUMNS}, ${exactness} as exactness
                 from individual i where ${where.join(' and ')}
                order by exactness, i.last_name, i.first_name, i.id limit ${MAX_RESULTS + 1}) f
     ) found where relevance <= ${MAX_RESULTS} order by ${order}`,
    [...exactParams, ...params],
  );
  const truncated = rows.length > 0 && Number(rows[0].found) > MAX_RESULTS;
  const page = q.page;
  const items = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const open = await openCasesOf(
    em,
    user,
    items.map((r) => r.id as number),
  );
  return {
    page,
    pageSize: PAGE_SIZE,
    /** How many are listed: at most 100 (R-PER-05); `truncated` when more match. */
    total: rows.length,
    truncated,
    items: items.map((r) => ({
      ...listed(r),
      /** Bears exactly the names searched for. */
      exactMatch: exact.length > 0 && Number(r.exactness) === 0,
      /** The individual's cases at this organisation that are not closed (R-CASE-09: at most one). */
      openCases: open.get(r.id as number) ?? [],
    })),
  };
}

async function openCasesOf(em: EntityManager, user: SessionUser, ids: number[]) {
  const open = new Map<number, { id: number; status: string }[]>();
  if (!ids.length) return open;
  const cases = await em.find(
    Case,
    { individualId: { $in: ids }, organisationId: user.organisationId, status: { $ne: 'CLOSED' } },
    { orderBy: { id: 'asc' } },
  );
  for (const c of cases)
    open.set(c.individualId, [...(open.get(c.individualId) ?? []), { id: c.id, status: c.status }]);
  return open;
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

/** What stands between an individual and a new case (R-CASE-01, R-CASE-09), for the page to offer each fix. */
export type CaseOpeningNeed = 'SIN' | 'SHARING';

export async function individualDetails(em: EntityManager, user: SessionUser, id: number) {
  const person = await visibleIndividual(em, user, id, 'read');
  if (!person) throw notFound({ en: `Individual ${id}`, fr: `La personne ${id}` });
  await rememberOpened(em, user, 'PERSON', id);
  const [aliases, cases, addressHistory, openCase, provincial, changes, contacts] = await Promise.all([
    em.find(IndividualAlias, { individualId: id }, { orderBy: { id: 'asc' } }),
    em.find(Case, { individualId: id, organisationId: user.organisationId }, { orderBy: { id: 'desc' } }),
    em.find(AddressHistory, { individualId: id }, { orderBy: { id: 'desc' } }),
    // R-CASE-09: the one open case, at any organisation.
    openCaseOfPerson(em, person),
    person.sharedWithGovernment && person.provincialPersonId
      ? em.findOne(ProvincialPerson, { id: person.provincialPersonId })
      : null,
    personChanges(em, user, person),
    contactsOf(em, person),
  ]);
  const [managers, openAt] = await Promise.all([
    cases.length ? em.find(User, { id: { $in: [...new Set(cases.map((c) => c.caseManagerId))] } }) : [],
    openCase && openCase.organisationId !== user.organisationId
      ? em.findOne(Organisation, { id: openCase.organisationId })
      : null,
  ]);
  const managerName = new Map(managers.map((u) => [u.id, listedName(u)]));
  const needs: CaseOpeningNeed[] = [
    ...(!person.sin ? (['SIN'] as const) : []),
    ...(!person.sharedWithGovernment ? (['SHARING'] as const) : []),
  ];
  return {
    id: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    middleInitial: person.middleInitial,
    title: person.title as Title | null,
    gender: person.gender,
    maritalStatus: person.maritalStatus as MaritalStatus | null,
    /** Languages spoken, in the order of the list. */
    languages: orderedLanguages(person.languages),
    dateOfBirth: person.dateOfBirth,
    dateOfDeath: person.dateOfDeath,
    age: ageOn(person.dateOfBirth, businessDate(new Date())),
    sin: person.sin ? formatSin(person.sin) : null,
    /** The default address, phone and email (R-PER-17); `addresses`, `phones` and `emails` list every entry, the
     * default first. */
    phone: person.phone,
    email: person.email,
    ...contacts,
    address: {
      line1: person.addressLine1,
      city: person.city,
      province: person.province,
      country: person.country,
      postalCode: person.postalCode,
    },
    addressSince: person.addressSince.toISOString(),
    privateClient: !person.sharedWithGovernment,
    sharedWithGovernment: person.sharedWithGovernment,
    consentRecordedAt: person.consentRecordedAt?.toISOString() ?? null,
    /** R-PER-12: shared and holding an ENS funding agreement: ENS's to change. */
    lockedByEns: person.sharedWithGovernment && !!provincial?.hasEnsFundingAgreement,
    aliases: aliases.map((a) => ({
      id: a.id,
      firstName: a.firstName,
      lastName: a.lastName,
      source: a.source,
      createdAt: a.createdAt.toISOString(),
    })),
    addressHistory: addressHistory.map((h) => ({
      line1: h.addressLine1,
      city: h.city,
      province: h.province,
      country: h.country,
      postalCode: h.postalCode,
      validFrom: h.validFrom,
      validTo: h.validTo,
    })),
    cases: cases.map((c) => ({
      id: c.id,
      status: c.status,
      statusSince: c.statusSince,
      program: c.program,
      closedReason: c.closedReason,
      caseManager: managerName.get(c.caseManagerId) ?? null,
    })),
    /** R-UI-04: who added the person and who changed what, newest first. */
    changes,
    canOpenCase: !needs.length && !openCase,
    /** Why a case cannot be opened now: what the individual lacks, and the open case that stands in the way. */
    caseOpening: {
      needs,
      openCase: openCase && {
        id: openCase.id,
        status: openCase.status,
        /** At this organisation: the page links to it; elsewhere only its organisation is named. */
        here: openCase.organisationId === user.organisationId,
        organisationName: openAt?.name ?? user.organisationName,
      },
    },
  };
}

/** The read model's entries: the default first, then the others oldest first. */
async function contactsOf(em: EntityManager, person: IIndividual) {
  const [rows, addresses] = await Promise.all([
    em.find(IndividualContact, { individualId: person.id }, { orderBy: { id: 'asc' } }),
    em.find(IndividualAddress, { individualId: person.id }, { orderBy: { id: 'asc' } }),
  ]);
  const list = (kind: ContactKind, first?: string | null) => [
    ...(first ? [{ value: first, isDefault: true }] : []),
    ...rows.filter((r) => r.kind === kind).map((r) => ({ value: r.value, isDefault: false })),
  ];
  return {
    addresses: [
      { value: addressOf(person), isDefault: true },
      ...addresses.map((a) => ({ value: addressOf(a), isDefault: false })),
    ],
    phones: list('PHONE', person.phone),
    emails: list('EMAIL', person.email),
  };
}
