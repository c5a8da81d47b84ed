// Searching individuals: a search needs a criterion (R-PER-01); an age range is a range of dates of birth (R-PER-04),
// real calendar dates whatever day it is, February 29 and years without one included.
import { addDays, ageOn, isIsoDate } from '../../domain/dates.ts';
import { birthDateRange, latestBirthDateForAge, validateSearch } from '../../domain/person-search.ts';

describe('search criteria (R-PER-01)', () => {
  test('R-PER-01 a search without any criterion is refused with what to enter', () => {
    expect(validateSearch({})).toEqual([
      expect.objectContaining({ rule: 'R-PER-01', code: 'SEARCH_CRITERIA_REQUIRED', kind: 'invalid' }),
    ]);
    expect(validateSearch({ lastName: '', city: '' })).toHaveLength(1);
  });

  test.each([{ lastName: 'Doucet' }, { sin: '046454286' }, { city: 'Truro' }, { ageFrom: 0 }, { ageTo: 40 }])(
    'R-PER-01 %j is a search',
    (q) => {
      expect(validateSearch(q)).toEqual([]);
    },
  );
});

describe('age range as dates of birth (R-PER-04)', () => {
  test('R-PER-04 on an ordinary day, the same day so many years earlier', () => {
    expect(latestBirthDateForAge('2026-03-10', 40)).toBe('1986-03-10');
    expect(birthDateRange('2026-03-10', { ageFrom: 40, ageTo: 40 })).toEqual({
      bornOnOrBefore: '1986-03-10',
      bornAfter: '1985-03-10',
    });
    expect(birthDateRange('2026-03-10', {})).toEqual({});
  });

  test('R-PER-04 on February 29, a year without one gives February 28, never YYYY-02-29', () => {
    expect(latestBirthDateForAge('2024-02-29', 41)).toBe('1983-02-28');
    expect(latestBirthDateForAge('2024-02-29', 40)).toBe('1984-02-29');
    expect(latestBirthDateForAge('2000-02-29', 100)).toBe('1900-02-28'); // 1900 is no leap year
    expect(birthDateRange('2024-02-29', { ageFrom: 41, ageTo: 41 })).toEqual({
      bornOnOrBefore: '1983-02-28',
      bornAfter: '1982-02-28',
    });
  });

  test('R-PER-04 someone born on February 29 is a year older from March 1 in a year without one', () => {
    // ageOn's rule, which the range must agree with.
    expect(ageOn('1984-02-29', '2023-02-28')).toBe(38);
    expect(ageOn('1984-02-29', '2023-03-01')).toBe(39);
    expect(birthDateRange('2023-02-28', { ageFrom: 39 }).bornOnOrBefore).toBe('1984-02-28');
    expect(birthDateRange('2023-03-01', { ageFrom: 39 }).bornOnOrBefore).toBe('1984-03-01');
  });

  // Every day around each bound: a date of birth is in the range exactly when its age on that day is.
  test.each(['2024-02-29', '2023-02-28', '2023-03-01', '2024-02-28', '2024-03-01', '2025-12-31', '2000-02-29'])(
    'R-PER-04 on %s the range holds exactly the ages asked, inclusive, in valid dates',
    (today) => {
      for (const [ageFrom, ageTo] of [
        [0, 0],
        [1, 3],
        [17, 17],
        [40, 41],
        [65, 99],
      ]) {
        const range = birthDateRange(today, { ageFrom, ageTo });
        expect(isIsoDate(range.bornOnOrBefore!)).toBe(true);
        expect(isIsoDate(range.bornAfter!)).toBe(true);
        for (const bound of [range.bornOnOrBefore!, range.bornAfter!]) {
          for (let d = -3; d <= 3; d++) {
            const dob = addDays(bound, d);
            const inRange = dob <= range.bornOnOrBefore! && dob > range.bornAfter!;
            const age = ageOn(dob, today);
            expect([dob, inRange]).toEqual([dob, age >= ageFrom && age <= ageTo]);
          }
        }
      }
    },
  );
});
