// ENS returns the application for changes, due in a week unless it says otherwise (R-FUND-15).
import { defineAction } from '../action.ts';
import type { IsoDate } from '../dates.ts';
import { decideRequestChanges, validateRequestChanges, type FundingEvent, type FundingState } from '../funding.ts';

export const requestChanges = defineAction<FundingState, FundingEvent, { message: string; dueDate?: IsoDate }>({
  name: 'requestChanges',
  validate: (s, input, ctx) => validateRequestChanges(s, input.dueDate, ctx.today),
  decide: (s, input, ctx) => decideRequestChanges(s, input.message, input.dueDate, ctx.today),
});
