// The case life cycle as the seeds define it: statuses, reasons, stage tasks and their outcomes.
// Labels are bilingual because the source system is (EN/FR).

export type Lang = 'en' | 'fr';
export type Label = Record<Lang, string>;

export const CASE_STATUSES = ['INTAKE', 'ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT', 'FOLLOW_UP', 'CLOSED'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** R-HIST-08: the status order; labels as the seeds' status table shows them. */
export const STATUS_LABELS: Record<CaseStatus, Label> = {
  INTAKE: { en: 'Intake', fr: 'Accueil' },
  ASSESSMENT: { en: 'Assessment', fr: 'Évaluation' },
  RTWAP_DEV: { en: 'RTWAP Dev', fr: 'Préparation du PARAT' },
  RTWAP_MGMT: { en: 'RTWAP Mgmt', fr: 'Gestion du PARAT' },
  FOLLOW_UP: { en: 'Follow-up', fr: 'Suivi' },
  CLOSED: { en: 'Closed', fr: 'Fermé' },
};

/** Every reason a status row can carry (R-HIST-04): system transitions, stage-task results, manual reasons. */
export const REASON_LABELS = {
  NEW_CASE_CREATED: { en: 'New Case Created', fr: 'Nouveau cas créé' },
  INTAKE_PROCESS_COMPLETE: { en: 'Intake Process Complete', fr: "Processus d'accueil terminé" },
  ASSESSMENT_COMPLETED: { en: 'Assessment completed', fr: 'Évaluation terminée' },
  DEVELOPED_AND_SIGNED: { en: 'Developed & Signed', fr: 'Élaboré et signé' },
  ACTION_PLAN_COMPLETE: { en: 'Action Plan Complete', fr: "Plan d'action terminé" },
  FOLLOW_UP_COMPLETE: { en: 'Follow-up complete', fr: 'Suivi terminé' },
  SELF_SERVE_ONLY: { en: 'Self-Serve Only', fr: 'Libre-service seulement' },
  GROUP_SERVICES_ONLY: { en: 'Group Services Only', fr: 'Services de groupe seulement' },
  REFERRED: { en: 'Referred', fr: 'Aiguillé' },
  ACTION_PLAN_NOT_VIABLE: { en: 'Action Plan Development Not Viable', fr: "Préparation d'un plan d'action non viable" },
  CLIENT_NOT_COMMITTED: { en: 'Client Not Committed', fr: 'Client non engagé' },
  MOVED_OUT_OF_PROVINCE: { en: 'Moved out of province', fr: 'A quitté la province' },
  DID_NOT_FOLLOW_THROUGH: {
    en: 'Did not follow through (non-participation)',
    fr: "N'a pas donné suite (non-participation)",
  },
  ABANDONED: { en: 'Abandoned', fr: 'Abandonné' },
  FOUND_EMPLOYMENT: { en: 'Found Employment', fr: 'A trouvé un emploi' },
  STARTED_BUSINESS: { en: 'Started a business', fr: 'A démarré une entreprise' },
  LEFT_LABOUR_FORCE: { en: 'Left labour force', fr: 'A quitté la population active' },
  FOLLOW_UPS_NOT_ACHIEVABLE: { en: 'Follow-ups not achievable', fr: 'Suivis non réalisables' },
  NEW_CASE_REQUIRED: { en: 'New case required', fr: 'Nouveau cas requis' },
} as const satisfies Record<string, Label>;
export type StatusReason = keyof typeof REASON_LABELS;

/** R-CASE-23 / R-CLOSE-03: reasons allowed on the Case Status screen, per current status. */
export const MANUAL_CLOSURE_REASONS: Record<CaseStatus, readonly StatusReason[]> = {
  INTAKE: ['ABANDONED', 'FOUND_EMPLOYMENT', 'STARTED_BUSINESS', 'LEFT_LABOUR_FORCE'],
  ASSESSMENT: ['ABANDONED', 'FOUND_EMPLOYMENT', 'STARTED_BUSINESS', 'LEFT_LABOUR_FORCE'],
  RTWAP_DEV: ['ABANDONED', 'FOUND_EMPLOYMENT', 'STARTED_BUSINESS', 'LEFT_LABOUR_FORCE'],
  RTWAP_MGMT: ['ABANDONED', 'FOUND_EMPLOYMENT', 'STARTED_BUSINESS', 'LEFT_LABOUR_FORCE'],
  FOLLOW_UP: ['FOLLOW_UPS_NOT_ACHIEVABLE', 'NEW_CASE_REQUIRED', 'LEFT_LABOUR_FORCE'],
  CLOSED: [],
};

export const TASK_TYPES = [
  'COMPLETE_INTAKE',
  'COMPLETE_ASSESSMENT',
  'DEVELOP_ACTION_PLAN',
  'CLOSE_ACTION_PLAN',
  'WEEK_24_OUTCOME',
  'WEEK_52_OUTCOME',
  'CASE_RECEIVED',
  'REQUEST_DOCUMENTATION',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

export const TASK_LABELS: Record<TaskType, Label> = {
  COMPLETE_INTAKE: { en: 'Complete Intake', fr: "Terminer l'accueil" },
  COMPLETE_ASSESSMENT: { en: 'Complete Assessment', fr: "Terminer l'évaluation" },
  DEVELOP_ACTION_PLAN: { en: 'Develop Action Plan', fr: "Élaborer le plan d'action" },
  CLOSE_ACTION_PLAN: { en: 'Close Action Plan', fr: "Fermer le plan d'action" },
  WEEK_24_OUTCOME: { en: '24 Week Employment Outcome', fr: "Résultat d'emploi après 24 semaines" },
  WEEK_52_OUTCOME: { en: '52 Week Employment Outcome', fr: "Résultat d'emploi après 52 semaines" },
  CASE_RECEIVED: { en: 'Client case received', fr: 'Cas client reçu' },
  REQUEST_DOCUMENTATION: { en: 'Request documentation', fr: 'Demander la documentation' },
};

/** The stage task each status opens, and its due offset in days (R-TASK-06). */
export const STAGE_TASK: Partial<Record<CaseStatus, { type: TaskType; dueInDays: number | null }>> = {
  INTAKE: { type: 'COMPLETE_INTAKE', dueInDays: 7 },
  ASSESSMENT: { type: 'COMPLETE_ASSESSMENT', dueInDays: 14 },
  RTWAP_DEV: { type: 'DEVELOP_ACTION_PLAN', dueInDays: 14 },
  RTWAP_MGMT: { type: 'CLOSE_ACTION_PLAN', dueInDays: null }, // due on the plan's interventions end date
};

export interface TaskOutcomeRule {
  to: CaseStatus;
  reason: StatusReason;
  label: Label;
}

const outcome = (to: CaseStatus, reason: StatusReason, label: Label = REASON_LABELS[reason]): TaskOutcomeRule => ({
  to,
  reason,
  label,
});

/** R-CASE-20 / §5.4 of spec 01, R-PM-10/11 of spec 02: exactly these outcomes per stage task. */
export const TASK_OUTCOMES: Partial<Record<TaskType, Record<string, TaskOutcomeRule>>> = {
  COMPLETE_INTAKE: {
    INTAKE_COMPLETE: outcome('ASSESSMENT', 'INTAKE_PROCESS_COMPLETE', { en: 'Intake Complete', fr: 'Accueil terminé' }),
    SELF_SERVE_ONLY: outcome('CLOSED', 'SELF_SERVE_ONLY'),
    GROUP_SERVICES_ONLY: outcome('CLOSED', 'GROUP_SERVICES_ONLY'),
    REFERRED: outcome('CLOSED', 'REFERRED'),
  },
  COMPLETE_ASSESSMENT: {
    ASSESSMENT_COMPLETE: outcome('RTWAP_DEV', 'ASSESSMENT_COMPLETED', {
      en: 'Assessment Complete',
      fr: 'Évaluation terminée',
    }),
    SELF_SERVE_ONLY: outcome('CLOSED', 'SELF_SERVE_ONLY'),
    GROUP_SERVICES_ONLY: outcome('CLOSED', 'GROUP_SERVICES_ONLY'),
    REFERRED: outcome('CLOSED', 'REFERRED'),
    ACTION_PLAN_NOT_VIABLE: outcome('CLOSED', 'ACTION_PLAN_NOT_VIABLE'),
  },
  DEVELOP_ACTION_PLAN: {
    DEVELOPED_AND_SIGNED: outcome('RTWAP_MGMT', 'DEVELOPED_AND_SIGNED', {
      en: 'Developed and Signed',
      fr: 'Élaboré et signé',
    }),
    REFERRED: outcome('CLOSED', 'REFERRED'),
    CLIENT_NOT_COMMITTED: outcome('CLOSED', 'CLIENT_NOT_COMMITTED'),
  },
  CLOSE_ACTION_PLAN: {
    PLAN_COMPLETED: outcome('FOLLOW_UP', 'ACTION_PLAN_COMPLETE', { en: 'Plan Completed', fr: 'PARAT réalisé' }),
    NOT_COMPLETED_FOUND_WORK: outcome('FOLLOW_UP', 'ACTION_PLAN_COMPLETE', {
      en: 'Not Completed – Found Work',
      fr: 'Non réalisé/A trouvé du travail',
    }),
    NOT_COMPLETED_STARTED_BUSINESS: outcome('FOLLOW_UP', 'ACTION_PLAN_COMPLETE', {
      en: 'Not Completed – Started Business',
      fr: 'Non réalisé/A lancé une entreprise',
    }),
    MOVED_OUT_OF_PROVINCE: outcome('CLOSED', 'MOVED_OUT_OF_PROVINCE'),
    LEFT_LABOUR_FORCE: outcome('CLOSED', 'LEFT_LABOUR_FORCE'),
    REFERRED: outcome('CLOSED', 'REFERRED'),
    DID_NOT_FOLLOW_THROUGH: outcome('CLOSED', 'DID_NOT_FOLLOW_THROUGH'),
  },
};

/** What became of a task (R-TASK-03, R-CASE-26): still open, done with an outcome, or cancelled with its stage. */
export const TASK_STATE_LABELS = {
  OPEN: { en: 'Open', fr: 'Ouverte' },
  COMPLETED: { en: 'Done', fr: 'Terminée' },
  CANCELLED: { en: 'Cancelled', fr: 'Annulée' },
} as const satisfies Record<string, Label>;

/** R-REF-19: the one outcome of the "Client case received" task. */
export const ACKNOWLEDGED_LABEL: Label = { en: 'Acknowledged', fr: 'Pris en compte' };
