// Submitting the application package to ENS once it is complete and confirmed (R-FUND-10, R-FUND-16).
import { defineAction } from '../action.ts';
import { decideSubmit, validateSubmit, type FundingEvent, type FundingState, type SubmitInput } from '../funding.ts';

export const submitPackage = defineAction<FundingState, FundingEvent, SubmitInput>({
  name: 'submitPackage',
  validate: (s, input) => validateSubmit(s, input),
  decide: (s) => decideSubmit(s),
});
