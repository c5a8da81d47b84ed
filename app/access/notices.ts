// The emails an access change sends and the workflows that send them. Each is written in the change's transaction
// and started inside it, so a Temporal outage refuses the change (503) instead of leaving an email or an invitation
// without the workflow that sends it and times it out.
import { randomUUID } from 'node:crypto';
import type { IUser } from '../../db/entities.ts';
import { profileLabel } from '../../domain/access.ts';
import { accessNoticeEmail, type AccessNotice, type EmailContent } from '../../domain/emails.ts';
import { queueEmail } from '../../infra/mailer.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';
import {
  invitationEndedSignal,
  invitationWorkflowId,
  noticeWorkflowId,
  type InvitationWorkflowInput,
  type QueuedEmailInput,
} from '../../workflows/invitation-api.ts';
import type { DocumentPdfInput } from '../../workflows/document-pdf-api.ts';
import type { AppContext } from '../context.ts';
import type { IOrg } from './organisation.ts';

/** Starts a workflow; one that already exists for this id is the same work (a retried request). */
export async function startWorkflow(
  ctx: Pick<AppContext, 'temporal'>,
  type: string,
  workflowId: string,
  arg: InvitationWorkflowInput | QueuedEmailInput | DocumentPdfInput,
): Promise<void> {
  try {
    await ctx.temporal.workflow.start(type, { workflowId, taskQueue: CASE_TASK_QUEUE, args: [arg] });
  } catch (e) {
    if ((e as Error).name !== 'WorkflowExecutionAlreadyStartedError') throw e;
  }
}

/** An email written in the change's transaction and sent by its own workflow, with operator retries. */
export async function sendLater(
  ctx: Pick<AppContext, 'em' | 'temporal'>,
  organisationId: number | null,
  kind: string,
  to: string,
  content: EmailContent,
): Promise<void> {
  const key = `${kind.toLowerCase()}-${randomUUID()}`;
  await queueEmail(ctx.em, { key, kind, recipient: to, organisationId }, content);
  await startWorkflow(ctx, 'queuedEmailWorkflow', noticeWorkflowId(key), { key, kind, organisationId });
}

/** SR-14: a security notice to the person concerned, written with the change and sent by its own workflow. */
export async function notify(
  ctx: Pick<AppContext, 'em' | 'temporal'>,
  org: IOrg,
  to: IUser,
  notice: AccessNotice,
  profiles?: string[],
): Promise<void> {
  const content = accessNoticeEmail({
    lang: to.language,
    recipientName: `${to.firstName} ${to.lastName}`,
    organisationName: org.name,
    notice,
    profiles: profiles?.map(profileLabel),
  });
  await sendLater(ctx, org.id, `ACCESS_${notice}`, to.email, content);
}

/** Best effort after the change is committed: the workflow ends early; if the signal is lost, its timer finds the
 * invitation no longer pending. */
export async function signalEnded(ctx: Pick<AppContext, 'temporal'>, invitationIds: number[]): Promise<void> {
  for (const id of invitationIds)
    await ctx.temporal.workflow
      .getHandle(invitationWorkflowId(id))
      .signal(invitationEndedSignal)
      .catch(() => undefined);
}
