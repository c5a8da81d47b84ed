// Organisation contacts (spec 04 §3.2, §3.3, §3.7-3.9): added with or without an invitation, changed with the record's
// version (R-CON-22); every change runs in one transaction with its audit rows (R-SEC-14) and its emails.
import { User, type IUser } from '../../db/entities.ts';
import { writeAudit } from '../../db/access-audit.ts';
import type { AuditEntry } from '../../domain/access-audit.ts';
import {
  refuseAccess,
  validateActiveOrganisation,
  validateContact,
  validateInvitation,
  validateNewContact,
  validateNotSelf,
  validatePrimaryKept,
  validateVersion,
} from '../../domain/access.ts';
import { listedName } from '../../domain/person-name.ts';
import { businessDate } from '../../domain/dates.ts';
import { type ContactChangeInput, type ContactInput } from '../../domain/schemas/access.ts';
import { endAccess } from './access-removal.ts';
import {
  checkEmailFree,
  checkOfficeLocation,
  lockContact,
  pendingInvitation,
  snapshot,
  type IInvitation,
} from './contact-records.ts';
import { inTransaction, type AccessContext } from './context.ts';
import { endInvitation, issueInvitation } from './invitations.ts';
import { notify, signalEnded } from './notices.ts';
import { flagsOf, requireAdministrator, type IOrg } from './organisation.ts';
import { transferPrimaryIn } from './primary-contact.ts';
import { changeProfiles } from './profiles.ts';

const trimmed = (s: string | null | undefined) => (s == null ? s : s.trim());

/** §3.2, §3.3: a contact without access, or with an invitation in the same transaction. */
export async function createContact(
  ctx: AccessContext,
  org: IOrg,
  input: ContactInput,
): Promise<{ contact: IUser; invitation: IInvitation | null }> {
  requireAdministrator(ctx);
  refuseAccess(validateActiveOrganisation(ctx.user.profiles, org));
  refuseAccess(validateNewContact(input));
  const fields = {
    ...input,
    lastName: trimmed(input.lastName),
    firstName: trimmed(input.firstName),
    email: trimmed(input.email),
  };
  refuseAccess([
    ...validateContact(fields, org),
    ...(input.invitation ? validateInvitation(ctx.user.profiles, flagsOf(org), input.invitation) : []),
  ]);
  return inTransaction(ctx, async (tx) => {
    await checkEmailFree(tx, org.id, fields.email!, null);
    await checkOfficeLocation(tx, org.id, input.officeLocationId);
    const contact = tx.em.create(User, {
      organisationId: org.id,
      loginId: null,
      passwordHash: null,
      firstName: fields.firstName!,
      lastName: fields.lastName!,
      email: fields.email!,
      profiles: [],
      active: true,
      jobTitle: input.jobTitle ?? null,
      phone: input.phone ?? null,
      mobilePhone: input.mobilePhone ?? null,
      language: input.language ?? 'EN',
      isPrimary: false,
      officeLocationId: input.officeLocationId ?? null,
      positionType: input.positionType ?? null,
      fte: input.fte ?? null,
      // R-CON-03: the start date defaults to today in Halifax.
      startDate: input.startDate ?? businessDate(new Date()),
      endDate: input.endDate ?? null,
    } as never) as IUser;
    await tx.em.flush();
    await writeAudit(tx.em, ctx.audit, [
      {
        organisationId: org.id,
        action: 'CONTACT_CREATED',
        targetType: 'CONTACT',
        targetId: contact.id,
        targetName: listedName(contact),
        after: snapshot(contact),
      },
    ]);
    const invitation = input.invitation ? await issueInvitation(tx, org, contact, input.invitation) : null;
    return { contact, invitation };
  });
}

