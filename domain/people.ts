// Individuals: who may be the same person (Soundex with the same first letter, R-PER-02; the same SIN), SIN checks
// (R-PER-09), what a new individual is (R-PER-08..10) and what changing one keeps (R-PER-12..14).
import type { Label } from './case-model.ts';
import type { IsoDate } from './dates.ts';
import { orderedLanguages, validateDateOfDeath } from './person-details.ts';
import { violation, type Violation } from './refusals.ts';

export const GENDERS = ['MALE', 'FEMALE'] as const;
export type Gender = (typeof GENDERS)[number];

export const GENDER_LABELS: Record<Gender, Label> = {
  MALE: { en: 'Male', fr: 'Homme' },
  FEMALE: { en: 'Female', fr: 'Femme' },
};

/** Where an alias comes from (R-PER-13, R-PER-15). */
export const ALIAS_SOURCE_LABELS: Record<'AUTO_NAME_CHANGE' | 'MANUAL', Label> = {
  AUTO_NAME_CHANGE: { en: 'Previous name', fr: 'Nom précédent' },
  MANUAL: { en: 'Added by a user', fr: 'Ajouté par un utilisateur' },
};

/** American Soundex: the letter plus three digits; "Doucet" and "Doucette" both give D230. */
export function soundex(name: string): string {
  const letters = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
  if (!letters) return '';
  const code = (c: string) =>
    'AEIOUYHW'.includes(c)
      ? ''
      : 'BFPV'.includes(c)
        ? '1'
        : 'CGJKQSXZ'.includes(c)
          ? '2'
          : 'DT'.includes(c)
            ? '3'
            : c === 'L'
              ? '4'
              : 'MN'.includes(c)
                ? '5'
                : '6';
  let out = letters[0];
  let last = code(letters[0]);
  for (const c of letters.slice(1)) {
    const d = code(c);
    if (d && d !== last) out += d;
    // H and W do not separate equal codes; vowels do.
    if (c !== 'H' && c !== 'W') last = d;
  }
  return (out + '000').slice(0, 4);
}

/** R-PER-02: what two names share when they match: the Soundex code and the same first letter. */
export interface NameKey {
  code: string;
  letter: string;
}

export const nameKey = (name: string): NameKey => ({
  code: soundex(name),
  letter: name.trim()[0]?.toUpperCase() ?? '',
});

/** R-PER-02: "Doucet" matches "Doucette" (D230, D), not "Toucet" (T230). */
export function sameName(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  return x.code === y.code && x.letter === y.letter;
}

/** The Soundex codes stored beside a person's names, so a search finds them through an index. */
export const nameCodes = (p: { firstName: string; lastName: string }) => ({
  firstNameSoundex: soundex(p.firstName),
  lastNameSoundex: soundex(p.lastName),
});

export const normaliseSin = (sin: string) => sin.replace(/\D/g, '');

/** The Luhn sum of a digit string, doubling every second digit from the left (the SIN's scheme). */
function luhnSum(digits: string): number {
  return [...digits].reduce((acc, ch, i) => {
    let d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    if (d > 9) d -= 9;
    return acc + d;
  }, 0);
}

/** Luhn check of a 9-digit social insurance number. */
export function isValidSin(sin: string): boolean {
  const digits = normaliseSin(sin);
  return digits.length === 9 && luhnSum(digits) % 10 === 0;
}

/** The ninth digit that makes eight digits a valid SIN. */
export function sinCheckDigit(first8: string): string {
  return String((10 - (luhnSum(`${first8}0`) % 10)) % 10);
}

export const formatSin = (sin: string) => normaliseSin(sin).replace(/^(\d{3})(\d{3})(\d{3})$/, '$1-$2-$3');

/**
 * R-PER-09: a date of birth after today, or a SIN whose check digit does not match, is refused field by field; each
 * message starts with the field's name, as the form shows it.
 */
export function validateIdentity(
  input: { dateOfBirth?: IsoDate | null; sin?: string | null; dateOfDeath?: IsoDate | null },
  today: IsoDate,
) {
  const v: Violation[] = [];
  if (input.dateOfBirth && input.dateOfBirth > today) {
    v.push(
      violation(
        'R-PER-09',
        'INVALID_INPUT',
        {
          en: `Date of birth: it cannot be after today (${today}).`,
          fr: `Date de naissance : elle ne peut pas être postérieure à aujourd'hui (${today}).`,
        },
        { field: 'dateOfBirth', kind: 'invalid' },
      ),
    );
  }
  if (input.sin && !isValidSin(input.sin)) {
    v.push(
      violation(
        'R-PER-09',
        'INVALID_INPUT',
        {
          en: 'Social insurance number: this is not a valid number (its check digit does not match); check the number.',
          fr:
            "Numéro d'assurance sociale : ce numéro n'est pas valide (son chiffre de contrôle ne correspond pas); " +
            'vérifiez le numéro.',
        },
        { field: 'sin', kind: 'invalid' },
      ),
    );
  }
  if (input.dateOfBirth) v.push(...validateDateOfDeath(input.dateOfDeath, input.dateOfBirth, today));
  return v;
}

