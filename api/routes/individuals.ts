// Individuals: search (R-PER-01..06), add with a duplicate check (R-PER-08..10), aliases (R-PER-15),
// sharing with government (R-PER-18). Searches read only the organisation's registry.
import { Router } from 'express';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import {
  AddressHistory,
  Case,
  CaseNotification,
  Individual,
  IndividualAccess,
  IndividualAlias,
} from '../../db/entities.ts';
import { escapeLike } from '../../db/sql.ts';
import { personChangedMessage } from '../../domain/notifications.ts';
import { ageOn, businessDate } from '../../domain/dates.ts';
import { formatSin, normaliseSin, soundex, validateIdentity } from '../../domain/people.ts';
import { requirePermission } from '../auth.ts';
import { refuseIfEnsLocked, shareIndividual } from '../sharing.ts';
import { idParam, parse } from '../http.ts';
import { assertNoViolations, notFound, Refusal } from '../../domain/refusals.ts';
import { type SessionUser } from '../../app/context.ts';
import {
  aliasSchema,
  individualChangeSchema,
  individualSchema,
  type IndividualSearch,
  individualSearchSchema,
  shareSchema,
} from '../../domain/schemas/people.ts';

const PAGE_SIZE = 10;
const MAX_RESULTS = 100;

interface NameKey {
  column: 'first' | 'last';
  code: string;
  letter: string;
}
const nameKey = (column: NameKey['column'], value: string): NameKey => ({
  column,
  code: soundex(value),
  letter: value.trim()[0]?.toUpperCase() ?? '',
});

/**
 * R-PER-02: Soundex plus the same first letter, on the individual's own name or on any alias. Candidates come
 * from index lookups, a union rather than `… or exists (alias)`, which PostgreSQL can only answer by reading every
 * individual of the organisation: the own names through one composite index, each alias name through its own.
 * With both names, each candidate (own pair matching, or some alias name matching) is then checked for each
 * name, so two common names are not two sets of thousands intersected.
 */
function namesCondition(keys: NameKey[], organisationId: number, params: unknown[]): string {
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
  id: r.id,
  name: `${r.last_name}, ${r.first_name}`,
  gender: r.gender,
  dateOfBirth: r.date_of_birth,
  sin: r.sin ? formatSin(r.sin as string) : null,
  address: `${r.address_line1}, ${r.city}, ${r.province}`,
  sharedWithGovernment: r.shared_with_government,
});

/**
 * R-PER-08: the individuals of the organisation a new one may duplicate: the first page of those with the same
 * names (R-PER-02), and the one with the same SIN, in one statement.
 */
