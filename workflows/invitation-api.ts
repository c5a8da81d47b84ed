// The invitation and notice workflows' public surface, shared by the workflows and the API that starts them.
import { defineSignal } from '@temporalio/workflow';

export const invitationWorkflowId = (invitationId: number) => `invitation-${invitationId}`;
export const noticeWorkflowId = (emailKey: string) => `email-${emailKey}`;

export interface InvitationWorkflowInput {
  invitationId: number;
  organisationId: number;
  /** ISO 8601: when the invitation expires (R-INV-05). */
  expiresAt: string;
}

/** Sent when the invitation is accepted, withdrawn or cancelled: the workflow has nothing left to wait for. */
export const invitationEndedSignal = defineSignal('invitationEnded');

export interface QueuedEmailInput {
  /** The outbox key of an email written with the change it belongs to. */
  key: string;
  kind: string;
  organisationId: number | null;
}
