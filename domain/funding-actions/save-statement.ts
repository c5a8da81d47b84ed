// The case manager's summary statement, with spelling suggestions for its justification (R-FUND-11).
import { defineAction } from '../action.ts';
import type { CaseStatus } from '../case-model.ts';
import {
  spellingSuggestions,
  validateStatementSave,
  type FundingEvent,
  type FundingState,
  type Statement,
} from '../funding.ts';

export const saveStatement = defineAction<FundingState, FundingEvent, { statement: Statement; caseStatus: CaseStatus }>(
  {
    name: 'saveStatement',
    validate: (s, input) => validateStatementSave(s, input.caseStatus),
    decide: (_s, input) => [
      {
        type: 'StatementSaved',
        statement: input.statement,
        spelling: spellingSuggestions(input.statement.justification),
      },
    ],
  },
);
