// The public access pages' words (accepting an invitation, requesting access for an organisation), in English and
// French.
import { defineWords } from '../../i18n/words.ts';

export const WORDS = defineWords({
  en: {
    invitationTitle: 'Join {organisation} on Pathway',
    invitationUnusable: 'This invitation cannot be used',
    invitationIntro: '{inviter} invited you to use LaMPSS for {organisation}. The invitation is valid until {date}.',
    invitationHow:
      'Choose the user ID and password you will sign in with. You will also need the organisation ID: {code}.',
    acceptForm: 'Your sign-in account',
    loginId: 'User ID',
    loginIdHint: 'Letters, digits, dots, dashes or underscores; you type it each time you sign in.',
    password: 'Password',
    accountEmail: 'Email of your sign-in account (optional)',
    accountEmailHint: 'Only if it differs from the address the invitation was sent to.',
    accept: 'Accept the invitation',
    accepted: 'Your account is ready.',
    acceptedTitle: 'Welcome to {organisation}',
    acceptedText: 'Sign in with the organisation ID {code} and the user ID {loginId}.',
    profilesGiven: 'Your security profiles:',
    profilesSkipped: 'Not given, because the organisation is not set up for them:',
    goSignIn: 'Go to sign in',
    askAdministrator: 'Ask your organisation’s LaMPSS administrator for a new invitation.',
    requestTitle: 'Request LaMPSS access for an organisation',
    requestIntro:
      'For an organisation that does not use LaMPSS yet. If your organisation already does, ask its LaMPSS ' +
      'administrator to add you instead.',
    requestForm: 'Access request',
    aboutYou: 'About you',
    lastName: 'Last name',
    firstName: 'First name',
    email: 'Email',
    phone: 'Phone',
    jobTitle: 'Job title',
    language: 'Language of correspondence',
    aboutOrganisation: 'Your organisation',
    organisationName: 'Organisation name',
    organisationType: 'Organisation type',
    addressLine1: 'Street address',
    city: 'City',
    province: 'Province',
    postalCode: 'Postal code',
    organisationPhone: 'Organisation phone',
    family: 'Program',
    submit: 'Send the request',
    submitted: 'Check your email to send the request.',
    submittedTitle: 'Check your email',
    submittedText:
      'We sent a link to {email}. Open it within 24 hours to send the request for {organisation}: LaMPSS Operations ' +
      'Support then reviews it and answers by email.',
    signIn: 'Already have an account? Sign in',
  },
  fr: {
    invitationTitle: 'Rejoindre {organisation} dans Pathway',
    invitationUnusable: 'Cette invitation ne peut pas être utilisée',
    invitationIntro:
      '{inviter} vous invite à utiliser le LaMPSS pour {organisation}. L’invitation est valide jusqu’au {date}.',
    invitationHow:
      'Choisissez l’identifiant et le mot de passe avec lesquels vous vous connecterez. Il vous faudra aussi ' +
      'l’identifiant de l’organisme : {code}.',
    acceptForm: 'Votre compte de connexion',
    loginId: 'Identifiant',
    loginIdHint:
      'Lettres, chiffres, points, traits d’union ou traits de soulignement; vous le saisirez à chaque connexion.',
    password: 'Mot de passe',
    accountEmail: 'Courriel de votre compte de connexion (facultatif)',
    accountEmailHint: 'Seulement s’il diffère de l’adresse à laquelle l’invitation a été envoyée.',
    accept: 'Accepter l’invitation',
    accepted: 'Votre compte est prêt.',
    acceptedTitle: 'Bienvenue à {organisation}',
    acceptedText: 'Connectez-vous avec l’identifiant d’organisme {code} et l’identifiant {loginId}.',
    profilesGiven: 'Vos profils de sécurité :',
    profilesSkipped: 'Non attribués, car l’organisme n’est pas configuré pour eux :',
    goSignIn: 'Aller à la connexion',
    askAdministrator: 'Demandez une nouvelle invitation à l’administrateur LaMPSS de votre organisme.',
    requestTitle: 'Demander l’accès au LaMPSS pour un organisme',
    requestIntro:
      'Pour un organisme qui n’utilise pas encore le LaMPSS. Si votre organisme l’utilise déjà, demandez plutôt ' +
      'à son administrateur LaMPSS de vous ajouter.',
    requestForm: 'Demande d’accès',
    aboutYou: 'À votre sujet',
    lastName: 'Nom',
    firstName: 'Prénom',
    email: 'Courriel',
    phone: 'Téléphone',
    jobTitle: 'Titre du poste',
    language: 'Langue de correspondance',
    aboutOrganisation: 'Votre organisme',
    organisationName: 'Nom de l’organisme',
    organisationType: 'Type d’organisme',
    addressLine1: 'Adresse municipale',
    city: 'Ville',
    province: 'Province',
    postalCode: 'Code postal',
    organisationPhone: 'Téléphone de l’organisme',
    family: 'Programme',
    submit: 'Envoyer la demande',
    submitted: 'Consultez vos courriels pour envoyer la demande.',
    submittedTitle: 'Consultez vos courriels',
    submittedText:
      'Nous avons envoyé un lien à {email}. Ouvrez-le d’ici 24 heures pour envoyer la demande pour {organisation} : ' +
      'le Soutien aux opérations du LaMPSS l’examinera ensuite et répondra par courriel.',
    signIn: 'Vous avez déjà un compte? Connectez-vous',
  },
});
