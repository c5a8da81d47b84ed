// One permission matrix, security profile × action (spec 04 §2.7). Every API route asks it; tests check it as a table.
// The profile catalogue (family, administrator, who may assign it, organisation prerequisite) lives here too, so the
// grant rules of domain/access.ts and the matrix read the same list.

export const PROFILES = [
  'OFA_ADMIN',
  'OFA_USER',
  'OFA_READ',
  'SE_ADMIN',
  'SE_USER',
  'SE_VIEW',
  'ECM_ADMIN',
  'ECM_INTAKE',
  'ECM_MANAGEMENT',
  'ECM_REVIEWER',
  'ECM_VIEW',
  'ECM_BUSINESS_PARTNER',
  'ECM_CASE_MANAGER',
  'PCC_ADMIN',
  'PCC_PROGRAM',
  'PCC_ADMISSION',
  'PCC_INSTRUCTOR',
  'LM_ADMIN',
  'LM_MANAGER',
  'LM_READ',
  'OPS_SUPPORT',
  'ECM_ENHANCED_SERVICES', // the organisation's enhanced-services role (spec 02 R-ES-01)
  'ENS_AGREEMENT_MANAGER', // ENS staff who assess funding requests (spec 02 R-FUND-15, R-FUND-18)
] as const;
export type Profile = (typeof PROFILES)[number];

export const ACTIONS = [
  'individual.view',
  'individual.update',
  'case.view',
  'case.update',
  'case.assignable', // may be the case manager of a case (R-CASE-03)
  'case.inspect', // workflow state, timers and timeline (supervisors)
  'ops.view',
  'ops.retry',
  'org.admin', // configure the ECM environment: additional case information, follow-up corrections
  'org.view', // organisation header and information (§2.7.2 row 1)
  'org.update', // organisation name, address, phone (R-ORG-06)
  'org.flags', // program flags and "inactive" (R-ORG-05)
  'org.any', // act on any organisation: LaMPSS Operations Support (R-SEC-18)
  'contacts.view', // the Organisation Contacts page (R-SEC-16: read-only without contacts.manage)
  'contacts.manage', // add and edit contacts, invite, deactivate, remove access (R-CON-10), within R-SEC-04/07
  'access-requests.process', // approve or reject access requests (R-ORG-03)
  'audit.view', // the organisation's access-change history (SR-06)
  'service.manage', // create, change and schedule enhanced services (spec 02 R-ES-01)
  'funding.decide', // change an agreement's status, request changes (spec 02 R-FUND-15, R-FUND-18)
  'org.read-any', // read any organisation's information and contacts, never change them (R-ORG-09)
] as const;
export type Action = (typeof ACTIONS)[number];

const ORG_USER: Action[] = ['org.view', 'contacts.view'];
const ADMIN: Action[] = [...ORG_USER, 'contacts.manage', 'audit.view'];

export const PROFILE_PERMISSIONS: Record<Profile, readonly Action[]> = {
  OFA_ADMIN: [...ADMIN, 'org.update'],
  OFA_USER: ORG_USER,
  OFA_READ: ORG_USER,
  SE_ADMIN: [...ADMIN, 'org.update'],
  SE_USER: ORG_USER,
  SE_VIEW: ORG_USER,
  ECM_CASE_MANAGER: [
    ...ORG_USER,
    'individual.view',
    'individual.update',
    'case.view',
    'case.update',
    'case.assignable',
  ],
  ECM_INTAKE: [...ORG_USER, 'individual.view', 'individual.update', 'case.view'],
  ECM_MANAGEMENT: [...ORG_USER, 'individual.view', 'case.view', 'case.inspect'],
  ECM_REVIEWER: [...ORG_USER, 'individual.view', 'case.view'],
  ECM_VIEW: [...ORG_USER, 'individual.view', 'case.view'],
  ECM_BUSINESS_PARTNER: ORG_USER,
  ECM_ADMIN: [...ADMIN, 'org.update', 'org.admin'],
  PCC_ADMIN: [...ADMIN, 'org.update'],
  PCC_PROGRAM: ORG_USER,
  PCC_ADMISSION: ORG_USER,
  PCC_INSTRUCTOR: ORG_USER,
  LM_ADMIN: ADMIN,
  LM_MANAGER: ORG_USER,
  LM_READ: ORG_USER,
  OPS_SUPPORT: [
    'ops.view',
    'ops.retry',
    'case.inspect',
    'org.admin',
    ...ADMIN,
    'org.update',
    'org.flags',
    'org.any',
    'access-requests.process',
  ],
  ECM_ENHANCED_SERVICES: [...ORG_USER, 'case.view', 'service.manage'],
  // R-ORG-09: the departments that administer funding agreements read every organisation's contacts.
  ENS_AGREEMENT_MANAGER: ['funding.decide', ...ORG_USER, 'org.read-any'],
};

export const FAMILIES = ['OFA', 'SE', 'ECM', 'PCC', 'LM'] as const;
export type Family = (typeof FAMILIES)[number];

/** The organisation flag a family needs (R-SEC-06); OFA needs none. */
export const FAMILY_PREREQUISITE: Record<
  Family,
  'serviceEnrolment' | 'externalCaseManagement' | 'privateCareerCollege' | 'learnerManagement' | null
