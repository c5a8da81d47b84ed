// Password rules (SR-01): at least 12 characters, not holding the user ID, not a common password.
import { MIN_PASSWORD_LENGTH, passwordViolations } from '../../domain/passwords.ts';
import { DEMO_PASSWORD, DEMO_USERS, PARTNER_ORGANISATION } from '../../scripts/seed.ts';

const codes = (password: string, loginId = 'casemanager') => passwordViolations(password, loginId).map((v) => v.code);

describe('password rules', () => {
  test('a long passphrase unrelated to the user ID is accepted', () => {
    expect(passwordViolations('ferry lighthouse dulse', 'casemanager')).toEqual([]);
  });

  test(
    `fewer than ${MIN_PASSWORD_LENGTH} characters is refused with what to do, counting characters rather ` +
      `than UTF-16 units`,
    () => {
      const [v] = passwordViolations('tidal-bore9', 'jsmith');
      expect(v).toMatchObject({ rule: 'SR-01', code: 'PASSWORD_TOO_SHORT', field: 'password' });
      expect(v.message).toBe('Choose a password of at least 12 characters.');
      // 11 characters, 22 UTF-16 units
      expect(codes('🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊', 'jsmith')).toContain('PASSWORD_TOO_SHORT');
      expect(codes('abcdefghijk!', 'jsmith')).toEqual([]);
    },
  );

  test('the user ID as the password, or within it, in any case, is refused', () => {
    expect(codes('casemanager.2026', 'CaseManager.2026')).toEqual(['PASSWORD_IS_USER_ID']);
    expect(codes('CaseManager-2026!')).toEqual(['PASSWORD_HAS_USER_ID']);
    expect(codes('my casemanager password', ' CaseManager ')).toEqual(['PASSWORD_HAS_USER_ID']);
  });

  test.each(['password1234', 'Password1234', 'qwertyuiop12', '123456789012', 'novascotia2026', 'zzzzzzzzzzzzzzzz'])(
    'the common password %s is refused',
    (pw) => {
      expect(codes(pw)).toEqual(['PASSWORD_COMMON']);
    },
  );

  test('more than 200 characters could not be typed at sign-in and is refused', () => {
    expect(codes('harbour '.repeat(26))).toEqual(['PASSWORD_TOO_LONG']);
  });

  test('every problem is listed at once', () => {
    expect(codes('admin', 'admin')).toEqual(['PASSWORD_TOO_SHORT', 'PASSWORD_IS_USER_ID']);
  });

  test('the demo users’ password meets the rules', () => {
    for (const u of [...DEMO_USERS, ...PARTNER_ORGANISATION.users])
      expect(passwordViolations(DEMO_PASSWORD, u.loginId)).toEqual([]);
  });
});
