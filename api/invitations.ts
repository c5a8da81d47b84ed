// Accepting an invitation (§3.6) and the first-time access request (§3.12-3.13). Pathway signs users in with a
// user ID and password, so accepting is where the invitee chooses them: the account is linked to the contact and
// gets the requested profiles that still meet their prerequisites (R-INV-10).
import { randomUUID } from 'node:crypto';
import type { EntityManager, InferEntity } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { writeAudit } from '../db/access-audit.ts';
import { type AuditActor } from '../domain/access-audit.ts';
import { AccessRequest, Invitation, Organisation, User, type IUser } from '../db/entities.ts';
import {
  acceptanceRefusal,
  expiryDate,
  orgAlreadyRegistered,
  profileLabel,
  profilesOnAcceptance,
  sameOrganisation,
  validateCredentials,
} from '../domain/access.ts';
import { accessNoticeEmail, accessRequestEmail } from '../domain/emails.ts';
import { Refusal, violation } from '../domain/refusals.ts';
import { flagsOf, issueInvitation, refuse, sendLater, signalEnded, type Ctx } from './access-admin.ts';
import { tokenHash } from '../app/session/tokens.ts';
import { hashPassword } from '../infra/passwords.ts';
import { type AccessRequestInput } from '../domain/schemas/access.ts';

async function invitationByToken(em: EntityManager, token: string) {
  // Looked up by the token's SHA-256: the raw token is never stored, so nothing to compare it with in clear.
  const inv = await em.findOne(Invitation, { tokenHash: tokenHash(token) });
  const org = inv ? await em.findOneOrFail(Organisation, { id: inv.organisationId }) : null;
  const contact = inv ? await em.findOneOrFail(User, { id: inv.contactId }) : null;
  return { inv, org, contact };
}

/** SR-08: before accepting, the invitee sees only the organisation and who invited them. */
export async function invitationLanding(em: EntityManager, token: string) {
  const { inv, org, contact } = await invitationByToken(em, token);
  const refusal = acceptanceRefusal(inv, new Date(), org?.inactive, contact?.active);
  if (refusal) refuse([refusal]);
  const inviter = inv!.invitedBy ? await em.findOne(User, { id: inv!.invitedBy }) : null;
  return {
    organisationName: org!.name,
    organisationCode: org!.code,
    inviterName: inviter ? `${inviter.firstName} ${inviter.lastName}` : 'LaMPSS Operations Support',
    expiresAt: inv!.expiresAt.toISOString(),
    expiresOn: expiryDate(inv!.expiresAt),
  };
}

