// ENS moves the agreement one status at a time; closing it closes the package (R-FUND-17, R-FUND-18).
import { defineAction } from '../action.ts';
import {
  decideAgreementStatus,
  validateAgreementStatus,
  type AgreementClosureReason,
  type AgreementStatus,
  type FundingEvent,
  type FundingState,
} from '../funding.ts';

export const changeAgreementStatus = defineAction<
  FundingState,
  FundingEvent,
  { status: AgreementStatus; reason: AgreementClosureReason | null; agreementManager?: string }
>({
  name: 'changeAgreementStatus',
  validate: (s, input) => validateAgreementStatus(s, input.status, input.reason),
  decide: (s, input, ctx) => decideAgreementStatus(s, input.status, input.reason, ctx.today, input.agreementManager),
});
