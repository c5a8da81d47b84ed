// R-UI-04 for people: each change to a person's details is recorded with the user who made it and the fields it
// changed, and the person's page names them. A change that changes nothing records nothing.
import type { Label } from './case-model.ts';
import { sameAddress, type PersonChangeDecision, type PersonDetails } from './people.ts';

export const PERSON_FIELDS = [
  'firstName',
  'lastName',
  'middleInitial',
  'gender',
  'dateOfBirth',
  'sin',
  'phone',
  'email',
  'address',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export const PERSON_FIELD_LABELS: Record<PersonField, Label> = {
  firstName: { en: 'first name', fr: 'prénom' },
  lastName: { en: 'last name', fr: 'nom de famille' },
  middleInitial: { en: 'middle initial', fr: 'initiale du second prénom' },
  gender: { en: 'gender', fr: 'genre' },
  dateOfBirth: { en: 'date of birth', fr: 'date de naissance' },
  sin: { en: 'SIN', fr: 'NAS' },
  phone: { en: 'phone', fr: 'téléphone' },
  email: { en: 'email', fr: 'courriel' },
  address: { en: 'address', fr: 'adresse' },
};

/** The fields a decided change gives new values, in the order the form shows them. */
export function changedFields(before: PersonDetails, after: PersonChangeDecision['details']): PersonField[] {
  return PERSON_FIELDS.filter((f) =>
    f === 'address' ? !sameAddress(before.address, after.address) : (before[f] ?? null) !== (after[f] ?? null),
  );
}
