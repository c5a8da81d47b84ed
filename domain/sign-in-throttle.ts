// Slowing password guessing down. Every failed sign-in counts against the account it named (organisation and user ID
// in normal form, whether or not it exists) and against the address it came from. After an account's first failure,
// and after an address's free failures (an office behind one address mistypes too), each failure doubles the wait
// before the next try is evaluated: 1 s, 2 s, 4 s … at most 15 minutes. A try made before then is not evaluated at
// all. The right password from a device that signed in to that account before counts on that device alone, so
// someone else's guesses cannot keep its user out. A count that has not grown for an hour is forgotten. The sign-in
// rules have no ID in the spec: their violations name them SIGN-IN.
import { violation, type Violation } from './refusals.ts';

const FIRST_WAIT_MS = 1000;
const LONGEST_WAIT_MS = 15 * 60_000;
export const FORGET_AFTER_MS = 60 * 60_000;

/** What the count of one key holds: failures so far and when the next try may be evaluated. */
export interface Throttle {
  key: string;
  failures: number;
  nextAttemptAt: Date;
}

export interface ThrottleKey {
  key: string;
  /** Failures counted before the waits start. */
  freeFailures: number;
  /** What a sign-in that succeeds does to the count: an account's is forgotten, an address's loses that one try. */
  onSuccess: 'forget' | 'refund';
}

export interface SignInAttempt {
  organisationCode: string;
  /** In normal form (domain/login-ids.ts). */
  loginId: string;
  address: string;
  /** The device that signed in to this account before, if the try comes from one. */
  knownDevice: { userId: number; device: string } | null;
}

/** The counts a try is checked against and adds to. */
export function throttleKeys(attempt: SignInAttempt, freeFailuresPerAddress: number): ThrottleKey[] {
  if (attempt.knownDevice)
    return [
      {
        key: `device:${attempt.knownDevice.userId}:${attempt.knownDevice.device}`,
        freeFailures: 0,
        onSuccess: 'forget',
      },
    ];
  return [
    { key: `account:${attempt.organisationCode}|${attempt.loginId}`, freeFailures: 0, onSuccess: 'forget' },
    { key: `address:${attempt.address}`, freeFailures: freeFailuresPerAddress, onSuccess: 'refund' },
  ];
}

/** The wait before the next try once a key has failed `failures` times, `free` of them without a wait. */
export const waitAfter = (failures: number, free: number): number =>
  failures <= free ? 0 : Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.min(failures - free - 1, 30));

/**
 * A try is evaluated only when none of its keys still waits; it then counts as a failure on each of them at once (a
 * success gives it back), so tries made in parallel see each other. `current` holds the keys' counts, if any.
 */
export function claimAttempt(
  keys: ThrottleKey[],
  current: Throttle[],
  now: Date,
): { refusedUntil: Date } | { counted: Throttle[] } {
  const counts = keys.map((k) => {
    const row = current.find((t) => t.key === k.key);
    const forgotten = !row || now.getTime() - row.nextAttemptAt.getTime() >= FORGET_AFTER_MS;
    return { key: k, failures: forgotten ? 0 : row.failures, nextAttemptAt: row?.nextAttemptAt ?? now };
  });
  // A key within its free failures never waits, whatever the order of parallel tries' clocks (a try that took the
  // row first may carry a later `now` than one that waited for it).
  const waiting = counts.filter((c) => waitAfter(c.failures, c.key.freeFailures) > 0 && c.nextAttemptAt > now);
  if (waiting.length) return { refusedUntil: new Date(Math.max(...waiting.map((c) => c.nextAttemptAt.getTime()))) };
  return {
    counted: counts.map(({ key, failures }) => ({
      key: key.key,
      failures: failures + 1,
      nextAttemptAt: new Date(now.getTime() + waitAfter(failures + 1, key.freeFailures)),
    })),
  };
}

const inWords = (ms: number) => {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 60)
    return { en: `${seconds} second${seconds > 1 ? 's' : ''}`, fr: `${seconds} seconde${seconds > 1 ? 's' : ''}` };
  const minutes = Math.ceil(seconds / 60);
  return { en: `${minutes} minute${minutes > 1 ? 's' : ''}`, fr: `${minutes} minute${minutes > 1 ? 's' : ''}` };
};

/** A try made before its wait has passed: when to try again. */
export function tooManySignIns(until: Date, now: Date): Violation {
  const wait = inWords(until.getTime() - now.getTime());
  return violation(
    'SIGN-IN',
    'TOO_MANY_ATTEMPTS',
    {
      en: `Too many failed sign-ins. Wait ${wait.en} and try again.`,
      fr: `Trop de connexions ont échoué. Attendez ${wait.fr} et réessayez.`,
    },
    { kind: 'too-many' },
  );
}
