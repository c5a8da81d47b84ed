// Signing in and staying signed in. A session ends after the configured minutes without activity (R-UI-02), and
// activity slides its expiry, written at most once a minute so a busy user does not cost a write per request; it ends
// anyway a fixed number of hours after sign-in, however active (a stolen session does not last). Throttling failed
// sign-ins is domain/sign-in-throttle.ts's. The sign-in rules have no ID in the spec: their violations name them
// SIGN-IN.
import { violation, type Violation } from './refusals.ts';

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

export interface SessionLimits {
  idleMinutes: number;
  /** How long a session lasts at most after sign-in, whatever the activity. */
  maxHours: number;
}

/** When a session signed in at `signedInAt` ends whatever the activity. */
export const sessionEnd = (signedInAt: Date, maxHours: number): Date =>
  new Date(signedInAt.getTime() + maxHours * 3_600_000);

/** R-UI-02: when a session seen at `seenAt` ends without further activity; never after its absolute end. */
export const sessionExpiry = (seenAt: Date, signedInAt: Date, limits: SessionLimits): Date =>
  new Date(Math.min(seenAt.getTime() + limits.idleMinutes * 60_000, sessionEnd(signedInAt, limits.maxHours).getTime()));

/**
 * R-UI-02: slide the expiry only when the session was last seen a minute ago or more, so it ends between
 * idleMinutes − 1 and idleMinutes after the last request, never later.
 */
export const slideDue = (lastSeenAt: Date, now: Date): boolean =>
  lastSeenAt.getTime() <= now.getTime() - SESSION_SLIDE_MS;

/**
 * A session past its absolute end, and (R-UI-02) one that has ended without activity or is unknown, asks the user to
 * sign in again; R-SEC-11: a deactivated user's session no longer signs them in.
 */
export function validateSession(
  session: { signedInAt: Date; expiresAt: Date; userActive: boolean } | undefined,
  now: Date,
  limits: SessionLimits,
): Violation[] {
  if (session && sessionEnd(session.signedInAt, limits.maxHours).getTime() <= now.getTime())
    return [
      violation(
        'SIGN-IN',
        'SESSION_EXPIRED',
        {
          en:
            `Your session has ended: a session lasts at most ` +
            `${limits.maxHours} hours after signing in. Sign in again.`,
          fr:
            `Votre session a pris fin : une session dure au plus ${limits.maxHours} heures après la connexion. ` +
            'Connectez-vous de nouveau.',
        },
        { kind: 'unauthenticated' },
      ),
    ];
  if (!session || session.expiresAt.getTime() <= now.getTime())
    return [
      violation(
        'R-UI-02',
        'SESSION_EXPIRED',
        {
          en: `Your session has ended after ${limits.idleMinutes} minutes without activity. Sign in again.`,
          fr: `Votre session a pris fin après ${limits.idleMinutes} minutes d'inactivité. Connectez-vous de nouveau.`,
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
