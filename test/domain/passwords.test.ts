// Password rules (SR-01): at least 12 characters, not holding the user ID, not a common password (zxcvbn's breached-
// password lists, a common word with digits or symbols around it included), and not easily guessed (zxcvbn score 3).
import { MIN_PASSWORD_LENGTH, passwordViolations } from '../../domain/passwords.ts';
import { passwordStrength } from '../../infra/password-strength.ts';
import { passwordViolationsFor } from '../../app/session/password-rules.ts';
import { demoPasswordViolations } from '../../scripts/seed.ts';

const check = (password: string, loginId = 'casemanager') =>
  passwordViolations(password, loginId, passwordStrength(password, [loginId]));
const codes = (password: string, loginId = 'casemanager') => check(password, loginId).map((v) => v.code);

describe('password rules', () => {
  test('a long passphrase unrelated to the user ID is accepted', () => {
    expect(check('ferry lighthouse dulse', 'casemanager')).toEqual([]);
  });

  test(
    `fewer than ${MIN_PASSWORD_LENGTH} characters is refused with what to do, counting characters rather ` +
      `than UTF-16 units`,
    () => {
      const [v] = check('tidal-bore9', 'jsmith');
      expect(v).toMatchObject({ rule: 'SR-01', code: 'PASSWORD_TOO_SHORT', field: 'password' });
      expect(v.message).toBe('Choose a password of at least 12 characters.');
      expect(v.messageFr).toBe("Choisissez un mot de passe d'au moins 12 caractères.");
      // 11 characters, 22 UTF-16 units
      expect(codes('🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊🌊', 'jsmith')).toEqual(['PASSWORD_TOO_SHORT']);
      expect(codes('tidal-bore9x', 'jsmith')).toEqual([]);
    },
  );

  test('the user ID as the password, or within it, in any case, is refused', () => {
    expect(codes('casemanager.2026', 'CaseManager.2026')).toEqual(['PASSWORD_IS_USER_ID']);
    expect(codes('CaseManager-2026!')).toEqual(['PASSWORD_HAS_USER_ID']);
    expect(codes('my casemanager password', ' CaseManager ')).toEqual(['PASSWORD_HAS_USER_ID']);
  });

  test.each([
    'password1234',
    'Password1234',
    'qwertyuiop12',
    '123456789012',
    'novascotia2026',
    'zzzzzzzzzzzzzzzz',
    'password123!',
    'Welcome2026!',
    'Summer2026!!',
    'P@ssw0rd2026!',
  ])('the common password %s is refused, saying why and what to do in English and French', (pw) => {
    const [v, ...more] = check(pw);
    expect(more).toEqual([]);
    expect(v).toMatchObject({ rule: 'SR-01', code: 'PASSWORD_COMMON', field: 'password' });
    expect(v.message).toContain('common passwords that attackers try first');
    expect(v.message).toContain('a few unrelated words make a good one');
    expect(v.messageFr).toContain('mots de passe courants');
  });

  test.each(['abcdefghijk!', 'asdfghjkl;zx', '1q2w3e4r5t6y7u'])(
    'the guessable password %s (zxcvbn score below 3) is refused',
    (pw) => {
      expect(check(pw)).toEqual([
        expect.objectContaining({ rule: 'SR-01', code: 'PASSWORD_GUESSABLE', field: 'password' }),
      ]);
    },
  );

  test('the account’s own names make a password guessable', () => {
    const account = { loginId: 'cpa', firstName: 'Claire', lastName: 'Arsenault', email: 'claire@example.org' };
    const org = { code: 'SAF1', name: 'Société Acadienne de Formation' };
    expect(passwordViolationsFor('Arsenault1990!', account, org).map((v) => v.code)).toEqual(['PASSWORD_GUESSABLE']);
    expect(passwordViolationsFor('Arsenault1990!', { ...account, firstName: 'Ann', lastName: 'Lee' }, org)).toEqual([]);
  });

  test('the rule decides on what was measured: common first, then a score below 3', () => {
    const pw = 'whatever was measured';
    expect(passwordViolations(pw, 'jsmith', { common: true, score: 4 }).map((v) => v.code)).toEqual([
      'PASSWORD_COMMON',
    ]);
    expect(passwordViolations(pw, 'jsmith', { common: false, score: 2 }).map((v) => v.code)).toEqual([
      'PASSWORD_GUESSABLE',
    ]);
    expect(passwordViolations(pw, 'jsmith', { common: false, score: 3 })).toEqual([]);
  });

  test('more than 200 characters could not be typed at sign-in and is refused', () => {
    expect(codes('harbour '.repeat(26))).toEqual(['PASSWORD_TOO_LONG']);
  });

  test('every problem is listed at once', () => {
    expect(codes('admin', 'admin')).toEqual(['PASSWORD_TOO_SHORT', 'PASSWORD_IS_USER_ID']);
  });

  test('the demo users’ password meets the rules', () => {
    expect(demoPasswordViolations()).toEqual([]);
  });
});
