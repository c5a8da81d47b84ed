// The access history page's words, in English and French.
import { defineWords } from '../../i18n/words.ts';

export const WORDS = defineWords({
  en: {
    title: 'Access history',
    subtitle: 'Every change to the contacts and LaMPSS access of {organisation}, newest first.',
    organisation: 'Organisation',
    contacts: 'Contacts',
    count: '{n} changes',
    none: 'No change recorded yet.',
    when: 'When',
    who: 'Changed by',
    what: 'Change',
    whom: 'Concerning',
    details: 'Details',
    system: 'Pathway (automatic)',
    profile: 'Profile: {name}',
    replacedByResend: 'Replaced by the invitation sent again',
    userId: 'User ID: {id}',
    supportReason: 'Reason: {reason}',
  },
  fr: {
    title: 'Historique des accès',
    subtitle:
      'Toutes les modifications des personnes-ressources et des accès au LaMPSS de {organisation}, les plus ' +
      'récentes en premier.',
    organisation: 'Organisme',
    contacts: 'Personnes-ressources',
    count: '{n} modifications',
    none: 'Aucune modification enregistrée pour l’instant.',
    when: 'Date',
    who: 'Modifié par',
    what: 'Modification',
    whom: 'Concerne',
    details: 'Détails',
    system: 'Pathway (automatique)',
    profile: 'Profil : {name}',
    replacedByResend: 'Remplacée par l’invitation envoyée de nouveau',
    userId: 'Identifiant : {id}',
    supportReason: 'Raison : {reason}',
  },
});
