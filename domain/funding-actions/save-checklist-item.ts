// A document of the application package's checklist: attached, mailed on paper, or cleared (R-FUND-05..09).
import { defineAction } from '../action.ts';
import {
  decideChecklistSave,
  validateChecklistSave,
  type ChecklistSave,
  type FundingEvent,
  type FundingState,
} from '../funding.ts';

export const saveChecklistItem = defineAction<FundingState, FundingEvent, ChecklistSave>({
  name: 'saveChecklistItem',
  validate: (s, input) => validateChecklistSave(s, input),
  decide: (s, input, ctx) => decideChecklistSave(s, input, ctx.today),
});
