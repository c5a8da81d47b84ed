// Organisation contacts and their LaMPSS access (spec 04 §3.1-3.11): every change runs in one transaction with its
// audit rows (R-SEC-14) and its emails queued in the outbox; the invitation and notice workflows are started inside
// that transaction, so a Temporal outage refuses the change (503) instead of leaving an invitation without its timer.
import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, InferEntity } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { queueEmail } from '../infra/mailer.ts';
import { writeAudit } from '../db/access-audit.ts';
import { type AuditActor, type AuditEntry } from '../domain/access-audit.ts';
import { Invitation, OfficeLocation, Organisation, User, type IUser } from '../db/entities.ts';
import { businessDate } from '../domain/dates.ts';
import { escapeLike } from '../db/sql.ts';
import {
  refuseAccess,
  GUARDED_ADMIN_PROFILES,
  contactEmails,
  expiryDate,
  grantRefusal,
  invitationExpiresAt,
  isAdministrator,
  isOps,
  primaryRequired,
  profileLabel,
  validateAccessEnd,
  validateContact,
  validateInvitation,
  validateInvitee,
  validateNotSelf,
  validateLastAdmin,
  validatePrimaryTransfer,
  validateScope,
  type OrgFlags,
  type Target,
} from '../domain/access.ts';
import {
  type AccessNotice,
  accessNoticeEmail,
  type EmailContent,
  invitationEmail,
  invitationEmailKey,
} from '../domain/emails.ts';
import { can, isProfile, type Profile } from '../domain/permissions.ts';
import { Refusal, violation, type Violation } from '../domain/refusals.ts';
import { CASE_TASK_QUEUE } from '../workflows/case-api.ts';
import {
  invitationEndedSignal,
  invitationWorkflowId,
  noticeWorkflowId,
  type InvitationWorkflowInput,
  type QueuedEmailInput,
} from '../workflows/invitation-api.ts';
import { endSessions } from '../app/session/sessions.ts';
import { newToken, tokenHash } from '../app/session/tokens.ts';
import { type SessionUser } from '../app/context.ts';
import { type ContactChangeInput, type ContactInput, type ContactSearch } from '../domain/schemas/access.ts';

type IOrg = InferEntity<typeof Organisation>;
type IInvitation = InferEntity<typeof Invitation>;

export const refuse = refuseAccess;
const one = (rule: string, code: string, message: string) => refuse([violation(rule, code, message)]);

export interface Ctx {
  em: EntityManager;
  temporal: Client;
  user: SessionUser;
  audit: AuditActor;
  publicUrl: string;
}

export const flagsOf = (o: IOrg): OrgFlags => ({
  activeFundingAgreement: o.activeFundingAgreement,
  externalCaseManagement: o.externalCaseManagement,
  clientTracking: o.clientTracking,
  serviceEnrolment: o.serviceEnrolment,
  privateCareerCollege: o.privateCareerCollege,
  learnerManagement: o.learnerManagement,
  inactive: o.inactive,
});

/** R-SEC-02: the session's organisation, or any for Operations Support; another organisation is "not found". */
export async function scopedOrganisation(em: EntityManager, user: SessionUser, organisationId: number): Promise<IOrg> {
  const org =
    organisationId === user.organisationId || isOps(user.profiles)
      ? await em.findOne(Organisation, { id: organisationId })
      : null;
  if (!org) throw new Refusal('not-found', 'NOT_FOUND', 'The requested record was not found.');
  return org;
}

/** R-CON-10: adding or changing contacts needs an administrator profile. */
export function requireAdministrator(user: SessionUser): void {
  if (!can(user.profiles, 'contacts.manage'))
    one(
      'R-CON-10',
      'NOT_AN_ADMINISTRATOR',
      'Only users with an administrator security profile can add or change contacts.',
    );
}

