// First-time access for an organisation (spec 04 §3.12-3.13): a public request, decided by LaMPSS Operations Support;
// an approved request creates the organisation and invites the requester as its administrator.
import { randomUUID } from 'node:crypto';
import type { InferEntity } from '@mikro-orm/postgresql';
import { AccessRequest, Organisation, User, type IUser } from '../../db/entities.ts';
import { writeAudit } from '../../db/access-audit.ts';
import { refuseAccess } from '../../domain/access.ts';
import { listedName } from '../../domain/person-name.ts';
import { hit } from '../../db/throttle.ts';
import {
  CONFIRMATION_HOURS,
  confirmationExpiresAt,
  organisationCode,
  validateConfirmation,
  validateDecision,
  validateNewOrganisation,
  validateRequestsToAddress,
  validateUndecided,
} from '../../domain/access-requests.ts';
import { accessRequestConfirmationEmail, accessRequestEmail } from '../../domain/emails.ts';
import { notFound } from '../../domain/refusals.ts';
import { type AccessRequestInput } from '../../domain/schemas/access.ts';
import { THROTTLES } from '../../domain/throttles.ts';
import { newToken, tokenHash } from '../session/tokens.ts';
import { inTransaction, type AccessContext, type PublicContext, type RequestOrigin } from './context.ts';
import { issueInvitation } from './invitations.ts';
import { sendLater } from './notices.ts';
import { registeredOrganisations } from './queries.ts';

/**
 * §3.12, R-ORG-02: one request per organisation; an organisation that already has a primary contact is refused. The
 * request waits, UNCONFIRMED and shown to nobody, until the link sent to the address it gives is opened (item 7): that
 * email is a fixed text, and an address gets only a few a day.
 */
export async function submitAccessRequest(
  ctx: PublicContext & { publicUrl: string },
  input: AccessRequestInput,
): Promise<{ status: 'UNCONFIRMED'; message: string }> {
  refuseAccess(
    validateNewOrganisation(
      { name: input.organisationName, phone: input.organisationPhone, postalCode: input.postalCode },
      await registeredOrganisations(ctx),
    ),
  );
  const email = input.email.trim();
  refuseAccess(
    validateRequestsToAddress(
      await hit(ctx.em, `access-request:email:${email.toLowerCase()}`, THROTTLES.accessRequestPerEmail),
    ),
  );
  const token = newToken();
  return inTransaction(ctx, async (tx) => {
    const sentAt = new Date();
    tx.em.create(AccessRequest, {
      ...input,
      email,
      phone: input.phone ?? null,
      jobTitle: input.jobTitle ?? null,
      status: 'UNCONFIRMED',
      confirmTokenHash: tokenHash(token),
      confirmExpiresAt: confirmationExpiresAt(sentAt),
    } as never);
    await tx.em.flush();
    await sendLater(
      tx,
      null,
      'ACCESS_REQUEST_CONFIRMATION',
      email,
      accessRequestConfirmationEmail({
        lang: input.language,
        link: `${ctx.publicUrl}/access-requests/confirm/${token}`,
        hours: CONFIRMATION_HOURS,
      }),
    );
    // In the language the requester chose.
    const fr =
      `Consultez vos courriels : ouvrez le lien envoyé à ${email} d'ici ${CONFIRMATION_HOURS} heures pour ` +
      'envoyer la demande.';
    const en =
      `Check your email: open the link sent to ${email} within ` + `${CONFIRMATION_HOURS} hours to send the request.`;
    return { status: 'UNCONFIRMED' as const, message: input.language === 'FR' ? fr : en, messageFr: fr };
  });
}

/**
 * The requester opened the confirmation link: the request is received (submitted to Operations Support, audited) and
 * acknowledged by a fixed text. Opening it again answers the same.
 */
export async function confirmAccessRequest(ctx: PublicContext, token: string, origin: RequestOrigin) {
  return inTransaction(ctx, async (tx) => {
    const req = await tx.em.findOne(AccessRequest, { confirmTokenHash: tokenHash(token) });
    const now = new Date();
    refuseAccess(validateConfirmation(req, now));
    // validateConfirmation refused a link without a request.
    const { id, status } = req!;
    // Confirmed only if still unconfirmed: of two openings at the same moment, one receives the request.
    const confirmed =
      status === 'UNCONFIRMED' &&
      (await tx.em.nativeUpdate(
        AccessRequest,
        { id, status: 'UNCONFIRMED' },
        { status: 'SUBMITTED', confirmedAt: now, submittedAt: now },
      )) > 0;
    if (!confirmed) return { id, status: status === 'UNCONFIRMED' ? 'SUBMITTED' : status };
    await writeAudit(
      tx.em,
      { id: null, name: `${req!.firstName} ${req!.lastName} (requester)`, ip: origin.ip, userAgent: origin.userAgent },
      [
        {
          organisationId: null,
          action: 'ACCESS_REQUEST_SUBMITTED',
          targetType: 'ACCESS_REQUEST',
          targetId: id,
          targetName: req!.organisationName,
          after: { organisationName: req!.organisationName, family: req!.family },
        },
      ],
    );
    await sendLater(
      tx,
      null,
      'ACCESS_REQUEST_SUBMITTED',
      req!.email,
      accessRequestEmail({ lang: req!.language, requestId: id, decision: 'SUBMITTED' }),
    );
    return { id, status: 'SUBMITTED' };
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
    // An unconfirmed request was never received: nobody sees it.
    if (!req || req.status === 'UNCONFIRMED')
      throw notFound({ en: 'The requested record', fr: "L'enregistrement demandé" });
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
          targetName: listedName(contact),
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
      accessRequestEmail({ lang: req.language, requestId, decision, note }),
    );
    return { id: requestId, status: decision, organisationId };
  });
}
