// Person matching and social insurance numbers (spec 01 R-PER-02, R-PER-09); adding and changing an individual
// (R-PER-08..14).
import {
  decidePersonChange,
  formatSin,
  isValidSin,
  nameCodes,
  nameKey,
  newIndividual,
  normaliseSin,
  sameName,
  sinCheckDigit,
  soundex,
  validateNewIndividual,
  validatePersonChange,
} from '../../domain/people.ts';
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

describe('adding an individual (R-PER-08..10)', () => {
  const today = '2026-03-10';
  const input = {
    firstName: 'Robert',
    lastName: 'Doucette',
    gender: 'MALE',
    dateOfBirth: '1979-11-02',
    sin: '046 454 286',
    address: { line1: '88 Portland St', city: 'Dartmouth', province: 'NS', country: 'Canada', postalCode: 'B2Y 1H7' },
    confirmNoDuplicate: false,
  };
  const nobody = { possibleDuplicates: 0, sinHolder: null };

  test('R-PER-10 a new individual is a private client, its SIN stored as 9 digits, its names coded', () => {
    expect(newIndividual(input, nobody, today)).toEqual({
      record: expect.objectContaining({
        firstNameSoundex: 'R163',
        lastNameSoundex: 'D230',
        sin: '046454286',
        sharedWithGovernment: false,
        addressLine1: '88 Portland St',
      }),
    });
  });

  test('R-PER-08 possible duplicates are a question until the user confirms a new individual', () => {
    const asked = validateNewIndividual(input, { possibleDuplicates: 2, sinHolder: null }, today);
    expect(asked).toEqual([
      expect.objectContaining({ rule: 'R-PER-08', code: 'POSSIBLE_DUPLICATES', kind: 'question' }),
    ]);
    expect(asked[0].message).toContain('2 individual(s) may be the same person');
    expect(
      validateNewIndividual({ ...input, confirmNoDuplicate: true }, { possibleDuplicates: 2, sinHolder: null }, today),
    ).toEqual([]);
  });

  test(
    'R-PER-08 a SIN another individual holds is refused ' + 'even when the user confirmed, naming that individual',
    () => {
      const refused = validateNewIndividual(
        { ...input, confirmNoDuplicate: true },
        { ...nobody, sinHolder: 123456 },
        today,
      );
      expect(refused).toEqual([expect.objectContaining({ code: 'SIN_IN_USE', kind: 'conflict', field: 'sin' })]);
      expect(refused[0].message).toContain('Individual 123456 already has this social insurance number');
      expect(newIndividual({ ...input, confirmNoDuplicate: true }, { ...nobody, sinHolder: 1 }, today)).toHaveProperty(
        'violations',
      );
    },
  );

  test('R-PER-09 an entry that cannot be right is refused before anyone is compared with it', () => {
    const refused = validateNewIndividual(
      { ...input, dateOfBirth: '2026-03-11' },
      { possibleDuplicates: 3, sinHolder: 7 },
      today,
    );
    expect(refused.map((v) => [v.code, v.field])).toEqual([['INVALID_INPUT', 'dateOfBirth']]);
  });
});

describe('changing an individual (R-PER-12..14)', () => {
  const current = {
    firstName: 'Marie',
    lastName: 'Arsenault',
    middleInitial: 'J',
    phone: '(902) 555-0142',
    email: null,
    address: { line1: '88 Portland St', city: 'Dartmouth', province: 'NS', country: 'Canada', postalCode: 'B2Y 1H7' },
  };
  const free = { sharedWithGovernment: false, ensFundingAgreement: false };

  test('R-PER-13 a changed name keeps the old one, to be stored as an alias', () => {
    const decided = decidePersonChange(current, { lastName: 'LeBlanc' }, free);
    expect(decided).toMatchObject({
      details: { firstName: 'Marie', lastName: 'LeBlanc' },
      previousName: { firstName: 'Marie', lastName: 'Arsenault' },
      previousAddress: null,
    });
  });

  test('R-PER-14 a changed address keeps the old one for the history; the same address sent again is no change', () => {
    const moved = { line1: '5 Main St', city: 'Truro', province: 'NS', country: 'Canada', postalCode: 'B2N 4G9' };
    expect(decidePersonChange(current, { address: moved }, free)).toMatchObject({
      details: { address: moved },
      previousAddress: current.address,
      previousName: null,
    });
    expect(decidePersonChange(current, { address: { ...current.address } }, free)).toMatchObject({
      previousAddress: null,
    });
  });

  test('R-PER-11 a field left out stays; an empty phone or initial clears it', () => {
    expect(decidePersonChange(current, { phone: '' }, free)).toMatchObject({
      details: { phone: null, middleInitial: 'J', email: null, firstName: 'Marie' },
    });
    expect(decidePersonChange(current, { middleInitial: '', email: 'marie@example.org' }, free)).toMatchObject({
      details: { middleInitial: null, email: 'marie@example.org', phone: '(902) 555-0142' },
    });
  });

  test('R-PER-12 a shared client with an ENS funding agreement is ENS’s to change', () => {
    const locked = { sharedWithGovernment: true, ensFundingAgreement: true };
    expect(decidePersonChange(current, { phone: '(902) 555-1111' }, locked)).toEqual({
      violations: [expect.objectContaining({ rule: 'R-PER-12', kind: 'conflict' })],
    });
    expect(validatePersonChange(locked)[0].message).toContain('send ENS a change request');
    expect(validatePersonChange({ sharedWithGovernment: true, ensFundingAgreement: false })).toEqual([]);
    // Without sharing, nothing of the provincial record holds the individual.
    expect(validatePersonChange({ sharedWithGovernment: false, ensFundingAgreement: true })).toEqual([]);
  });
});

test('R-PER-02 two names match with the same Soundex code and the same first letter, and code as stored', () => {
  expect(sameName('Doucet', 'doucette')).toBe(true);
  expect(sameName('Doucet', 'Toucet')).toBe(false);
  expect(nameKey(' gallant')).toEqual({ code: 'G453', letter: 'G' });
  expect(nameCodes({ firstName: 'Marie', lastName: 'Gallant' })).toEqual({
    firstNameSoundex: 'M600',
    lastNameSoundex: 'G453',
  });
});
