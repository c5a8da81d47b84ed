// The dev mailbox's words, in English and French.
import { defineWords } from '../../i18n/words.ts';

export const WORDS = defineWords({
  en: {
    title: 'Mailbox',
    subtitle: 'The emails Pathway sent, as the test mail server received them, newest first.',
    notAvailable:
      'The mailbox is not available here: it exists only where Pathway runs with its own test mail server, for ' +
      'those allowed to read it.',
    search: 'Find an email',
    searchHint: 'Words of the subject or of the recipient.',
    count: '{shown} of {total} emails',
    none: 'No email has been received yet.',
    noMatch: 'No email matches.',
    to: 'To',
    date: 'Received',
    attachments: 'Attachments: {files}',
  },
  fr: {
    title: 'Boîte aux lettres',
    subtitle:
      'Les courriels envoyés par Pathway, tels que le serveur de courriel de test les a reçus, du plus récent au ' +
      'plus ancien.',
    notAvailable:
      "La boîte aux lettres n'est pas offerte ici : elle n'existe que là où Pathway fonctionne avec son propre " +
      'serveur de courriel de test, pour les personnes autorisées à la lire.',
    search: 'Trouver un courriel',
    searchHint: "Des mots de l'objet ou du destinataire.",
    count: '{shown} courriels sur {total}',
    none: "Aucun courriel n'a encore été reçu.",
    noMatch: 'Aucun courriel ne correspond.',
    to: 'À',
    date: 'Reçu le',
    attachments: 'Pièces jointes : {files}',
  },
});
