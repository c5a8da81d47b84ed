// Correcting an employment outcome: every field is replaced; its type and id never change (R-OUT-06).
import { caseAction } from '../case-action.ts';
import { validateOutcomeChange } from '../outcomes.ts';
import { outcomeChangeSchema } from '../schemas/case.ts';

export const changeOutcome = caseAction({
  name: 'changeOutcome',
  route: { method: 'patch', path: 'outcomes/:outcomeId', summary: 'Correct an employment outcome (R-OUT-06)' },
  body: outcomeChangeSchema,
  params: ['outcomeId'],
  validate: (s, input, ctx) => validateOutcomeChange(s, input.outcomeId, input, ctx.today),
  decide(s, { outcomeId, ...fields }) {
    const { type, recordedOn } = s.outcomes.find((o) => o.id === outcomeId)!;
    // The edit replaces every field: one left out is cleared, not kept from before.
    return [{ type: 'OutcomeChanged', outcome: { id: outcomeId, type, recordedOn, ...fields } }];
  },
});
