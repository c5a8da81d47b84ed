// Accepting an invitation (spec 04 §3.6). Pathway signs users in with a user ID and password, so accepting is where the
// invitee chooses them: the account is linked to the contact and gets the requested profiles that still meet their
// prerequisites (R-INV-10).
import { Invitation, Organisation, User } from '../../db/entities.ts';
import { writeAudit } from '../../db/access-audit.ts';
import type { AuditActor } from '../../domain/access-audit.ts';
import {
  acceptanceRefusal,
  expiryDate,
  profileLabel,
  profilesOnAcceptance,
  refuseAccess,
  validateInvitationClaimed,
  validateNewAccount,
} from '../../domain/access.ts';
import { listedName } from '../../domain/person-name.ts';
import { accessNoticeEmail } from '../../domain/emails.ts';
import { normalLoginId } from '../../domain/login-ids.ts';
import { hashPassword } from '../../infra/passwords.ts';
import type { AppContext } from '../context.ts';
import { strengthFor } from '../session/password-rules.ts';
import { tokenHash } from '../session/tokens.ts';
import { inTransaction, type PublicContext, type RequestOrigin } from './context.ts';
import { sendLater, signalEnded } from './notices.ts';
import { flagsOf } from './organisation.ts';

/** The invitation of this link, with its organisation and contact; refused when the link cannot be used now. */
async function usableInvitation(ctx: Pick<AppContext, 'em'>, token: string) {
  // Looked up by the token's SHA-256: the raw token is never stored, so nothing to compare it with in clear.
  const inv = await ctx.em.findOne(Invitation, { tokenHash: tokenHash(token) });
  const org = inv && (await ctx.em.findOneOrFail(Organisation, { id: inv.organisationId }));
  const contact = inv && (await ctx.em.findOneOrFail(User, { id: inv.contactId }));
  const refusal = acceptanceRefusal(inv, new Date(), org?.inactive, contact?.active);
  if (refusal) refuseAccess([refusal]);
  // acceptanceRefusal refused a link without an invitation.
  return { inv: inv!, org: org!, contact: contact! };
}

/** SR-08: before accepting, the invitee sees only the organisation and who invited them. */
export async function invitationLanding(ctx: Pick<AppContext, 'em'>, token: string) {
  const { inv, org } = await usableInvitation(ctx, token);
  const inviter = inv.invitedBy ? await ctx.em.findOne(User, { id: inv.invitedBy }) : null;
  return {
    organisationName: org.name,
    organisationCode: org.code,
    inviterName: inviter ? `${inviter.firstName} ${inviter.lastName}` : 'LaMPSS Operations Support',
    expiresAt: inv.expiresAt.toISOString(),
    expiresOn: expiryDate(inv.expiresAt),
  };
}

/** §3.6: the invitee's user ID and password; the first user of an organisation becomes its primary contact. */
export async function acceptInvitation(
  ctx: PublicContext,
  input: { token: string; loginId: string; password: string; accountEmail?: string | null },
  origin: RequestOrigin,
) {
  const result = await inTransaction(ctx, async (tx) => {
    const { inv, org, contact: c } = await usableInvitation(tx, input.token);
    const loginId = normalLoginId(input.loginId);
    const taken = await tx.em.count(User, { organisationId: org.id, loginId });
    refuseAccess(
      validateNewAccount({
        loginId: input.loginId,
        password: input.password,
        passwordStrength: strengthFor(input.password, { ...c, loginId: input.loginId }, org),
        loginIdTaken: taken > 0,
        contactHasAccess: c.loginId != null,
      }),
    );
    const claimed = await tx.em.nativeUpdate(
      Invitation,
      { id: inv.id, status: 'PENDING' },
      { status: 'ACCEPTED', endedAt: new Date(), endReason: 'ACCEPTED' },
    );
    refuseAccess(validateInvitationClaimed(claimed > 0));
    const { granted, skipped } = profilesOnAcceptance(inv.profiles, flagsOf(org));
    c.loginId = loginId;
    c.passwordHash = await hashPassword(input.password);
    c.accountEmail = input.accountEmail ?? null;
    c.profiles = granted;
    c.version += 1;
    // R-CON-05: the first user of an organisation approved through an access request becomes its primary contact.
    const primary = await tx.em.findOne(User, { organisationId: org.id, isPrimary: true });
    await tx.em.flush();
    if (!primary) {
      c.isPrimary = true;
      await tx.em.flush();
    }
    const actor: AuditActor = {
      id: c.id,
      name: `${c.firstName} ${c.lastName}`,
      ip: origin.ip,
      userAgent: origin.userAgent,
    };
    await writeAudit(tx.em, actor, [
      {
        organisationId: org.id,
        action: 'INVITATION_ACCEPTED',
        targetType: 'INVITATION',
        targetId: inv.id,
        targetName: listedName(c),
        before: { status: 'PENDING' },
        after: { status: 'ACCEPTED', userId: c.loginId, skippedProfiles: skipped },
      },
      ...granted.map((p) => ({
        organisationId: org.id,
        action: 'PROFILE_GRANTED' as const,
        targetType: 'CONTACT' as const,
        targetId: c.id,
        targetName: listedName(c),
        after: { profile: p, invitationId: inv.id },
      })),
      ...(primary
        ? []
        : [
            {
              organisationId: org.id,
              action: 'PRIMARY_CONTACT_TRANSFERRED' as const,
              targetType: 'CONTACT' as const,
              targetId: c.id,
              targetName: listedName(c),
              before: { primaryContactId: null },
              after: { primaryContactId: c.id },
            },
          ]),
    ]);
    await sendLater(
      tx,
      org.id,
      'ACCESS_INVITATION_ACCEPTED',
      c.email,
      accessNoticeEmail({
        lang: c.language,
        recipientName: `${c.firstName} ${c.lastName}`,
        organisationName: org.name,
        notice: 'INVITATION_ACCEPTED',
        profiles: granted.map(profileLabel),
      }),
    );
    return {
      invitationId: inv.id,
      organisationCode: org.code,
      organisationName: org.name,
      loginId: c.loginId,
      profiles: granted,
      skippedProfiles: skipped,
    };
  });
  await signalEnded(ctx, [result.invitationId]);
  return result;
}
