// The organisation's primary contact (spec 04 §3.11, R-CON-05..08): one at all times, handed over by the current one
// (or Operations Support) to an active user with access, in one transaction that clears the old and sets the new.
import { LockMode } from '@mikro-orm/core';
import { writeAudit } from '../../db/access-audit.ts';
import { Organisation, User, type IUser } from '../../db/entities.ts';
import { primaryTransferWarning, refuseAccess, validatePrimaryTransfer } from '../../domain/access.ts';
import { listedName } from '../../domain/person-name.ts';
import { notFound } from '../../domain/refusals.ts';
import { inTransaction, type AccessContext } from './context.ts';
import { notify } from './notices.ts';
import type { IOrg } from './organisation.ts';

/** §3.11: the new primary contact, and a warning when they cannot administer (R-CON-08). */
export async function transferPrimary(
  ctx: AccessContext,
  org: IOrg,
  contactId: number,
): Promise<{ contact: IUser; warning: string | null }> {
  return inTransaction(ctx, async (tx) => transferPrimaryIn(tx, org, contactId));
}

/** The transfer in the caller's transaction (a contact saved with "Primary contact" ticked). */
export async function transferPrimaryIn(
  ctx: AccessContext,
  org: IOrg,
  contactId: number,
): Promise<{ contact: IUser; warning: string | null }> {
  const { em } = ctx;
  // One transfer at a time per organisation: the second waits for the first, then reads what it left (refreshed, in
  // case this request read those users before the lock).
  await em.findOne(Organisation, { id: org.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const actor = await em.findOne(User, { id: ctx.user.id }, { refresh: true });
  const target = await em.findOne(User, { id: contactId, organisationId: org.id }, { refresh: true });
  if (!target) throw notFound({ en: 'The requested record', fr: "L'enregistrement demandé" });
  const isPrimary = actor?.isPrimary === true && actor.organisationId === org.id;
  refuseAccess(
    validatePrimaryTransfer(
      { id: ctx.user.id, profiles: ctx.user.profiles, isPrimary },
      { active: target.active, hasAccess: target.loginId != null },
    ),
  );
  const previous = await em.findOne(User, { organisationId: org.id, isPrimary: true });
  if (previous?.id === target.id) return { contact: target, warning: null };
  if (previous) {
    previous.isPrimary = false;
    previous.version += 1;
    await em.flush();
  }
  target.isPrimary = true;
  target.version += 1;
  await em.flush();
  await writeAudit(em, ctx.audit, [
    {
      organisationId: org.id,
      action: 'PRIMARY_CONTACT_TRANSFERRED',
      targetType: 'CONTACT',
      targetId: target.id,
      targetName: listedName(target),
      before: { primaryContactId: previous?.id ?? null },
      after: { primaryContactId: target.id },
    },
  ]);
  if (previous) await notify(ctx, org, previous, 'PRIMARY_TAKEN');
  await notify(ctx, org, target, 'PRIMARY_GIVEN');
  return { contact: target, warning: primaryTransferWarning(target) };
}
