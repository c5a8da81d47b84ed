// Who a referral can go to, and what a receiving organisation may see of a case referred to it (R-REF-05, R-REF-15).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, Individual, Organisation, ReferralRow, User } from '../../db/entities.ts';
import { notFound } from '../../domain/refusals.ts';
import type { ReceivingOrganisation } from '../../domain/referrals.ts';
import { referralView } from '../cases/referral-view.ts';
import type { SessionUser } from '../context.ts';

/** R-REF-05: an organisation can receive referrals inside the network only with all three programs active (and itself
 * active, R-ORG-08). */
const eligible = (o: {
  activeFundingAgreement: boolean;
  externalCaseManagement: boolean;
  clientTracking: boolean;
  inactive: boolean;
}) => o.activeFundingAgreement && o.externalCaseManagement && o.clientTracking && !o.inactive;

export async function receivingOrganisation(
  em: EntityManager,
  id: number | undefined,
): Promise<(ReceivingOrganisation & { generalEmail: string | null }) | null> {
  if (id === undefined) return null;
  const org = await em.findOne(Organisation, { id });
  return org ? { id: org.id, name: org.name, eligible: eligible(org), generalEmail: org.generalEmail ?? null } : null;
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
  if (!c || c.organisationId === user.organisationId) throw notFound(`Case ${caseId}`);
  const [person, manager, from] = await Promise.all([
    em.findOneOrFail(Individual, { id: c.individualId }),
    em.findOneOrFail(User, { id: c.caseManagerId }),
    em.findOneOrFail(Organisation, { id: c.organisationId }),
  ]);
  return {
    id: c.id,
    referredAccess: true,
    status: c.status,
    statusSince: c.statusSince,
    program: c.program,
    organisation: from.name,
    caseManager: `${manager.lastName}, ${manager.firstName}`,
    individual: {
      id: person.id,
      name: `${person.lastName}, ${person.firstName}`,
      dateOfBirth: person.dateOfBirth,
      city: person.city,
    },
    pendingTransfer: referrals.some((r) => r.type === 'CASE_TRANSFER' && r.transferOutcome === 'PENDING'),
    referrals: referrals.map(referralView),
  };
}
