// Adding and changing individuals: the duplicate check before a new one (R-PER-08..10), a change keeping the old
// name as an alias and the old address in the history (R-PER-11..14) and telling the case managers (R-PER-16),
// manual aliases (R-PER-15). The rules are the domain's (domain/people.ts); this reads the facts and writes.
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import {
  Case,
  CaseNotification,
  Individual,
  IndividualAlias,
  IndividualChange,
  ProvincialPerson,
  type IIndividual,
} from '../../db/entities.ts';
import { businessDate } from '../../domain/dates.ts';
import { changedFields } from '../../domain/person-changes.ts';
import { personChangedMessage } from '../../domain/notifications.ts';
import {
  decidePersonChange,
  nameCodes,
  newIndividual,
  normaliseSin,
  sinInUse,
  soundex,
  validateIdentity,
  type PersonChangeDecision,
} from '../../domain/people.ts';
import { assertNoViolations, notFound, RuleViolationError } from '../../domain/refusals.ts';
import type { aliasSchema, individualChangeSchema, IndividualInput } from '../../domain/schemas/people.ts';
import type { z } from 'zod';
import type { SessionUser } from '../context.ts';
import { addressColumns, addressOf, archiveAddress } from './addresses.ts';
import { keepOneDefault } from './contacts.ts';
import { possibleDuplicates, visibleIndividual } from './queries.ts';

/** Adds an individual to the user's organisation; answers its id. */
export async function addIndividual(em: EntityManager, user: SessionUser, input: IndividualInput): Promise<number> {
  const today = businessDate(new Date());
  // R-PER-09 before the registry is read: an entry that cannot be right is not compared with anyone.
  assertNoViolations(validateIdentity(input, today));
  const duplicates = input.confirmNoDuplicate ? [] : await possibleDuplicates(em, user, input);
  // With possible duplicates unconfirmed, the question stands alone (the SIN's holder is among them, if any).
  const sinHolder = async () => {
    if (!input.sin) return null;
    const holder = await em.findOne(Individual, { sin: normaliseSin(input.sin), organisationId: user.organisationId });
    return holder?.id ?? null;
  };
  const decide = async () =>
    newIndividual(
      input,
      { possibleDuplicates: duplicates.length, sinHolder: duplicates.length ? null : await sinHolder() },
      today,
    );
  const decided = await decide();
  if ('violations' in decided) throw new RuleViolationError(decided.violations, { matches: duplicates });
  const person = em.create(Individual, {
    ...decided.record,
    organisationId: user.organisationId,
    consentRecordedAt: null,
    createdBy: user.id,
  });
  try {
    await em.flush();
  } catch (e) {
    if (!(e instanceof UniqueConstraintViolationException)) throw e;
    // Another add took the SIN between the check and this insert (the unique index on organisation and SIN): the
    // answer is the check's, as if it had come second.
    em.clear();
    const again = await decide();
    if ('violations' in again) throw new RuleViolationError(again.violations, { matches: duplicates });
    throw e;
  }
  return person.id;
}

type IndividualChange = z.infer<typeof individualChangeSchema>;

/**
 * R-PER-13, R-PER-14: before a person takes a new name or address, the old name becomes an alias and the old address
 * goes to the history with the period it was valid.
 */
export function keepPrevious(
  tx: EntityManager,
  person: IIndividual,
  previous: Pick<PersonChangeDecision, 'previousName' | 'previousAddress'>,
  userId: number,
  now: Date,
): void {
  if (previous.previousName) {
    tx.create(IndividualAlias, {
      individualId: person.id,
      ...previous.previousName,
      ...nameCodes(previous.previousName),
      source: 'AUTO_NAME_CHANGE',
      createdBy: userId,
    });
  }
  if (previous.previousAddress) {
    archiveAddress(tx, person, previous.previousAddress, person.addressSince, userId, now);
    person.addressSince = now;
  }
}

