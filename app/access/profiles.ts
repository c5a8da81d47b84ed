// Security profiles (R-SEC-04..10, §3.7): those of a user with access, or those a pending invitation requests.
import type { IUser } from '../../db/entities.ts';
import type { AuditEntry } from '../../domain/access-audit.ts';
import { refuseAccess, validateLastAdmin, validateProfileChange } from '../../domain/access.ts';
import { listedName } from '../../domain/person-name.ts';
import { type IInvitation } from './contact-records.ts';
import type { AccessContext } from './context.ts';
import { flagsOf, type IOrg } from './organisation.ts';
import { otherHolders } from './queries.ts';

/** Adds and removes profiles in the caller's transaction; the audit entries of what changed (none when nothing did). */
export async function changeProfiles(
  ctx: AccessContext,
  org: IOrg,
  c: IUser,
  pending: IInvitation | null,
  add: string[],
  remove: string[],
): Promise<AuditEntry[]> {
  const hasAccess = c.loginId != null;
  const current = hasAccess ? c.profiles : (pending?.profiles ?? []);
  const adding = [...new Set(add)].filter((p) => !current.includes(p));
  const removing = [...new Set(remove)].filter((p) => current.includes(p));
  if (!adding.length && !removing.length) return [];
  const next = [...current.filter((p) => !removing.includes(p)), ...adding];
  refuseAccess(
    validateProfileChange(
      ctx.user,
      flagsOf(org),
      { id: c.id, hasAccess, pendingInvitation: pending != null },
      { adding, removing, next },
    ),
  );
  if (hasAccess) {
    refuseAccess(validateLastAdmin(ctx.user.profiles, removing, await otherHolders(ctx, org.id, c.id)));
    c.profiles = next;
  } else pending!.profiles = next;
  const entry = (action: 'PROFILE_GRANTED' | 'PROFILE_REVOKED', p: string): AuditEntry => ({
    organisationId: org.id,
    action,
    targetType: hasAccess ? 'CONTACT' : 'INVITATION',
    targetId: hasAccess ? c.id : pending!.id,
    targetName: listedName(c),
    after: { profile: p, pending: !hasAccess },
  });
  return [...adding.map((p) => entry('PROFILE_GRANTED', p)), ...removing.map((p) => entry('PROFILE_REVOKED', p))];
}
