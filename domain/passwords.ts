// Password rules (SR-01) for any password a user is given or chooses (demo data, an accepted invitation, a change or a
// reset of password): long enough, not holding the user's own ID, not a common password and not easily guessed. Length
// and guessability beat composition rules (NIST SP 800-63B), so there are none of those. How guessable a password is
// comes measured from infra/password-strength.ts (zxcvbn and its breached-password lists): the rules decide on it here.
import { violation, type Bilingual, type Violation } from './refusals.ts';

export const MIN_PASSWORD_LENGTH = 12;
/** The sign-in form accepts at most this many characters; a longer password could never be typed in. */
export const MAX_PASSWORD_LENGTH = 200;
/** zxcvbn's score (0-4) a password needs: 3 is "safely unguessable" online, about 10^8 guesses or more. */
export const MIN_PASSWORD_SCORE = 3;

/** This service's own words, counted as common passwords and as guessable parts of one. */
export const SERVICE_WORDS = ['pathway', 'lampss', 'novascotia', 'nova scotia', 'halifax'];

/** What infra/password-strength.ts measured of a password. */
export interface PasswordStrength {
  /** In the common-password list as is, or once the digits and symbols around a common word are taken off. */
  common: boolean;
  /** zxcvbn's score, 0 (guessed at once) to 4. */
  score: number;
}

/** An SR-01 violation of the `password` field. */
const refused = (code: string, message: Bilingual) => violation('SR-01', code, message, { field: 'password' });

/** SR-01: what is wrong with `password` for the user `loginId`; empty when it may be used. */
export function passwordViolations(password: string, loginId: string, strength: PasswordStrength): Violation[] {
  const v: Violation[] = [];
  const lower = password.trim().toLowerCase();
  const login = loginId.trim().toLowerCase();
  if ([...password].length < MIN_PASSWORD_LENGTH)
    v.push(
      refused('PASSWORD_TOO_SHORT', {
        en: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.`,
        fr: `Choisissez un mot de passe d'au moins ${MIN_PASSWORD_LENGTH} caractères.`,
      }),
    );
  if (password.length > MAX_PASSWORD_LENGTH)
    v.push(
      refused('PASSWORD_TOO_LONG', {
        en: `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`,
        fr: `Choisissez un mot de passe d'au plus ${MAX_PASSWORD_LENGTH} caractères.`,
      }),
    );
  if (login && lower === login)
    v.push(
      refused('PASSWORD_IS_USER_ID', {
        en: 'Your password cannot be your user ID.',
        fr: "Votre mot de passe ne peut pas être votre code d'utilisateur.",
      }),
    );
  else if (login.length >= 3 && lower.includes(login))
    v.push(
      refused('PASSWORD_HAS_USER_ID', {
        en: 'Your password cannot contain your user ID.',
        fr: "Votre mot de passe ne peut pas contenir votre code d'utilisateur.",
      }),
    );
  // One message at a time: a password too short or holding the user ID is fixed first, and is guessable anyway.
  if (v.length) return v;
  if (strength.common)
    return [
      refused('PASSWORD_COMMON', {
        en:
          'This password is in the lists of common passwords that attackers try first (digits or symbols added ' +
          'to a common word do not change that). Choose another: a few unrelated words make a good one.',
        fr:
          "Ce mot de passe figure dans les listes de mots de passe courants que les attaquants essaient d'abord " +
          "(des chiffres ou des symboles ajoutés à un mot courant n'y changent rien). Choisissez-en un autre : " +
          'quelques mots sans rapport entre eux en font un bon.',
      }),
    ];
  if (strength.score < MIN_PASSWORD_SCORE)
    return [
      refused('PASSWORD_GUESSABLE', {
        en:
          'This password would be guessed quickly: it is made of common words, names, dates, sequences or ' +
          'keyboard patterns. Make it longer and less predictable, for example four unrelated words.',
        fr:
          'Ce mot de passe serait vite deviné : il est fait de mots courants, de noms, de dates, de suites ou de ' +
          'motifs du clavier. Allongez-le et rendez-le moins prévisible, par exemple avec quatre mots sans ' +
          'rapport entre eux.',
      }),
    ];
  return [];
}
