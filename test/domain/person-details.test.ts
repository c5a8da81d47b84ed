// A person's date of death (spec 01 §3.2) is checked like the date of birth (R-PER-09); the languages they speak are
// kept in the order of the list, each once.
import { orderedLanguages, validateDateOfDeath } from '../../domain/person-details.ts';

test('R-PER-09 a date of death after today or before the date of birth is refused on its field', () => {
  expect(validateDateOfDeath('2026-12-05', '1961-06-02', '2026-12-04')).toMatchObject([
    { field: 'dateOfDeath', message: 'Date of death: it cannot be after today (2026-12-04).' },
  ]);
  expect(validateDateOfDeath('1960-01-01', '1961-06-02', '2026-12-04')).toMatchObject([
    {
      field: 'dateOfDeath',
      messageFr: 'Date de décès : elle ne peut pas être antérieure à la date de naissance (1961-06-02).',
    },
  ]);
  expect(validateDateOfDeath('1961-06-02', '1961-06-02', '2026-12-04')).toEqual([]);
  expect(validateDateOfDeath(null, '1961-06-02', '2026-12-04')).toEqual([]);
});

test('languages spoken are kept in the order of the list, each once, unknown codes left out', () => {
  expect(orderedLanguages(['MIKMAQ', 'ENGLISH', 'MIKMAQ', 'KLINGON'])).toEqual(['ENGLISH', 'MIKMAQ']);
});
