// Searching the organisation's individuals (R-PER-01..04): which criteria make a search, and the dates of birth an
// age range stands for on a given day.
import type { IsoDate } from './dates.ts';
import { violation, type Violation } from './refusals.ts';

/** The criteria of a search, as the request shape gives them (empty text is no criterion). */
export interface SearchCriteria {
  lastName?: string;
  firstName?: string;
  dateOfBirth?: IsoDate;
  ageFrom?: number;
  ageTo?: number;
  sin?: string;
  phone?: string;
  address?: string;
  city?: string;
}

/** R-PER-01: a search needs at least one criterion; it never lists the whole registry. */
export function validateSearch(q: SearchCriteria): Violation[] {
  const given =
    !!(q.lastName || q.firstName || q.dateOfBirth || q.sin || q.phone || q.address || q.city) ||
    q.ageFrom !== undefined ||
    q.ageTo !== undefined;
  return given
    ? []
    : [
        violation(
          'R-PER-01',
          'SEARCH_CRITERIA_REQUIRED',
          {
            en: 'Enter at least one search criterion (name, date of birth, age range, SIN, phone, address or city).',
            fr:
              "Saisissez au moins un critère de recherche (nom, date de naissance, tranche d'âge, NAS, téléphone, " +
              'adresse ou ville).',
          },
          { kind: 'invalid' },
        ),
      ];
}

const isLeapYear = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
const daysInMonth = (y: number, m: number) =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * R-PER-04: the latest date of birth of someone who is at least `age` on `today` (ageOn). The same day `age` years
 * earlier, or the last day of that month when it has no such day: on February 29, someone born on February 28 of a
 * year without one is already that age, someone born on March 1 not yet.
 */
export function latestBirthDateForAge(today: IsoDate, age: number): IsoDate {
  const [y, m, d] = today.split('-').map(Number);
  const year = y - age;
  return `${pad(year, 4)}-${pad(m)}-${pad(Math.min(d, daysInMonth(year, m)))}`;
}

/** The dates of birth an age range stands for: born on or before one day and after another, each a calendar date. */
export interface BirthDateRange {
  /** At least `ageFrom` years old: born on or before this date. */
  bornOnOrBefore?: IsoDate;
  /** At most `ageTo` years old: born after this date (the latest birth of someone `ageTo` + 1 years old). */
  bornAfter?: IsoDate;
}

/** R-PER-04: an age range, inclusive on both bounds, as dates of birth on `today`. */
export function birthDateRange(today: IsoDate, q: { ageFrom?: number; ageTo?: number }): BirthDateRange {
  return {
    ...(q.ageFrom !== undefined ? { bornOnOrBefore: latestBirthDateForAge(today, q.ageFrom) } : {}),
    ...(q.ageTo !== undefined ? { bornAfter: latestBirthDateForAge(today, q.ageTo + 1) } : {}),
  };
}
