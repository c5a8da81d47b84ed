// Referrals as each side reads them: who a referral can go to (R-REF-05), a case's referrals, what other
// organisations referred to mine, and what a receiving organisation may see of a case referred to it (R-REF-15).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, Individual, Organisation, ReferralRow, User } from '../../db/entities.ts';
import { isPendingTransfer, receivesReferrals, RECEIVES_REFERRALS } from '../../domain/referral-network.ts';
import { REFERRAL_TYPE_LABELS, type ReceivingOrganisation, type ReferralType } from '../../domain/referrals.ts';
import { notFound } from '../../domain/refusals.ts';
import { loadCase } from '../cases/queries.ts';
import { referralViews } from '../cases/referral-view.ts';
import type { SessionUser } from '../context.ts';
import { listedName } from '../../domain/person-name.ts';

export async function receivingOrganisation(
  em: EntityManager,
  id: number | undefined,
): Promise<(ReceivingOrganisation & { generalEmail: string | null }) | null> {
  if (id === undefined) return null;
  const org = await em.findOne(Organisation, { id });
  return org
    ? { id: org.id, name: org.name, eligible: receivesReferrals(org), generalEmail: org.generalEmail ?? null }
    : null;
}

/** R-REF-05: the other organisations a referral inside the network can go to, with the address it is emailed to
 * (R-REF-07). */
export async function referralOrganisations(em: EntityManager, user: SessionUser) {
  const orgs = await em.find(
    Organisation,
    { ...RECEIVES_REFERRALS, id: { $ne: user.organisationId } },
    { orderBy: { name: 'asc' } },
  );
  return orgs.map((o) => ({ id: o.id, name: o.name, generalEmail: o.generalEmail ?? null }));
}

/** The referrals of a case of the user's organisation, the latest first. */
export async function caseReferrals(em: EntityManager, user: SessionUser, caseId: number) {
  const c = await loadCase(em, user, caseId);
  const rows = await em.find(ReferralRow, { caseId: c.id }, { orderBy: { submittedAt: 'desc' } });
  return referralViews(em, rows);
}

/** What other organisations referred to the user's: pending transfers first (the receiving side's alert). */
export async function incomingReferrals(em: EntityManager, user: SessionUser) {
  const rows = await em.execute<Record<string, unknown>[]>(
    `select r.id, r.case_id, r.type, r.submitted_on::text as submitted_on, r.transfer_outcome, r.status, o.name as
      from_organisation, r.contact_person
       from referral r join organisation o on o.id = r.from_organisation_id
      where r.to_organisation_id = ?
      order by (r.transfer_outcome = 'PENDING') desc, r.submitted_at desc
      limit 200`,
    [user.organisationId],
  );
  return rows.map((x) => ({
    id: x.id,
    caseId: x.case_id,
    type: x.type,
    typeLabel: REFERRAL_TYPE_LABELS[x.type as ReferralType],
    fromOrganisation: x.from_organisation,
    contactPerson: x.contact_person,
    submittedOn: x.submitted_on,
    transferOutcome: x.transfer_outcome,
    pendingTransfer: isPendingTransfer({ type: x.type as string, transferOutcome: x.transfer_outcome as string }),
  }));
}

/** A case another organisation referred to the user's, with what the referral lets them see (R-REF-15); 404 otherwise.
 */
export async function referredCase(em: EntityManager, user: SessionUser, caseId: number) {
  const referrals = await em.find(
    ReferralRow,
    { caseId, toOrganisationId: user.organisationId },
    { orderBy: { submittedAt: 'desc' } },
  );
  const c = referrals.length ? await em.findOne(Case, { id: caseId }) : null;
  if (!c || c.organisationId === user.organisationId) throw notFound({ en: `Case ${caseId}`, fr: `Le cas ${caseId}` });
  const [person, manager, from] = await Promise.all([
    em.findOneOrFail(Individual, { id: c.individualId }),
    em.findOneOrFail(User, { id: c.caseManagerId }),
    em.findOneOrFail(Organisation, { id: c.organisationId }),
  ]);
  return {
    id: c.id,
    referredAccess: true as const,
    status: c.status,
    statusSince: c.statusSince,
    program: c.program,
    organisation: from.name,
    caseManager: listedName(manager),
    individual: {
      id: person.id,
      name: listedName(person),
      dateOfBirth: person.dateOfBirth,
      city: person.city,
    },
    pendingTransfer: referrals.some(isPendingTransfer),
    referrals: await referralViews(em, referrals),
  };
}
