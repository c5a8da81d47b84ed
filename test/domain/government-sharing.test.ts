// Sharing an individual with the government (R-PER-19..23, Q-05): which provincial persons match, what the user must
// answer, and what each record keeps.
import {
  decideShare,
  isProvincialMatch,
  provincialMatch,
  type ProvincialRecord,
  type ShareRequest,
  validateShare,
} from '../../domain/government-sharing.ts';

const person = {
  firstName: 'Gabrielle',
  lastName: 'Comeau',
  gender: 'MALE',
  dateOfBirth: '1988-02-15',
  sin: '046454286',
  addressLine1: '88 Portland St',
  city: 'Dartmouth',
  province: 'NS',
  country: 'Canada',
  postalCode: 'B2Y 1H7',
  phone: '(902) 555-0142',
  email: null,
  sharedWithGovernment: false,
};

const record = (over: Partial<ProvincialRecord> = {}): ProvincialRecord => ({
  id: 501,
  firstName: 'Gabriele',
  lastName: 'Comeau',
  gender: 'FEMALE',
  dateOfBirth: '1988-02-15',
  sin: null,
  addressLine1: '1 Provincial Way',
  city: 'Yarmouth',
  province: 'NS',
  country: 'Canada',
  postalCode: 'B5A 1A1',
  phone: '(902) 555-7777',
  email: null,
  hasEnsFundingAgreement: false,
  servedByUser: true,
  ...over,
});

const ask = (over: Partial<ShareRequest> = {}): ShareRequest => ({
  confirmSamePerson: true,
  mergeSelections: { names: 'PROVINCIAL', address: 'YOURS', phone: 'YOURS', email: 'YOURS' },
  confirmNewProvincialRecord: false,
  ...over,
});

describe('who matches (R-PER-19)', () => {
  test('R-PER-19 the same names by Soundex and first letter and the same date of birth', () => {
    expect(isProvincialMatch(person, record())).toBe(true);
    expect(isProvincialMatch(person, record({ dateOfBirth: '1988-02-16' }))).toBe(false);
    expect(isProvincialMatch(person, record({ firstName: 'Kabriele' }))).toBe(false); // same code, other letter
  });

  test('R-PER-19 the same SIN matches with the same last name or date of birth, never alone', () => {
    const sin = '046454286';
    expect(provincialMatch(person, record({ firstName: 'Yvon', lastName: 'Surette', sin }))).toEqual([
      'SIN',
      'DATE_OF_BIRTH',
    ]);
    expect(provincialMatch(person, record({ firstName: 'Yvon', dateOfBirth: '1970-01-01', sin }))).toEqual([
      'SIN',
      'LAST_NAME',
    ]);
    expect(
      isProvincialMatch(person, record({ firstName: 'Yvon', lastName: 'Surette', dateOfBirth: '1970-01-01', sin })),
    ).toBe(false);
    expect(isProvincialMatch({ ...person, sin: null }, record({ lastName: 'Surette', sin: null }))).toBe(false);
  });
});

