// Person matching: Soundex with the same first letter (R-PER-02), SIN checks (R-PER-09).
import type { IsoDate } from './dates.ts';
import { violation, type Violation } from './refusals.ts';

/** American Soundex: the letter plus three digits; "Doucet" and "Doucette" both give D230. */
export function soundex(name: string): string {
  const letters = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
  if (!letters) return '';
  const code = (c: string) =>
    'AEIOUYHW'.includes(c)
      ? ''
      : 'BFPV'.includes(c)
        ? '1'
        : 'CGJKQSXZ'.includes(c)
          ? '2'
          : 'DT'.includes(c)
            ? '3'
            : c === 'L'
              ? '4'
              : 'MN'.includes(c)
                ? '5'
                : '6';
  let out = letters[0];
  let last = code(letters[0]);
  for (const c of letters.slice(1)) {
    const d = code(c);
    if (d && d !== last) out += d;
    // H and W do not separate equal codes; vowels do.
    if (c !== 'H' && c !== 'W') last = d;
  }
  return (out + '000').slice(0, 4);
}

export const normaliseSin = (sin: string) => sin.replace(/\D/g, '');

/** The Luhn sum of a digit string, doubling every second digit from the left (the SIN's scheme). */
function luhnSum(digits: string): number {
  return [...digits].reduce((acc, ch, i) => {
    let d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    if (d > 9) d -= 9;
    return acc + d;
  }, 0);
}

/** Luhn check of a 9-digit social insurance number. */
export function isValidSin(sin: string): boolean {
  const digits = normaliseSin(sin);
  return digits.length === 9 && luhnSum(digits) % 10 === 0;
}

/** The ninth digit that makes eight digits a valid SIN. */
export function sinCheckDigit(first8: string): string {
  return String((10 - (luhnSum(`${first8}0`) % 10)) % 10);
}

export const formatSin = (sin: string) => normaliseSin(sin).replace(/^(\d{3})(\d{3})(\d{3})$/, '$1-$2-$3');

/** R-PER-09: a date of birth after today, or a SIN whose check digit does not match, is refused field by field. */
export function validateIdentity(input: { dateOfBirth?: IsoDate | null; sin?: string | null }, today: IsoDate) {
  const v: Violation[] = [];
  if (input.dateOfBirth && input.dateOfBirth > today) {
    v.push(
      violation('R-PER-09', 'INVALID_INPUT', `dateOfBirth: the date of birth cannot be after today (${today}).`, {
        field: 'dateOfBirth',
        kind: 'invalid',
      }),
    );
  }
  if (input.sin && !isValidSin(input.sin)) {
    v.push(
      violation(
        'R-PER-09',
        'INVALID_INPUT',
        'sin: this is not a valid social insurance number (its check digit does not match); check the number.',
        { field: 'sin', kind: 'invalid' },
      ),
    );
  }
  return v;
}
