// Changing an intervention: its dates, its status and result during plan management (R-PM-01..08, R-INT-10).
import { caseAction } from '../case-action.ts';
import { afterPlanChange } from '../case-plan.ts';
import { changedIntervention, validateInterventionChange } from '../interventions.ts';
import { interventionChangeSchema } from '../schemas/case.ts';

export const changeIntervention = caseAction({
  name: 'changeIntervention',
  route: {
    method: 'patch',
    path: 'interventions/:interventionId',
    summary: 'Change dates, start or close an intervention (R-PM)',
  },
  body: interventionChangeSchema,
  params: ['interventionId'],
  validate: (s, input, ctx) => validateInterventionChange(s, input.interventionId, input, ctx.today),
  decide(s, input, ctx) {
    const current = s.interventions.find((i) => i.id === input.interventionId)!;
    return afterPlanChange(
      s,
      [{ type: 'InterventionChanged', intervention: changedIntervention(current, input) }],
      ctx,
    );
  },
});
