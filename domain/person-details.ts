// A person's details beyond name, gender and birth (seed 001 line 474, spec 01 §3.2): title, marital status
// ("situation de famille"), the languages they speak ("les langues qu'il parle") and the date of death shown in the
// person header (seed 001 line 526). The seeds show no list of values; these are the usual Canadian ones.
import type { Label } from './case-model.ts';
import type { IsoDate } from './dates.ts';
import { violation, type Violation } from './refusals.ts';

export const TITLES = ['MR', 'MRS', 'MS', 'MISS', 'DR'] as const;
export type Title = (typeof TITLES)[number];

export const TITLE_LABELS: Record<Title, Label> = {
  MR: { en: 'Mr.', fr: 'M.' },
  MRS: { en: 'Mrs.', fr: 'Mme' },
  MS: { en: 'Ms.', fr: 'Mme' },
  MISS: { en: 'Miss', fr: 'Mlle' },
  DR: { en: 'Dr.', fr: 'Dr' },
};

export const MARITAL_STATUSES = ['SINGLE', 'MARRIED', 'COMMON_LAW', 'SEPARATED', 'DIVORCED', 'WIDOWED'] as const;
export type MaritalStatus = (typeof MARITAL_STATUSES)[number];

export const MARITAL_STATUS_LABELS: Record<MaritalStatus, Label> = {
  SINGLE: { en: 'Single', fr: 'Célibataire' },
  MARRIED: { en: 'Married', fr: 'Marié(e)' },
  COMMON_LAW: { en: 'Common-law', fr: 'Conjoint(e) de fait' },
  SEPARATED: { en: 'Separated', fr: 'Séparé(e)' },
  DIVORCED: { en: 'Divorced', fr: 'Divorcé(e)' },
  WIDOWED: { en: 'Widowed', fr: 'Veuf ou veuve' },
};

/** Languages spoken: Canada's official languages, Mi'kmaq and the languages most spoken in Nova Scotia after them. */
export const LANGUAGES = [
  'ENGLISH',
  'FRENCH',
  'MIKMAQ',
  'ARABIC',
  'MANDARIN',
  'CANTONESE',
  'SPANISH',
  'GERMAN',
  'PUNJABI',
  'TAGALOG',
  'UKRAINIAN',
  'ASL',
] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_LABELS: Record<Language, Label> = {
  ENGLISH: { en: 'English', fr: 'Anglais' },
  FRENCH: { en: 'French', fr: 'Français' },
  MIKMAQ: { en: "Mi'kmaq", fr: "Mi'kmaq" },
  ARABIC: { en: 'Arabic', fr: 'Arabe' },
  MANDARIN: { en: 'Mandarin', fr: 'Mandarin' },
  CANTONESE: { en: 'Cantonese', fr: 'Cantonais' },
  SPANISH: { en: 'Spanish', fr: 'Espagnol' },
  GERMAN: { en: 'German', fr: 'Allemand' },
  PUNJABI: { en: 'Punjabi', fr: 'Pendjabi' },
  TAGALOG: { en: 'Tagalog', fr: 'Tagalog' },
  UKRAINIAN: { en: 'Ukrainian', fr: 'Ukrainien' },
  ASL: { en: 'American Sign Language', fr: 'Langue des signes américaine' },
};

/** The languages in the order of the list, each once: the page and the record of changes compare them as a set. */
export const orderedLanguages = (languages: readonly string[]): Language[] =>
  LANGUAGES.filter((l) => languages.includes(l));

/**
 * A date of death is a day that has come, and not before the person was born; each message starts with the field's
 * name, as the form shows it (the date checks of R-PER-09, applied to the other date of a person).
 */
export function validateDateOfDeath(dateOfDeath: IsoDate | null | undefined, dateOfBirth: IsoDate, today: IsoDate) {
  const v: Violation[] = [];
  const refuse = (en: string, fr: string) =>
    v.push(violation('R-PER-09', 'INVALID_INPUT', { en, fr }, { field: 'dateOfDeath', kind: 'invalid' }));
  if (!dateOfDeath) return v;
  if (dateOfDeath > today)
    refuse(
      `Date of death: it cannot be after today (${today}).`,
      `Date de décès : elle ne peut pas être postérieure à aujourd'hui (${today}).`,
    );
  else if (dateOfDeath < dateOfBirth)
    refuse(
      `Date of death: it cannot be before the date of birth (${dateOfBirth}).`,
      `Date de décès : elle ne peut pas être antérieure à la date de naissance (${dateOfBirth}).`,
    );
  return v;
}
