// Person matching: Soundex with the same first letter (R-PER-02), SIN checks (R-PER-09).

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
