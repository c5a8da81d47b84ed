// Deleting an employment outcome while the rules allow it (R-OUT-07, R-PM-14).
import { caseAction } from '../case-action.ts';
import { validateOutcomeDeletion } from '../outcomes.ts';

export const deleteOutcome = caseAction({
  name: 'deleteOutcome',
  route: { method: 'delete', path: 'outcomes/:outcomeId', summary: 'Delete an employment outcome (R-OUT-07)' },
  body: null,
  params: ['outcomeId'],
  validate: (s, input) => validateOutcomeDeletion(s, input.outcomeId),
  decide: (_s, input) => [{ type: 'OutcomeDeleted', outcomeId: input.outcomeId }],
});
