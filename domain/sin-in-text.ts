// Finding a social insurance number written in free text (R-REF-12), however it is written: nine digits together or
// printed 3-3-3, grouped with spaces, dots, dashes, underscores or slashes, stuck to letters, full-width or in another
// script's digits. Dates, times and phone numbers are neither 3-3-3 nor nine digits with one kind of separator.

/** Between two groups of one number: spaces, or one of - . _ / with spaces around it. */
const SEPARATOR = /^\s{0,2}[-._/]?\s{0,2}$/;

/** Every decimal digit as its ASCII digit: NFKC folds full-width and compatibility digits; the other scripts' digits
 * come in runs of ten from zero, so a digit's value is its distance from the start of its run, modulo ten. */
function asciiDigits(text: string): string {
  return text.normalize('NFKC').replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0)!;
    let start = code;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    return String((code - start) % 10);
  });
}

/** Whether some of the last groups of a run, taken together, are exactly nine digits. */
function endsInNineDigits(run: readonly number[]): boolean {
  let sum = 0;
  for (let k = run.length - 1; k >= 0 && sum < 9; k--) sum += run[k];
  return sum === 9;
}

/** The way a SIN is printed, 3-3-3, whatever separates its groups ("460 000-011"). */
const PRINTED_SIN = /(?<!\d)\d{3}\s{0,2}[-._/]?\s{0,2}\d{3}\s{0,2}[-._/]?\s{0,2}\d{3}(?!\d)/;

/** True when `text` holds nine digits that read as one number: printed 3-3-3, or a run of groups with one kind of
 * separator. */
export function containsSinLikeNumber(text: string): boolean {
  const digits = asciiDigits(text);
  if (PRINTED_SIN.test(digits)) return true;
  const groups = [...digits.matchAll(/\d+/g)];
  let run: number[] = [];
  let separator: string | null = null;
  for (const [k, g] of groups.entries()) {
    const before = groups[k - 1];
    const between = before ? digits.slice(before.index + before[0].length, g.index) : '';
    const kind = between.trim() || ' ';
    if (!before || !SEPARATOR.test(between)) [run, separator] = [[], null];
    // Another kind of separator starts another number, from the group before it ("2026-01-15 9:30").
    else if (separator !== null && kind !== separator) [run, separator] = [[before[0].length], kind];
    else separator = kind;
    run.push(g[0].length);
    if (endsInNineDigits(run)) return true;
  }
  return false;
}
