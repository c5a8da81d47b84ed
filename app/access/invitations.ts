// Invitations to LaMPSS (spec 04 §3.4, §3.5, R-INV-01..15): issued with a one-time link valid 30 days, withdrawn or
// resent by an administrator, cancelled by the system when the contact changes.
import { writeAudit } from '../../db/access-audit.ts';
import { Invitation, type IUser } from '../../db/entities.ts';
import {
  expiryDate,
  invitationExpiresAt,
  profileLabel,
  refuseAccess,
  validateInvitation,
  validateInvitationPending,
  validateInvitee,
  validateScope,
} from '../../domain/access.ts';
import { listedName } from '../../domain/person-name.ts';
import { invitationEmail, invitationEmailKey } from '../../domain/emails.ts';
import { notFound } from '../../domain/refusals.ts';
import { queueEmail } from '../../infra/mailer.ts';
import { invitationWorkflowId } from '../../workflows/invitation-api.ts';
import { newToken, tokenHash } from '../session/tokens.ts';
import { lockContact, pendingInvitation, type IInvitation } from './contact-records.ts';
import { inTransaction, type AccessContext } from './context.ts';
import { signalEnded, startWorkflow } from './notices.ts';
import { flagsOf, requireAdministrator, type IOrg } from './organisation.ts';

/** Ends a pending invitation (withdrawn by an administrator, or cancelled by the system, R-INV-08/13); the access
 * history names the contact it was sent to. */
export async function endInvitation(
  ctx: AccessContext,
  inv: IInvitation,
  contact: { lastName: string; firstName: string },
  status: 'WITHDRAWN' | 'CANCELLED',
  reason: string,
): Promise<void> {
  const ended = await ctx.em.nativeUpdate(
    Invitation,
    { id: inv.id, status: 'PENDING' },
    { status, endedAt: new Date(), endedBy: ctx.user.id, endReason: reason },
  );
  refuseAccess(validateInvitationPending(ended > 0));
  await writeAudit(ctx.em, ctx.audit, [
    {
      organisationId: inv.organisationId,
      action: status === 'WITHDRAWN' ? 'INVITATION_WITHDRAWN' : 'INVITATION_CANCELLED',
      targetType: 'INVITATION',
      targetId: inv.id,
      targetName: listedName(contact),
      before: { status: 'PENDING' },
      after: { status, reason, contactId: inv.contactId },
    },
  ]);
}

/**
 * R-INV-01..05: a PENDING invitation valid 30 days, its email queued in the outbox with the only copy of the link's
 * token, and its workflow started (it sends the email and expires the invitation on a durable timer). Runs in the
 * caller's transaction.
 */
export async function issueInvitation(
  ctx: AccessContext,
  org: IOrg,
  contact: IUser,
  input: { profiles: string[]; message?: string | null },
): Promise<IInvitation> {
  const { em } = ctx;
  refuseAccess(validateInvitation(ctx.user.profiles, flagsOf(org), input));
  refuseAccess(
    validateInvitee({
      active: contact.active,
      hasAccess: contact.loginId != null,
      pendingInvitation: (await pendingInvitation(ctx, contact.id)) != null,
    }),
  );
  const token = newToken();
  const createdAt = new Date();
  const inv = em.create(Invitation, {
    organisationId: org.id,
    contactId: contact.id,
    // R-INV-11: the token is stored only as its SHA-256.
    tokenHash: tokenHash(token),
    profiles: [...new Set(input.profiles)],
    message: input.message?.trim() || null,
    sentToEmail: contact.email,
    invitedBy: ctx.user.id,
    createdAt,
    expiresAt: invitationExpiresAt(createdAt),
    status: 'PENDING',
  });
  await em.flush();
  const lang = contact.language === 'FR' ? 'fr' : 'en';
  await queueEmail(
    em,
    { key: invitationEmailKey(inv.id), kind: 'INVITATION', recipient: contact.email, organisationId: org.id },
    invitationEmail({
      lang: contact.language,
      recipientName: `${contact.firstName} ${contact.lastName}`,
      organisationName: org.name,
      organisationCode: org.code,
      inviterName: ctx.audit.name,
      message: inv.message ?? null,
      link: `${ctx.publicUrl}/invitations/${token}`,
      expires: expiryDate(inv.expiresAt, lang),
      profiles: inv.profiles.map(profileLabel),
    }),
  );
  await writeAudit(em, ctx.audit, [
    {
      organisationId: org.id,
      action: 'INVITATION_SENT',
      targetType: 'INVITATION',
      targetId: inv.id,
      targetName: listedName(contact),
      after: {
        contactId: contact.id,
        profiles: inv.profiles,
        sentTo: contact.email,
        expiresAt: inv.expiresAt.toISOString(),
      },
    },
  ]);
  await startWorkflow(ctx, 'invitationWorkflow', invitationWorkflowId(inv.id), {
    invitationId: inv.id,
    organisationId: org.id,
    expiresAt: inv.expiresAt.toISOString(),
  });
  return inv;
}

