// R-PER-17: what adding, removing and choosing do to a person's entries of one kind.
import {
  addContact,
  chooseDefault,
  removeContact,
  validateNewContact,
  validateRemoval,
  withDefault,
} from '../../domain/person-contacts.ts';

const entries = { default: '902-555-0001', others: ['902-555-0002', '902-555-0003'] };

test('R-PER-17 the first entry of a kind is its default; one marked so takes the default’s place', () => {
  expect(addContact({ default: null, others: [] }, 'a@example.ca', false)).toEqual({
    default: 'a@example.ca',
    others: [],
  });
  expect(addContact(entries, '902-555-0004', true)).toEqual({
    default: '902-555-0004',
    others: ['902-555-0001', '902-555-0002', '902-555-0003'],
  });
});

test('R-PER-17 removing the default hands it to the oldest other entry; one default while any remain', () => {
  expect(removeContact(entries, '902-555-0001')).toEqual({ default: '902-555-0002', others: ['902-555-0003'] });
  expect(removeContact({ default: 'x', others: [] }, 'x')).toEqual({ default: null, others: [] });
  expect(withDefault({ default: null, others: ['b', 'c'] })).toEqual({ default: 'b', others: ['c'] });
});

test('R-PER-17 choosing a default swaps it with the current one; a listed entry is refused again', () => {
  expect(chooseDefault(entries, '902-555-0003')).toEqual({
    default: '902-555-0003',
    others: ['902-555-0002', '902-555-0001'],
  });
  expect(validateNewContact('EMAIL', 'A@Example.ca', { default: 'a@example.ca', others: [] })).toEqual([
    expect.objectContaining({ rule: 'R-PER-17', code: 'CONTACT_ALREADY_LISTED', field: 'value' }),
  ]);
});

test('R-PER-17 a person keeps one address: the only one cannot be removed, a phone or an email can', () => {
  const home = '12 Main St, Wolfville, NS B4P 1A1, Canada';
  expect(validateRemoval('ADDRESS', { default: home, others: [] }, home)).toMatchObject([
    { rule: 'R-PER-17', code: 'LAST_ADDRESS', kind: 'conflict' },
  ]);
  expect(
    validateRemoval('ADDRESS', { default: home, others: ['4 Shore Rd, Digby, NS B0V 1A0, Canada'] }, home),
  ).toEqual([]);
  expect(validateRemoval('PHONE', { default: '902-555-0001', others: [] }, '902-555-0001')).toEqual([]);
});