describe('what the user answers (R-PER-19, Q-05)', () => {
  test('R-PER-19 with no match, the individual is shared and a provincial record made once the user confirms', () => {
    expect(validateShare(person, [], ask())).toEqual([
      expect.objectContaining({ rule: 'R-PER-19', code: 'NO_PROVINCIAL_MATCH', kind: 'question' }),
    ]);
    const decided = decideShare(person, [], ask({ confirmNewProvincialRecord: true }));
    expect(decided).toEqual({
      kind: 'new-record',
      record: expect.objectContaining({ firstName: 'Gabrielle', sin: '046454286', hasEnsFundingAgreement: false }),
    });
  });

  test('R-PER-19 with matches, the user is asked to pick one (a question, not a refusal)', () => {
    expect(validateShare(person, [record()], ask())).toEqual([
      expect.objectContaining({ rule: 'R-PER-19', code: 'PROVINCIAL_MATCHES', kind: 'question' }),
    ]);
  });

  test('R-PER-19 a pick that is not among the matches is refused, listing them', () => {
    const [v] = validateShare(person, [record(), record({ id: 502 })], ask({ selectedMatch: 999 }));
    expect(v).toMatchObject({ rule: 'R-PER-19', field: 'selectedMatch' });
    expect(v.message).toContain('(501, 502)');
  });

  test('Q-05 "none of these" makes a new provincial record only once confirmed', () => {
    expect(validateShare(person, [record()], ask({ selectedMatch: 'NONE' }))).toEqual([
      expect.objectContaining({ code: 'Q-05', field: 'confirmNewProvincialRecord' }),
    ]);
    expect(
      decideShare(person, [record()], ask({ selectedMatch: 'NONE', confirmNewProvincialRecord: true })),
    ).toMatchObject({ kind: 'new-record' });
  });

  test('R-PER-19 a match is shown only once the user confirms it is this client', () => {
    expect(validateShare(person, [record()], ask({ selectedMatch: 501, confirmSamePerson: false }))).toEqual([
      expect.objectContaining({ code: 'CONFIRM_SAME_PERSON', kind: 'question', field: 'confirmSamePerson' }),
    ]);
    expect(decideShare(person, [record()], ask({ selectedMatch: 501, mergeSelections: undefined }))).toEqual({
      kind: 'review',
      recordId: 501,
    });
  });

  test('R-PER-23 sharing again changes nothing', () => {
    expect(decideShare({ ...person, sharedWithGovernment: true }, [record()], ask())).toEqual({ kind: 'unchanged' });
  });
});

describe('what each record keeps (R-PER-20, R-PER-21)', () => {
  test('R-PER-20 an organisation that does not serve the person keeps the provincial values that differ', () => {
    const notServed = record({ servedByUser: false });
    const refused = validateShare(person, [notServed], ask({ selectedMatch: 501 }));
    expect(refused.map((v) => [v.code, v.field])).toEqual([
      ['REGISTRY_NOT_SERVED', 'mergeSelections.address'],
      ['REGISTRY_NOT_SERVED', 'mergeSelections.phone'],
    ]);
    expect(
      decideShare(
        person,
        [notServed],
        ask({
          selectedMatch: 501,
          mergeSelections: { names: 'PROVINCIAL', address: 'PROVINCIAL', phone: 'PROVINCIAL', email: 'YOURS' },
        }),
      ),
    ).toMatchObject({ kind: 'merge', provincial: { email: null } });
  });

  test('R-PER-20 per group, the chosen record’s values go to the other', () => {
    const decided = decideShare(
      person,
      [record()],
      ask({
        selectedMatch: 501,
        mergeSelections: { names: 'PROVINCIAL', address: 'YOURS', phone: 'PROVINCIAL', email: 'YOURS' },
      }),
    );
    expect(decided).toEqual({
      kind: 'merge',
      recordId: 501,
      individual: {
        firstName: 'Gabriele',
        lastName: 'Comeau',
        gender: 'FEMALE',
        dateOfBirth: '1988-02-15',
        phone: '(902) 555-7777',
      },
      provincial: {
        addressLine1: '88 Portland St',
        city: 'Dartmouth',
        province: 'NS',
        country: 'Canada',
        postalCode: 'B2Y 1H7',
        email: null,
      },
    });
  });

  test('R-PER-21 an ENS-funded provincial person keeps each group that differs; equal groups may be "yours"', () => {
    const funded = record({ hasEnsFundingAgreement: true, email: undefined });
    const refused = validateShare(
      person,
      [funded],
      ask({
        selectedMatch: 501,
        mergeSelections: { names: 'YOURS', address: 'YOURS', phone: 'PROVINCIAL', email: 'YOURS' },
      }),
    );
    // email: null on one side, left out on the other, is the same value.
    expect(refused.map((v) => [v.rule, v.field])).toEqual([
      ['R-PER-21', 'mergeSelections.names'],
      ['R-PER-21', 'mergeSelections.address'],
    ]);
    expect(refused[1].message).toContain('choose PROVINCIAL for address, and request changes from ENS');
    const provincialValues = ask({
      selectedMatch: 501,
      mergeSelections: { names: 'PROVINCIAL', address: 'PROVINCIAL', phone: 'PROVINCIAL', email: 'YOURS' },
    });
    expect(decideShare(person, [funded], provincialValues)).toMatchObject({
      kind: 'merge',
      provincial: { email: null },
    });
  });
});