export interface InvitationView {
  id: number;
  status: string;
  expiresAt: string;
  profiles: string[];
}

const invitationView = (inv: IInvitation): InvitationView => ({
  id: inv.id,
  status: inv.status,
  expiresAt: inv.expiresAt.toISOString(),
  profiles: inv.profiles,
});

/** §3.4. */
export async function inviteContact(
  ctx: AccessContext,
  org: IOrg,
  contactId: number,
  input: { profiles: string[]; message?: string | null },
): Promise<InvitationView> {
  requireAdministrator(ctx);
  const inv = await inTransaction(ctx, async (tx) =>
    issueInvitation(tx, org, await lockContact(tx, org.id, contactId), input),
  );
  return invitationView(inv);
}

async function invitationInOrg(
  ctx: AccessContext,
  org: IOrg,
  invitationId: number,
): Promise<{ inv: IInvitation; contact: IUser }> {
  const inv = await ctx.em.findOne(Invitation, { id: invitationId, organisationId: org.id });
  if (!inv) throw notFound({ en: 'The requested record', fr: "L'enregistrement demandé" });
  return { inv, contact: await lockContact(ctx, org.id, inv.contactId) };
}

/** R-INV-08: ends a pending invitation of the organisation, then does `next` in the same transaction. */
async function endPending<T>(
  ctx: AccessContext,
  org: IOrg,
  invitationId: number,
  status: 'WITHDRAWN' | 'CANCELLED',
  reason: string,
  next: (tx: AccessContext, contact: IUser, inv: IInvitation) => Promise<T>,
): Promise<T> {
  requireAdministrator(ctx);
  const result = await inTransaction(ctx, async (tx) => {
    const { inv, contact } = await invitationInOrg(tx, org, invitationId);
    refuseAccess(validateInvitationPending(inv.status === 'PENDING'));
    refuseAccess(validateScope(ctx.user.profiles, [...contact.profiles, ...inv.profiles]));
    await endInvitation(tx, inv, contact, status, reason);
    return next(tx, contact, inv);
  });
  await signalEnded(ctx, [invitationId]);
  return result;
}

/** §3.5, R-INV-08: the link stops working at once, and the contact can be invited again. */
export async function withdrawInvitation(ctx: AccessContext, org: IOrg, invitationId: number): Promise<void> {
  await endPending(ctx, org, invitationId, 'WITHDRAWN', 'WITHDRAWN', async () => undefined);
}

/** R-INV-15: a new invitation (new link, new 30 days) with the same profiles and message replaces the pending one. */
export async function resendInvitation(ctx: AccessContext, org: IOrg, invitationId: number): Promise<InvitationView> {
  const inv = await endPending(ctx, org, invitationId, 'CANCELLED', 'RESENT', (tx, contact, old) =>
    issueInvitation(tx, org, contact, { profiles: old.profiles, message: old.message }),
  );
  return invitationView(inv);
}
