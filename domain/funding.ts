// Funding requests (spec 02 §4.C, R-FUND): programs, the application package with its checklist and the case
// manager's statement, submission, ENS's decisions and the agreement, and the package's timers (§6 T-04/T-05).
// A package is a workflow of its own; these pure functions are its rules, used by its Update validators, by the use
// cases (app/funding/) and by the read model alike.
import type { CaseStatus, Label } from './case-model.ts';
import { addDays, businessDate, formatLongDate, type IsoDate } from './dates.ts';
import { closedCaseViolation } from './closed-case.ts';
import { violation, type Bilingual, type Violation } from './refusals.ts';

export type PackageState =
  'DRAFT' | 'SUBMITTING' | 'SUBMITTED' | 'CHANGES_REQUIRED' | 'RESUBMITTING' | 'CLOSED' | 'DELETED';
export const AGREEMENT_STATUSES = ['APPLICATION', 'ASSESSMENT', 'ASSESSED', 'APPROVED', 'ACTIVE', 'CLOSED'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const AGREEMENT_CLOSURE_REASONS = [
  'NOT_APPROVED',
  'DOCUMENTS_NOT_RECEIVED',
  'WITHDRAWN',
  'AGREEMENT_ENDED',
] as const;
export type AgreementClosureReason = (typeof AGREEMENT_CLOSURE_REASONS)[number];

export const PACKAGE_STATE_LABELS: Record<PackageState, Label> = {
  DRAFT: { en: 'Draft', fr: 'Brouillon' },
  SUBMITTING: { en: 'Submitted, not yet received by ENS', fr: 'Envoyée, pas encore reçue par ENE' },
  SUBMITTED: { en: 'Submitted', fr: 'Envoyée' },
  CHANGES_REQUIRED: { en: 'Changes required', fr: 'Changements nécessaires' },
  RESUBMITTING: { en: 'Resubmitted, not yet received by ENS', fr: 'Envoyée de nouveau, pas encore reçue par ENE' },
  CLOSED: { en: 'Closed', fr: 'Fermée' },
  DELETED: { en: 'Deleted', fr: 'Supprimée' },
};

/** The package's state in words (SM-1), in both languages. */
export const PACKAGE_STATE_TEXT: Record<PackageState, Label> = {
  DRAFT: { en: 'Draft', fr: 'Brouillon' },
  // What a submitted application waits for: the case manager submitted it; ENS has yet to receive it.
  SUBMITTING: {
    en: 'Submitted by the case manager; waiting for ENS to receive it',
    fr: 'Envoyée par le gestionnaire de cas; en attente de sa réception par ENE',
  },
  SUBMITTED: { en: 'Submitted', fr: 'Envoyée' },
  CHANGES_REQUIRED: { en: 'Changes required', fr: 'Changements requis' },
  RESUBMITTING: {
    en: 'Resubmitted by the case manager; waiting for ENS to receive it',
    fr: 'Envoyée de nouveau par le gestionnaire de cas; en attente de sa réception par ENE',
  },
  CLOSED: { en: 'Closed', fr: 'Fermée' },
  DELETED: { en: 'Deleted', fr: 'Supprimée' },
};

/** SM-2: the agreement's statuses as providers see them. */
export const AGREEMENT_STATUS_LABELS: Record<AgreementStatus, Label> = {
  APPLICATION: { en: 'Application', fr: 'Demande' },
  ASSESSMENT: { en: 'Assessment', fr: 'Évaluation' },
  ASSESSED: { en: 'Assessed', fr: 'Évaluée' },
  APPROVED: { en: 'Approved', fr: 'Approuvée' },
  ACTIVE: { en: 'Active', fr: 'Active' },
  CLOSED: { en: 'Closed', fr: 'Fermée' },
};

/** why ENS closed an agreement. */
export const AGREEMENT_CLOSURE_REASON_LABELS: Record<AgreementClosureReason, Label> = {
  NOT_APPROVED: { en: 'Not approved', fr: 'Non approuvée' },
  DOCUMENTS_NOT_RECEIVED: {
    en: 'Documents not received within 10 days',
    fr: 'Documents non reçus dans les 10 jours',
  },
  WITHDRAWN: { en: 'Withdrawn', fr: 'Retirée' },
  AGREEMENT_ENDED: { en: 'Agreement ended', fr: 'Entente terminée' },
};

/** §3.11: the answers to the statement's questions. */
export const STATEMENT_ANSWER_LABELS: Record<YesNo | 'NOT_APPLICABLE', Label> = {
  YES: { en: 'Yes', fr: 'Oui' },
  NO: { en: 'No', fr: 'Non' },
  NOT_APPLICABLE: { en: 'Not applicable', fr: 'Sans objet' },
};

/** The programs' names and descriptions in both languages (the seeds' French names, §3.7). */
export const FUNDING_PROGRAM_TEXT: Record<
  string,
  { name: Label; departmentArea: Label; typeOfFunding: Label; description: Label }
> = {
  SDIA: {
    name: { en: 'Skills Development IFA', fr: 'EFI – Développement des compétences' },
    departmentArea: { en: 'LAE - ENS', fr: 'TEP - ENE' },
    typeOfFunding: { en: 'Federal LMDA', fr: 'Fédéral – EDMT' },
    description: {
      en:
        'Skills Development provides funding to eligible individuals who require skills training to secure ' +
        'employment. With the financial assistance provided by Skills Development, individuals arrange and pay ' +
        'for their own training.',
      fr:
        'Le programme Développement des compétences offre du financement aux personnes admissibles qui ont besoin ' +
        "d'une formation professionnelle pour obtenir un emploi. Grâce à cette aide financière, les personnes " +
        'organisent et paient elles-mêmes leur formation.',
    },
  },
  SKILLS_UP: {
    name: { en: 'Skills Up IFA', fr: 'EFI – Compétences Plus' },
    departmentArea: { en: 'LAE - ENS', fr: 'TEP - ENE' },
    typeOfFunding: { en: 'Federal LMA', fr: 'Fédéral – EMT' },
    description: {
      en:
        'The Skills Up! program is for eligible African Nova Scotians who require skills training to get a good ' +
        'job. Skills Up! provides financial assistance to individuals, which can include tuition, living ' +
        'allowance, transportation and other costs associated with the training.',
      fr:
        "Le programme Compétences Plus s'adresse aux Néo-Écossais d'origine africaine admissibles qui ont besoin " +
        "d'une formation professionnelle pour obtenir un bon emploi. Il offre une aide financière qui peut " +
        "couvrir les droits de scolarité, une allocation de subsistance, le transport et d'autres frais liés à " +
        'la formation.',
    },
  },
  TARGETED_WAGE_SUBSIDIES: {
    name: { en: 'Targeted Wage Subsidies', fr: 'Subventions salariales ciblées' },
    departmentArea: { en: 'LAE - ENS', fr: 'TEP - ENE' },
    typeOfFunding: { en: 'Federal LMDA', fr: 'Fédéral – EDMT' },
    description: {
      en: 'Wage subsidies that help employers hire individuals they would not normally hire without a subsidy.',
      fr:
        "Des subventions salariales qui aident les employeurs à embaucher des personnes qu'ils n'embaucheraient " +
        'pas sans subvention.',
    },
  },
  SELF_EMPLOYMENT: {
    name: { en: 'Self-Employment', fr: 'Travail indépendant' },
    departmentArea: { en: 'LAE - ENS', fr: 'TEP - ENE' },
    typeOfFunding: { en: 'Federal LMDA', fr: 'Fédéral – EDMT' },
    description: {
      en: 'Support for eligible individuals starting a business.',
      fr: 'Du soutien aux personnes admissibles qui démarrent une entreprise.',
    },
  },
};

/** The checklist's rows (§3.9) by code, in both languages. */
export const CHECKLIST_ITEM_LABELS: Record<string, Label> = {
  RESUME: { en: 'Resume', fr: 'Curriculum vitæ' },
  FAMILY_FINANCIAL: { en: 'Family Size and Financial Statement', fr: 'Taille de la famille et état financier' },
  JOB_SEARCH_REPORT: { en: 'Job Search Report', fr: "Rapport de recherche d'emploi" },
  SD_WORKSHEET: { en: 'SD Worksheet', fr: 'Feuille de travail DC' },
  LABOUR_MARKET_RESEARCH: { en: 'Labour Market Research', fr: 'Recherche sur le marché du travail' },
  PROGRAM_COST_LIST: { en: 'Program Cost List', fr: 'Liste des coûts du programme' },
  ACCEPTANCE_LETTER: { en: 'Acceptance Letter', fr: "Lettre d'acceptation" },
  AUTHORIZATION_TO_QUIT: { en: 'Authorization to Quit', fr: 'Autorisation de quitter un emploi' },
  CHILD_CARE_LETTER: { en: 'Child Care Letter', fr: "Lettre sur la garde d'enfants" },
  MEDICAL_DOCUMENTATION: { en: 'Medical Documentation', fr: 'Documents médicaux' },
  PREVIOUS_MARKS: { en: 'Previous Marks', fr: 'Relevés de notes antérieurs' },
  GOOD_FINANCIAL_STANDING: { en: 'Letter of Good Financial Standing', fr: 'Lettre de bonne situation financière' },
  LETTER_FROM_EMPLOYER: { en: 'Letter from Employer', fr: "Lettre de l'employeur" },
  CAREER_TRANSITION_MEDICAL: {
    en: 'Career Transition for Medical Reasons',
    fr: 'Transition de carrière pour raisons médicales',
  },
};

export interface ChecklistTemplateItem {
  code: string;
  name: string;
  requirement: 'REQUIRED' | 'OPTIONAL';
}

export const CASE_ELEMENTS = [
  { code: 'NEEDS_DETERMINATION', name: 'Needs Determination', nameFr: 'Détermination des besoins' },
  { code: 'EMPLOYMENT_HISTORY', name: 'Employment History', nameFr: "Historique d'emploi" },
  { code: 'EDUCATION', name: 'Education', nameFr: 'Études' },
] as const;
export type CaseElementCode = (typeof CASE_ELEMENTS)[number]['code'];
export type CaseElementStatus = 'COMPLETE' | 'INCOMPLETE' | 'INCOMPLETE_MAYBE';

export const CASE_ELEMENT_LABELS: Record<CaseElementCode, Label> = {
  NEEDS_DETERMINATION: { en: 'Needs Determination', fr: 'Détermination des besoins' },
  EMPLOYMENT_HISTORY: { en: 'Employment History', fr: "Historique d'emploi" },
  EDUCATION: { en: 'Education', fr: 'Études' },
};

/** R-FUND-06: "Incomplete?" is enough to submit; ENS may ask for more. */
export const CASE_ELEMENT_STATUS_LABELS: Record<CaseElementStatus, Label> = {
  COMPLETE: { en: 'Complete', fr: 'Terminé' },
  INCOMPLETE: { en: 'Incomplete', fr: 'Non terminé' },
  INCOMPLETE_MAYBE: { en: 'Incomplete?', fr: 'Non terminé (?)' },
};

/** R-FUND-07: a form or document row's status. */
export const DOCUMENT_STATUS_LABELS: Record<'ATTACHED' | 'MAILED_ON' | 'MISSING' | 'OPTIONAL', Label> = {
  ATTACHED: { en: 'Attached', fr: 'Ci-joint' },
  MAILED_ON: { en: 'Sent on paper', fr: 'Posté' },
  MISSING: { en: 'Missing', fr: 'Manquant' },
  OPTIONAL: { en: 'Optional', fr: 'Facultatif' },
};

const req = (code: string, name: string): ChecklistTemplateItem => ({ code, name, requirement: 'REQUIRED' });
const opt = (code: string, name: string): ChecklistTemplateItem => ({ code, name, requirement: 'OPTIONAL' });

/** §3.9: the Skills Development checklist as the seeds show it. */
const SKILLS_DEVELOPMENT_DOCUMENTS = [
  req('RESUME', 'Resume'),
  req('FAMILY_FINANCIAL', 'Family Size and Financial Statement'),
  req('JOB_SEARCH_REPORT', 'Job Search Report'),
  req('SD_WORKSHEET', 'SD Worksheet'),
  req('LABOUR_MARKET_RESEARCH', 'Labour Market Research'),
  req('PROGRAM_COST_LIST', 'Program Cost List'),
  req('ACCEPTANCE_LETTER', 'Acceptance Letter'),
  opt('AUTHORIZATION_TO_QUIT', 'Authorization to Quit'),
  opt('CHILD_CARE_LETTER', 'Child Care Letter'),
  opt('MEDICAL_DOCUMENTATION', 'Medical Documentation'),
  opt('PREVIOUS_MARKS', 'Previous Marks'),
  opt('GOOD_FINANCIAL_STANDING', 'Letter of Good Financial Standing'),
  opt('LETTER_FROM_EMPLOYER', 'Letter from Employer'),
  opt('CAREER_TRANSITION_MEDICAL', 'Career Transition for Medical Reasons'),
];
const SHORT_DOCUMENTS = [
  req('RESUME', 'Resume'),
  req('LABOUR_MARKET_RESEARCH', 'Labour Market Research'),
  opt('LETTER_FROM_EMPLOYER', 'Letter from Employer'),
];

export interface FundingProgram {
  code: string;
  name: string;
  packageCode: string;
  agreementCode: string;
  departmentArea: string;
  typeOfFunding: string;
  description: string;
  websiteUrl: string;
  /** which intervention types the program funds; `alternative` lists it under "different funding sources". */
  eligibleInterventionTypes: string[];
  alternative: boolean;
  documents: ChecklistTemplateItem[];
}

/** The programs the seeds name (§3.7); Q-23: an administrator-maintained table in production. */
export const FUNDING_PROGRAMS: Record<string, FundingProgram> = {
  SDIA: {
    code: 'SDIA',
    name: 'Skills Development IFA',
    packageCode: 'SDIA(LAE-ENS)',
    agreementCode: 'SDA(LAE-ENS)',
    departmentArea: 'LAE - ENS',
    typeOfFunding: 'Federal LMDA',
    description:
      'Skills Development provides funding to eligible individuals who require skills training to secure ' +
      'employment. With the financial assistance provided by Skills Development, individuals arrange and ' +
      'pay for their own training.',
    websiteUrl: 'https://novascotia.ca/employmentnovascotia/',
    eligibleInterventionTypes: ['SE_JOB_SPECIFIC_TRAINING', 'SE_ESSENTIAL_COMPUTER'],
    alternative: false,
    documents: SKILLS_DEVELOPMENT_DOCUMENTS,
  },
  SKILLS_UP: {
    code: 'SKILLS_UP',
    name: 'Skills Up IFA',
    packageCode: 'SUIA(LAE-ENS)',
    agreementCode: 'SUA(LAE-ENS)',
    departmentArea: 'LAE - ENS',
    typeOfFunding: 'Federal LMA',
    description:
      'The Skills Up! program is for eligible African Nova Scotians who require skills training to get a ' +
      'good job. Skills Up! provides financial assistance to individuals, which can include tuition, living ' +
      'allowance, transportation and other costs associated with the training.',
    websiteUrl: 'https://novascotia.ca/employmentnovascotia/',
    eligibleInterventionTypes: ['SE_JOB_SPECIFIC_TRAINING'],
    alternative: true,
    documents: SKILLS_DEVELOPMENT_DOCUMENTS,
  },
  TARGETED_WAGE_SUBSIDIES: {
    code: 'TARGETED_WAGE_SUBSIDIES',
    name: 'Targeted Wage Subsidies',
    packageCode: 'TWS(LAE-ENS)',
    agreementCode: 'TWS(LAE-ENS)',
    departmentArea: 'LAE - ENS',
    typeOfFunding: 'Federal LMDA',
    description: 'Wage subsidies that help employers hire individuals they would not normally hire without a subsidy.',
    websiteUrl: 'https://novascotia.ca/employmentnovascotia/',
    eligibleInterventionTypes: ['JS_JOB_DEVELOPMENT', 'EM_JOB_COACHING'],
    alternative: false,
    documents: SHORT_DOCUMENTS,
  },
  SELF_EMPLOYMENT: {
    code: 'SELF_EMPLOYMENT',
    name: 'Self-Employment',
    packageCode: 'SE(LAE-ENS)',
    agreementCode: 'SE(LAE-ENS)',
    departmentArea: 'LAE - ENS',
    typeOfFunding: 'Federal LMDA',
    description: 'Support for eligible individuals starting a business.',
    websiteUrl: 'https://novascotia.ca/employmentnovascotia/',
    eligibleInterventionTypes: ['CDM_CAREER_EXPLORATION'],
    alternative: false,
    documents: SHORT_DOCUMENTS,
  },
};

/** R-FUND-02: programs funding an intervention type, primary ones first, then the alternatives. */
export function programsFor(interventionType: string): FundingProgram[] {
  const eligible = Object.values(FUNDING_PROGRAMS).filter((p) =>
    p.eligibleInterventionTypes.includes(interventionType),
  );
  return [...eligible.filter((p) => !p.alternative), ...eligible.filter((p) => p.alternative)];
}

export interface ChecklistItem extends ChecklistTemplateItem {
  paper: boolean;
  documentIds: number[];
  /** R-FUND-07: the day the row's attachment or paper flag last changed. */
  date: IsoDate | null;
}

export type YesNo = 'YES' | 'NO';
export interface Statement {
  supportsPlan: YesNo;
  signedByBoth: YesNo;
  spouseConsentSigned: YesNo | 'NOT_APPLICABLE';
  justification: string;
}

export interface Agreement {
  agreementId: number;
  program: string;
  status: AgreementStatus;
  statusDate: IsoDate;
  agreementManager: string;
  closedReason: AgreementClosureReason | null;
}

export interface FundingState {
  packageId: number;
  caseId: number;
  caseManagerId: number;
  interventionId: string;
  programCode: string;
  interventionStart: IsoDate;
  interventionEnd: IsoDate;
  state: PackageState;
  checklist: ChecklistItem[];
  statement: Statement | null;
  /** The submission being processed, while SUBMITTING/RESUBMITTING. */
  pendingSubmission: number | null;
  submissions: { submissionNo: number; at: string; by: number | null; statementDocumentId: number | null }[];
  agreement: Agreement | null;
  changeRequest: { requestId: number; message: string; dueDate: IsoDate; requestedOn: IsoDate } | null;
  payment: { paymentId: number } | null;
  /** Reminders already raised (T-04, T-05), so each is raised once. */
  reminders: string[];
}

export type FundingEvent =
  | { type: 'PackageCreated'; state: FundingState }
  | { type: 'ChecklistItemSaved'; code: string; paper: boolean; documentIds: number[]; date: IsoDate | null }
  | { type: 'StatementSaved'; statement: Statement; spelling: string[] }
  | { type: 'SubmissionStarted'; submissionNo: number; resubmission: boolean }
  | { type: 'StatementRendered'; submissionNo: number; documentId: number }
  | { type: 'AgreementCreated'; agreement: Agreement }
  | { type: 'SubmissionCompleted'; submissionNo: number; at: string; by: number | null }
  | { type: 'ChangesRequested'; requestId: number; message: string; dueDate: IsoDate; requestedOn: IsoDate }
  | {
      type: 'AgreementStatusChanged';
      status: AgreementStatus;
      date: IsoDate;
      reason: AgreementClosureReason | null;
      agreementManager?: string;
    }
  | { type: 'PaymentRequested'; paymentId: number }
  | { type: 'PackageDeleted' }
  | {
      type: 'ReminderRaised';
      key: string;
      message: string;
      /** Left out by reminders raised before notifications were bilingual. */
      messageFr?: string;
      dueDate: IsoDate;
      priority: 'Low' | 'Medium' | 'High';
      kind: 'INFO' | 'REMINDER';
    }
  | { type: 'NotificationCleared'; key: string };

/** A package's history (funding_event) in words. */
export const FUNDING_EVENT_LABELS: Record<FundingEvent['type'], Label> = {
  PackageCreated: { en: 'Application started', fr: 'Demande commencée' },
  ChecklistItemSaved: { en: 'Checklist row saved', fr: 'Rangée de la liste de vérification enregistrée' },
  StatementSaved: { en: "Case manager's statement saved", fr: 'Déclaration du gestionnaire de cas enregistrée' },
  // Two moments, told apart: the case manager submits; ENS receives it later (at once, or after an outage).
  SubmissionStarted: { en: 'Submitted by the case manager', fr: 'Envoyée par le gestionnaire de cas' },
  StatementRendered: { en: 'Statement PDF created', fr: 'PDF de la déclaration produit' },
  AgreementCreated: { en: 'Agreement created', fr: 'Entente créée' },
  SubmissionCompleted: { en: 'Received by ENS', fr: 'Reçue par ENE' },
  ChangesRequested: { en: 'Changes requested by ENS', fr: 'Changements demandés par ENE' },
  AgreementStatusChanged: { en: 'Agreement status changed', fr: "État de l'entente modifié" },
  PaymentRequested: { en: 'Payment requested', fr: 'Paiement demandé' },
  PackageDeleted: { en: 'Application deleted', fr: 'Demande supprimée' },
  ReminderRaised: { en: 'Reminder sent to the case manager', fr: 'Rappel envoyé au gestionnaire de cas' },
  NotificationCleared: { en: 'Notification cleared', fr: 'Avis retiré' },
};

export function newPackage(
  input: Pick<
    FundingState,
    | 'packageId'
    | 'caseId'
    | 'caseManagerId'
    | 'interventionId'
    | 'programCode'
    | 'interventionStart'
    | 'interventionEnd'
  >,
): FundingState {
  const program = FUNDING_PROGRAMS[input.programCode];
  return {
    ...input,
    state: 'DRAFT',
    // R-FUND-05: the rows and their Required/Optional flags come from the program's template.
    checklist: program.documents.map((d) => ({ ...d, paper: false, documentIds: [], date: null })),
    statement: null,
    pendingSubmission: null,
    submissions: [],
    agreement: null,
    changeRequest: null,
    payment: null,
    reminders: [],
  };
}

export function evolveFunding(s: FundingState, e: FundingEvent): FundingState {
  switch (e.type) {
    case 'PackageCreated':
      return e.state;
    case 'ChecklistItemSaved':
      return {
        ...s,
        checklist: s.checklist.map((i) =>
          i.code === e.code ? { ...i, paper: e.paper, documentIds: e.documentIds, date: e.date } : i,
        ),
      };
    case 'StatementSaved':
      return { ...s, statement: e.statement };
    case 'SubmissionStarted':
      return { ...s, state: e.resubmission ? 'RESUBMITTING' : 'SUBMITTING', pendingSubmission: e.submissionNo };
    case 'StatementRendered':
      return s;
    case 'AgreementCreated':
      return { ...s, agreement: e.agreement };
    case 'SubmissionCompleted':
      return {
        ...s,
        state: 'SUBMITTED',
        pendingSubmission: null,
        changeRequest: null,
        submissions: [
          ...s.submissions,
          { submissionNo: e.submissionNo, at: e.at, by: e.by, statementDocumentId: null },
        ],
      };
    case 'ChangesRequested':
      return {
        ...s,
        state: 'CHANGES_REQUIRED',
        changeRequest: { requestId: e.requestId, message: e.message, dueDate: e.dueDate, requestedOn: e.requestedOn },
      };
    case 'AgreementStatusChanged':
      return {
        ...s,
        state: e.status === 'CLOSED' ? 'CLOSED' : s.state,
        agreement: s.agreement && {
          ...s.agreement,
          status: e.status,
          statusDate: e.date,
          closedReason: e.reason,
          agreementManager: e.agreementManager ?? s.agreement.agreementManager,
        },
      };
    case 'PaymentRequested':
      return { ...s, payment: { paymentId: e.paymentId } };
    case 'PackageDeleted':
      return { ...s, state: 'DELETED' };
    case 'ReminderRaised':
      return { ...s, reminders: [...s.reminders, e.key] };
    case 'NotificationCleared':
      return s;
  }
}

export const foldFunding = (s: FundingState, events: FundingEvent[]) => events.reduce(evolveFunding, s);
export const isTerminal = (s: { state: PackageState }) => s.state === 'CLOSED' || s.state === 'DELETED';

/** R-FUND-07: a row's status from what was provided. */
export function documentStatus(i: ChecklistItem): 'ATTACHED' | 'MAILED_ON' | 'MISSING' | 'OPTIONAL' {
  if (i.paper) return 'MAILED_ON';
  if (i.documentIds.length) return 'ATTACHED';
  return i.requirement === 'REQUIRED' ? 'MISSING' : 'OPTIONAL';
}

/** What the case holds for the case elements (R-FUND-06, R-FUND-21): read from the case, never re-entered. */
export interface CaseElementFacts {
  needs: 'COMPLETED' | 'DRAFT' | 'NONE';
  educationRecords: number;
  employmentRecords: number;
  /** R-ASM-12: the employment history does not reach back five years. */
  employmentHistoryShort: boolean;
}

export function caseElementStatuses(f: CaseElementFacts): Record<CaseElementCode, CaseElementStatus> {
  return {
    NEEDS_DETERMINATION: f.needs === 'COMPLETED' ? 'COMPLETE' : f.needs === 'DRAFT' ? 'INCOMPLETE_MAYBE' : 'INCOMPLETE',
    // "Incomplete?": enough to submit, ENS may ask for more (a history shorter than five years).
    EMPLOYMENT_HISTORY:
      f.employmentRecords === 0 ? 'INCOMPLETE' : f.employmentHistoryShort ? 'INCOMPLETE_MAYBE' : 'COMPLETE',
    EDUCATION: f.educationRecords > 0 ? 'COMPLETE' : 'INCOMPLETE',
  };
}

/** R-FUND-19: a Deleted or Closed package takes no change: a conflict with its state, not a rule the user can meet. */
export const closedPackage = (s: { state: PackageState }): Violation[] =>
  isTerminal(s)
    ? [
        violation(
          'R-FUND-19',
          'ERR_PACKAGE_CLOSED',
          {
            en: `This application package is ${PACKAGE_STATE_LABELS[s.state].en}: it can no longer change.`,
            fr:
              `Cette trousse de demande est à l'état « ${PACKAGE_STATE_LABELS[s.state].fr} » : elle ne peut plus ` +
              'être modifiée.',
          },
          { kind: 'conflict' },
        ),
      ]
    : [];

export const INFO_PACKAGE_LOCKED: Bilingual = {
  en: 'This application package cannot currently be edited or submitted.',
  fr: 'Cette trousse de demande ne peut pas être modifiée ni envoyée pour le moment.',
};

/** R-FUND-12: only a Draft or a package returned for changes is edited. */
function locked(s: FundingState): Violation[] {
  const closed = closedPackage(s);
  if (closed.length) return closed;
  return s.state === 'DRAFT' || s.state === 'CHANGES_REQUIRED'
    ? []
    : [violation('R-FUND-12', 'INFO_PACKAGE_LOCKED', INFO_PACKAGE_LOCKED)];
}

/** R-FUP-01: a closed case takes no package changes. */
const caseClosed = (caseStatus: CaseStatus): Violation[] => closedCaseViolation({ status: caseStatus }, 'R-FUP-01');

export interface ChecklistSave {
  code: string;
  paper: boolean;
  documentIds: number[];
  caseStatus: CaseStatus;
}

export function validateChecklistSave(s: FundingState, input: ChecklistSave): Violation[] {
  const v = [...caseClosed(input.caseStatus), ...locked(s)];
  if (v.length) return v;
  if (!s.checklist.some((i) => i.code === input.code)) {
    return [
      violation(
        'R-FUND-05',
        'ERR_NOT_IN_CHECKLIST',
        {
          en:
            `${input.code} is not a row of this program's checklist; ` +
            `its rows come from the program and cannot be added.`,
          fr:
            `${input.code} n'est pas une rangée de la liste de vérification de ce programme; ses rangées viennent du ` +
            'programme et ne peuvent pas être ajoutées.',
        },
        { field: 'code' },
      ),
    ];
  }
  return [];
}

export function decideChecklistSave(s: FundingState, input: ChecklistSave, today: IsoDate): FundingEvent[] {
  const item = s.checklist.find((i) => i.code === input.code)!;
  const ids = [...new Set(input.documentIds)].sort((a, b) => a - b);
  const changed = item.paper !== input.paper || item.documentIds.join() !== ids.join();
  if (!changed) return [];
  // R-FUND-07: the Date column is stamped today for a row whose attachment or paper flag changed.
  const provided = input.paper || ids.length > 0;
  return [
    {
      type: 'ChecklistItemSaved',
      code: input.code,
      paper: input.paper,
      documentIds: ids,
      date: provided ? today : null,
    },
  ];
}

/** R-FUND-20: what the spell check finds: a common misspelling (with the word meant) or a word said twice. */
export type SpellingFinding =
  { kind: 'misspelt'; word: string; suggestion: string } | { kind: 'repeated'; word: string };

const COMMON_MISSPELLINGS: Record<string, string> = {
  recieve: 'receive',
  acheive: 'achieve',
  employement: 'employment',
  seperate: 'separate',
  occured: 'occurred',
  untill: 'until',
};

/** R-FUND-20: spelling findings, never blocking, each once, in the order they occur. */
export function spellingFindings(text: string): SpellingFinding[] {
  const out = new Map<string, SpellingFinding>();
  const words = text.toLowerCase().match(/[a-zà-ÿ']+/g) ?? [];
  words.forEach((w, i) => {
    if (COMMON_MISSPELLINGS[w]) out.set(`m:${w}`, { kind: 'misspelt', word: w, suggestion: COMMON_MISSPELLINGS[w] });
    if (i > 0 && words[i - 1] === w && w.length > 1) out.set(`r:${w}`, { kind: 'repeated', word: w });
  });
  return [...out.values()];
}

/** R-FUND-20: the spell check's findings as the statement's history records them. */
export function spellingSuggestions(text: string): string[] {
  return spellingFindings(text).map((f) =>
    f.kind === 'misspelt'
      ? `"${f.word}": did you mean "${f.suggestion}"?`
      : `"${f.word} ${f.word}": a word is repeated.`,
  );
}

export function validateStatementSave(s: FundingState, caseStatus: CaseStatus): Violation[] {
  return [...caseClosed(caseStatus), ...locked(s)];
}

export interface SubmitInput {
  confirmed: boolean;
  caseStatus: CaseStatus;
  caseElements: Record<CaseElementCode, CaseElementStatus>;
}

export const CONFIRM_SUBMIT: Bilingual = {
  en: 'Are you sure you want to submit this application?',
  fr: 'Êtes-vous certain de vouloir envoyer cette demande?',
};

/** R-FUND-03, R-FUND-08 (every failure listed together), R-FUND-09, R-FUND-10 (confirmation), R-FUND-16. */
export function validateSubmit(s: FundingState, input: SubmitInput): Violation[] {
  const first = [...caseClosed(input.caseStatus), ...locked(s)];
  if (first.length) return first;
  const v: Violation[] = [];
  if (input.caseStatus !== 'RTWAP_MGMT') {
    v.push(
      violation('R-FUND-03', 'ERR_SUBMIT_STAGE', {
        en: 'The application can only be submitted when the case is in RTWAP Management.',
        fr: "La demande ne peut être envoyée que lorsque le cas est à l'état Gestion du PARAT.",
      }),
    );
  }
  for (const el of CASE_ELEMENTS) {
    if (input.caseElements[el.code] === 'INCOMPLETE')
      v.push(
        violation(
          'R-FUND-08',
          'ERR_CASE_ELEMENT_INCOMPLETE',
          { en: `${el.name} is incomplete.`, fr: `L'élément « ${el.nameFr} » est incomplet.` },
          { field: el.code },
        ),
      );
  }
  for (const i of s.checklist) {
    if (documentStatus(i) === 'MISSING')
      v.push(
        violation(
          'R-FUND-08',
          'ERR_REQUIRED_DOC_MISSING',
          {
            en: `${i.name} is missing: attach it or mark it as sent on paper.`,
            fr: `Le document « ${i.name} » est manquant : joignez-le ou indiquez qu'il sera envoyé par la poste.`,
          },
          { field: i.code },
        ),
      );
  }
  const st = s.statement;
  if (!st || !st.justification.trim()) {
    v.push(
      violation('R-FUND-08', 'ERR_STATEMENT_REQUIRED', {
        en: "Complete the Case Manager's Summary Statement.",
        fr: 'Remplissez la déclaration sommaire du gestionnaire de cas.',
      }),
    );
  } else {
    if (st.signedByBoth !== 'YES')
      v.push(
        violation('R-FUND-08', 'ERR_STATEMENT_NOT_SIGNED', {
          en: 'The statement must be signed by you and the client before submitting.',
          fr: "La déclaration doit être signée par vous et par le client avant l'envoi.",
        }),
      );
    if (st.spouseConsentSigned === 'NO')
      v.push(
        violation('R-FUND-08', 'ERR_SPOUSE_CONSENT', {
          en: "The spouse's consent form must be signed.",
          fr: 'Le formulaire de consentement du conjoint ou de la conjointe doit être signé.',
        }),
      );
  }
  if (!v.length && !input.confirmed)
    v.push(violation('R-FUND-10', 'CONFIRM_SUBMIT', CONFIRM_SUBMIT, { kind: 'question' }));
  return v;
}

export function decideSubmit(s: FundingState): FundingEvent[] {
  return [{ type: 'SubmissionStarted', submissionNo: s.submissions.length + 1, resubmission: s.agreement !== null }];
}

/** R-FUND-11: what the user is told once the submission went through. */
export const submittedMessage = (agreementId: number): Bilingual => ({
  en:
    `The application has been successfully submitted. An agreement has been created. The agreement number ` +
    `is ${agreementId}. Please make sure all supporting documents you marked as mailed are sent promptly to ` +
    `avoid delays in processing.`,
  fr:
    `La demande a été envoyée avec succès. Une entente a été créée. Le numéro de l'entente est ${agreementId}. ` +
    `Veuillez vous assurer que tous les documents à l'appui que vous avez indiqués comme envoyés par la poste ` +
    `sont envoyés sans tarder afin d'éviter des retards dans le traitement.`,
});

export function validateDelete(s: FundingState): Violation[] {
  const closed = closedPackage(s);
  if (closed.length) return closed;
  return s.state === 'DRAFT'
    ? []
    : [
        violation('R-FUND-19', 'ERR_DELETE_SUBMITTED', {
          en: 'Only a Draft application can be deleted; this one was submitted.',
          fr: "Seule une demande à l'état Brouillon peut être supprimée; celle-ci a été envoyée.",
        }),
      ];
}

const ORDER: Record<AgreementStatus, number> = {
  APPLICATION: 0,
  ASSESSMENT: 1,
  ASSESSED: 2,
  APPROVED: 3,
  ACTIVE: 4,
  CLOSED: 5,
};

/** R-FUND-18 / SM-2: ENS moves the agreement forward one status at a time, or closes it with a reason. */
export function validateAgreementStatus(
  s: FundingState,
  to: AgreementStatus,
  reason: AgreementClosureReason | null,
): Violation[] {
  if (!s.agreement)
    return [
      violation('R-FUND-18', 'ERR_NO_AGREEMENT', {
        en: 'This application has no agreement yet.',
        fr: "Cette demande n'a pas encore d'entente.",
      }),
    ];
  if (isTerminal(s)) return closedPackage(s);
  if (s.state === 'SUBMITTING' || s.state === 'RESUBMITTING') {
    return [
      violation('R-FUND-18', 'ERR_SUBMISSION_IN_PROGRESS', {
        en: 'A submission of this application is being processed; decide once it has arrived.',
        fr: "Un envoi de cette demande est en cours de traitement; prenez votre décision une fois qu'il sera arrivé.",
      }),
    ];
  }
  const from = s.agreement.status;
  if (to === 'CLOSED')
    return reason
      ? []
      : [
          violation(
            'R-FUND-17',
            'ERR_CLOSURE_REASON',
            {
              en: 'Give the reason the agreement is closed (not approved, documents not received, withdrawn).',
              fr: "Indiquez la raison de la fermeture de l'entente (non approuvée, documents non reçus, retirée).",
            },
            { field: 'reason' },
          ),
        ];
  if (ORDER[to] !== ORDER[from] + 1)
    return [
      violation(
        'R-FUND-18',
        'ERR_TRANSITION',
        {
          en: `An agreement in status ${from} cannot move to ${to}.`,
          fr: `Une entente à l'état ${from} ne peut pas passer à l'état ${to}.`,
        },
        { field: 'status' },
      ),
    ];
  if ((to === 'APPROVED' || to === 'ACTIVE') && s.state === 'CHANGES_REQUIRED') {
    return [
      violation('R-FUND-18', 'ERR_CHANGES_PENDING', {
        en: 'Changes were requested: the application must be resubmitted before it is approved.',
        fr: "Des changements ont été demandés : la demande doit être envoyée de nouveau avant d'être approuvée.",
      }),
    ];
  }
  return [];
}

export function decideAgreementStatus(
  s: FundingState,
  to: AgreementStatus,
  reason: AgreementClosureReason | null,
  today: IsoDate,
  agreementManager?: string,
): FundingEvent[] {
  const events: FundingEvent[] = [
    {
      type: 'AgreementStatusChanged',
      status: to,
      date: today,
      reason: to === 'CLOSED' ? reason : null,
      agreementManager,
    },
  ];
  if (to === 'CLOSED' || to === 'APPROVED') events.push(...clearReminders(s));
  return events;
}

export const RESUBMISSION_MESSAGE: Bilingual = {
  en: 'Application requires resubmission. Information missing',
  fr: 'Il faut renvoyer la demande, il manque des renseignements.',
};
export const WARN_CHANGES_REQUIRED: Bilingual = {
  en:
    'The Agreement Manager has indicated changes are required. Please provide updates and re-submit this ' +
    'application package.',
  fr:
    "Le gestionnaire d'entente a indiqué que des changements étaient nécessaires. Veuillez fournir les mises à " +
    'jour et soumettre de nouveau les documents de la demande.',
};

/** R-FUND-15: ENS returns a submitted application for changes, before it is approved. */
export function validateRequestChanges(s: FundingState, dueDate: IsoDate | undefined, today: IsoDate): Violation[] {
  if (isTerminal(s)) return closedPackage(s);
  if (s.state !== 'SUBMITTED' || !s.agreement || ORDER[s.agreement.status] >= ORDER.APPROVED) {
    return [
      violation('R-FUND-15', 'ERR_NOT_REVIEWABLE', {
        en: 'Changes can be requested only on a submitted application that is not yet approved.',
        fr: "Des changements ne peuvent être demandés que pour une demande envoyée qui n'est pas encore approuvée.",
      }),
    ];
  }
  if (dueDate && dueDate < today)
    return [
      violation(
        'R-FUND-15',
        'ERR_DUE_DATE',
        {
          en: `The due date cannot be before today (${today}).`,
          fr: `La date d'échéance ne peut pas être antérieure à aujourd'hui (${formatLongDate(today, 'fr')}).`,
        },
        { field: 'dueDate' },
      ),
    ];
  return [];
}

/** the due date defaults to a week; R-NOTIF-09: the notification is always High. */
export function decideRequestChanges(
  s: FundingState,
  message: string,
  dueDate: IsoDate | undefined,
  today: IsoDate,
): FundingEvent[] {
  const requestId = s.submissions.length;
  const due = dueDate ?? addDays(today, 7);
  return [
    { type: 'ChangesRequested', requestId, message, dueDate: due, requestedOn: today },
    {
      type: 'ReminderRaised',
      key: notificationKey.resubmission(s.packageId, requestId),
      message: RESUBMISSION_MESSAGE.en,
      messageFr: RESUBMISSION_MESSAGE.fr,
      dueDate: due,
      priority: 'High',
      kind: 'INFO',
    },
  ];
}

export const notificationKey = {
  resubmission: (packageId: number, requestId: number) => `FUNDING_RESUBMISSION:${packageId}:${requestId}`,
  mailedReminder: (packageId: number, submissionNo: number) => `FUNDING_MAILED_REMINDER:${packageId}:${submissionNo}`,
  mailedDeadline: (packageId: number, submissionNo: number) => `FUNDING_MAILED_DEADLINE:${packageId}:${submissionNo}`,
  resubmissionDue: (packageId: number, requestId: number) => `FUNDING_RESUBMISSION_DUE:${packageId}:${requestId}`,
};

/** Notifications of this package that are answered by what just happened (a resubmission, an approval, a closure). */
function clearReminders(s: FundingState): FundingEvent[] {
  return s.reminders.map((key) => ({ type: 'NotificationCleared', key }) as FundingEvent);
}

export function decideSubmissionCompleted(
  s: FundingState,
  submissionNo: number,
  at: string,
  by: number | null,
): FundingEvent[] {
  return [{ type: 'SubmissionCompleted', submissionNo, at, by }, ...clearReminders(s)];
}

/** The days after a submission at which mailed documents are chased (T-04): a reminder, then the deadline. */
export const MAILED_REMINDER_DAYS = 7;
export const MAILED_DEADLINE_DAYS = 10;

export interface FundingTimer {
  key: string;
  fireOn: IsoDate;
  message: string;
  messageFr: string;
  dueDate: IsoDate;
  priority: 'Low' | 'Medium' | 'High';
}

/** §6 T-04 and T-05: the package's durable timers now; a change of state recomputes them (and so cancels them). */
export function pendingFundingTimers(s: FundingState): FundingTimer[] {
  if (isTerminal(s) || !s.agreement) return [];
  const timers: FundingTimer[] = [];
  const last = s.submissions.at(-1);
  const mailed = s.checklist.filter((i) => i.paper);
  const decided = ORDER[s.agreement.status] >= ORDER.APPROVED;
  if (last && mailed.length && !decided && s.state === 'SUBMITTED') {
    // The day in Halifax: an evening submission is that day's, not the next UTC day's (the reminder would be late).
    const submittedOn = businessDate(new Date(last.at));
    const deadline = addDays(submittedOn, MAILED_DEADLINE_DAYS);
    const names = mailed.map((i) => i.name).join(', ');
    const { agreementId } = s.agreement;
    timers.push({
      key: notificationKey.mailedReminder(s.packageId, last.submissionNo),
      fireOn: addDays(submittedOn, MAILED_REMINDER_DAYS),
      message: `Documents marked as mailed for agreement ${agreementId} must reach ENS by ${deadline}: ${names}.`,
      messageFr:
        `Les documents indiqués comme envoyés par la poste pour l'entente ${agreementId} doivent parvenir à ENE ` +
        `au plus tard le ${formatLongDate(deadline, 'fr')} : ${names}.`,
      dueDate: deadline,
      priority: 'Medium',
    });
    timers.push({
      key: notificationKey.mailedDeadline(s.packageId, last.submissionNo),
      fireOn: deadline,
      message:
        `The 10-day window for mailed documents of agreement ${agreementId} ends today; ENS may ` +
        `close the application if they have not arrived.`,
      messageFr:
        `Le délai de 10 jours pour les documents de l'entente ${agreementId} envoyés par la poste prend fin ` +
        `aujourd'hui; ENE pourrait fermer la demande s'ils ne sont pas arrivés.`,
      dueDate: deadline,
      priority: 'High',
    });
  }
  if (s.state === 'CHANGES_REQUIRED' && s.changeRequest) {
    timers.push({
      key: notificationKey.resubmissionDue(s.packageId, s.changeRequest.requestId),
      fireOn: s.changeRequest.dueDate,
      message: `The resubmission of agreement ${s.agreement.agreementId} is due today.`,
      messageFr: `Le nouvel envoi de l'entente ${s.agreement.agreementId} est attendu aujourd'hui.`,
      dueDate: s.changeRequest.dueDate,
      priority: 'High',
    });
  }
  return timers
    .filter((t) => !s.reminders.includes(t.key))
    .sort((a, b) => (a.fireOn < b.fireOn ? -1 : a.fireOn > b.fireOn ? 1 : 0));
}

/** R-FUND-04: one active package per intervention; R-FUND-01/02: a funded intervention and an eligible program. */
export function validateCreatePackage(
  intervention: { fundingRequested: boolean; interventionType: string; status: string } | null,
  programCode: string,
  activePackages: number,
  caseStatus: CaseStatus,
): Violation[] {
  const closed = caseClosed(caseStatus);
  if (closed.length) return closed;
  if (!intervention)
    return [
      violation('R-FUND-01', 'ERR_NOT_FOUND', {
        en: 'This case has no such intervention.',
        fr: "Ce cas n'a pas cette intervention.",
      }),
    ];
  if (!intervention.fundingRequested) {
    return [
      violation('R-FUND-01', 'ERR_NOT_FUNDED', {
        en:
          'This intervention is not marked as needing funding: Apply for Funding is offered only for such ' +
          'interventions.',
        fr:
          "Cette intervention n'est pas indiquée comme nécessitant du financement : « Demander du financement » " +
          "n'est offert que pour ces interventions.",
      }),
    ];
  }
  const program = FUNDING_PROGRAMS[programCode];
  if (!program || !program.eligibleInterventionTypes.includes(intervention.interventionType)) {
    const offered = programsFor(intervention.interventionType).map((p) => p.code);
    return [
      violation(
        'R-FUND-02',
        'ERR_PROGRAM_NOT_ELIGIBLE',
        offered.length
          ? {
              en: `This program does not fund this type of intervention; choose one of ${offered.join(', ')}.`,
              fr:
                `Ce programme ne finance pas ce type d'intervention; ` +
                `choisissez l'un de ceux-ci : ${offered.join(', ')}.`,
            }
          : {
              en: 'No funding program available for this type of intervention.',
              fr: "Aucun programme de financement n'est offert pour ce type d'intervention.",
            },
        { field: 'programCode' },
      ),
    ];
  }
  return activePackages > 0 ? packageExists() : [];
}

/** R-FUND-04: one active package per intervention; also what a save that lost the race to the unique index is told. */
export const packageExists = (): Violation[] => [
  violation('R-FUND-04', 'ERR_PACKAGE_EXISTS', {
    en: 'This intervention already has an application package; a new one can be started once it is deleted or closed.',
    fr:
      'Cette intervention a déjà une trousse de demande; une nouvelle pourra être commencée une fois celle-ci ' +
      'supprimée ou fermée.',
  }),
];

/** R-PM-03: a Planned intervention with a submitted application is not deleted; a Draft goes with it. */
export function validateFundedInterventionDeletion(packageStates: PackageState[]): Violation[] {
  return packageStates.some((st) => st !== 'DRAFT' && st !== 'DELETED' && st !== 'CLOSED')
    ? [
        violation('R-PM-03', 'ERR_DELETE_FUNDED', {
          en: 'This intervention has a submitted funding application: it cannot be deleted.',
          fr: 'Cette intervention a une demande de financement envoyée : elle ne peut pas être effacée.',
        }),
      ]
    : [];
}

/** A funding request's accepted action: its events and the package's state after them (spec 02 §4.C). */
export interface FundingEventBatch {
  packageId: number;
  caseId: number;
  /** Unique per accepted action (an Update's id, a step or a timer key): makes the write idempotent. */
  commandId: string;
  actorId: number | null;
  at: string;
  events: FundingEvent[];
  snapshot: FundingState;
}
