// First-time access for an organisation (spec 04 §3.12-3.13): a public request, decided by LaMPSS Operations Support;
// an approved request creates the organisation and invites the requester as its administrator.
import { randomUUID } from 'node:crypto';
import type { InferEntity } from '@mikro-orm/postgresql';
import { AccessRequest, Organisation, User, type IUser } from '../../db/entities.ts';
import { writeAudit } from '../../db/access-audit.ts';
import { contactName, refuseAccess } from '../../domain/access.ts';
import {
  organisationCode,
  validateDecision,
  validateNewOrganisation,
  validateUndecided,
} from '../../domain/access-requests.ts';
import { accessRequestEmail } from '../../domain/emails.ts';
import { notFound } from '../../domain/refusals.ts';
import { type AccessRequestInput } from '../../domain/schemas/access.ts';
import { inTransaction, type AccessContext, type PublicContext, type RequestOrigin } from './context.ts';
import { issueInvitation } from './invitations.ts';
import { sendLater } from './notices.ts';
import { registeredOrganisations } from './queries.ts';

/** §3.12, R-ORG-02: one request per organisation; an organisation that already has a primary contact is refused. */
export async function submitAccessRequest(ctx: PublicContext, input: AccessRequestInput, origin: RequestOrigin) {
  refuseAccess(
    validateNewOrganisation(
      { name: input.organisationName, phone: input.organisationPhone, postalCode: input.postalCode },
      await registeredOrganisations(ctx),
    ),
  );
  return inTransaction(ctx, async (tx) => {
    const req = tx.em.create(AccessRequest, {
      ...input,
      phone: input.phone ?? null,
      jobTitle: input.jobTitle ?? null,
      status: 'SUBMITTED',
    } as never) as InferEntity<typeof AccessRequest>;
    await tx.em.flush();
    await writeAudit(
      tx.em,
      {
        id: null,
        name: `${input.firstName} ${input.lastName} (requester)`,
        ip: origin.ip,
        userAgent: origin.userAgent,
      },
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

/**
 * §3.13, R-ORG-03/04: Operations Support approves (the organisation and the requester as its contact are created, and
 * the requester is invited with OFA_ADMIN, or PCC_ADMIN for a private career college) or rejects with a reason.
 */
export async function decideAccessRequest(
  ctx: AccessContext,
  requestId: number,
  decision: 'APPROVED' | 'REJECTED',
  note: string | null | undefined,
) {
  refuseAccess(validateDecision(decision, note));
  return inTransaction(ctx, async (tx) => {
    const req = await tx.em.findOne(AccessRequest, { id: requestId });
    if (!req) throw notFound({ en: 'The requested record', fr: "L'enregistrement demandé" });
    // Decided only if still submitted: of two decisions at the same moment, the second is refused.
    const decided = await tx.em.nativeUpdate(
      AccessRequest,
      { id: requestId, status: 'SUBMITTED' },
      { status: decision, decidedBy: ctx.user.id, decidedAt: new Date(), decisionNote: note?.trim() || null },
    );
    refuseAccess(validateUndecided(decided > 0, req.status));
    let organisationId: number | null = null;
    if (decision === 'APPROVED') {
      const org = tx.em.create(Organisation, {
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
      await tx.em.flush();
      org.code = organisationCode(org.name, org.id);
      const contact = tx.em.create(User, {
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
      await tx.em.flush();
      organisationId = org.id;
      await tx.em.nativeUpdate(AccessRequest, { id: requestId }, { organisationId: org.id, contactId: contact.id });
      await writeAudit(tx.em, ctx.audit, [
        {
          organisationId: org.id,
          action: 'CONTACT_CREATED',
          targetType: 'CONTACT',
          targetId: contact.id,
          targetName: contactName(contact),
          after: { accessRequestId: requestId },
        },
      ]);
      await issueInvitation(tx, org, contact, { profiles: [req.family === 'PCC' ? 'PCC_ADMIN' : 'OFA_ADMIN'] });
    }
    await writeAudit(tx.em, ctx.audit, [
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
