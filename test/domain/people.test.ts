// Person matching and social insurance numbers (spec 01 R-PER-02, R-PER-09).
import { formatSin, isValidSin, normaliseSin, sinCheckDigit, soundex } from '../../domain/people.ts';
import { individualSchema } from '../../domain/schemas/people.ts';

describe('Soundex name matching (R-PER-02)', () => {
  test('R-PER-02 "Doucet" finds "Doucette": both are D230', () => {
    expect(soundex('Doucet')).toBe('D230');
    expect(soundex('Doucette')).toBe('D230');
  });

  test('R-PER-02 the code keeps the first letter, so "Toucet" (T230) does not match "Doucet"', () => {
    expect(soundex('Toucet')).toBe('T230');
    expect(soundex('Toucet')).not.toBe(soundex('Doucet'));
  });

  test.each([
    ['Robert', 'R163'],
    ['Rupert', 'R163'],
    ['Rubin', 'R150'],
    ['Ashcraft', 'A261'], // H does not separate two letters with the same code
    ['Tymczak', 'T522'], // a vowel does
    ['Pfister', 'P236'], // the first letter's own code is not repeated
    ['Honeyman', 'H555'],
    ['Jackson', 'J250'],
    ['Lee', 'L000'], // padded with zeros
  ])('R-PER-02 American Soundex of %s is %s', (name, code) => {
    expect(soundex(name)).toBe(code);
  });

  test('R-PER-02 case, accents, spaces and apostrophes do not change the code', () => {
    expect(['DOUCET', 'doucet', 'Doucet'].map(soundex)).toEqual(['D230', 'D230', 'D230']);
    expect(soundex('Bélanger')).toBe(soundex('Belanger'));
    expect(soundex('Le Blanc')).toBe(soundex('LeBlanc'));
    expect(soundex("O'Neil")).toBe('O540');
  });

  test('R-PER-02 a name without letters has no code', () => {
    expect(soundex('')).toBe('');
    expect(soundex('123')).toBe('');
  });
});

describe('social insurance numbers (R-PER-09)', () => {
  test('R-PER-09 the Luhn check accepts 046 454 286 however it is written', () => {
    for (const sin of ['046454286', '046-454-286', '046 454 286']) expect(isValidSin(sin)).toBe(true);
  });

  test('R-PER-09 the Luhn check refuses a mistyped last digit', () => {
    expect(isValidSin('046454287')).toBe(false);
    expect(isValidSin('046-454-288')).toBe(false);
  });

  test('R-PER-09 a SIN has exactly 9 digits', () => {
    expect(isValidSin('12345678')).toBe(false);
    expect(isValidSin('0464542860')).toBe(false);
    expect(isValidSin('')).toBe(false);
  });

  test('R-PER-09 SINs are stored as 9 digits and shown as 046-454-286', () => {
    expect(normaliseSin('046 454-286')).toBe('046454286');
    expect(formatSin('046454286')).toBe('046-454-286');
    expect(formatSin('046 454 286')).toBe('046-454-286');
  });

  test('R-PER-09 the request shape refuses anything but 9 digits, with an example', () => {
    const base = {
      firstName: 'Jane',
      lastName: 'Johnson',
      gender: 'FEMALE',
      dateOfBirth: '1980-05-17',
      address: { line1: '1 Main St', city: 'Halifax', province: 'NS', postalCode: 'B3H 1A1' },
    };
    expect(individualSchema.safeParse({ ...base, sin: '046-454-286' }).success).toBe(true);
    const bad = individualSchema.safeParse({ ...base, sin: '046-454-28' });
    expect(bad.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['sin', 'A social insurance number has 9 digits, for example 046-454-286.'],
    ]);
    const badDate = individualSchema.safeParse({ ...base, dateOfBirth: '1980-02-30' });
    expect(badDate.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['dateOfBirth', 'Enter a calendar date as YYYY-MM-DD, for example 2027-03-31.'],
    ]);
  });
});

test('R-PER-09 the check digit completes eight digits into a valid SIN', () => {
  expect(sinCheckDigit('04645428')).toBe('6');
  for (const first8 of ['13000000', '20000001', '99999999'])
    expect(isValidSin(first8 + sinCheckDigit(first8))).toBe(true);
});
