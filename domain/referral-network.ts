// Referrals inside the network: which organisations can receive them (R-REF-05), and what a receiving organisation
// still has to do (a case transfer it has not completed, R-REF-03).

/** The programs that make an organisation a member of the referral network. */
export interface NetworkMembership {
  activeFundingAgreement: boolean;
  externalCaseManagement: boolean;
  clientTracking: boolean;
  inactive: boolean;
}

/** R-REF-05: all three programs active, and the organisation itself active (R-ORG-08). Also a query's filter. */
export const RECEIVES_REFERRALS = {
  activeFundingAgreement: true,
  externalCaseManagement: true,
  clientTracking: true,
  inactive: false,
} as const satisfies NetworkMembership;

export const receivesReferrals = (o: NetworkMembership): boolean =>
  (Object.keys(RECEIVES_REFERRALS) as (keyof NetworkMembership)[]).every((k) => o[k] === RECEIVES_REFERRALS[k]);

/** R-REF-03: a case transfer the receiving organisation has not yet completed by assigning a case manager. */
export const isPendingTransfer = (r: { type: string; transferOutcome: string }): boolean =>
  r.type === 'CASE_TRANSFER' && r.transferOutcome === 'PENDING';
