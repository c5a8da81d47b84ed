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
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

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
