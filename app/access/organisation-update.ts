// Changing an organisation's information (R-ORG-06) and, for Operations Support only, its program flags and
// "inactive" (R-ORG-05); both are audited (R-SEC-14), and making it inactive signs its users out (R-ORG-08).
import { Organisation } from '../../db/entities.ts';
import { writeAudit } from '../../db/access-audit.ts';
import { changedFlags, refuseAccess, validateFlagChanges, validateVersion } from '../../domain/access.ts';
import { type OrganisationChangeInput } from '../../domain/schemas/access.ts';
import { endOrganisationSessions } from '../session/sessions.ts';
import { inTransaction, type AccessContext } from './context.ts';
import { orgView, type IOrg } from './organisation.ts';

export async function updateOrganisation(ctx: AccessContext, org: IOrg, input: OrganisationChangeInput) {
  const flagChanges = changedFlags(org, input);
  refuseAccess(validateFlagChanges(ctx.user.profiles, flagChanges));
  const updated = await inTransaction(ctx, async (tx) => {
    const o = await tx.em.findOneOrFail(Organisation, { id: org.id });
    // R-ORG-06: the organisation's information, saved with the version it was read at.
    refuseAccess(validateVersion(input.version, o.version, 'R-ORG-06'));
    const before = orgView(o);
    const { version: _v, ...changes } = input;
    Object.assign(o, Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)));
    o.version += 1;
    await tx.em.flush();
    const after = orgView(o);
    const infoChanged = (['name', 'type', 'address', 'phone'] as const).some(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
    );
    await writeAudit(tx.em, ctx.audit, [
      ...(infoChanged
        ? [
            {
              organisationId: o.id,
              action: 'ORG_UPDATED' as const,
              targetType: 'ORGANISATION' as const,
              targetId: o.id,
              targetName: o.name,
              before,
              after,
            },
          ]
        : []),
      ...flagChanges.map((f) => ({
        organisationId: o.id,
        action: 'ORG_FLAG_CHANGED' as const,
        targetType: 'ORGANISATION' as const,
        targetId: o.id,
        targetName: o.name,
        before: { [f]: before[f] },
        after: { [f]: after[f] },
      })),
    ]);
    // R-ORG-08: an organisation made inactive ends its users' sessions; Operations Support keeps access.
    if (flagChanges.includes('inactive') && o.inactive) await endOrganisationSessions(tx, o.id);
    return o;
  });
  return orgView(updated);
}
