// Updating the registration details the case was opened with, on its Case Details screen (spec 01 §4.12; seed 001:
// employment situation, correspondence language, preferred contact method, EI details). The same rules as when the
// case was opened (registrationSchema); a closed case is not changed (R-CLOSE-01).
import { serverFacts } from '../action.ts';
import { caseAction } from '../case-action.ts';
import { closedCaseViolation } from '../closed-case.ts';
import { registrationChanges } from '../registration.ts';
import { violation } from '../refusals.ts';
import { registrationUpdateSchema, type RegistrationInput } from '../schemas/case.ts';

export const updateRegistration = caseAction({
  name: 'updateRegistration',
  route: {
    method: 'put',
    path: 'registration',
    summary: 'Update the registration details on Case Details (spec 01 §4.12)',
  },
  body: registrationUpdateSchema,
  /** The registration details as the case row has them, for a case whose workflow has not updated them yet. */
  facts: serverFacts<{ current?: Partial<RegistrationInput> | null }>(),
  validate(s, input) {
    const closed = closedCaseViolation(s);
    if (closed.length) return closed;
    return registrationChanges(s.registration ?? input.current ?? null, input.registration).length === 0
      ? [
          violation('spec 01 §4.12', 'ERR_REGISTRATION_UNCHANGED', {
            en: 'Nothing to save: the registration details are the same as before.',
            fr: "Rien à enregistrer : les détails de l'inscription sont les mêmes qu'avant.",
          }),
        ]
      : [];
  },
  decide: (s, input) => [
    {
      type: 'RegistrationUpdated',
      registration: input.registration,
      changes: registrationChanges(s.registration ?? input.current ?? null, input.registration),
    },
  ],
});
