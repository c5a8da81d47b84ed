// Reassigning the case to another case manager of the organisation (R-CASE-11).
import { serverFacts } from '../action.ts';
import { caseAction } from '../case-action.ts';
import { closedCaseViolation } from '../closed-case.ts';
import { violation } from '../refusals.ts';
import { reassignSchema } from '../schemas/case.ts';

export const reassign = caseAction({
  name: 'reassign',
  route: {
    method: 'post',
    path: 'reassign',
    summary: 'Reassign to another case manager of the organisation (R-CASE-11)',
  },
  body: reassignSchema,
  /** Whether the chosen user is an active case manager of the caller's organisation, looked up by the use case. */
  facts: serverFacts<{ assignable?: boolean }>(),
  validate(s, input) {
    const closed = closedCaseViolation(s);
    if (closed.length) return closed;
    if (input.assignable === false) {
      return [
        violation(
          'R-CASE-11',
          'R-CASE-11',
          {
            en: `User ${input.caseManagerId} is not an active case manager of your organisation.`,
            fr: `L'utilisateur ${input.caseManagerId} n'est pas un gestionnaire de cas actif de votre organisme.`,
          },
          { field: 'caseManagerId' },
        ),
      ];
    }
    return input.caseManagerId === s.caseManagerId
      ? [
          violation(
            'R-CASE-11',
            'ERR_SAME_MANAGER',
            {
              en: 'The case is already assigned to this case manager.',
              fr: 'Le cas est déjà attribué à ce gestionnaire de cas.',
            },
            { field: 'caseManagerId' },
          ),
        ]
      : [];
  },
  decide: (_s, input) => [{ type: 'CaseManagerChanged', caseManagerId: input.caseManagerId }],
});
