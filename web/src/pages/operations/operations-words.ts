// The Operations page's words, in English and French.
import { defineWords } from '../../i18n/words.ts';

export const WORDS = defineWords({
  en: {
    title: 'Stuck steps',
    subtitle:
      'Emails, calls to the funding system and writes to the database that kept failing. Each one retries by itself ' +
      'at the time shown; Retry tries it now.',
    waiting: 'Waiting for a retry',
    nothingWaiting: 'No step is waiting: every email and every call to the funding system went through.',
    resolved: 'Resolved',
    noneResolved: 'No step has been resolved yet.',
    step: 'Step',
    case: 'Case',
    caseNumber: 'Case {id}',
    caseAndOrganisation: 'Case and organisation',
    organisation: 'Organisation',
    error: 'Error',
    attempts: 'Attempts',
    firstFailure: 'First failure',
    failures: 'Failures',
    first: 'First: {at}',
    last: 'Last: {at}',
    nextRetry: 'Next automatic retry',
    noAutomaticRetry: 'None: waits for an operator',
    status: 'Status',
    stuck: 'Stuck',
    retrying: 'Retrying…',
    retry: 'Retry',
    retried: 'Retry started: {step}. The list shows the result in a moment.',
    retries: 'Retries by an operator',
    lastRetriedBy: 'Last retried by',
    resolvedAt: 'Went through on',
    temporal: 'In Temporal',
    openRun: 'Open the run',
    details: 'Details',
    actions: 'Actions',
    select: 'Select',
    selectStep: 'Select: {step} ({id})',
    retrySelected: 'Retry selected ({n})',
    retryAll: 'Retry all of this kind ({n})',
    frozenTitle: 'Cases that cannot move on',
    frozenExplained:
      'The workflow of each case below cannot run its next step: Temporal fails it on every attempt, usually after a change ' +
      "in Pathway's code that does not fit the case's history. Nothing done on the case goes through until " +
      'engineering fixes it; a retry here would not help. Give engineering the case number; the run in Temporal ' +
      'shows the error.',
    frozenUnchecked:
      'Pathway cannot tell which cases cannot move on: Temporal did not answer, or this Temporal server does not ' +
      'report workflows that keep failing. Reload the page; if this stays, tell engineering.',
    noneFrozen: 'Every case of your organisation can run its next step.',
    frozenWorkflow: 'What is frozen',
    caseWorkflow: 'The case itself',
    fundingWorkflow: 'Funding request {id}',
    failingSince: 'Failing since',
    alert: 'Alert',
    submittedAt: 'Submitted',
    lateReferrals: 'Referral emails not sent within 15 minutes',
    noLateReferrals: 'Every referral submitted more than 15 minutes ago has had its email handed over.',
  },
  fr: {
    title: 'Étapes bloquées',
    subtitle:
      'Courriels, appels au système de financement et écritures dans la base de données qui ont échoué à ' +
      "répétition. Chacun est relancé automatiquement à l'heure indiquée; Relancer le tente tout de suite.",
    waiting: 'En attente d’une nouvelle tentative',
    nothingWaiting:
      "Aucune étape n'attend : tous les courriels et tous les appels au système de financement ont abouti.",
    resolved: 'Résolues',
    noneResolved: "Aucune étape n'a encore été résolue.",
    step: 'Étape',
    case: 'Cas',
    caseNumber: 'Cas {id}',
    caseAndOrganisation: 'Cas et organisme',
    organisation: 'Organisme',
    error: 'Erreur',
    attempts: 'Tentatives',
    firstFailure: 'Premier échec',
    failures: 'Échecs',
    first: 'Premier : {at}',
    last: 'Dernier : {at}',
    nextRetry: 'Prochaine tentative automatique',
    noAutomaticRetry: 'Aucune : attend un opérateur',
    status: 'État',
    stuck: 'Bloquée',
    retrying: 'Nouvelle tentative en cours…',
    retry: 'Relancer',
    retried: 'Nouvelle tentative lancée : {step}. La liste en montrera le résultat dans un moment.',
    retries: 'Relances par un opérateur',
    lastRetriedBy: 'Dernière relance par',
    resolvedAt: 'Aboutie le',
    temporal: 'Dans Temporal',
    openRun: 'Ouvrir le déroulement',
    details: 'Détails',
    actions: 'Actions',
    select: 'Choisir',
    selectStep: 'Choisir : {step} ({id})',
    retrySelected: 'Relancer la sélection ({n})',
    retryAll: 'Relancer toutes celles de ce genre ({n})',
    frozenTitle: 'Cas qui ne peuvent plus avancer',
    frozenExplained:
      "Le flux de travail de chaque cas ci-dessous ne peut pas exécuter sa prochaine étape : Temporal l'échoue à chaque " +
      "tentative, d'ordinaire après un changement du code de Pathway qui ne concorde pas avec l'historique du cas. " +
      "Rien de ce qui est fait dans le cas n'aboutit tant que l'équipe technique ne l'a pas corrigé; une relance " +
      "ici n'y changerait rien. Donnez le numéro du cas à l'équipe technique; le déroulement du cas dans Temporal montre " +
      "l'erreur.",
    frozenUnchecked:
      'Pathway ne peut pas dire quels cas ne peuvent plus avancer : Temporal n’a pas répondu, ou ce serveur ' +
      'Temporal ne signale pas les flux de travail qui échouent à répétition. Rechargez la page; si cela persiste, ' +
      "avisez l'équipe technique.",
    noneFrozen: 'Chaque cas de votre organisme peut exécuter sa prochaine étape.',
    frozenWorkflow: 'Ce qui est bloqué',
    caseWorkflow: 'Le cas lui-même',
    fundingWorkflow: 'Demande de financement {id}',
    failingSince: 'En échec depuis',
    alert: 'Alerte',
    submittedAt: 'Envoyé le',
    lateReferrals: "Courriels d'aiguillage non envoyés dans les 15 minutes",
    noLateReferrals: 'Tout aiguillage envoyé il y a plus de 15 minutes a vu son courriel remis.',
  },
});
