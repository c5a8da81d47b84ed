// Access for a new organisation (spec 04 §3.12-3.13): deciding a request, and the code an approved organisation gets.
import {
  organisationCode,
  validateDecision,
  validateNewOrganisation,
  validateUndecided,
} from '../../domain/access-requests.ts';

test('R-ORG-02 a request for an organisation that already has LaMPSS access is refused', () => {
  const registered = [{ name: 'Cape Breton Works', phone: '(902) 555-1212', postalCode: 'B1P 1A1' }];
  expect(validateNewOrganisation({ name: 'CAPE BRETON WORKS', postalCode: 'b1p1a1' }, registered)).toEqual([
    expect.objectContaining({
      code: 'ORG_ALREADY_REGISTERED',
      message: 'This organisation already has LaMPSS access. Ask its LaMPSS administrator to add you.',
    }),
  ]);
  expect(validateNewOrganisation({ name: 'Cape Breton Learning', phone: '(902) 555-1212' }, registered)).toEqual([]);
});

test('R-ORG-03 a rejection gives its reason; an approval needs none', () => {
  for (const note of [undefined, null, '  '])
    expect(validateDecision('REJECTED', note)).toEqual([
      expect.objectContaining({
        code: 'DECISION_NOTE_REQUIRED',
        field: 'decisionNote',
        message: 'Give the reason for rejecting this access request.',
      }),
    ]);
  expect(validateDecision('REJECTED', 'Not a labour-market program.')).toEqual([]);
  expect(validateDecision('APPROVED', undefined)).toEqual([]);
});

test('R-ORG-03 a request is decided once', () => {
  expect(validateUndecided(false, 'REJECTED')).toEqual([
    expect.objectContaining({ code: 'REQUEST_ALREADY_DECIDED', message: 'This access request was already rejected.' }),
  ]);
  expect(validateUndecided(true, 'SUBMITTED')).toEqual([]);
});

test("R-ORG-04 an approved organisation's code is the initials of its name, at most five, and its id", () => {
  expect(organisationCode('Société Acadienne de Formation', 42)).toBe('SADF42');
  expect(organisationCode('A Big Long Named Training Society Inc', 7)).toBe('ABLNT7');
  expect(organisationCode('4-H', 9)).toBe('H9');
  expect(organisationCode('123', 9)).toBe('ORG9');
});
