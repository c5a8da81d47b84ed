// Security profiles (R-SEC-04..10, §3.7): those of a user with access, or those a pending invitation requests.
import type { IUser } from '../../db/entities.ts';
import type { AuditEntry } from '../../domain/access-audit.ts';
import { grantRefusal, refuseAccess, validateLastAdmin, validateNotSelf } from '../../domain/access.ts';
import { violation, type Violation } from '../../domain/refusals.ts';
import { fullName, type IInvitation } from './contact-records.ts';
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
  const current = c.loginId != null ? c.profiles : (pending?.profiles ?? []);
  const adding = [...new Set(add)].filter((p) => !current.includes(p));
  const removing = [...new Set(remove)].filter((p) => current.includes(p));
  if (!adding.length && !removing.length) return [];
  refuseAccess(validateNotSelf(ctx.user.id, c.id));
  if (c.loginId == null && !pending)
    refuseAccess([
      violation(
        'R-SEC-01',
        'NO_LAMPSS_ACCESS',
        'This contact has no LaMPSS access: invite them to LaMPSS to give them security profiles.',
      ),
    ]);
  const flags = flagsOf(org);
  refuseAccess(
    [
      ...adding.map((p) => grantRefusal(ctx.user.profiles, flags, p)),
      // Taking a profile away needs the right to grant it, not the organisation prerequisite.
      ...removing.map((p) =>
        grantRefusal(
          ctx.user.profiles,
          {
            ...flags,
            externalCaseManagement: true,
            serviceEnrolment: true,
            privateCareerCollege: true,
            learnerManagement: true,
          },
          p,
        ),
      ),
    ].filter((v): v is Violation => v !== null),
  );
  const next = [...current.filter((p) => !removing.includes(p)), ...adding];
  if (c.loginId != null) {
    refuseAccess(validateLastAdmin(ctx.user.profiles, removing, await otherHolders(ctx, org.id, c.id)));
    c.profiles = next;
  } else {
    if (!next.length)
      refuseAccess([
        violation(
          'R-INV-02',
          'PROFILE_REQUIRED',
          'Select at least one security profile to invite this person to LaMPSS.',
          { field: 'profiles' },
        ),
      ]);
    pending!.profiles = next;
  }
  const entry = (action: 'PROFILE_GRANTED' | 'PROFILE_REVOKED', p: string): AuditEntry => ({
    organisationId: org.id,
    action,
    targetType: c.loginId != null ? 'CONTACT' : 'INVITATION',
    targetId: c.loginId != null ? c.id : pending!.id,
    targetName: fullName(c),
    after: { profile: p, pending: c.loginId == null },
  });
  return [...adding.map((p) => entry('PROFILE_GRANTED', p)), ...removing.map((p) => entry('PROFILE_REVOKED', p))];
}
