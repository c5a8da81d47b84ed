// The Operations Support page's words (R-SEC-18), in English and French.
import { defineWords } from '../../i18n/words.ts';

export const WORDS = defineWords({
  en: {
    title: 'Support an organisation',
    subtitle:
      "Work in another organisation's data only to support it. Every page shows whom you act as, and each session " +
      'is recorded: who, which organisation, why, when it started and ended.',
    startTitle: 'Act as an organisation',
    startForm: 'Act as an organisation',
    organisation: 'Organisation',
    reason: 'Reason for support',
    reasonHint: 'For example the ticket number and what the organisation asked for.',
    start: 'Start acting as this organisation',
    started: 'You are now acting as the organisation.',
    historyTitle: 'Support sessions',
    none: 'No support session yet.',
    who: 'Who',
    started_at: 'Started',
    ended_at: 'Ended',
    how: 'How it ended',
    open: 'Still open',
  },
  fr: {
    title: 'Soutenir un organisme',
    subtitle:
      "Travaillez dans les données d'un autre organisme seulement pour le soutenir. Chaque page indique pour qui vous " +
      'agissez, et chaque session est consignée : qui, quel organisme, pourquoi, quand elle a commencé et pris fin.',
    startTitle: 'Agir comme un organisme',
    startForm: 'Agir comme un organisme',
    organisation: 'Organisme',
    reason: 'Raison du soutien',
    reasonHint: 'Par exemple le numéro du billet et ce que l’organisme a demandé.',
    start: 'Commencer à agir comme cet organisme',
    started: 'Vous agissez maintenant comme l’organisme.',
    historyTitle: 'Sessions de soutien',
    none: 'Aucune session de soutien pour l’instant.',
    who: 'Qui',
    started_at: 'Début',
    ended_at: 'Fin',
    how: 'Comment elle a pris fin',
    open: 'Toujours ouverte',
  },
});
