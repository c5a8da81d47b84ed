// R-UI-04 for people: each change to a person's details is recorded with the user who made it and the fields it
// changed, and the person's page names them. A change that changes nothing records nothing.
import type { Label } from './case-model.ts';
import { orderedLanguages } from './person-details.ts';
import { sameAddress, type PersonChangeDecision, type PersonDetails } from './people.ts';

export const PERSON_FIELDS = [
  'title',
  'firstName',
  'lastName',
  'middleInitial',
  'gender',
  'maritalStatus',
  'dateOfBirth',
  'dateOfDeath',
  'languages',
  'sin',
  'phone',
  'email',
  'address',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export const PERSON_FIELD_LABELS: Record<PersonField, Label> = {
  title: { en: 'title', fr: 'titre' },
  firstName: { en: 'first name', fr: 'prénom' },
  lastName: { en: 'last name', fr: 'nom de famille' },
  middleInitial: { en: 'middle initial', fr: 'initiale du second prénom' },
  gender: { en: 'gender', fr: 'genre' },
  maritalStatus: { en: 'marital status', fr: 'situation de famille' },
  dateOfBirth: { en: 'date of birth', fr: 'date de naissance' },
  dateOfDeath: { en: 'date of death', fr: 'date de décès' },
  languages: { en: 'languages spoken', fr: 'langues parlées' },
  sin: { en: 'SIN', fr: 'NAS' },
  phone: { en: 'phone', fr: 'téléphone' },
  email: { en: 'email', fr: 'courriel' },
  address: { en: 'address', fr: 'adresse' },
};

const sameLanguages = (a: readonly string[] = [], b: readonly string[] = []) =>
  orderedLanguages(a).join() === orderedLanguages(b).join();

/** The fields a decided change gives new values, in the order the form shows them. */
export function changedFields(before: PersonDetails, after: PersonChangeDecision['details']): PersonField[] {
  return PERSON_FIELDS.filter((f) =>
    f === 'address'
      ? !sameAddress(before.address, after.address)
      : f === 'languages'
        ? !sameLanguages(before.languages, after.languages)
        : (before[f] ?? null) !== (after[f] ?? null),
  );
}