/** R-PER-08: a SIN another individual of the organisation holds is that individual's, whatever the user confirms. */
export const sinInUse = (holder: number) =>
  violation(
    'R-PER-08',
    'SIN_IN_USE',
    {
      en: `Individual ${holder} already has this social insurance number; open that record instead.`,
      fr: `L'individu ${holder} a déjà ce numéro d'assurance sociale; ouvrez plutôt son dossier.`,
    },
    { field: 'sin', kind: 'conflict' },
  );

export interface Address {
  line1: string;
  city: string;
  province: string;
  country: string;
  postalCode: string;
}

/** An address on one line, as the page shows it and as an entry of the person's addresses is named (R-PER-17). */
export const addressLine = (a: Address) => `${a.line1}, ${a.city}, ${a.province} ${a.postalCode}, ${a.country}`;

/** Title, marital status and languages spoken (spec 01 §3.2): optional, entered when known. */
export interface OptionalDetails {
  title?: string | null;
  maritalStatus?: string | null;
  languages?: string[];
}

/** A new individual as the user entered it (the request shape's fields the rules read). */
export interface NewIndividualInput extends OptionalDetails {
  firstName: string;
  lastName: string;
  middleInitial?: string;
  gender: string;
  dateOfBirth: IsoDate;
  sin?: string;
  phone?: string;
  email?: string;
  address: Address;
  /** The user saw the possible duplicates and adds a new individual anyway (R-PER-08). */
  confirmNoDuplicate: boolean;
}

/** What the organisation's registry holds that a new individual may duplicate (R-PER-08). */
export interface DuplicateFacts {
  /** How many individuals may be the same person: the same names (R-PER-02), or the same SIN. */
  possibleDuplicates: number;
  /** The individual of the organisation that already has this SIN, if any. */
  sinHolder: number | null;
}

/**
 * R-PER-09 first: an entry that cannot be right is not compared with anyone. Then R-PER-08: possible duplicates are
 * a question the user answers (open one of them, or confirm a new individual); a SIN another individual of the
 * organisation holds is the same person, whatever the user confirms.
 */
export function validateNewIndividual(input: NewIndividualInput, facts: DuplicateFacts, today: IsoDate): Violation[] {
  const invalid = validateIdentity(input, today);
  if (invalid.length) return invalid;
  const v: Violation[] = [];
  if (facts.possibleDuplicates > 0 && !input.confirmNoDuplicate) {
    v.push(
      violation(
        'R-PER-08',
        'POSSIBLE_DUPLICATES',
        {
          en:
            `${facts.possibleDuplicates} individual(s) may be the same person. Open one of them, or send the request ` +
            `again with "confirmNoDuplicate": true to add a new individual.`,
          fr:
            `${facts.possibleDuplicates} personne(s) pourrai(en)t être la ` +
            `même personne. Ouvrez l'une d'elles, ou envoyez de nouveau la ` +
            `demande avec "confirmNoDuplicate": true pour ajouter une nouvelle personne.`,
        },
        { kind: 'question' },
      ),
    );
  }
  if (facts.sinHolder !== null) v.push(sinInUse(facts.sinHolder));
  return v;
}

/** A new individual as the registry stores it. */
export interface NewIndividualRecord {
  firstName: string;
  lastName: string;
  firstNameSoundex: string;
  lastNameSoundex: string;
  middleInitial: string | null;
  title: string | null;
  maritalStatus: string | null;
  languages: string[];
  gender: string;
  dateOfBirth: IsoDate;
  sin: string | null;
  phone: string | null;
  email: string | null;
  addressLine1: string;
  city: string;
  province: string;
  country: string;
  postalCode: string;
  sharedWithGovernment: false;
}

/** The record of a new individual: R-PER-10, a private client until shared with the government. */
export function newIndividual(
  input: NewIndividualInput,
  facts: DuplicateFacts,
  today: IsoDate,
): { violations: Violation[] } | { record: NewIndividualRecord } {
  const violations = validateNewIndividual(input, facts, today);
  if (violations.length) return { violations };
  return {
    record: {
      firstName: input.firstName,
      lastName: input.lastName,
      ...nameCodes(input),
      middleInitial: input.middleInitial ?? null,
      title: input.title || null,
      maritalStatus: input.maritalStatus || null,
      languages: orderedLanguages(input.languages ?? []),
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
      sharedWithGovernment: false,
    },
  };
}

