// The labels the case workspace shows for codes: every code the lookups offer has its words in both languages.
import { NOC_CODES, NOC_TITLES_FR } from '../../domain/reference.ts';

test('R-ND-04 every NOC code of the lookup has its French title', () => {
  expect(Object.keys(NOC_TITLES_FR).sort()).toEqual(Object.keys(NOC_CODES).sort());
  expect(Object.values(NOC_TITLES_FR).every((t) => t.trim().length > 0)).toBe(true);
});
