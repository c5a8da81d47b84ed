// R-PER-17: a person's addresses, phones and emails, one default of each kind. The default is the individual's own
// address, phone or email (what cases, emails and sharing use); the other entries are rows beside it. The rules are
// the domain's; each kind says here only where its entries are kept. Each change is recorded against its user
// (R-UI-04), and an address that stops being the person's goes to the address history (R-PER-14).
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  IndividualAddress,
  IndividualChange,
  IndividualContact,
  ProvincialPerson,
  type IIndividual,
} from '../../db/entities.ts';
import { addressLine, sameAddress, validatePersonChange, type Address } from '../../domain/people.ts';
import {
  addContact,
  chooseDefault,
  hasContact,
  OPTIONAL_CONTACT_KINDS,
  removeContact,
  validateNewContact,
  validateRemoval,
  withDefault,
  type ContactEntries,
  type ContactKind,
} from '../../domain/person-contacts.ts';
import type { PersonField } from '../../domain/person-changes.ts';
import { assertNoViolations, notFound } from '../../domain/refusals.ts';
import type { z } from 'zod';
import type { personContactSchema, newPersonContactSchema } from '../../domain/schemas/people.ts';
import type { SessionUser } from '../context.ts';
import { addressColumns, addressOf, archiveAddress } from './addresses.ts';
import { visibleIndividual } from './queries.ts';

/** An entry of a kind: its value, its text (what names it), since when the person has it, its row if not the default. */
interface Entry<V> {
  value: V;
  text: string;
  since: Date;
  row?: object;
}

/** Where a kind's entries are kept: the default on the individual, the others as rows of its own table. */
interface KindStore<V> {
  field: PersonField;
  text(value: V): string;
  entries(em: EntityManager, person: IIndividual): Promise<{ default: Entry<V> | null; others: Entry<V>[] }>;
  setDefault(person: IIndividual, value: V | null, now: Date): void;
  addRow(em: EntityManager, person: IIndividual, value: V, userId: number): void;
  /** What a removed entry leaves behind. */
  removed?(em: EntityManager, person: IIndividual, entry: Entry<V>, userId: number, now: Date): void;
}

/** Phones and emails: a text each, the default in the individual's `phone` or `email`. */
const textStore = (kind: 'PHONE' | 'EMAIL', field: 'phone' | 'email'): KindStore<string> => ({
  field,
  text: (value) => value,
  async entries(em, person) {
    const rows = await em.find(IndividualContact, { individualId: person.id, kind }, { orderBy: { id: 'asc' } });
    const value = person[field];
    return {
      default: value ? { value, text: value, since: person.createdAt } : null,
      others: rows.map((row) => ({ value: row.value, text: row.value, since: row.createdAt, row })),
    };
  },
  setDefault: (person, value) => {
    person[field] = value;
  },
  addRow: (em, person, value, userId) =>
    em.create(IndividualContact, { individualId: person.id, kind, value, createdBy: userId }),
});

/** Addresses: the default in the individual's address columns, named by their one line. */
const addressStore: KindStore<Address> = {
  field: 'address',
  text: addressLine,
  async entries(em, person) {
    const rows = await em.find(IndividualAddress, { individualId: person.id }, { orderBy: { id: 'asc' } });
    const entry = (value: Address, since: Date, row?: object) => ({ value, text: addressLine(value), since, row });
    return {
      default: entry(addressOf(person), person.addressSince),
      others: rows.map((row) => entry(addressOf(row), row.createdAt, row)),
    };
  },
  setDefault(person, value, now) {
    if (!value || sameAddress(value, addressOf(person))) return;
    Object.assign(person, addressColumns(value));
    person.addressSince = now;
  },
  addRow: (em, person, value, userId) =>
    em.create(IndividualAddress, { individualId: person.id, ...addressColumns(value), createdBy: userId }),
  removed: (em, person, entry, userId, now) => archiveAddress(em, person, entry.value, entry.since, userId, now),
};

const STORES: { [K in ContactKind]: KindStore<K extends 'ADDRESS' ? Address : string> } = {
  ADDRESS: addressStore,
  PHONE: textStore('PHONE', 'phone'),
  EMAIL: textStore('EMAIL', 'email'),
};