/** An individual's details as a change reads them (an optional one left out or null). */
export interface PersonDetails extends OptionalDetails {
  firstName: string;
  lastName: string;
  middleInitial?: string | null;
  gender?: string;
  dateOfBirth?: IsoDate;
  dateOfDeath?: IsoDate | null;
  sin?: string | null;
  phone?: string | null;
  email?: string | null;
  address: Address;
}

/**
 * A change as the user sent it: a field left out stays as it is; an empty phone, email, initial, title, marital
 * status or date of death clears it, and so does an empty list of languages. A SIN can be added or corrected, never
 * removed (a case needs one, R-CASE-01).
 */
export interface PersonChange {
  firstName?: string;
  lastName?: string;
  middleInitial?: string;
  title?: string;
  maritalStatus?: string;
  languages?: string[];
  gender?: string;
  dateOfBirth?: IsoDate;
  dateOfDeath?: IsoDate | '';
  sin?: string;
  phone?: string;
  email?: string;
  address?: Address;
}

/** Whether the government's side of the person holds them: shared, with an ENS funding agreement on record. */
export interface GovernmentHold {
  sharedWithGovernment: boolean;
  ensFundingAgreement: boolean;
}

/** R-PER-12: a shared individual whose provincial record holds an ENS funding agreement is ENS's to change. */
export function validatePersonChange(hold: GovernmentHold): Violation[] {
  if (!hold.sharedWithGovernment || !hold.ensFundingAgreement) return [];
  return [
    violation(
      'R-PER-12',
      'R-PER-12',
      {
        en:
          'This client is shared with the government and holds an ENS funding agreement: their details cannot ' +
          'be changed here; send ENS a change request.',
        fr:
          'Ce client est partagé avec le gouvernement et a une entente ' +
          "de financement d'ENS : ses renseignements ne peuvent pas " +
          'être modifiés ici; envoyez une demande de changement à ENS.',
      },
      { kind: 'conflict' },
    ),
  ];
}

export const sameAddress = (a: Address, b: Address) =>
  a.line1 === b.line1 &&
  a.city === b.city &&
  a.province === b.province &&
  a.country === b.country &&
  a.postalCode === b.postalCode;

/** What a change does to a person: the new details, and what the old ones become. */
export interface PersonChangeDecision {
  details: PersonDetails & {
    middleInitial: string | null;
    title: string | null;
    maritalStatus: string | null;
    languages: string[];
    dateOfDeath: IsoDate | null;
    sin: string | null;
    phone: string | null;
    email: string | null;
  };
  /** R-PER-13: a changed name is kept as an alias, so a search by the old name still finds the person. */
  previousName: { firstName: string; lastName: string } | null;
  /** R-PER-14: a changed address goes to the address history, with the period it was valid. */
  previousAddress: Address | null;
}

/** R-PER-13, R-PER-14: what a new name or address keeps: the old name as an alias, the old address in the history. */
export function previousDetails(
  before: { firstName: string; lastName: string; address: Address },
  after: { firstName: string; lastName: string; address: Address },
): Pick<PersonChangeDecision, 'previousName' | 'previousAddress'> {
  const nameChanged = after.firstName !== before.firstName || after.lastName !== before.lastName;
  return {
    previousName: nameChanged ? { firstName: before.firstName, lastName: before.lastName } : null,
    previousAddress: sameAddress(before.address, after.address) ? null : before.address,
  };
}

export function decidePersonChange(
  current: PersonDetails,
  change: PersonChange,
  hold: GovernmentHold,
): { violations: Violation[] } | PersonChangeDecision {
  const violations = validatePersonChange(hold);
  if (violations.length) return { violations };
  const firstName = change.firstName ?? current.firstName;
  const lastName = change.lastName ?? current.lastName;
  const address = change.address ?? current.address;
  /** A field left out keeps its value; an empty one clears it. */
  const cleared = <T>(given: T | '' | undefined, kept: T | null | undefined): T | null =>
    given === undefined ? (kept ?? null) : given || null;
  return {
    details: {
      firstName,
      lastName,
      middleInitial: cleared(change.middleInitial, current.middleInitial),
      title: cleared(change.title, current.title),
      maritalStatus: cleared(change.maritalStatus, current.maritalStatus),
      languages: orderedLanguages(change.languages ?? current.languages ?? []),
      gender: change.gender ?? current.gender,
      dateOfBirth: change.dateOfBirth ?? current.dateOfBirth,
      dateOfDeath: cleared(change.dateOfDeath, current.dateOfDeath),
      sin: change.sin ? normaliseSin(change.sin) : (current.sin ?? null),
      phone: cleared(change.phone, current.phone),
      email: cleared(change.email, current.email),
      address: sameAddress(address, current.address) ? current.address : address,
    },
    ...previousDetails(current, { firstName, lastName, address }),
  };
}
