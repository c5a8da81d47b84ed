// Saving the needs determination: a draft, or a completed version (R-ND-01..12).
import { caseAction } from '../case-action.ts';
import { targetNeedsVersion, validateNeedsDetermination } from '../needs.ts';
import { needsDeterminationSchema } from '../schemas/case.ts';

export const saveNeedsDetermination = caseAction({
  name: 'saveNeedsDetermination',
  route: { method: 'post', path: 'needs-determinations', summary: 'Save the needs determination in progress (R-ND)' },
  body: needsDeterminationSchema,
  validate: (s, input) => validateNeedsDetermination(s, input),
  decide(s, input, ctx) {
    const { confirmed: _confirmed, ...needs } = input;
    return [
      { type: 'NeedsDeterminationSaved', needs: { ...needs, version: targetNeedsVersion(s), savedOn: ctx.today } },
    ];
  },
});