/** The entries the domain decides on: their texts. */
const textsOf = <V>(e: { default: Entry<V> | null; others: Entry<V>[] }): ContactEntries => ({
  default: e.default?.text ?? null,
  others: e.others.map((o) => o.text),
});

/**
 * Writes what the domain decided: removed entries leave (an address to the history), the default on the individual,
 * the others as rows (kept rows keep their age). Answers whether anything changed.
 */
async function decideAndWrite<V>(
  em: EntityManager,
  user: SessionUser,
  person: IIndividual,
  store: KindStore<V>,
  decide: (entries: ContactEntries) => ContactEntries,
  added?: V,
): Promise<boolean> {
  const current = await store.entries(em, person);
  const before = textsOf(current);
  const next = decide(before);
  if (JSON.stringify(next) === JSON.stringify(before)) return false;
  const now = new Date();
  const all = [...(current.default ? [current.default] : []), ...current.others];
  const byText = new Map<string, V>(all.map((e) => [e.text, e.value]));
  if (added !== undefined) byText.set(store.text(added), added);
  const staying = new Set([...(next.default === null ? [] : [next.default]), ...next.others]);
  for (const entry of all) if (!staying.has(entry.text)) store.removed?.(em, person, entry, user.id, now);
  store.setDefault(person, next.default === null ? null : byText.get(next.default)!, now);
  for (const entry of current.others) if (!next.others.includes(entry.text)) em.remove(entry.row!);
  const kept = new Set(current.others.map((e) => e.text));
  for (const text of next.others) if (!kept.has(text)) store.addRow(em, person, byText.get(text)!, user.id);
  return true;
}

async function changeContacts<V>(
  em: EntityManager,
  user: SessionUser,
  id: number,
  store: KindStore<V>,
  decide: (entries: ContactEntries) => ContactEntries,
  added?: V,
): Promise<void> {
  await em.transactional(async (tx) => {
    const person = await visibleIndividual(tx, user, id, 'update');
    if (!person) throw notFound({ en: `Individual ${id}`, fr: `La personne ${id}` });
    // R-PER-12: a person ENS holds is ENS's to change, addresses, phones and emails too.
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
    if (await decideAndWrite(tx, user, person, store, decide, added))
      tx.create(IndividualChange, { individualId: person.id, changedBy: user.id, fields: [store.field] });
  });
}

const entryNotFound = (value: string) => notFound({ en: `The entry ${value}`, fr: `L'entrée ${value}` });

type NewContact = z.infer<typeof newPersonContactSchema>;
type NamedContact = z.infer<typeof personContactSchema>;

/** The store of the input's kind, taking the input's value (the schema pairs each kind with its value's shape). */
const storeOf = (input: NamedContact) => STORES[input.kind] as KindStore<NamedContact['value']>;

export async function addPersonContact(em: EntityManager, user: SessionUser, id: number, input: NewContact) {
  const store = storeOf(input);
  const text = store.text(input.value);
  await changeContacts(
    em,
    user,
    id,
    store,
    (entries) => {
      assertNoViolations(validateNewContact(input.kind, text, entries));
      return addContact(entries, text, input.makeDefault);
    },
    input.value,
  );
}

/** What is done to an entry the person has: removed, or made the default of its kind. */
const ENTRY_CHANGES = { remove: removeContact, makeDefault: chooseDefault };

/** Removes an entry or makes it the default; an entry the person does not have is not found. */
export async function changePersonContact(
  em: EntityManager,
  user: SessionUser,
  id: number,
  change: keyof typeof ENTRY_CHANGES,
  input: NamedContact,
) {
  const store = storeOf(input);
  const text = store.text(input.value);
  await changeContacts(em, user, id, store, (entries) => {
    if (!hasContact(entries, text)) throw entryNotFound(text);
    if (change === 'remove') assertNoViolations(validateRemoval(input.kind, entries, text));
    return ENTRY_CHANGES[change](entries, text);
  });
}

/** After the edit form cleared the default, the oldest other entry takes its place (one default while any remain). */
export async function keepOneDefault(em: EntityManager, user: SessionUser, person: IIndividual): Promise<void> {
  for (const kind of OPTIONAL_CONTACT_KINDS) {
    const store = STORES[kind];
    if (!person[store.field as 'phone' | 'email']) await decideAndWrite(em, user, person, store, withDefault);
  }
}
