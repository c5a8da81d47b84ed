// Deleting a draft application package (R-FUND-04).
import { defineAction } from '../action.ts';
import { validateDelete, type FundingEvent, type FundingState } from '../funding.ts';

export const deletePackage = defineAction<FundingState, FundingEvent, object>({
  name: 'deletePackage',
  validate: (s) => validateDelete(s),
  decide: () => [{ type: 'PackageDeleted' }],
});