/** §3.7-3.9: contact fields, active status, primary flag and profiles, with the record's version (R-CON-22). */
export async function updateContact(
  ctx: AccessContext,
  org: IOrg,
  contactId: number,
  input: ContactChangeInput,
): Promise<{ contact: IUser; warning: string | null }> {
  requireAdministrator(ctx);
  let warning: string | null = null;
  const { contact, ended } = await inTransaction(ctx, async (tx) => {
    const c = await lockContact(tx, org.id, contactId);
    const ended: number[] = [];
    refuseAccess(validateVersion(input.version, c.version));
    refuseAccess(validatePrimaryKept(c.isPrimary, input.isPrimary));
    if (input.isPrimary === true && !c.isPrimary) warning = (await transferPrimaryIn(tx, org, c.id)).warning;
    if (input.active === false && c.active) {
      ended.push(...(await endAccess(tx, org, c, 'DEACTIVATED')));
      return { contact: c, ended };
    }
    const before = snapshot(c);
    const merged = {
      lastName: input.lastName !== undefined ? input.lastName.trim() : c.lastName,
      firstName: input.firstName !== undefined ? input.firstName.trim() : c.firstName,
      email: input.email !== undefined ? input.email.trim() : c.email,
      officeLocationId: input.officeLocationId !== undefined ? input.officeLocationId : c.officeLocationId,
      positionType: input.positionType !== undefined ? input.positionType : c.positionType,
      fte: input.fte !== undefined ? input.fte : c.fte,
      startDate: input.startDate !== undefined ? input.startDate : c.startDate,
      endDate: input.endDate !== undefined ? input.endDate : c.endDate,
    };
    refuseAccess(validateContact(merged, org));
    const reactivating = input.active === true && !c.active;
    if (reactivating || merged.email.toLowerCase() !== c.email.toLowerCase())
      await checkEmailFree(tx, org.id, merged.email, c.id);
    await checkOfficeLocation(tx, org.id, merged.officeLocationId);
    // R-INV-13, R-CON-21: a new email cancels a pending invitation sent to the old one.
    const pending = await pendingInvitation(tx, c.id);
    if (pending && merged.email.toLowerCase() !== c.email.toLowerCase()) {
      await endInvitation(tx, pending, c, 'CANCELLED', 'EMAIL_CHANGED');
      ended.push(pending.id);
    }
    Object.assign(c, merged, {
      jobTitle: input.jobTitle !== undefined ? input.jobTitle : c.jobTitle,
      phone: input.phone !== undefined ? input.phone : c.phone,
      mobilePhone: input.mobilePhone !== undefined ? input.mobilePhone : c.mobilePhone,
      language: input.language ?? c.language,
    });
    if (reactivating) {
      refuseAccess(validateNotSelf(ctx.user.id, c.id));
      c.active = true; // R-CON-20: back as a contact without access
    }
    const audits: AuditEntry[] = [];
    const profileChange = await changeProfiles(
      tx,
      org,
      c,
      pending && !ended.includes(pending.id) ? pending : null,
      input.profilesToAdd ?? [],
      input.profilesToRemove ?? [],
    );
    audits.push(...profileChange);
    c.version += 1;
    await tx.em.flush();
    const after = snapshot(c);
    const changed = JSON.stringify(before) !== JSON.stringify({ ...after, profiles: before.profiles });
    if (reactivating)
      audits.unshift({
        organisationId: org.id,
        action: 'CONTACT_REACTIVATED',
        targetType: 'CONTACT',
        targetId: c.id,
        targetName: listedName(c),
        before,
        after,
      });
    else if (changed)
      audits.unshift({
        organisationId: org.id,
        action: 'CONTACT_UPDATED',
        targetType: 'CONTACT',
        targetId: c.id,
        targetName: listedName(c),
        before,
        after,
      });
    await writeAudit(tx.em, ctx.audit, audits);
    if (c.loginId != null && profileChange.length) await notify(tx, org, c, 'PROFILES_CHANGED', c.profiles);
    return { contact: c, ended };
  });
  await signalEnded(ctx, ended);
  return { contact, warning };
}
