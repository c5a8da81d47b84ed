// One permission matrix, security profile × action (spec 04 §2.7). Every API route asks it; tests check it as a table.

export const PROFILES = [
  'ECM_ADMIN',
  'ECM_INTAKE',
  'ECM_MANAGEMENT',
  'ECM_REVIEWER',
  'ECM_VIEW',
  'ECM_BUSINESS_PARTNER',
  'ECM_CASE_MANAGER',
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
  'org.admin',
  'service.manage', // create, change and schedule enhanced services (R-ES-01)
  'funding.decide', // change an agreement's status, request changes (R-FUND-15, R-FUND-18)
] as const;
export type Action = (typeof ACTIONS)[number];

export const PROFILE_PERMISSIONS: Record<Profile, readonly Action[]> = {
  ECM_CASE_MANAGER: ['individual.view', 'individual.update', 'case.view', 'case.update', 'case.assignable'],
  ECM_INTAKE: ['individual.view', 'individual.update', 'case.view'],
  ECM_MANAGEMENT: ['individual.view', 'case.view', 'case.inspect'],
  ECM_REVIEWER: ['individual.view', 'case.view'],
  ECM_VIEW: ['individual.view', 'case.view'],
  ECM_BUSINESS_PARTNER: [],
  ECM_ADMIN: ['org.admin'],
  OPS_SUPPORT: ['ops.view', 'ops.retry', 'case.inspect', 'org.admin'],
  ECM_ENHANCED_SERVICES: ['case.view', 'service.manage'],
  ENS_AGREEMENT_MANAGER: ['funding.decide'],
};

export const PROFILE_LABELS: Record<Profile, string> = {
  ECM_ADMIN: 'ECM Administrator',
  ECM_INTAKE: 'ECM Intake/Tracking',
  ECM_MANAGEMENT: 'ECM Management',
  ECM_REVIEWER: 'ECM Reviewer',
  ECM_VIEW: 'ECM View Only',
  ECM_BUSINESS_PARTNER: 'ECM Business Partner Update',
  ECM_CASE_MANAGER: 'ECM Case Manager',
  OPS_SUPPORT: 'LaMPSS Operations Support',
  ECM_ENHANCED_SERVICES: 'ECM Enhanced Services',
  ENS_AGREEMENT_MANAGER: 'ENS Agreement Manager',
};

/** A user's permissions are the union of their profiles' (spec 04 §2.7). */
export function can(profiles: readonly string[], action: Action): boolean {
  return profiles.some((p) => (PROFILE_PERMISSIONS as Record<string, readonly Action[]>)[p]?.includes(action));
}
