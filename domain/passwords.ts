// Password rules (SR-01) for any password a user is given or chooses (demo data, an accepted invitation, a
// change of password): long enough, not holding the user's own ID, not one of the passwords every guessing
// list tries first. Length beats composition rules (NIST SP 800-63B), so there are none of those.
import { violation, type Violation } from './refusals.ts';

export const MIN_PASSWORD_LENGTH = 12;
/** The sign-in form accepts at most this many characters; a longer password could never be typed in. */
export const MAX_PASSWORD_LENGTH = 200;

/** The most common passwords of at least 12 characters in published breach lists, and this service's own words. */
const COMMON_PASSWORDS = new Set([
  '123456789012',
  '1234567890123',
  '12345678910',
  '1q2w3e4r5t6y',
  '1qaz2wsx3edc',
  'qwertyuiop12',
  'qwertyuiopasdfghjkl',
  'qwerty123456',
  'q1w2e3r4t5y6',
  'asdfghjkl123',
  'zxcvbnm12345',
  'password1234',
  'password12345',
  'password123456',
  'passw0rd1234',
  'p@ssw0rd1234',
  'passwordpassword',
  'iloveyou1234',
  'letmein12345',
  'welcome12345',
  'welcome123456',
  'changeme1234',
  'administrator',
  'admin1234567',
  'abc123456789',
  'abcdefghijkl',
  'aaaaaaaaaaaa',
  '111111111111',
  '000000000000',
  'trustno1trustno1',
  'football1234',
  'baseball1234',
  'sunshine1234',
  'princess1234',
  'monkey123456',
  'dragon123456',
  'superman1234',
  'starwars1234',
  'michael12345',
  'jennifer1234',
  'novascotia123',
  'novascotia2026',
  'halifax12345',
  'pathway12345',
  'pathway2026!',
  'pathwaypathway',
]);

/** SR-01: what is wrong with `password` for the user `loginId`; empty when it may be used. */
export function passwordViolations(password: string, loginId: string): Violation[] {
  const v: Violation[] = [];
  const lower = password.trim().toLowerCase();
  const login = loginId.trim().toLowerCase();
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    v.push(
      violation(
        'SR-01',
        'PASSWORD_TOO_SHORT',
        {
          en: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
          fr: `Choisissez un mot de passe d'au moins ${MIN_PASSWORD_LENGTH} caractères.`,
        },
        {
          field: 'password',
        },
      ),
    );
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    v.push(
      violation(
        'SR-01',
        'PASSWORD_TOO_LONG',
        {
          en: `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`,
          fr: `Choisissez un mot de passe d'au plus ${MAX_PASSWORD_LENGTH} caractères.`,
        },
        {
          field: 'password',
        },
      ),
    );
  }
  if (login && lower === login) {
    v.push(
      violation(
        'SR-01',
        'PASSWORD_IS_USER_ID',
        {
          en: 'Your password cannot be your user ID.',
          fr: "Votre mot de passe ne peut pas être votre identifiant d'utilisateur.",
        },
        { field: 'password' },
      ),
    );
  } else if (login.length >= 3 && lower.includes(login)) {
    v.push(
      violation(
        'SR-01',
        'PASSWORD_HAS_USER_ID',
        {
          en: 'Your password cannot contain your user ID.',
          fr: "Votre mot de passe ne peut pas contenir votre identifiant d'utilisateur.",
        },
        { field: 'password' },
      ),
    );
  }
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1*$/u.test(password)) {
    v.push(
      violation(
        'SR-01',
        'PASSWORD_COMMON',
        {
          en: 'This password is one of the first that attackers try; choose another (a few unrelated words make a good one).',
          fr: "Ce mot de passe est parmi les premiers qu'essaient les attaquants; choisissez-en un autre (quelques mots sans lien entre eux en font un bon).",
        },
        { field: 'password' },
      ),
    );
  }
  return v;
}
