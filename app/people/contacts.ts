// R-PER-17: a person's phones and emails, one default of each kind. The default is the individual's own phone or
// email (what cases, emails and sharing use); the other entries are rows beside it. The rules are the domain's.
import type { EntityManager } from '@mikro-orm/postgresql';
import { IndividualContact, ProvincialPerson, type IIndividual, type IIndividualContact } from '../../db/entities.ts';
import { validatePersonChange } from '../../domain/people.ts';
import {
  addContact,
  chooseDefault,
  CONTACT_KINDS,
  hasContact,
  removeContact,
  withDefault,
  validateNewContact,
  type ContactEntries,
  type ContactKind,
} from '../../domain/person-contacts.ts';
import { assertNoViolations, notFound } from '../../domain/refusals.ts';
import type { z } from 'zod';
import type { personContactSchema, newPersonContactSchema } from '../../domain/schemas/people.ts';
import type { SessionUser } from '../context.ts';
import { visibleIndividual } from './queries.ts';

const FIELD = { PHONE: 'phone', EMAIL: 'email' } as const;

async function entriesOf(em: EntityManager, person: IIndividual, kind: ContactKind) {
  const rows = await em.find(IndividualContact, { individualId: person.id, kind }, { orderBy: { id: 'asc' } });
  const entries: ContactEntries = { default: person[FIELD[kind]] || null, others: rows.map((r) => r.value) };
  return { rows, entries };
}

/** Writes what the domain decided: the default on the individual, the others as rows (kept rows keep their age). */
function write(
  em: EntityManager,
  user: SessionUser,
  person: IIndividual,
  kind: ContactKind,
  rows: IIndividualContact[],
  next: ContactEntries,
) {
  person[FIELD[kind]] = next.default;
  for (const row of rows) if (!next.others.includes(row.value)) em.remove(row);
  const kept = new Set(rows.map((r) => r.value));
  for (const value of next.others)
    if (!kept.has(value)) em.create(IndividualContact, { individualId: person.id, kind, value, createdBy: user.id });
}

async function changeContacts(
  em: EntityManager,
  user: SessionUser,
  id: number,
  kind: ContactKind,
  change: (entries: ContactEntries) => ContactEntries,
): Promise<void> {
  await em.transactional(async (tx) => {
    const person = await visibleIndividual(tx, user, id, 'update');
    if (!person) throw notFound({ en: `Individual ${id}`, fr: `La personne ${id}` });
    // R-PER-12: a person ENS holds is ENS's to change, phones and emails too.
    const provincial =
      person.sharedWithGovernment && person.provincialPersonId
        ? await tx.findOne(ProvincialPerson, { id: person.provincialPersonId })
        : null;
    assertNoViolations(
      validatePersonChange({
        sharedWithGovernment: person.sharedWithGovernment,
        ensFundingAgreement: provincial?.hasEnsFundingAgreement ?? false,
      }),
    );
    const { rows, entries } = await entriesOf(tx, person, kind);
    write(tx, user, person, kind, rows, change(entries));
  });
}

const entryNotFound = (value: string) => notFound({ en: `The entry ${value}`, fr: `L'entrée ${value}` });

export async function addPersonContact(
  em: EntityManager,
  user: SessionUser,
  id: number,
  input: z.infer<typeof newPersonContactSchema>,
) {
  await changeContacts(em, user, id, input.kind, (entries) => {
    assertNoViolations(validateNewContact(input.kind, input.value, entries));
    return addContact(entries, input.value, input.makeDefault);
  });
}

/** What is done to an entry the person has: removed, or made the default of its kind. */
const ENTRY_CHANGES = { remove: removeContact, makeDefault: chooseDefault };

/** Removes an entry or makes it the default; an entry the person does not have is not found. */
export async function changePersonContact(
  em: EntityManager,
  user: SessionUser,
  id: number,
  change: keyof typeof ENTRY_CHANGES,
  input: z.infer<typeof personContactSchema>,
) {
  await changeContacts(em, user, id, input.kind, (entries) => {
    if (!hasContact(entries, input.value)) throw entryNotFound(input.value);
    return ENTRY_CHANGES[change](entries, input.value);
  });
}

/** After the edit form cleared the default, the oldest other entry takes its place (one default while any remain). */
export async function keepOneDefault(em: EntityManager, user: SessionUser, person: IIndividual): Promise<void> {
  for (const kind of CONTACT_KINDS) {
    if (person[FIELD[kind]]) continue;
    const { rows, entries } = await entriesOf(em, person, kind);
    if (rows.length) write(em, user, person, kind, rows, withDefault(entries));
  }
}