const fullName = (u: { lastName: string; firstName: string }) => `${u.lastName}, ${u.firstName}`;
const snapshot = (u: IUser) => ({
  lastName: u.lastName,
  firstName: u.firstName,
  email: u.email,
  jobTitle: u.jobTitle,
  phone: u.phone,
  mobilePhone: u.mobilePhone,
  language: u.language,
  active: u.active,
  isPrimary: u.isPrimary,
  officeLocationId: u.officeLocationId,
  positionType: u.positionType,
  fte: u.fte,
  startDate: u.startDate,
  endDate: u.endDate,
  userId: u.loginId,
  profiles: u.profiles,
});

async function pendingInvitation(em: EntityManager, contactId: number): Promise<IInvitation | null> {
  return em.findOne(Invitation, { contactId, status: 'PENDING' });
}

/** Starts a workflow; one that already exists for this id is the same work (a retried request). */
async function startWorkflow(
  temporal: Client,
  type: string,
  workflowId: string,
  arg: InvitationWorkflowInput | QueuedEmailInput,
): Promise<void> {
  try {
    await temporal.workflow.start(type, { workflowId, taskQueue: CASE_TASK_QUEUE, args: [arg] });
  } catch (e) {
    if ((e as Error).name !== 'WorkflowExecutionAlreadyStartedError') throw e;
  }
}

/** An email written in the change's transaction and sent by its own workflow, with operator retries. */
export async function sendLater(
  tx: EntityManager,
  temporal: Client,
  organisationId: number | null,
  kind: string,
  to: string,
  content: EmailContent,
): Promise<void> {
  const key = `${kind.toLowerCase()}-${randomUUID()}`;
  await queueEmail(tx, key, kind, to, content);
  await startWorkflow(temporal, 'queuedEmailWorkflow', noticeWorkflowId(key), { key, kind, organisationId });
}

/** SR-14: a security notice to the person concerned, written with the change and sent by its own workflow. */
async function notify(
  ctx: Ctx,
  tx: EntityManager,
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
  await sendLater(tx, ctx.temporal, org.id, `ACCESS_${notice}`, to.email, content);
}

/** Best effort after the change is committed: the workflow ends early; if the signal is lost, its timer finds the
 * invitation no longer pending. */
export async function signalEnded(temporal: Client, invitationIds: number[]): Promise<void> {
  for (const id of invitationIds)
    await temporal.workflow
      .getHandle(invitationWorkflowId(id))
      .signal(invitationEndedSignal)
      .catch(() => undefined);
}

/** Other active users of the organisation holding each guarded administrator profile (R-SEC-10). */
async function otherHolders(
  em: EntityManager,
  organisationId: number,
  exceptId: number,
): Promise<Partial<Record<Profile, number>>> {
  const counts: Partial<Record<Profile, number>> = {};
  for (const p of GUARDED_ADMIN_PROFILES) {
    const [row] = await em.execute<{ n: string }[]>(
      'select count(*) as n from app_user where organisation_id = ? and active and id <> ? and ? = any (profiles)',
      [organisationId, exceptId, p],
    );
    counts[p] = Number(row.n);
  }
  return counts;
}

async function targetOf(em: EntityManager, c: IUser): Promise<Target> {
  const pending = await pendingInvitation(em, c.id);
  return {
    id: c.id,
    active: c.active,
    hasAccess: c.loginId != null,
    isPrimary: c.isPrimary,
    profiles: [...c.profiles, ...(pending?.profiles ?? [])],
  };
}