export async function acceptInvitation(
  em: EntityManager,
  temporal: Client,
  input: { token: string; loginId: string; password: string; accountEmail?: string | null },
  meta: { ip?: string; userAgent?: string },
) {
  const result = await em.transactional(async (tx) => {
    const { inv, org, contact } = await invitationByToken(tx, input.token);
    const refusal = acceptanceRefusal(inv, new Date(), org?.inactive, contact?.active);
    if (refusal) refuse([refusal]);
    refuse(validateCredentials(input.loginId, input.password));
    const taken = await tx.execute<{ id: number }[]>(
      'select id from app_user where organisation_id = ? and lower(login_id) = lower(?)',
      [org!.id, input.loginId],
    );
    if (taken.length)
      refuse([
        violation('SR-01', 'USER_ID_TAKEN', 'This user ID is already used in this organisation. Choose another one.', {
          field: 'loginId',
        }),
      ]);
    if (contact!.loginId != null)
      refuse([violation('R-INV-10', 'ALREADY_HAS_ACCESS', 'This contact already has LaMPSS access.')]);
    const rows = await tx.execute<{ id: number }[]>(
      `update invitation set status = 'ACCEPTED', ended_at = now(), end_reason = 'ACCEPTED' where id = ? ` +
        `and status = 'PENDING' returning id`,
      [inv!.id],
    );
    if (!rows.length)
      refuse([violation('R-INV-10', 'INVITATION_USED', 'This invitation has already been used. Sign in to LaMPSS.')]);
    const { granted, skipped } = profilesOnAcceptance(inv!.profiles, flagsOf(org!));
    const c = contact as IUser;
    c.loginId = input.loginId;
    c.passwordHash = await hashPassword(input.password);
    c.accountEmail = input.accountEmail ?? null;
    c.profiles = granted;
    c.version += 1;
    // R-CON-05: the first user of an organisation approved through an access request becomes its primary contact.
    const primary = await tx.findOne(User, { organisationId: org!.id, isPrimary: true });
    await tx.flush();
    if (!primary) {
      c.isPrimary = true;
      await tx.flush();
    }
    const actor: AuditActor = {
      id: c.id,
      name: `${c.firstName} ${c.lastName}`,
      ip: meta.ip,
      userAgent: meta.userAgent,
    };
    await writeAudit(tx, actor, [
      {
        organisationId: org!.id,
        action: 'INVITATION_ACCEPTED',
        targetType: 'INVITATION',
        targetId: inv!.id,
        targetName: `${c.lastName}, ${c.firstName}`,
        before: { status: 'PENDING' },
        after: { status: 'ACCEPTED', userId: c.loginId, skippedProfiles: skipped },
      },
      ...granted.map((p) => ({
        organisationId: org!.id,
        action: 'PROFILE_GRANTED' as const,
        targetType: 'CONTACT' as const,
        targetId: c.id,
        targetName: `${c.lastName}, ${c.firstName}`,
        after: { profile: p, invitationId: inv!.id },
      })),
      ...(primary
        ? []
        : [
            {
              organisationId: org!.id,
              action: 'PRIMARY_CONTACT_TRANSFERRED' as const,
              targetType: 'CONTACT' as const,
              targetId: c.id,
              targetName: `${c.lastName}, ${c.firstName}`,
              before: { primaryContactId: null },
              after: { primaryContactId: c.id },
            },
          ]),
    ]);
    await sendLater(
      tx,
      temporal,
      org!.id,
      'ACCESS_INVITATION_ACCEPTED',
      c.email,
      accessNoticeEmail({
        lang: c.language,
        recipientName: `${c.firstName} ${c.lastName}`,
        organisationName: org!.name,
        notice: 'INVITATION_ACCEPTED',
        profiles: granted.map(profileLabel),
      }),
    );
    return {
      invitationId: inv!.id,
      organisationCode: org!.code,
      organisationName: org!.name,
      loginId: c.loginId,
      profiles: granted,
      skippedProfiles: skipped,
    };
  });
  await signalEnded(temporal, [result.invitationId]);
  return result;
}

/** §3.12, R-ORG-02: one request per organisation; an organisation that already has a primary contact is refused. */
export async function submitAccessRequest(
  em: EntityManager,
  temporal: Client,
  input: AccessRequestInput,
  meta: { ip?: string; userAgent?: string },
) {
  const registered = await em.execute<{ name: string; phone: string | null; postal_code: string | null }[]>(
    'select o.name, o.phone, o.postal_code from organisation o where exists (select 1 from app_user u where ' +
      'u.organisation_id = o.id and u.is_primary)',
  );
  if (
    registered.some((o) =>
      sameOrganisation(
        { name: input.organisationName, phone: input.organisationPhone, postalCode: input.postalCode },
        { name: o.name, phone: o.phone, postalCode: o.postal_code },
      ),
    )
  ) {
    refuse([orgAlreadyRegistered()]);
  }
  return em.transactional(async (tx) => {
    const req = tx.create(AccessRequest, {
      ...input,
      phone: input.phone ?? null,
      jobTitle: input.jobTitle ?? null,
      status: 'SUBMITTED',
    } as never) as InferEntity<typeof AccessRequest>;
    await tx.flush();
    await writeAudit(
      tx,
      { id: null, name: `${input.firstName} ${input.lastName} (requester)`, ip: meta.ip, userAgent: meta.userAgent },
      [
        {
          organisationId: null,
          action: 'ACCESS_REQUEST_SUBMITTED',
          targetType: 'ACCESS_REQUEST',
          targetId: req.id,
          targetName: input.organisationName,
          after: { organisationName: input.organisationName, family: input.family },
        },
      ],
    );
    await sendLater(
      tx,
      temporal,
      null,
      'ACCESS_REQUEST_SUBMITTED',
      input.email,
      accessRequestEmail({
        lang: input.language,
        recipientName: `${input.firstName} ${input.lastName}`,
        organisationName: input.organisationName,
        decision: 'SUBMITTED',
      }),
    );
    return { id: req.id, status: req.status };
  });
}

const orgCode = (name: string, id: number) =>
  `${
    name
      .normalize('NFD')
      .replace(/[^A-Za-z\s]/g, '')
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w[0].toUpperCase())
      .join('')
      .slice(0, 5) || 'ORG'
  }${id}`;

/**
 * §3.13, R-ORG-03/04: Operations Support approves (the organisation and the requester as its contact are created, and
 * the requester is invited with OFA_ADMIN, or PCC_ADMIN for a private career college) or rejects with a reason.
 */
