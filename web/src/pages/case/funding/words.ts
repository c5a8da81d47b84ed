// The funding section's words. Plain data with a type-only import, so the UI tests can read them too.
import type { Words } from '../../../i18n/words.ts';

const en = {
  title: 'Funding requests',
  intro: 'The action plan interventions that need funding, and their applications to Employment Nova Scotia (ENS).',
  noFunded: 'No intervention of the action plan is marked as needing funding.',
  planLink: 'Open the action plan',
  dates: '{start} to {end}',
  apply: 'Apply for funding',
  applyLabel: 'Apply for funding for {intervention}',
  chooserTitle: 'Programs that fund this intervention',
  chooserIntro: 'Review the programs below and, if your client is eligible, start an application with Apply now.',
  alternatives: 'Alternative programs with different funding sources',
  department: 'Department/Area',
  typeOfFunding: 'Type of funding',
  website: 'Program website',
  opensNewTab: '(opens in a new tab)',
  applyNow: 'Apply now',
  applyNowLabel: 'Apply now to {program}',
  noProgram: 'No funding program available for this type of intervention.',
  started: 'Application started: complete its checklist and statement.',
  application: 'Application to {program}',
  edit: 'Edit the application',
  view: 'View the application',
  agreement: 'Agreement {id}',
  earlier: 'Earlier applications',
  close: 'Close',
};

export const fundingSectionWords: Words<keyof typeof en> = {
  en,
  fr: {
    title: 'Demandes de financement',
    intro:
      "Les interventions du plan d'action qui ont besoin de " +
      'financement, et leurs demandes à Emploi Nouvelle-Écosse (ENE).',
    noFunded: "Aucune intervention du plan d'action n'est indiquée comme ayant besoin de financement.",
    planLink: "Ouvrir le plan d'action",
    dates: 'du {start} au {end}',
    apply: 'Demander du financement',
    applyLabel: 'Demander du financement pour {intervention}',
    chooserTitle: 'Programmes qui financent cette intervention',
    chooserIntro:
      'Examinez les programmes ci-dessous et, si votre client est ' +
      'admissible, commencez une demande avec Faire une demande.',
    alternatives: "Autres programmes offerts par d'autres sources de financement",
    department: 'Ministère/Secteur',
    typeOfFunding: 'Type de financement',
    website: 'Site Web du programme',
    opensNewTab: "(s'ouvre dans un nouvel onglet)",
    applyNow: 'Faire une demande',
    applyNowLabel: 'Faire une demande au programme {program}',
    noProgram: "Aucun programme de financement n'est offert pour ce type d'intervention.",
    started: 'Demande commencée : remplissez sa liste de vérification et sa déclaration.',
    application: 'Demande au programme {program}',
    edit: 'Modifier la demande',
    view: 'Voir la demande',
    agreement: 'Entente {id}',
    earlier: 'Demandes antérieures',
    close: 'Fermer',
  },
};
