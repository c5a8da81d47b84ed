// Deleting a Planned intervention (R-PM-03); a submitted funding application refuses it (checked by the use case).
import { caseAction } from '../case-action.ts';
import { afterPlanChange } from '../case-plan.ts';
import { validateInterventionRemoval } from '../interventions.ts';

export const removeIntervention = caseAction({
  name: 'removeIntervention',
  route: {
    method: 'delete',
    path: 'interventions/:interventionId',
    summary: 'Delete a Planned intervention; its draft funding application goes with it (R-INT-07, R-PM-03)',
  },
  body: null,
  params: ['interventionId'],
  validate: (s, input) => validateInterventionRemoval(s, input.interventionId),
  decide: (s, input, ctx) =>
    afterPlanChange(s, [{ type: 'InterventionRemoved', interventionId: input.interventionId }], ctx),
});
