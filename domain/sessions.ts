// Signing in and staying signed in. Failed sign-ins lock a login for a while, so a password cannot be guessed; a
// session ends after the configured minutes without activity (R-UI-02), and activity slides its expiry, written at
// most once a minute so a busy user does not cost a write per request. The sign-in rules have no ID in the spec:
// their violations name them SIGN-IN.
import { violation, type Violation } from './refusals.ts';

/** Failed sign-ins of one login that lock it, and for how long: the first failure opens the window. */
const MAX_FAILED_SIGN_INS = 5;
const SIGN_IN_LOCK_MS = 15 * 60_000;

export interface FailedSignIns {
  count: number;
  /** When the window opened by the first failure (and the lock it leads to) ends, in epoch milliseconds. */
  until: number;
}

/** Five failed sign-ins lock that login for 15 minutes, even with the right password; other logins are not affected. */
export const validateSignInAttempt = (failed: FailedSignIns | undefined, now: number): Violation[] =>
  failed && failed.count >= MAX_FAILED_SIGN_INS && failed.until > now
    ? [
        violation(
          'SIGN-IN',
          'TOO_MANY_ATTEMPTS',
          {
            en: `Too many failed sign-ins. Try again after ${new Date(failed.until).toISOString()}.`,
            fr: `Trop de tentatives de connexion ont échoué. Réessayez après ${new Date(failed.until).toISOString()}.`,
          },
          { kind: 'too-many' },
        ),
      ]
    : [];

/** One more failed sign-in: counted in the current window, or in a new one once it has ended. */
export function afterFailedSignIn(failed: FailedSignIns | undefined, now: number): FailedSignIns {
  const window = failed && failed.until > now ? failed : { count: 0, until: now + SIGN_IN_LOCK_MS };
  return { count: window.count + 1, until: window.until };
}

/** A wrong organisation, user ID or password: the refusal does not say which. */
export const signInFailed = (): Violation =>
  violation(
    'SIGN-IN',
    'SIGN_IN_FAILED',
    {
      en: 'The organisation, user ID or password is not correct.',
      fr: "L'organisme, l'identifiant d'utilisateur ou le mot de passe est incorrect.",
    },
    {
      kind: 'unauthenticated',
    },
  );

/** How often at most a session's last-seen time and expiry are written. */
const SESSION_SLIDE_MS = 60_000;

/** R-UI-02: when a session seen at `seenAt` ends without further activity. */
export const sessionExpiry = (seenAt: Date, idleMinutes: number): Date =>
  new Date(seenAt.getTime() + idleMinutes * 60_000);

/**
 * R-UI-02: slide the expiry only when the session was last seen a minute ago or more, so it ends between
 * idleMinutes − 1 and idleMinutes after the last request, never later.
 */
export const slideDue = (lastSeenAt: Date, now: Date): boolean =>
  lastSeenAt.getTime() <= now.getTime() - SESSION_SLIDE_MS;

/**
 * R-UI-02: a session that has ended (or is unknown) asks the user to sign in again; R-SEC-11: a deactivated user's
 * session no longer signs them in.
 */
export function validateSession(
  session: { expiresAt: Date; userActive: boolean } | undefined,
  now: Date,
  idleMinutes: number,
): Violation[] {
  if (!session || session.expiresAt.getTime() <= now.getTime())
    return [
      violation(
        'R-UI-02',
        'SESSION_EXPIRED',
        {
          en: `Your session has ended after ${idleMinutes} minutes without activity. Sign in again.`,
          fr: `Votre session a pris fin après ${idleMinutes} minutes d'inactivité. Connectez-vous de nouveau.`,
        },
        { kind: 'unauthenticated' },
      ),
    ];
  if (!session.userActive)
    return [
      violation(
        'R-SEC-11',
        'SIGN_IN_REQUIRED',
        { en: 'Sign in first.', fr: "Connectez-vous d'abord." },
        { kind: 'unauthenticated' },
      ),
    ];
  return [];
}
