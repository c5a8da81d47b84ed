// Business dates are calendar dates ("YYYY-MM-DD") in America/Halifax (R-FU-09); time of day is ignored.
// Everything here is pure and deterministic so workflow code can use it inside Temporal's sandbox.

export type IsoDate = string;

export const BUSINESS_TIME_ZONE = 'America/Halifax';
const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function toUtcMidnight(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function fromUtcMidnight(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMidnight(to) - toUtcMidnight(from)) / DAY_MS);
}

export function maxDate(...dates: IsoDate[]): IsoDate {
  return dates.reduce((a, b) => (a >= b ? a : b));
}

export function lastDayOfNextMonth(date: IsoDate): IsoDate {
  const [y, m] = date.split('-').map(Number);
  return fromUtcMidnight(Date.UTC(y, m + 1, 0));
}

const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: BUSINESS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

function zonedParts(instant: Date): { date: IsoDate; wallMs: number } {
  const p = Object.fromEntries(partsFormatter.formatToParts(instant).map((x) => [x.type, x.value]));
  const date = `${p.year}-${p.month}-${p.day}`;
  return { date, wallMs: Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) };
}

/** The Halifax calendar date of an instant. */
export function businessDate(instant: Date): IsoDate {
  return zonedParts(instant).date;
}

/** The UTC instant of `hour`:00 Halifax wall time on `date`, daylight saving time included. */
export function businessInstant(date: IsoDate, hour = 0): Date {
  const wall = toUtcMidnight(date) + hour * 3_600_000;
  // Halifax is UTC-4 or UTC-3: correct a first guess by the zone's offset at that guess, twice for DST edges.
  let guess = wall + 4 * 3_600_000;
  for (let i = 0; i < 2; i++) guess += wall - zonedParts(new Date(guess)).wallMs;
  return new Date(guess);
}

const longFormats: Record<'en' | 'fr', Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' }),
  fr: new Intl.DateTimeFormat('fr-CA', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' }),
};

/** "April 30, 2012" / "30 avril 2012", "1er mai 2012": the unambiguous form the messages use (03 §3.4). */
export function formatLongDate(date: IsoDate, lang: 'en' | 'fr' = 'en'): string {
  const text = longFormats[lang].format(new Date(toUtcMidnight(date)));
  return lang === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** Age in whole years on `today` (R-PER-04). */
export function ageOn(dateOfBirth: IsoDate, today: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [ty, tm, td] = today.split('-').map(Number);
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
