// Adding an intervention to the action plan (R-INT-01..08).
import { caseAction } from '../case-action.ts';
import { afterPlanChange } from '../case-plan.ts';
import { newIntervention, validateNewIntervention } from '../interventions.ts';
import { interventionSchema } from '../schemas/case.ts';

export const addIntervention = caseAction({
  name: 'addIntervention',
  route: { method: 'post', path: 'interventions', summary: 'Add an intervention (R-INT-01)' },
  body: interventionSchema,
  validate: (s, input) => validateNewIntervention(s, input),
  decide: (s, input, ctx) =>
    afterPlanChange(s, [{ type: 'InterventionAdded', intervention: newIntervention(ctx.newId(), input) }], ctx),
});
