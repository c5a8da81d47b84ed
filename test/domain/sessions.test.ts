// Signing in and staying signed in: when a session ends (R-UI-02, and at the latest its fixed time after sign-in) and
// when activity slides it.
import { sessionExpiry, signInFailed, slideDue, validateSession } from '../../domain/sessions.ts';

const now = new Date('2026-03-07T12:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const limits = { idleMinutes: 20, maxHours: 12 };
const signedInAt = minutes(-60);

test('R-UI-02 a session ends at its expiry, and the user is told to sign in again', () => {
  expect(validateSession({ signedInAt, expiresAt: minutes(1), userActive: true }, now, limits)).toEqual([]);
  for (const ended of [{ signedInAt, expiresAt: now, userActive: true }, undefined])
    expect(validateSession(ended, now, limits)).toEqual([
      expect.objectContaining({
        rule: 'R-UI-02',
        code: 'SESSION_EXPIRED',
        kind: 'unauthenticated',
        message: 'Your session has ended after 20 minutes without activity. Sign in again.',
      }),
    ]);
});

test('R-UI-02 activity slides the expiry to the idle time from now, at most once a minute', () => {
  expect(sessionExpiry(now, signedInAt, limits)).toEqual(minutes(20));
  expect(slideDue(minutes(-0.5), now)).toBe(false);
  expect(slideDue(minutes(-1), now)).toBe(true);
});

test('SIGN-IN a session ends 12 hours after sign-in however active, and its expiry never slides past that', () => {
  const early = minutes(-12 * 60);
  expect(sessionExpiry(now, early, limits)).toEqual(now);
  expect(sessionExpiry(minutes(-10), early, limits)).toEqual(now);
  expect(validateSession({ signedInAt: early, expiresAt: minutes(15), userActive: true }, now, limits)).toEqual([
    expect.objectContaining({
      code: 'SESSION_EXPIRED',
      kind: 'unauthenticated',
      message: 'Your session has ended: a session lasts at most 12 hours after signing in. Sign in again.',
    }),
  ]);
  expect(validateSession({ signedInAt: minutes(-719), expiresAt: minutes(1), userActive: true }, now, limits)).toEqual(
    [],
  );
});

test('R-SEC-11 the session of a deactivated user no longer signs them in', () => {
  expect(validateSession({ signedInAt, expiresAt: minutes(10), userActive: false }, now, limits)).toEqual([
    expect.objectContaining({ rule: 'R-SEC-11', code: 'SIGN_IN_REQUIRED', message: 'Sign in first.' }),
  ]);
});

test('SIGN-IN a failed sign-in does not say whether the organisation, the user ID or the password was wrong', () => {
  expect(signInFailed()).toMatchObject({
    code: 'SIGN_IN_FAILED',
    kind: 'unauthenticated',
    message: 'The organisation, user ID or password is not correct.',
  });
});
