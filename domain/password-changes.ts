// Changing a password (R-UI-07): signed in, with the current password and the new one typed twice; or, forgotten, with
// a link emailed to the account's address that works once within the hour. The new password meets the rules of
// passwords.ts either way. These rules have no ID in the spec beyond R-UI-07 and SR-01.
import { passwordViolations, type PasswordStrength } from './passwords.ts';
import { violation, type Violation } from './refusals.ts';
import { THROTTLES, throttleViolations, type Hits } from './throttles.ts';

/** How long a forgotten-password link works. */
export const RESET_LINK_MINUTES = 60;

export const resetLinkExpiresAt = (sentAt: Date): Date => new Date(sentAt.getTime() + RESET_LINK_MINUTES * 60_000);

/** SR-01: the new password, typed twice, meets the password rules (its violations name the `newPassword` field). */
export function validateNewPassword(
  input: { newPassword: string; newPasswordConfirmation: string },
  loginId: string,
  strength: PasswordStrength,
): Violation[] {
  if (input.newPassword !== input.newPasswordConfirmation)
    return [
      violation(
        'R-UI-07',
        'PASSWORD_MISMATCH',
        {
          en: 'The two new passwords differ. Type the same new password twice.',
          fr: 'Les deux nouveaux mots de passe diffèrent. Tapez deux fois le même nouveau mot de passe.',
        },
        { field: 'newPasswordConfirmation', kind: 'invalid' },
      ),
    ];
  return passwordViolations(input.newPassword, loginId, strength).map((v) => ({ ...v, field: 'newPassword' }));
}

/** R-UI-07: a change of password proves the current one; wrong tries are counted per account (SR-10). */
export const validateCurrentPassword = (correct: boolean): Violation[] =>
  correct
    ? []
    : [
        violation(
          'R-UI-07',
          'CURRENT_PASSWORD_WRONG',
          {
            en:
              `Your current password is not correct. Type it again; after ${THROTTLES.passwordChange.limit} wrong ` +
              `tries, wait ${THROTTLES.passwordChange.windowMinutes} minutes. Forgot it? Sign out and ask for a ` +
              'reset link.',
            fr:
              `Votre mot de passe actuel n'est pas le bon. Tapez-le ` +
              `de nouveau; après ${THROTTLES.passwordChange.limit} ` +
              `essais erronés, attendez ${THROTTLES.passwordChange.windowMinutes} minutes. Vous l'avez oublié? ` +
              'Fermez la session et demandez un lien de réinitialisation.',
          },
          { field: 'currentPassword' },
        ),
      ];

/** SR-10: tries at a change of password, per account; the right password clears the count. */
export const validatePasswordChangeTries = (hits: Hits): Violation[] =>
  throttleViolations(hits, THROTTLES.passwordChange, 'TOO_MANY_ATTEMPTS', (until) => ({
    en: `Too many wrong current passwords. Try again after ${until}.`,
    fr: `Trop de mots de passe actuels erronés. Réessayez après ${until}.`,
  }));

/** SR-10: tries at the forgotten-password form from one network address. */
export const validateResetRequestsFromAddress = (hits: Hits, limit: number): Violation[] =>
  throttleViolations(hits, { limit, windowMinutes: 1 }, 'TOO_MANY_ATTEMPTS', () => ({
    en: 'Too many requests from this address. Wait a minute and try again.',
    fr: 'Trop de demandes à partir de cette adresse. Attendez une minute et réessayez.',
  }));

export type ResetLink = { expiresAt: Date; endedAt?: Date | null; endReason?: string | null } | null;

/** R-UI-07: a forgotten-password link works once, within its hour, and only while it is the account's newest. */
export function validateResetLink(link: ResetLink, now: Date): Violation[] {
  if (!link)
    return [
      violation(
        'R-UI-07',
        'RESET_LINK_INVALID',
        {
          en: 'This password reset link is not valid. Copy the whole link from the email, or ask for a new one.',
          fr:
            "Ce lien de réinitialisation du mot de passe n'est pas valide. Copiez le lien entier à partir du " +
            'courriel, ou demandez-en un nouveau.',
        },
        { kind: 'not-found' },
      ),
    ];
  if (link.endedAt)
    return [
      violation(
        'R-UI-07',
        'RESET_LINK_USED',
        link.endReason === 'REPLACED'
          ? {
              en: 'A newer password reset link was sent since this one. Use the link of the latest email.',
              fr: 'Un lien de réinitialisation plus récent a été envoyé depuis. Utilisez le lien du dernier courriel.',
            }
          : {
              en: 'This password reset link was already used. If you need to, ask for a new one.',
              fr: 'Ce lien de réinitialisation a déjà servi. Au besoin, demandez-en un nouveau.',
            },
        { kind: 'gone' },
      ),
    ];
  if (link.expiresAt.getTime() <= now.getTime())
    return [
      violation(
        'R-UI-07',
        'RESET_LINK_EXPIRED',
        {
          en: `This password reset link expired ${RESET_LINK_MINUTES} minutes after it was sent. Ask for a new one.`,
          fr:
            `Ce lien de réinitialisation a expiré ${RESET_LINK_MINUTES} ` +
            `minutes après son envoi. Demandez-en un nouveau.`,
        },
        { kind: 'gone' },
      ),
    ];
  return [];
}

/** The answer to every forgotten-password request, whether or not an account uses the address (no enumeration). */
export const RESET_REQUESTED = {
  en:
    'If a LaMPSS account uses this email address, an email with a link to choose a new password is on its way. ' +
    `The link works once, within ${RESET_LINK_MINUTES} minutes. Nothing came? Check the address and your spam folder.`,
  fr:
    'Si un compte du LaMPSS utilise cette adresse de courriel, un courriel avec un lien pour choisir un nouveau mot ' +
    `de passe est en route. Le lien fonctionne une fois, d'ici ${RESET_LINK_MINUTES} minutes. Rien reçu? Vérifiez ` +
    "l'adresse et votre dossier de courrier indésirable.",
};