async function possibleDuplicates(
  em: EntityManager,
  user: SessionUser,
  input: { firstName: string; lastName: string; sin?: string | null },
) {
  const params: unknown[] = [user.organisationId];
  const byName = namesCondition(
    [nameKey('last', input.lastName), nameKey('first', input.firstName)],
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

export async function searchIndividuals(em: EntityManager, user: SessionUser, q: IndividualSearch) {
  const params: unknown[] = [user.organisationId];
  const where = ['i.organisation_id = ?'];
  const names = [
    ...(q.lastName ? [nameKey('last', q.lastName)] : []),
    ...(q.firstName ? [nameKey('first', q.firstName)] : []),
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
  const today = businessDate(new Date());
  // R-PER-04: age inclusive on both bounds, as of today.
  if (q.ageFrom !== undefined) {
    where.push('i.date_of_birth <= ?');
    params.push(`${Number(today.slice(0, 4)) - q.ageFrom}${today.slice(4)}`);
  }
  if (q.ageTo !== undefined) {
    where.push('i.date_of_birth > ?');
    params.push(`${Number(today.slice(0, 4)) - q.ageTo - 1}${today.slice(4)}`);
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
  if (where.length === 1)
    throw new Refusal(
      'invalid',
      'SEARCH_CRITERIA_REQUIRED',
      'Enter at least one search criterion (name, date of birth, age range, SIN, phone, address or city).',
    );
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

export function individualRoutes(orm: MikroORM): Router {
  const r = Router();
  const em = () => orm.em;

  r.get('/individuals', async (req, res) => {
    const user = requirePermission(res, 'individual.view');
    res.json(await searchIndividuals(em(), user, parse(individualSearchSchema, req.query)));
  });

  r.post('/individuals', async (req, res) => {
    const user = requirePermission(res, 'individual.update');
    const input = parse(individualSchema, req.body);
    const today = businessDate(new Date());
    assertNoViolations(validateIdentity(input, today));
    const db = em();
    if (!input.confirmNoDuplicate) {
      const all = await possibleDuplicates(db, user, input);
      if (all.length) {
        throw new Refusal(
          'question',
          'POSSIBLE_DUPLICATES',
          `${all.length} individual(s) may be the same person. Open one of them, or send the request ` +
            `again with "confirmNoDuplicate": true to add a new individual.`,
          { details: { matches: all } },
        );
      }
    }
    if (input.sin) {
      const taken = await db.findOne(Individual, { sin: normaliseSin(input.sin), organisationId: user.organisationId });
      if (taken)
        throw new Refusal(
          'conflict',
          'SIN_IN_USE',
          `Individual ${taken.id} already has this social insurance number; open that record instead.`,
        );
    }
    const person = db.create(Individual, {
      organisationId: user.organisationId,
      firstName: input.firstName,
      lastName: input.lastName,
      firstNameSoundex: soundex(input.firstName),
      lastNameSoundex: soundex(input.lastName),
      middleInitial: input.middleInitial ?? null,
      gender: input.gender,
      dateOfBirth: input.dateOfBirth,
      sin: input.sin ? normaliseSin(input.sin) : null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      addressLine1: input.address.line1,
      city: input.address.city,
      province: input.address.province,
      country: input.address.country,
      postalCode: input.address.postalCode,
      sharedWithGovernment: false, // R-PER-10: a new individual is a private client
      consentRecordedAt: null,
      createdBy: user.id,
    });
    await db.flush();
    res
      .status(201)
      .location(`/api/individuals/${person.id}`)
      .json(await individualDetails(em(), user, person.id));
  });

  r.get('/individuals/:id', async (req, res) => {
    const user = requirePermission(res, 'individual.view');
    res.json(await individualDetails(em(), user, idParam(req, 'id')));
  });

  // R-PER-11: any user with the update privilege; R-PER-13 a changed name is kept as an alias;
  // R-PER-14 a changed address goes to the address history with the period it was valid.
  r.patch('/individuals/:id', async (req, res) => {
    const user = requirePermission(res, 'individual.update');
    const input = parse(individualChangeSchema, req.body);
    const db = em();
    await db.transactional(async (tx) => {
      const person = await visibleIndividual(tx, user, idParam(req, 'id'), 'update');
      if (!person) throw notFound(`Individual ${req.params.id}`);
      await refuseIfEnsLocked(tx, person);
      const now = new Date();
      const newFirst = input.firstName ?? person.firstName;
      const newLast = input.lastName ?? person.lastName;
      if (newFirst !== person.firstName || newLast !== person.lastName) {
        tx.create(IndividualAlias, {
          individualId: person.id,
          firstName: person.firstName,
          lastName: person.lastName,
          firstNameSoundex: soundex(person.firstName),
          lastNameSoundex: soundex(person.lastName),
          source: 'AUTO_NAME_CHANGE',
          createdBy: user.id,
        });
        Object.assign(person, {
          firstName: newFirst,
          lastName: newLast,
          firstNameSoundex: soundex(newFirst),
          lastNameSoundex: soundex(newLast),
        });
      }
      const a = input.address;
      if (
        a &&
        (a.line1 !== person.addressLine1 ||
          a.city !== person.city ||
          a.province !== person.province ||
          a.country !== person.country ||
          a.postalCode !== person.postalCode)
      ) {
        tx.create(AddressHistory, {
          individualId: person.id,
          addressLine1: person.addressLine1,
          city: person.city,
          province: person.province,
          country: person.country,
          postalCode: person.postalCode,
          validFrom: person.addressSince,
          validTo: now,
          changedBy: user.id,
        });
        Object.assign(person, {
          addressLine1: a.line1,
          city: a.city,
          province: a.province,
          country: a.country,
          postalCode: a.postalCode,
          addressSince: now,
        });
      }
      if (input.middleInitial !== undefined) person.middleInitial = input.middleInitial || null;
      if (input.phone !== undefined) person.phone = input.phone || null;
      if (input.email !== undefined) person.email = input.email;
      // R-PER-16: the case managers of the person's open cases hear of a change someone else made.
      const openCases = await tx.find(Case, {
        individualId: person.id,
        status: { $ne: 'CLOSED' },
        caseManagerId: { $ne: user.id },
      });
      for (const c of openCases) {
        tx.create(CaseNotification, {
          caseId: c.id,
          key: `PERSON_CHANGED:${now.toISOString()}`,
          kind: 'INFO',
          priority: 'Low',
          message: personChangedMessage(`${person.firstName} ${person.lastName}`, user.name),
          dueDate: businessDate(now),
          createdBy: user.id,
        });
      }
    });
    res.json(await individualDetails(em(), user, idParam(req, 'id')));
  });

  r.post('/individuals/:id/aliases', async (req, res) => {
    const user = requirePermission(res, 'individual.update');
    const input = parse(aliasSchema, req.body);
    const db = em();
    const person = await db.findOne(Individual, { id: idParam(req, 'id'), organisationId: user.organisationId });
    if (!person) throw notFound(`Individual ${req.params.id}`);
    db.create(IndividualAlias, {
      individualId: person.id,
      firstName: input.firstName ?? null,
      lastName: input.lastName ?? null,
      firstNameSoundex: input.firstName ? soundex(input.firstName) : null,
      lastNameSoundex: input.lastName ? soundex(input.lastName) : null,
      source: 'MANUAL',
      createdBy: user.id,
    });
    await db.flush();
    res.status(201).json(await individualDetails(em(), user, person.id));
  });

  r.post('/individuals/:id/share', async (req, res) => {
    const user = requirePermission(res, 'individual.update');
    const input = parse(shareSchema, req.body);
    await shareIndividual(em(), user, idParam(req, 'id'), input);
    res.json(await individualDetails(em(), user, idParam(req, 'id')));
  });

  return r;
}

/**
 * An individual of the user's organisation, or one another organisation referred or transferred to it
 * (R-REF-15: read; a transfer also lets the new organisation update the record). Anyone else: 404.
 */
async function visibleIndividual(em: EntityManager, user: SessionUser, id: number, purpose: 'read' | 'update') {
  const person = await em.findOne(Individual, { id });
  if (person && person.organisationId !== user.organisationId) {
    const access = await em.findOne(IndividualAccess, { individualId: id, organisationId: user.organisationId });
    if (!access || (purpose === 'update' && access.reason !== 'TRANSFER')) return null;
  }
  return person;
}

export async function individualDetails(em: EntityManager, user: SessionUser, id: number) {
  const person = await visibleIndividual(em, user, id, 'read');
  if (!person) throw notFound(`Individual ${id}`);
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