/**
 * R-PER-11: any user with the update privilege changes an individual they may update (their own, or transferred):
 * details (R-PER-09 as when adding; a SIN another individual holds is refused, R-PER-08), contacts and address.
 */
export async function changeIndividual(
  em: EntityManager,
  user: SessionUser,
  id: number,
  input: IndividualChange,
): Promise<void> {
  await em.transactional(async (tx) => {
    const person = await visibleIndividual(tx, user, id, 'update');
    if (!person) throw notFound({ en: `Individual ${id}`, fr: `La personne ${id}` });
    // R-PER-09: the dates as they will be, the date of death checked against the date of birth kept or given.
    assertNoViolations(
      validateIdentity(
        {
          sin: input.sin,
          dateOfBirth: input.dateOfBirth ?? person.dateOfBirth,
          dateOfDeath: input.dateOfDeath === undefined ? person.dateOfDeath : input.dateOfDeath,
        },
        businessDate(new Date()),
      ),
    );
    const sin = input.sin ? normaliseSin(input.sin) : null;
    const sinHolder =
      sin && sin !== person.sin
        ? await tx.findOne(Individual, { sin, organisationId: person.organisationId, id: { $ne: person.id } })
        : null;
    if (sinHolder) throw new RuleViolationError([sinInUse(sinHolder.id)]);
    const provincial =
      person.sharedWithGovernment && person.provincialPersonId
        ? await tx.findOne(ProvincialPerson, { id: person.provincialPersonId })
        : null;
    const current = {
      firstName: person.firstName,
      lastName: person.lastName,
      middleInitial: person.middleInitial,
      title: person.title,
      maritalStatus: person.maritalStatus,
      languages: person.languages,
      gender: person.gender,
      dateOfBirth: person.dateOfBirth,
      dateOfDeath: person.dateOfDeath,
      sin: person.sin,
      phone: person.phone,
      email: person.email,
      address: addressOf(person),
    };
    const decided = decidePersonChange(current, input, {
      sharedWithGovernment: person.sharedWithGovernment,
      ensFundingAgreement: provincial?.hasEnsFundingAgreement ?? false,
    });
    if ('violations' in decided) throw new RuleViolationError(decided.violations);
    const now = new Date();
    keepPrevious(tx, person, decided, user.id, now);
    const d = decided.details;
    // R-UI-04: the person's page names who changed what, and when.
    const fields = changedFields(current, d);
    if (fields.length)
      tx.create(IndividualChange, { individualId: person.id, changedBy: user.id, changedAt: now, fields });
    Object.assign(person, {
      firstName: d.firstName,
      lastName: d.lastName,
      ...nameCodes(d),
      middleInitial: d.middleInitial,
      title: d.title,
      maritalStatus: d.maritalStatus,
      languages: d.languages,
      gender: d.gender ?? person.gender,
      dateOfBirth: d.dateOfBirth ?? person.dateOfBirth,
      dateOfDeath: d.dateOfDeath,
      sin: d.sin,
      phone: d.phone,
      email: d.email,
      ...addressColumns(d.address),
    });
    // R-PER-17: a cleared phone or email gives its place to the person's next entry of that kind.
    await keepOneDefault(tx, user, person);
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
}

/** R-PER-15: a name the individual is also known by, found by searches like their own. */
export async function addAlias(
  em: EntityManager,
  user: SessionUser,
  id: number,
  input: z.infer<typeof aliasSchema>,
): Promise<void> {
  const person = await em.findOne(Individual, { id, organisationId: user.organisationId });
  if (!person) throw notFound({ en: `Individual ${id}`, fr: `La personne ${id}` });
  em.create(IndividualAlias, {
    individualId: person.id,
    firstName: input.firstName ?? null,
    lastName: input.lastName ?? null,
    firstNameSoundex: input.firstName ? soundex(input.firstName) : null,
    lastNameSoundex: input.lastName ? soundex(input.lastName) : null,
    source: 'MANUAL',
    createdBy: user.id,
  });
  await em.flush();
}