> = {
  OFA: null,
  SE: 'serviceEnrolment',
  ECM: 'externalCaseManagement',
  PCC: 'privateCareerCollege',
  LM: 'learnerManagement',
};

export const FAMILY_LABELS: Record<Family, { en: string; fr: string }> = {
  OFA: { en: 'Organisation Funding Agreement', fr: "Entente de financement d'organisme" },
  SE: { en: 'Service Enrolment', fr: 'Inscription à un service' },
  ECM: { en: 'External Case Management', fr: 'Gestion externe de cas' },
  PCC: { en: 'Private Career Colleges', fr: "Collège privé d'enseignement professionnel" },
  LM: { en: 'Learner Management', fr: "Gestion de l'apprenant" },
};

export interface ProfileInfo {
  family: Family | 'INTERNAL';
  en: string;
  fr: string;
  /** Administrator profiles (R-SEC-03): the "Administrator" badge. */
  admin: boolean;
  /** Assigned only by LaMPSS Operations Support (R-SEC-05). */
  opsOnly: boolean;
}

const info = (family: ProfileInfo['family'], en: string, fr: string, admin = false, opsOnly = false): ProfileInfo => ({
  family,
  en,
  fr,
  admin,
  opsOnly,
});

/** Spec 04 §2.6: English product names and official French names. */
export const PROFILE_CATALOGUE: Record<Profile, ProfileInfo> = {
  OFA_ADMIN: info(
    'OFA',
    'Organisation Funding Agreement / Administrator (Self-service with full update privilege)',
    "Entente de financement d'organisme/Administrateur",
    true,
  ),
  OFA_USER: info('OFA', 'Organisation Funding Agreement / User', "Entente de financement d'organisme/Utilisateur"),
  OFA_READ: info(
    'OFA',
    'Organisation Funding Agreement / Read Only',
    "Entente de financement d'organisme/Lecture seulement",
  ),
  SE_ADMIN: info('SE', 'Service Enrolment Administrator', 'Administrateur, Inscription à un service', true, true),
  SE_USER: info('SE', 'Service Enrolment User', "Utilisateur de l'inscription à un service"),
  SE_VIEW: info('SE', 'Service Enrolment View Only', 'Inscription à un service, Consultation seulement'),
  ECM_ADMIN: info('ECM', 'ECM Administrator', 'Administrateur de la Gestion externe de cas', true, true),
  ECM_INTAKE: info('ECM', 'ECM Intake/Tracking', 'Suivi de la prise en charge du cas de la Gestion externe de cas'),
  ECM_MANAGEMENT: info('ECM', 'ECM Management (reports & workload)', 'Consultation de la Gestion externe de cas'),
  ECM_REVIEWER: info('ECM', 'ECM Reviewer', 'Réviseur de la Gestion externe de cas'),
  ECM_VIEW: info('ECM', 'ECM View Only', 'Consultation de la Gestion externe de cas uniquement'),
  ECM_BUSINESS_PARTNER: info(
    'ECM',
    'ECM Business Partner Update',
    'Mise à jour des associés commerciaux de la Gestion externe de cas',
  ),
  ECM_CASE_MANAGER: info('ECM', 'ECM Case Manager', 'Gestionnaire de cas de la Gestion externe de cas'),
  PCC_ADMIN: info('PCC', 'PCC Administrator', 'Administrateur de CPEP', true),
  PCC_PROGRAM: info('PCC', 'PCC Training Program Maintenance', 'Entretien du programme de formation CPEP'),
  PCC_ADMISSION: info(
    'PCC',
    'PCC Admission/Enrolment Maintenance (students)',
    'Admission ou inscription à un CPEP — Entretien',
  ),
  PCC_INSTRUCTOR: info(
    'PCC',
    'PCC Admissions & Enrolments Maintenance (instructor applications)',
    'Entretien des admissions et des inscriptions à un CPEP',
  ),
  LM_ADMIN: info('LM', 'Learner Management Administrator', "Administrateur, Gestion de l'apprenant", true, true),
  LM_MANAGER: info('LM', 'Learner Management Manager', "Gestionnaire en Gestion de l'apprenant"),
  LM_READ: info('LM', 'Learner Management Read Only', "Gestion de l'apprenant — Lecture seulement"),
  OPS_SUPPORT: info('INTERNAL', 'LaMPSS Operations Support', 'Soutien aux opérations du LaMPSS'),
  // Spec 02: not in spec 04's catalogue; the seeds name the enhanced-services role and ENS's agreement managers.
  ECM_ENHANCED_SERVICES: info('ECM', 'ECM Enhanced Services', 'Services améliorés de la Gestion externe de cas'),
  ENS_AGREEMENT_MANAGER: info('INTERNAL', 'ENS Agreement Manager', "Gestionnaire d'entente d'ENE", false, true),
};

export const PROFILE_LABELS = Object.fromEntries(PROFILES.map((p) => [p, PROFILE_CATALOGUE[p].en])) as Record<
  Profile,
  string
>;

export const isProfile = (p: string): p is Profile => (PROFILES as readonly string[]).includes(p);

/** A user's permissions are the union of their profiles' (spec 04 §2.7). */
export function can(profiles: readonly string[], action: Action): boolean {
  return profiles.some((p) => (PROFILE_PERMISSIONS as Record<string, readonly Action[]>)[p]?.includes(action));
}
