// The access audit log's vocabulary (spec 04 R-SEC-14, SR-06): who changed what. db/access-audit.ts writes the rows.

/** R-SEC-14: the audit log's actions. */
export const AUDIT_ACTIONS = [
  'CONTACT_CREATED',
  'CONTACT_UPDATED',
  'CONTACT_DEACTIVATED',
  'CONTACT_REACTIVATED',
  'INVITATION_SENT',
  'INVITATION_WITHDRAWN',
  'INVITATION_ACCEPTED',
  'INVITATION_EXPIRED',
  'INVITATION_CANCELLED',
  'PROFILE_GRANTED',
  'PROFILE_REVOKED',
  'ACCESS_REMOVED',
  'PRIMARY_CONTACT_TRANSFERRED',
  'ACCESS_REQUEST_SUBMITTED',
  'ACCESS_REQUEST_APPROVED',
  'ACCESS_REQUEST_REJECTED',
  'ORG_UPDATED',
  'ORG_FLAG_CHANGED',
  /** Operations Support read another organisation's workflow payloads in Temporal's Web UI. */
  'PAYLOADS_DECODED',
  // R-UI-07: a password changed by its user, or reset through a forgotten-password link (never the password itself).
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  // R-SEC-18: Operations Support started or ended acting as the organisation.
  'SUPPORT_SESSION_STARTED',
  'SUPPORT_SESSION_ENDED',
  // R-SEC-17: an administrator recorded the periodic access review.
  'ACCESS_REVIEW_RECORDED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** How the access history page names each action. */
export const AUDIT_ACTION_LABELS: Record<AuditAction, { en: string; fr: string }> = {
  CONTACT_CREATED: { en: 'Contact added', fr: 'Personne-ressource ajoutée' },
  CONTACT_UPDATED: { en: 'Contact changed', fr: 'Personne-ressource modifiée' },
  CONTACT_DEACTIVATED: { en: 'Contact deactivated', fr: 'Personne-ressource désactivée' },
  CONTACT_REACTIVATED: { en: 'Contact reactivated', fr: 'Personne-ressource réactivée' },
  INVITATION_SENT: { en: 'Invitation sent', fr: 'Invitation envoyée' },
  INVITATION_WITHDRAWN: { en: 'Invitation withdrawn', fr: 'Invitation retirée' },
  INVITATION_ACCEPTED: { en: 'Invitation accepted', fr: 'Invitation acceptée' },
  INVITATION_EXPIRED: { en: 'Invitation expired', fr: 'Invitation expirée' },
  INVITATION_CANCELLED: { en: 'Invitation cancelled', fr: 'Invitation annulée' },
  PROFILE_GRANTED: { en: 'Security profile granted', fr: 'Profil de sécurité attribué' },
  PROFILE_REVOKED: { en: 'Security profile removed', fr: 'Profil de sécurité retiré' },
  ACCESS_REMOVED: { en: 'LaMPSS access removed', fr: 'Accès au LaMPSS supprimé' },
  PRIMARY_CONTACT_TRANSFERRED: { en: 'Primary contact changed', fr: 'Personne-ressource principale changée' },
  ACCESS_REQUEST_SUBMITTED: { en: 'Access request submitted', fr: "Demande d'accès soumise" },
  ACCESS_REQUEST_APPROVED: { en: 'Access request approved', fr: "Demande d'accès approuvée" },
  ACCESS_REQUEST_REJECTED: { en: 'Access request rejected', fr: "Demande d'accès refusée" },
  ORG_UPDATED: { en: 'Organisation information changed', fr: "Renseignements de l'organisme modifiés" },
  ORG_FLAG_CHANGED: { en: 'Organisation programs changed', fr: "Programmes de l'organisme modifiés" },
  PAYLOADS_DECODED: {
    en: 'Workflow data read by Operations Support',
    fr: 'Données de flux lues par le Soutien aux opérations',
  },
  PASSWORD_CHANGED: { en: 'Password changed', fr: 'Mot de passe modifié' },
  PASSWORD_RESET: { en: 'Password reset by email', fr: 'Mot de passe réinitialisé par courriel' },
  SUPPORT_SESSION_STARTED: {
    en: 'Operations Support started acting as the organisation',
    fr: 'Le Soutien aux opérations a commencé à agir comme l’organisme',
  },
  SUPPORT_SESSION_ENDED: {
    en: 'Operations Support stopped acting as the organisation',
    fr: 'Le Soutien aux opérations a cessé d’agir comme l’organisme',
  },
  ACCESS_REVIEW_RECORDED: { en: 'Access review recorded', fr: 'Revue des accès enregistrée' },
};

export interface AuditActor {
  /** Null for the system (an invitation expiring). */
  id: number | null;
  name: string;
  ip?: string | null;
  userAgent?: string | null;
}

export interface AuditEntry {
  organisationId: number | null;
  action: AuditAction;
  targetType: 'CONTACT' | 'INVITATION' | 'ORGANISATION' | 'ACCESS_REQUEST' | 'WORKFLOW';
  targetId: number | string | null;
  targetName?: string | null;
  before?: unknown;
  after?: unknown;
}
