// Signing in and staying signed in: when a session ends (R-UI-02) and when activity slides it.
import { sessionExpiry, signInFailed, slideDue, validateSession } from '../../domain/sessions.ts';

const now = new Date('2026-03-07T12:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

test('R-UI-02 a session ends at its expiry, and the user is told to sign in again', () => {
  expect(validateSession({ expiresAt: minutes(1), userActive: true }, now, 20)).toEqual([]);
  for (const ended of [{ expiresAt: now, userActive: true }, undefined])
    expect(validateSession(ended, now, 20)).toEqual([
      expect.objectContaining({
        rule: 'R-UI-02',
        code: 'SESSION_EXPIRED',
        kind: 'unauthenticated',
        message: 'Your session has ended after 20 minutes without activity. Sign in again.',
      }),
    ]);
});

test('R-UI-02 activity slides the expiry to the idle time from now, at most once a minute', () => {
  expect(sessionExpiry(now, 20)).toEqual(minutes(20));
  expect(slideDue(minutes(-0.5), now)).toBe(false);
  expect(slideDue(minutes(-1), now)).toBe(true);
});

test('R-SEC-11 the session of a deactivated user no longer signs them in', () => {
  expect(validateSession({ expiresAt: minutes(10), userActive: false }, now, 20)).toEqual([
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
