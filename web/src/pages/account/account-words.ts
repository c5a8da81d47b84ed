// The account pages' words (changing one's password, a forgotten password, confirming an access request), in English
// and French.
import { defineWords } from '../../i18n/words.ts';

export const WORDS = defineWords({
  en: {
    changeTitle: 'Change your password',
    changeIntro: 'Type your current password, then the new one twice. Your other sessions will be signed out.',
    changeForm: 'Password change',
    currentPassword: 'Current password',
    newPassword: 'New password',
    newPasswordHint:
      'At least {min} characters, not your user ID and not a common password. A few unrelated words make a good one.',
    newPasswordConfirmation: 'New password again',
    change: 'Change the password',
    changed: 'Your password is changed. Your other sessions were signed out; this one stays open.',
    forgotTitle: 'Forgot your password?',
    forgotIntro:
      'Enter the email address of your LaMPSS account. If an account uses it, we email a link to choose a new ' +
      'password.',
    forgotForm: 'Password reset request',
    email: 'Email',
    send: 'Email me a link',
    sentTitle: 'Check your email',
    backToSignIn: 'Back to sign in',
    resetTitle: 'Choose a new password',
    resetIntro: 'This link sets a new password for this account:',
    organisation: 'Organisation',
    organisationCode: 'Organisation ID',
    userId: 'User ID',
    validUntil: 'Link valid until',
    resetForm: 'Password reset',
    reset: 'Set the new password',
    resetDone: 'Your password is changed.',
    resetDoneTitle: 'Password changed',
    resetDoneText:
      'Sign in with the organisation ID {code}, the user ID {loginId} and your new password. Every session of ' +
      'this account was signed out.',
    resetUnusable: 'This link cannot be used',
    askAgain: 'Ask for a new link',
    signIn: 'Sign in',
    confirmTitle: 'Confirming your access request',
    confirmedTitle: 'Access request received',
    confirmedText:
      'Thank you: your email address is confirmed and LaMPSS Operations Support received the request (number ' +
      '{id}). They will review it and answer by email.',
    decidedText: 'This request (number {id}) was already decided; the answer was sent to you by email.',
    confirmUnusable: 'This confirmation link cannot be used',
    requestAgain: 'Request access again',
  },
  fr: {
    changeTitle: 'Changer votre mot de passe',
    changeIntro: 'Tapez votre mot de passe actuel, puis deux fois le nouveau. Vos autres sessions seront fermées.',
    changeForm: 'Changement de mot de passe',
    currentPassword: 'Mot de passe actuel',
    newPassword: 'Nouveau mot de passe',
    newPasswordHint:
      'Au moins {min} caractères, ni votre code d’utilisateur ni un mot de passe courant. Quelques mots sans ' +
      'rapport entre eux en font un bon.',
    newPasswordConfirmation: 'Nouveau mot de passe, de nouveau',
    change: 'Changer le mot de passe',
    changed: 'Votre mot de passe est changé. Vos autres sessions ont été fermées; celle-ci reste ouverte.',
    forgotTitle: 'Mot de passe oublié?',
    forgotIntro:
      'Entrez l’adresse de courriel de votre compte du LaMPSS. Si un compte l’utilise, nous lui envoyons un lien ' +
      'pour choisir un nouveau mot de passe.',
    forgotForm: 'Demande de réinitialisation du mot de passe',
    email: 'Courriel',
    send: 'M’envoyer un lien',
    sentTitle: 'Consultez vos courriels',
    backToSignIn: 'Retour à la connexion',
    resetTitle: 'Choisir un nouveau mot de passe',
    resetIntro: 'Ce lien permet de choisir un nouveau mot de passe pour ce compte :',
    organisation: 'Organisme',
    organisationCode: 'Code de l’organisme',
    userId: 'Code d’utilisateur',
    validUntil: 'Lien valide jusqu’au',
    resetForm: 'Réinitialisation du mot de passe',
    reset: 'Enregistrer le nouveau mot de passe',
    resetDone: 'Votre mot de passe est changé.',
    resetDoneTitle: 'Mot de passe changé',
    resetDoneText:
      'Connectez-vous avec le code de l’organisme {code}, le code d’utilisateur {loginId} et votre nouveau mot ' +
      'de passe. Toutes les sessions de ce compte ont été fermées.',
    resetUnusable: 'Ce lien ne peut pas être utilisé',
    askAgain: 'Demander un nouveau lien',
    signIn: 'Se connecter',
    confirmTitle: 'Confirmation de votre demande d’accès',
    confirmedTitle: 'Demande d’accès reçue',
    confirmedText:
      'Merci : votre adresse de courriel est confirmée et le Soutien aux opérations du LaMPSS a reçu la demande ' +
      '(numéro {id}). Il l’examinera et vous répondra par courriel.',
    decidedText: 'Cette demande (numéro {id}) a déjà été tranchée; la réponse vous a été envoyée par courriel.',
    confirmUnusable: 'Ce lien de confirmation ne peut pas être utilisé',
    requestAgain: 'Demander l’accès de nouveau',
  },
});
