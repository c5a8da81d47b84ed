// Case Details (spec 01 §4.12): updating the registration details the case was opened with.
import { closeCase, updateRegistration } from '../../domain/case-actions/index.ts';
import type { RegistrationInput } from '../../domain/schemas/case.ts';
import { ANY_DAY, walkTo } from './helpers.ts';

const OPENED_WITH: RegistrationInput = {
  employmentStatus: 'UNEMPLOYED',
  student: false,
  correspondenceLanguage: 'EN',
  preferredContactMethod: 'TELEPHONE',
  eiInLast36Months: false,
  legallyEntitledToWork: true,
};

test('spec 01 §4.12 an update tells which fields changed, against the case row and then against the last update', () => {
  const run = walkTo('ASSESSMENT');
  const french = { ...OPENED_WITH, correspondenceLanguage: 'FR' } as const;
  const first = run.apply('2011-11-01', (s, ctx) =>
    updateRegistration.decide(s, { registration: french, current: OPENED_WITH }, ctx),
  );
  expect(first).toEqual([
    {
      type: 'RegistrationUpdated',
      registration: french,
      changes: [{ field: 'correspondenceLanguage', from: 'EN', to: 'FR' }],
    },
  ]);
  expect(run.state.registration).toEqual(french);
  // Once updated, the case's own state is what the next update is told against.
  const email = { ...french, preferredContactMethod: 'EMAIL' } as const;
  const second = run.apply('2011-11-02', (s, ctx) =>
    updateRegistration.decide(s, { registration: email, current: OPENED_WITH }, ctx),
  );
  expect(second[0]).toMatchObject({ changes: [{ field: 'preferredContactMethod', from: 'TELEPHONE', to: 'EMAIL' }] });
});

test('spec 01 §4.12 the same details again are refused: nothing to save', () => {
  const run = walkTo('INTAKE');
  expect(
    updateRegistration.validate(run.state, { registration: OPENED_WITH, current: OPENED_WITH }, ANY_DAY),
  ).toMatchObject([{ code: 'ERR_REGISTRATION_UNCHANGED', messageFr: expect.stringContaining('Rien à enregistrer') }]);
});

test('R-CLOSE-01 a closed case keeps its registration details', () => {
  const run = walkTo('INTAKE');
  run.apply('2011-11-01', (s, ctx) => closeCase.decide(s, { reason: 'ABANDONED', confirmed: true }, ctx));
  expect(
    updateRegistration.validate(run.state, { registration: { ...OPENED_WITH, student: true } }, ANY_DAY),
  ).toMatchObject([{ rule: 'R-CLOSE-01', code: 'E-CLOSE-01' }]);
});