export async function decideAccessRequest(
  ctx: Ctx,
  requestId: number,
  decision: 'APPROVED' | 'REJECTED',
  note: string | null | undefined,
) {
  if (decision === 'REJECTED' && !note?.trim())
    refuse([
      violation('R-ORG-03', 'DECISION_NOTE_REQUIRED', 'Give the reason for rejecting this access request.', {
        field: 'decisionNote',
      }),
    ]);
  return ctx.em.transactional(async (tx) => {
    const req = await tx.findOne(AccessRequest, { id: requestId });
    if (!req) throw new Refusal('not-found', 'NOT_FOUND', 'The requested record was not found.');
    const rows = await tx.execute<{ id: number }[]>(
      `update access_request set status = ?, decided_by = ?, decided_at = now(), decision_note = ? where id ` +
        `= ? and status = 'SUBMITTED' returning id`,
      [decision, ctx.user.id, note?.trim() || null, requestId],
    );
    if (!rows.length)
      refuse([
        violation(
          'R-ORG-03',
          'REQUEST_ALREADY_DECIDED',
          `This access request was already ${req.status.toLowerCase()}.`,
        ),
      ]);
    let organisationId: number | null = null;
    if (decision === 'APPROVED') {
      const org = tx.create(Organisation, {
        code: `NEW-${randomUUID()}`,
        name: req.organisationName,
        type: req.organisationType,
        addressLine1: req.addressLine1,
        city: req.city,
        province: req.province,
        postalCode: req.postalCode,
        phone: req.organisationPhone,
        activeFundingAgreement: false,
        externalCaseManagement: false,
        clientTracking: false,
        privateCareerCollege: req.family === 'PCC',
      } as never) as InferEntity<typeof Organisation>;
      await tx.flush();
      org.code = orgCode(org.name, org.id);
      const contact = tx.create(User, {
        organisationId: org.id,
        loginId: null,
        passwordHash: null,
        firstName: req.firstName,
        lastName: req.lastName,
        email: req.email,
        phone: req.phone,
        jobTitle: req.jobTitle,
        language: req.language,
        profiles: [],
        active: true,
      } as never) as IUser;
      await tx.flush();
      organisationId = org.id;
      await tx.execute('update access_request set organisation_id = ?, contact_id = ? where id = ?', [
        org.id,
        contact.id,
        requestId,
      ]);
      await writeAudit(tx, ctx.audit, [
        {
          organisationId: org.id,
          action: 'CONTACT_CREATED',
          targetType: 'CONTACT',
          targetId: contact.id,
          targetName: `${contact.lastName}, ${contact.firstName}`,
          after: { accessRequestId: requestId },
        },
      ]);
      await issueInvitation(ctx, tx, org, contact, { profiles: [req.family === 'PCC' ? 'PCC_ADMIN' : 'OFA_ADMIN'] });
    }
    await writeAudit(tx, ctx.audit, [
      {
        organisationId,
        action: decision === 'APPROVED' ? 'ACCESS_REQUEST_APPROVED' : 'ACCESS_REQUEST_REJECTED',
        targetType: 'ACCESS_REQUEST',
        targetId: requestId,
        targetName: req.organisationName,
        after: { decisionNote: note ?? null },
      },
    ]);
    await sendLater(
      tx,
      ctx.temporal,
      organisationId,
      `ACCESS_REQUEST_${decision}`,
      req.email,
      accessRequestEmail({
        lang: req.language,
        recipientName: `${req.firstName} ${req.lastName}`,
        organisationName: req.organisationName,
        decision,
        note,
      }),
    );
    return { id: requestId, status: decision, organisationId };
  });
}

export const accessRequestView = (r: InferEntity<typeof AccessRequest>) => ({
  id: r.id,
  submittedAt: r.submittedAt.toISOString(),
  requester: {
    lastName: r.lastName,
    firstName: r.firstName,
    email: r.email,
    phone: r.phone,
    jobTitle: r.jobTitle,
    language: r.language,
  },
  organisation: {
    name: r.organisationName,
    type: r.organisationType,
    addressLine1: r.addressLine1,
    city: r.city,
    province: r.province,
    postalCode: r.postalCode,
    phone: r.organisationPhone,
  },
  family: r.family,
  status: r.status,
  decidedAt: r.decidedAt?.toISOString() ?? null,
  decisionNote: r.decisionNote,
  organisationId: r.organisationId,
});
