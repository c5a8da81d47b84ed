// The referral network: who can receive a referral inside it (R-REF-05), and a transfer still to complete (R-REF-03).
import { isPendingTransfer, receivesReferrals } from '../../domain/referral-network.ts';

const member = { activeFundingAgreement: true, externalCaseManagement: true, clientTracking: true, inactive: false };

test('R-REF-05 an organisation receives referrals with all three programs active, and itself active', () => {
  expect(receivesReferrals(member)).toBe(true);
  for (const missing of [
    { activeFundingAgreement: false },
    { externalCaseManagement: false },
    { clientTracking: false },
    { inactive: true },
  ])
    expect(receivesReferrals({ ...member, ...missing })).toBe(false);
});

test('R-REF-03 only a case transfer not yet completed is pending', () => {
  expect(isPendingTransfer({ type: 'CASE_TRANSFER', transferOutcome: 'PENDING' })).toBe(true);
  expect(isPendingTransfer({ type: 'CASE_TRANSFER', transferOutcome: 'COMPLETED' })).toBe(false);
  expect(isPendingTransfer({ type: 'INFO_WITHIN_LAMPSS', transferOutcome: 'NOT_APPLICABLE' })).toBe(false);
});
