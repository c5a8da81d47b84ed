// R-PER-17: a person has several addresses, phones and emails, exactly one default of each kind. The default is the
// one the person's record holds; the others are kept beside it. These rules say what adding, removing and choosing
// do. An entry is named by its text (an address by its one line), compared without regard to case.
import type { Label } from './case-model.ts';
import { violation, type Violation } from './refusals.ts';

export const CONTACT_KINDS = ['ADDRESS', 'PHONE', 'EMAIL'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** The kinds a person may have none of; a person keeps at least one address (R-PER-08). */
export const OPTIONAL_CONTACT_KINDS = ['PHONE', 'EMAIL'] as const satisfies readonly ContactKind[];

export const CONTACT_KIND_LABELS: Record<ContactKind, Label> = {
  ADDRESS: { en: 'Address', fr: 'Adresse' },
  PHONE: { en: 'Phone', fr: 'Téléphone' },
  EMAIL: { en: 'Email', fr: 'Courriel' },
};

/** A person's entries of one kind: the default (none when the person has none of that kind) and the others. */
export interface ContactEntries {
  default: string | null;
  others: string[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** An entry the person already has is refused; the first of its kind becomes the default. */
export function validateNewContact(kind: ContactKind, value: string, entries: ContactEntries): Violation[] {
  if (!hasContact(entries, value)) return [];
  const what = CONTACT_KIND_LABELS[kind];
  return [
    violation(
      'R-PER-17',
      'CONTACT_ALREADY_LISTED',
      {
        en: `${value} is already one of this person's ${what.en.toLowerCase()} entries: enter another one.`,
        fr: `${value} figure déjà parmi les entrées « ${what.fr} » de cette personne : saisissez-en une autre.`,
      },
      { field: 'value', kind: 'conflict' },
    ),
  ];
}

/** R-PER-08, R-PER-17: a person's only address cannot be removed; another one is added first. */
export function validateRemoval(kind: ContactKind, entries: ContactEntries, value: string): Violation[] {
  const only = entries.others.length === 0 && entries.default !== null && same(entries.default, value);
  if (kind !== 'ADDRESS' || !only) return [];
  return [
    violation(
      'R-PER-17',
      'LAST_ADDRESS',
      {
        en:
          `${value} is this person's only address and a person keeps one: add another address first, then remove ` +
          'this one.',
        fr:
          `${value} est la seule adresse de cette personne et une personne en garde une : ajoutez d'abord une autre ` +
          'adresse, puis retirez celle-ci.',
      },
      { field: 'value', kind: 'conflict' },
    ),
  ];
}

/** Adding: the first entry of a kind becomes its default; one asked to be the default takes the old one's place. */
export function addContact(entries: ContactEntries, value: string, makeDefault: boolean): ContactEntries {
  if (entries.default === null) return { default: value, others: entries.others };
  if (makeDefault) return { default: value, others: [entries.default, ...entries.others] };
  return { default: entries.default, others: [...entries.others, value] };
}

/** With no default, the oldest other entry becomes it: a kind with entries always has one default. */
export function withDefault(entries: ContactEntries): ContactEntries {
  if (entries.default !== null) return entries;
  const [next, ...rest] = entries.others;
  return { default: next ?? null, others: rest };
}

/** Removing: when the default goes, the oldest other entry takes its place. */
export function removeContact(entries: ContactEntries, value: string): ContactEntries {
  if (entries.default !== null && same(entries.default, value))
    return withDefault({ default: null, others: entries.others });
  return { default: entries.default, others: entries.others.filter((v) => !same(v, value)) };
}

/** Choosing another entry as the default: it swaps places with the current one. */
export function chooseDefault(entries: ContactEntries, chosen: string): ContactEntries {
  const other = entries.others.find((v) => same(v, chosen));
  if (entries.default === null || other === undefined) return entries;
  return { default: other, others: entries.others.map((v) => (v === other ? entries.default! : v)) };
}

/** Whether the person has this entry, for a removal or a choice that names one they do not have. */
export const hasContact = (entries: ContactEntries, value: string): boolean =>
  [...(entries.default ? [entries.default] : []), ...entries.others].some((v) => same(v, value));
