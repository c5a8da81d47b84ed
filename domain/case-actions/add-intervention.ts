// Adding an intervention to the action plan (R-INT-01..08); an External one may share the case (R-DLV-03); a funded
// one added after the plan was signed asks for a newly signed plan (R-PLAN-08, R-PM-08).
import { serverFacts } from '../action.ts';
import { caseAction } from '../case-action.ts';
import { afterPlanChange } from '../case-plan.ts';
import type { DeliveringFacts } from '../delivering-organisations.ts';
import { newIntervention, validateNewIntervention } from '../interventions.ts';
import { resignRequest } from '../plan-resign.ts';
import { interventionSchema } from '../schemas/case.ts';

export const addIntervention = caseAction({
  name: 'addIntervention',
  route: { method: 'post', path: 'interventions', summary: 'Add an intervention (R-INT-01)' },
  body: interventionSchema,
  // R-DLV-03: the delivering organisation the id names, looked up on the list (app/cases/action-hooks.ts).
  facts: serverFacts<DeliveringFacts>(),
  validate: (s, input) => validateNewIntervention(s, input),
  decide: (s, input, ctx) => {
    const intervention = newIntervention(ctx.newId(), input);
    return afterPlanChange(
      s,
      [{ type: 'InterventionAdded', intervention }, ...resignRequest(s, intervention, ctx)],
      ctx,
    );
  },
});