async function lockContact(tx: EntityManager, organisationId: number, contactId: number): Promise<IUser> {
  const c = await tx.findOne(User, { id: contactId, organisationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!c) throw new Refusal('not-found', 'NOT_FOUND', 'The requested record was not found.');
  return c;
}

async function checkEmailFree(
  em: EntityManager,
  organisationId: number,
  email: string,
  exceptId: number | null,
): Promise<void> {
  const rows = await em.execute<{ id: number }[]>(
    'select id from app_user where organisation_id = ? and active and lower(email) = lower(?) and id <> ? limit 1',
    [organisationId, email, exceptId ?? 0],
  );
  if (rows.length)
    one('R-CON-04', 'EMAIL_DUPLICATE', 'Another active contact in your organisation already uses this email address.');
}

async function checkOfficeLocation(
  em: EntityManager,
  organisationId: number,
  id: number | null | undefined,
): Promise<void> {
  if (id != null && !(await em.findOne(OfficeLocation, { id, organisationId }))) {
    throw new Refusal('invalid', 'OFFICE_LOCATION_UNKNOWN', 'Choose one of your organisation’s office locations.', {
      details: {
        fields: [{ field: 'officeLocationId', message: 'Unknown office location.' }],
      },
    });
  }
}

const trimmed = (s: string | null | undefined) => (s == null ? s : s.trim());

/** Ends a pending invitation (withdrawn by an administrator, or cancelled by the system, R-INV-08/13). */
async function endInvitation(
  tx: EntityManager,
  ctx: Ctx,
  inv: IInvitation,
  status: 'WITHDRAWN' | 'CANCELLED',
  reason: string,
): Promise<void> {
  const rows = await tx.execute<{ id: number }[]>(
    `update invitation set status = ?, ended_at = now(), ended_by = ?, end_reason = ? where id = ? and ` +
      `status = 'PENDING' returning id`,
    [status, ctx.user.id, reason, inv.id],
  );
  if (!rows.length) one('R-INV-08', 'INVITATION_NOT_PENDING', 'This invitation is no longer pending.');
  await writeAudit(tx, ctx.audit, [
    {
      organisationId: inv.organisationId,
      action: status === 'WITHDRAWN' ? 'INVITATION_WITHDRAWN' : 'INVITATION_CANCELLED',
      targetType: 'INVITATION',
      targetId: inv.id,
      before: { status: 'PENDING' },
      after: { status, reason, contactId: inv.contactId },
    },
  ]);
}

/**
 * R-INV-01..05: a PENDING invitation valid 30 days, its email queued in the outbox with the only copy of the link's
 * token, and its workflow started (it sends the email and expires the invitation on a durable timer).
 */
export async function issueInvitation(
  ctx: Ctx,
  tx: EntityManager,
  org: IOrg,
  contact: IUser,
  input: { profiles: string[]; message?: string | null },
): Promise<IInvitation> {
  refuse(validateInvitation(ctx.user.profiles, flagsOf(org), input));
  refuse(
    validateInvitee({
      active: contact.active,
      hasAccess: contact.loginId != null,
      pendingInvitation: (await pendingInvitation(tx, contact.id)) != null,
    }),
  );
  const token = newToken();
  const createdAt = new Date();
  const inv = tx.create(Invitation, {
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
  await tx.flush();
  const lang = contact.language === 'FR' ? 'fr' : 'en';
  await queueEmail(
    tx,
    invitationEmailKey(inv.id),
    'INVITATION',
    contact.email,
    invitationEmail({
      lang: contact.language,
      recipientName: `${contact.firstName} ${contact.lastName}`,
      organisationName: org.name,
      organisationCode: org.code,
      inviterName: ctx.audit.name,
      message: inv.message ?? null,
      link: `${ctx.publicUrl}/#/invitations/${token}`,
      expires: expiryDate(inv.expiresAt, lang),
      profiles: inv.profiles.map(profileLabel),
    }),
  );
  await writeAudit(tx, ctx.audit, [
    {
      organisationId: org.id,
      action: 'INVITATION_SENT',
      targetType: 'INVITATION',
      targetId: inv.id,
      targetName: fullName(contact),
      after: {
        contactId: contact.id,
        profiles: inv.profiles,
        sentTo: contact.email,
        expiresAt: inv.expiresAt.toISOString(),
      },
    },
  ]);
  await startWorkflow(ctx.temporal, 'invitationWorkflow', invitationWorkflowId(inv.id), {
    invitationId: inv.id,
    organisationId: org.id,
    expiresAt: inv.expiresAt.toISOString(),
  });
  return inv;
}

/** §3.2, §3.3: a contact without access, or with an invitation in the same transaction. */
export async function createContact(
  ctx: Ctx,
  org: IOrg,
  input: ContactInput,
): Promise<{ contact: IUser; invitation: IInvitation | null }> {
  requireAdministrator(ctx.user);
  if (org.inactive && !isOps(ctx.user.profiles))
    refuse([
      violation(
        'R-ORG-08',
        'ORGANISATION_INACTIVE',
        'This organisation is inactive in LaMPSS. Contact LaMPSS Operations Support.',
      ),
    ]);
  if (input.isPrimary)
    one(
      'R-CON-07',
      'PRIMARY_TRANSFER_FORBIDDEN',
      'Only the current primary contact can transfer the primary contact role.',
    );
  const fields = {
    ...input,
    lastName: trimmed(input.lastName),
    firstName: trimmed(input.firstName),
    email: trimmed(input.email),
  };
  refuse([
    ...validateContact(fields, org),
    ...(input.invitation ? validateInvitation(ctx.user.profiles, flagsOf(org), input.invitation) : []),
  ]);
  return ctx.em.transactional(async (tx) => {
    await checkEmailFree(tx, org.id, fields.email!, null);
    await checkOfficeLocation(tx, org.id, input.officeLocationId);
    const contact = tx.create(User, {
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
    await tx.flush();
    await writeAudit(tx, ctx.audit, [
      {
        organisationId: org.id,
        action: 'CONTACT_CREATED',
        targetType: 'CONTACT',
        targetId: contact.id,
        targetName: fullName(contact),
        after: snapshot(contact),
      },
    ]);
    const invitation = input.invitation ? await issueInvitation(ctx, tx, org, contact, input.invitation) : null;
    return { contact, invitation };
  });
}

/** §3.4. */
export async function inviteContact(
  ctx: Ctx,
  org: IOrg,
  contactId: number,
  input: { profiles: string[]; message?: string | null },
): Promise<IInvitation> {
  requireAdministrator(ctx.user);
  return ctx.em.transactional(async (tx) =>
    issueInvitation(ctx, tx, org, await lockContact(tx, org.id, contactId), input),
  );
}

async function invitationInOrg(
  tx: EntityManager,
  org: IOrg,
  invitationId: number,
): Promise<{ inv: IInvitation; contact: IUser }> {
  const inv = await tx.findOne(Invitation, { id: invitationId, organisationId: org.id });
  if (!inv) throw new Refusal('not-found', 'NOT_FOUND', 'The requested record was not found.');
  return { inv, contact: await lockContact(tx, org.id, inv.contactId) };
}

/** §3.5, R-INV-08; `resend` issues a new invitation (new token, new 30 days) with the same profiles (R-INV-15). */
export async function withdrawInvitation(
  ctx: Ctx,
  org: IOrg,
  invitationId: number,
  resend = false,
): Promise<IInvitation | null> {
  requireAdministrator(ctx.user);
  const result = await ctx.em.transactional(async (tx) => {
    const { inv, contact } = await invitationInOrg(tx, org, invitationId);
    if (inv.status !== 'PENDING') one('R-INV-08', 'INVITATION_NOT_PENDING', 'This invitation is no longer pending.');
    refuse(validateScope(ctx.user.profiles, [...contact.profiles, ...inv.profiles]));
    await endInvitation(tx, ctx, inv, resend ? 'CANCELLED' : 'WITHDRAWN', resend ? 'RESENT' : 'WITHDRAWN');
    return resend ? issueInvitation(ctx, tx, org, contact, { profiles: inv.profiles, message: inv.message }) : null;
  });
  await signalEnded(ctx.temporal, [invitationId]);
  return result;
}

/** R-SEC-11 (deactivate) and R-SEC-12 (remove access): profiles revoked, account unlinked, sessions ended, pending
 * invitation cancelled. */
async function endAccess(
  ctx: Ctx,
  tx: EntityManager,
  org: IOrg,
  c: IUser,
  kind: 'DEACTIVATED' | 'ACCESS_REMOVED',
): Promise<number[]> {
  refuse(
    validateAccessEnd(
      { id: ctx.user.id, profiles: ctx.user.profiles },
      await targetOf(tx, c),
      await otherHolders(tx, org.id, c.id),
    ),
  );
  const before = snapshot(c);
  const hadAccess = c.loginId != null;
  const pending = await pendingInvitation(tx, c.id);
  if (pending) await endInvitation(tx, ctx, pending, 'CANCELLED', kind);
  c.loginId = null;
  c.passwordHash = null;
  c.accountEmail = null;
  c.profiles = [];
  if (kind === 'DEACTIVATED') c.active = false;
  c.version += 1;
  await tx.flush();
  await endSessions({ em: tx }, [c.id]);
  const revoked: AuditEntry[] = before.profiles.map((p) => ({
    organisationId: org.id,
    action: 'PROFILE_REVOKED',
    targetType: 'CONTACT',
    targetId: c.id,
    targetName: fullName(c),
    before: { profile: p },
    after: { reason: kind },
  }));
  await writeAudit(tx, ctx.audit, [
    {
      organisationId: org.id,
      action: kind === 'DEACTIVATED' ? 'CONTACT_DEACTIVATED' : 'ACCESS_REMOVED',
      targetType: 'CONTACT',
      targetId: c.id,
      targetName: fullName(c),
      before,
      after: snapshot(c),
    },
    ...revoked,
  ]);
  if (hadAccess) await notify(ctx, tx, org, c, kind);
  return pending ? [pending.id] : [];
}

/** §3.10. */
export async function removeAccess(ctx: Ctx, org: IOrg, contactId: number): Promise<IUser> {
  requireAdministrator(ctx.user);
  const { contact, ended } = await ctx.em.transactional(async (tx) => {
    const c = await lockContact(tx, org.id, contactId);
    if (c.loginId == null) one('R-SEC-12', 'NO_LAMPSS_ACCESS', 'This contact has no LaMPSS access to remove.');
    return { contact: c, ended: await endAccess(ctx, tx, org, c, 'ACCESS_REMOVED') };
  });
  await signalEnded(ctx.temporal, ended);
  return contact;
}

/** §3.11, R-CON-05..08: one transaction clears the old primary and sets the new one. */
export async function transferPrimary(
  ctx: Ctx,
  org: IOrg,
  contactId: number,
): Promise<{ contact: IUser; warning: string | null }> {
  return ctx.em.transactional(async (tx) => transferPrimaryIn(ctx, tx, org, contactId));
}

async function transferPrimaryIn(
  ctx: Ctx,
  tx: EntityManager,
  org: IOrg,
  contactId: number,
): Promise<{ contact: IUser; warning: string | null }> {
  await tx.execute('select id from organisation where id = ? for update', [org.id]);
  const actor = await tx.findOne(User, { id: ctx.user.id });
  const target = await tx.findOne(User, { id: contactId, organisationId: org.id });
  if (!target) throw new Refusal('not-found', 'NOT_FOUND', 'The requested record was not found.');
  const isPrimary = actor?.isPrimary === true && actor.organisationId === org.id;
  refuse(
    validatePrimaryTransfer(
      { id: ctx.user.id, profiles: ctx.user.profiles, isPrimary },
      { active: target.active, hasAccess: target.loginId != null },
    ),
  );
  const previous = await tx.findOne(User, { organisationId: org.id, isPrimary: true });
  if (previous?.id === target.id) return { contact: target, warning: null };
  if (previous) {
    previous.isPrimary = false;
    previous.version += 1;
    await tx.flush();
  }
  target.isPrimary = true;
  target.version += 1;
  await tx.flush();
  await writeAudit(tx, ctx.audit, [
    {
      organisationId: org.id,
      action: 'PRIMARY_CONTACT_TRANSFERRED',
      targetType: 'CONTACT',
      targetId: target.id,
      targetName: fullName(target),
      before: { primaryContactId: previous?.id ?? null },
      after: { primaryContactId: target.id },
    },
  ]);
  if (previous) await notify(ctx, tx, org, previous, 'PRIMARY_TAKEN');
  await notify(ctx, tx, org, target, 'PRIMARY_GIVEN');
  // R-CON-08: profiles are unchanged; the administrator is told when the new primary cannot administer.
  const warning = isAdministrator(target.profiles)
    ? null
    : `${fullName(target)} holds no administrator profile: they are the primary contact but cannot manage contacts.`;
  return { contact: target, warning };
}

/** §3.7-3.9: contact fields, active status, primary flag and profiles, with the record's version (R-CON-22). */
export async function updateContact(
  ctx: Ctx,
  org: IOrg,
  contactId: number,
  input: ContactChangeInput,
): Promise<{ contact: IUser; warning: string | null }> {
  requireAdministrator(ctx.user);
  let warning: string | null = null;
  const { contact, ended } = await ctx.em.transactional(async (tx) => {
    const c = await lockContact(tx, org.id, contactId);
    const ended: number[] = [];
    if (input.version !== c.version)
      one('R-CON-22', 'STALE_VERSION', 'This record was changed by someone else. Reload the page and try again.');
    if (input.isPrimary === false && c.isPrimary) refuse([primaryRequired()]);
    if (input.isPrimary === true && !c.isPrimary) warning = (await transferPrimaryIn(ctx, tx, org, c.id)).warning;
    if (input.active === false && c.active) {
      ended.push(...(await endAccess(ctx, tx, org, c, 'DEACTIVATED')));
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
    refuse(validateContact(merged, org));
    const reactivating = input.active === true && !c.active;
    if (reactivating || merged.email.toLowerCase() !== c.email.toLowerCase())
      await checkEmailFree(tx, org.id, merged.email, c.id);
    await checkOfficeLocation(tx, org.id, merged.officeLocationId);
    // R-INV-13, R-CON-21: a new email cancels a pending invitation sent to the old one.
    const pending = await pendingInvitation(tx, c.id);
    if (pending && merged.email.toLowerCase() !== c.email.toLowerCase()) {
      await endInvitation(tx, ctx, pending, 'CANCELLED', 'EMAIL_CHANGED');
      ended.push(pending.id);
    }
    Object.assign(c, merged, {
      jobTitle: input.jobTitle !== undefined ? input.jobTitle : c.jobTitle,
      phone: input.phone !== undefined ? input.phone : c.phone,
      mobilePhone: input.mobilePhone !== undefined ? input.mobilePhone : c.mobilePhone,
      language: input.language ?? c.language,
    });
    if (reactivating) {
      refuse(validateNotSelf(ctx.user.id, c.id));
      c.active = true; // R-CON-20: back as a contact without access
    }
    const audits: AuditEntry[] = [];
    const profileChange = await changeProfiles(
      ctx,
      tx,
      org,
      c,
      pending && !ended.includes(pending.id) ? pending : null,
      input.profilesToAdd ?? [],
      input.profilesToRemove ?? [],
    );
    audits.push(...profileChange);
    c.version += 1;
    await tx.flush();
    const after = snapshot(c);
    const changed = JSON.stringify(before) !== JSON.stringify({ ...after, profiles: before.profiles });
    if (reactivating)
      audits.unshift({
        organisationId: org.id,
        action: 'CONTACT_REACTIVATED',
        targetType: 'CONTACT',
        targetId: c.id,
        targetName: fullName(c),
        before,
        after,
      });
    else if (changed)
      audits.unshift({
        organisationId: org.id,
        action: 'CONTACT_UPDATED',
        targetType: 'CONTACT',
        targetId: c.id,
        targetName: fullName(c),
        before,
        after,
      });
    await writeAudit(tx, ctx.audit, audits);
    if (c.loginId != null && profileChange.length) await notify(ctx, tx, org, c, 'PROFILES_CHANGED', c.profiles);
    return { contact: c, ended };
  });
  await signalEnded(ctx.temporal, ended);
  return { contact, warning };
}

/** R-SEC-04..10, §3.7: profiles of a user with access, or the requested profiles of a pending invitation. */
async function changeProfiles(
  ctx: Ctx,
  tx: EntityManager,
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
  refuse(validateNotSelf(ctx.user.id, c.id));
  if (c.loginId == null && !pending)
    one(
      'R-SEC-01',
      'NO_LAMPSS_ACCESS',
      'This contact has no LaMPSS access: invite them to LaMPSS to give them security profiles.',
    );
  const flags = flagsOf(org);
  refuse(
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
    refuse(validateLastAdmin(ctx.user.profiles, removing, await otherHolders(tx, org.id, c.id)));
    c.profiles = next;
  } else {
    if (!next.length)
      refuse([
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

export interface ContactRow {
  id: number;
  version: number;
  lastName: string;
  firstName: string;
  name: string;
  isPrimary: boolean;
  administrator: boolean;
  profiles?: { code: string; label: string; pending: boolean }[];
  jobTitle: string | null;
  emails: string[];
  email: string;
  phone: string | null;
  mobilePhone: string | null;
  language: string;
  active: boolean;
  hasAccess: boolean;
  userId?: string | null;
  invitation: { id: number; status: string; expiresAt: string; expiresOn: string; emailStatus: string | null } | null;
  actions: string[];
  officeLocationId: number | null;
  positionType: string | null;
  fte: number | null;
  startDate: string | null;
  endDate: string | null;
  lastSignInAt?: string | null;
}

interface RawRow {
  id: number;
  version: number;
  last_name: string;
  first_name: string;
  email: string;
  account_email: string | null;
  login_id: string | null;
  profiles: string[];
  active: boolean;
  is_primary: boolean;
  job_title: string | null;
  phone: string | null;
  mobile_phone: string | null;
  language: string;
  office_location_id: number | null;
  position_type: string | null;
  fte: string | null;
  start_date: string | null;
  end_date: string | null;
  last_sign_in_at: string | Date | null;
  inv_id: number | null;
  inv_status: string | null;
  inv_expires_at: string | Date | null;
  inv_profiles: string[] | null;
  email_status: string | null;
  total: string;
}

const ROW_SQL = `
  select u.id, u.version, u.last_name, u.first_name, u.email, u.account_email, u.login_id, u.profiles, u.active,
    u.is_primary, u.job_title,
         u.phone, u.mobile_phone, u.language, u.office_location_id, u.position_type, u.fte::text as fte,
           u.start_date::text as start_date,
         u.end_date::text as end_date, u.last_sign_in_at, i.id as inv_id, i.status as inv_status, i.expires_at as
           inv_expires_at,
         i.profiles as inv_profiles, o.status as email_status, count(*) over () as total
    from app_user u
    left join lateral (select * from invitation i where i.contact_id = u.id and i.status in ('PENDING', 'EXPIRED')
                        order by (i.status = 'PENDING') desc, i.created_at desc limit 1) i on true
    left join email_outbox o on o.id = 'invitation-' || i.id`;

/** R-CON-16, R-SEC-16: a list row; profiles, user ID and actions only for administrators. */
function toRow(r: RawRow, viewer: SessionUser, lang: 'en' | 'fr'): ContactRow {
  const manage = can(viewer.profiles, 'contacts.manage');
  const hasAccess = r.login_id != null;
  const pending = r.inv_status === 'PENDING';
  // R-INV-09: an expired invitation is shown until the contact is invited again or gets access.
  const expiresAt = r.inv_expires_at ? new Date(r.inv_expires_at) : null;
  const invitation =
    r.inv_id && expiresAt && !hasAccess && r.active
      ? {
          id: r.inv_id,
          status: r.inv_status!,
          expiresAt: expiresAt.toISOString(),
          expiresOn: expiryDate(expiresAt, lang),
          emailStatus: r.email_status,
        }
      : null;
  const actions = !manage
    ? []
    : !r.active
      ? ['reactivate']
      : hasAccess
        ? r.is_primary
          ? []
          : ['removeAccess']
        : pending
          ? ['withdrawInvitation', 'resendInvitation']
          : ['invite'];
  return {
    id: r.id,
    version: r.version,
    lastName: r.last_name,
    firstName: r.first_name,
    name: `${r.last_name}, ${r.first_name}`,
    isPrimary: r.is_primary,
    administrator: isAdministrator(r.profiles),
    profiles: manage
      ? [
          ...r.profiles.map((p) => ({ code: p, label: profileLabel(p), pending: false })),
          ...(pending ? (r.inv_profiles ?? []).map((p) => ({ code: p, label: profileLabel(p), pending: true })) : []),
        ]
      : undefined,
    jobTitle: r.job_title,
    emails: contactEmails(r.email, r.account_email),
    email: r.email,
    phone: r.phone,
    mobilePhone: r.mobile_phone,
    language: r.language,
    active: r.active,
    hasAccess,
    userId: manage ? r.login_id : undefined,
    invitation,
    actions,
    officeLocationId: r.office_location_id,
    positionType: r.position_type,
    fte: r.fte == null ? null : Number(r.fte),
    startDate: r.start_date,
    endDate: r.end_date,
    lastSignInAt: manage ? (r.last_sign_in_at ? new Date(r.last_sign_in_at).toISOString() : null) : undefined,
  };
}

export const PAGE_SIZE = 10;
/** A prefix pattern, folded in SQL by the same fold() as the column it is compared with (R-CON-13, R-CON-15). */
const likePrefix = (s: string) => escapeLike(s.trim());

/** R-CON-12..15: 10 per page; the primary contact first in the default "Active only" view, then by last and first name.
 */
export async function listContacts(
  em: EntityManager,
  org: IOrg,
  viewer: SessionUser,
  q: ContactSearch,
  lang: 'en' | 'fr' = 'en',
) {
  const where: string[] = ['u.organisation_id = ?'];
  const params: unknown[] = [org.id];
  if (q.activeOnly) where.push('u.active');
  if (q.withAccess) where.push('u.login_id is not null');
  for (const [value, column] of [
    [q.lastName, 'u.last_name'],
    [q.firstName, 'u.first_name'],
    [q.userId, 'u.login_id'],
  ] as const) {
    if (!value?.trim()) continue;
    where.push(`fold(${column}) like fold(?) || '%'`);
    params.push(likePrefix(value));
  }
  if (q.email?.trim()) {
    where.push(
      `(fold(u.email) like '%' || fold(?) || '%' or fold(coalesce(u.account_email, '')) like '%' || fold(?) || '%')`,
    );
    params.push(likePrefix(q.email), likePrefix(q.email));
  }
  // R-SEC-16: the profile filter is an administrator's.
  if (q.profiles.length && can(viewer.profiles, 'contacts.manage')) {
    const wanted = q.profiles.filter(isProfile).join(',');
    where.push(
      `(u.profiles && string_to_array(?, ',') or (i.status = 'PENDING' and i.profiles && string_to_array(?, ',')))`,
    );
    params.push(wanted, wanted);
  }
  const pin = q.activeOnly ? 'case when u.is_primary then 0 else 1 end,' : '';
  const rows = await em.execute<RawRow[]>(
    `${ROW_SQL} where ${where.join(' and ')} order by ${pin} fold(u.last_name), fold(u.first_name), u.id ` +
      `limit ${PAGE_SIZE} offset ?`,
    [...params, (q.page - 1) * PAGE_SIZE],
  );
  let totalCount = rows.length ? Number(rows[0].total) : 0;
  if (!rows.length && q.page > 1) {
    const [c] = await em.execute<{ n: string }[]>(
      `select count(*) as n from (${ROW_SQL} where ${where.join(' and ')}) x`,
      params,
    );
    totalCount = Number(c.n);
  }
  return {
    page: q.page,
    pageSize: PAGE_SIZE,
    totalCount,
    totalPages: Math.ceil(totalCount / PAGE_SIZE),
    items: rows.map((r) => toRow(r, viewer, lang)),
  };
}

export async function contactRow(
  em: EntityManager,
  org: IOrg,
  viewer: SessionUser,
  contactId: number,
  lang: 'en' | 'fr' = 'en',
): Promise<ContactRow> {
  const [r] = await em.execute<RawRow[]>(`${ROW_SQL} where u.organisation_id = ? and u.id = ?`, [org.id, contactId]);
  if (!r) throw new Refusal('not-found', 'NOT_FOUND', 'The requested record was not found.');
  return toRow(r, viewer, lang);
}
