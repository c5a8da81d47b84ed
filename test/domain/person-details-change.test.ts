// Changing a person's identity details (R-PER-11): gender, date of birth and a SIN are changed like the rest, a SIN is
// only ever added or corrected, and the refusals name the field they are about (R-PER-08, R-PER-09).
import { decidePersonChange, sinInUse, validateIdentity } from '../../domain/people.ts';
import { individualChangeSchema } from '../../domain/schemas/people.ts';

const current = {
  firstName: 'Nadia',
  lastName: 'Sinclair',
  middleInitial: null,
  gender: 'FEMALE',
  dateOfBirth: '1986-08-30',
  sin: null,
  phone: '(902) 555-0199',
  email: 'nadia@example.org',
  address: { line1: '12 Spring Garden Rd', city: 'Halifax', province: 'NS', country: 'Canada', postalCode: 'B3J 1A1' },
};
const free = { sharedWithGovernment: false, ensFundingAgreement: false };

test('R-PER-11 R-CASE-01 a SIN is added by a change, as digits; left out, the one on record stays', () => {
  expect(decidePersonChange(current, { sin: '046-454-286' }, free)).toMatchObject({
    details: { sin: '046454286', gender: 'FEMALE', dateOfBirth: '1986-08-30' },
  });
  expect(decidePersonChange({ ...current, sin: '046454286' }, { phone: '' }, free)).toMatchObject({
    details: { sin: '046454286', phone: null },
  });
});

test('R-PER-11 gender and date of birth are changed; an emptied email clears it', () => {
  expect(decidePersonChange(current, { gender: 'MALE', dateOfBirth: '1986-08-31', email: '' }, free)).toMatchObject({
    details: { gender: 'MALE', dateOfBirth: '1986-08-31', email: null },
    previousName: null,
    previousAddress: null,
  });
  expect(individualChangeSchema.safeParse({ email: '' }).success).toBe(true);
  expect(individualChangeSchema.safeParse({ sin: '' }).success).toBe(false);
});

test('R-PER-09 a wrong check digit is refused on the SIN field, named in both languages', () => {
  const [v] = validateIdentity({ sin: '123456789' }, '2026-01-01');
  expect(v).toMatchObject({ rule: 'R-PER-09', field: 'sin', kind: 'invalid' });
  expect(v.message).toMatch(/^Social insurance number: .*check digit/);
  expect(v.messageFr).toMatch(/^Numéro d'assurance sociale : /);
});

test('R-PER-08 a SIN another individual holds is refused on the SIN field', () => {
  expect(sinInUse(100123)).toMatchObject({
    rule: 'R-PER-08',
    code: 'SIN_IN_USE',
    field: 'sin',
    message: 'Individual 100123 already has this social insurance number; open that record instead.',
  });
});
