// Ending someone's LaMPSS access (spec 04 §3.10, R-SEC-11, R-SEC-12): their profiles are revoked, the account is
// unlinked from the contact, their sessions end at once and a pending invitation is cancelled; they are told.
import type { IUser } from '../../db/entities.ts';
import { writeAudit } from '../../db/access-audit.ts';
import type { AuditEntry } from '../../domain/access-audit.ts';
import { refuseAccess, validateAccessEnd, validateAccessRemoval, type Target } from '../../domain/access.ts';
import { listedName } from '../../domain/person-name.ts';
import { endSessions } from '../session/sessions.ts';
import { lockContact, pendingInvitation, snapshot } from './contact-records.ts';
import { inTransaction, type AccessContext } from './context.ts';
import { endInvitation } from './invitations.ts';
import { notify, signalEnded } from './notices.ts';
import { requireAdministrator, type IOrg } from './organisation.ts';
import { otherHolders } from './queries.ts';

async function targetOf(ctx: AccessContext, c: IUser): Promise<Target> {
  const pending = await pendingInvitation(ctx, c.id);
  return {
    id: c.id,
    active: c.active,
    hasAccess: c.loginId != null,
    isPrimary: c.isPrimary,
    profiles: [...c.profiles, ...(pending?.profiles ?? [])],
  };
}

/** R-SEC-11 (deactivate) and R-SEC-12 (remove access), in the caller's transaction; the invitations it ended. */
export async function endAccess(
  ctx: AccessContext,
  org: IOrg,
  c: IUser,
  kind: 'DEACTIVATED' | 'ACCESS_REMOVED',
): Promise<number[]> {
  refuseAccess(
    validateAccessEnd(
      { id: ctx.user.id, profiles: ctx.user.profiles },
      await targetOf(ctx, c),
      await otherHolders(ctx, org.id, c.id),
    ),
  );
  const before = snapshot(c);
  const hadAccess = c.loginId != null;
  const pending = await pendingInvitation(ctx, c.id);
  if (pending) await endInvitation(ctx, pending, c, 'CANCELLED', kind);
  c.loginId = null;
  c.passwordHash = null;
  c.accountEmail = null;
  c.profiles = [];
  if (kind === 'DEACTIVATED') c.active = false;
  c.version += 1;
  await ctx.em.flush();
  await endSessions(ctx, [c.id]);
  const revoked: AuditEntry[] = before.profiles.map((p) => ({
    organisationId: org.id,
    action: 'PROFILE_REVOKED',
    targetType: 'CONTACT',
    targetId: c.id,
    targetName: listedName(c),
    before: { profile: p },
    after: { reason: kind },
  }));
  await writeAudit(ctx.em, ctx.audit, [
    {
      organisationId: org.id,
      action: kind === 'DEACTIVATED' ? 'CONTACT_DEACTIVATED' : 'ACCESS_REMOVED',
      targetType: 'CONTACT',
      targetId: c.id,
      targetName: listedName(c),
      before,
      after: snapshot(c),
    },
    ...revoked,
  ]);
  if (hadAccess) await notify(ctx, org, c, kind);
  return pending ? [pending.id] : [];
}

/** §3.10: the person stays a contact of the organisation. */
export async function removeAccess(ctx: AccessContext, org: IOrg, contactId: number): Promise<IUser> {
  requireAdministrator(ctx);
  const { contact, ended } = await inTransaction(ctx, async (tx) => {
    const c = await lockContact(tx, org.id, contactId);
    refuseAccess(validateAccessRemoval(c.loginId != null));
    return { contact: c, ended: await endAccess(tx, org, c, 'ACCESS_REMOVED') };
  });
  await signalEnded(ctx, ended);
  return contact;
}
