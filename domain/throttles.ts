// How often one account or one address may ask for something that costs an email or a password check (SR-10), and
// the refusal that says when to try again. db/throttle.ts counts in PostgreSQL, so every API instance sees one count.
import { violation, type Bilingual, type Violation } from './refusals.ts';

export interface Throttle {
  limit: number;
  windowMinutes: number;
}

export const THROTTLES = {
  /** Wrong current passwords when changing one: as many as sign-in allows before it locks. */
  passwordChange: { limit: 5, windowMinutes: 15 },
  /** Reset emails one account gets; beyond, a request is answered the same and sends nothing. */
  passwordResetPerAccount: { limit: 3, windowMinutes: 60 },
  /** Access requests (each a confirmation email) sent to one address. */
  accessRequestPerEmail: { limit: 3, windowMinutes: 24 * 60 },
} satisfies Record<string, Throttle>;

/** `perMinute` requests a minute from one network address (PUBLIC_ATTEMPTS_PER_MINUTE). */
export const perMinute = (limit: number): Throttle => ({ limit, windowMinutes: 1 });

/** A bucket's count in its current window, this request included. */
export interface Hits {
  count: number;
  windowEndsAt: Date;
}

export const overLimit = (hits: Hits, throttle: Throttle): boolean => hits.count > throttle.limit;

/** SR-10: refused with 429 until the window ends; `message` says what to do, given that moment. */
export function throttleViolations(
  hits: Hits,
  throttle: Throttle,
  code: string,
  message: (until: string) => Bilingual,
): Violation[] {
  return overLimit(hits, throttle)
    ? [violation('SR-10', code, message(hits.windowEndsAt.toISOString()), { kind: 'too-many' })]
    : [];
}
