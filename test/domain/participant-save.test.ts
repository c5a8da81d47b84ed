// The participants page's one Save judged as a whole (R-ES-10): in order, each item against the entries the earlier
// ones leave, and either every item's writes or every refusal.
import { planParticipantSave } from '../../domain/participant-save.ts';
import type { CaseFacts, EntryFacts, ServiceFacts } from '../../domain/services.ts';

const full: ServiceFacts = {
  id: 1,
  serviceFormat: 'GROUP',
  serviceType: 'JS_WORKSHOPS',
  status: 'SCHEDULED',
  startDate: '2011-12-20',
  endDate: '2011-12-20',
  minParticipants: 1,
  maxParticipants: 1,
  lastWaitlistNumber: 3,
};
const doug: EntryFacts = { id: 7, caseId: 101, individualId: 201, status: 'REGISTERED', waitlistNumber: null };
const person = (n: number): CaseFacts => ({
  caseId: 100 + n,
  individualId: 200 + n,
  status: 'INTAKE',
  interventionTypes: [],
});
const add = (n: number, confirmWaitlist = false) => ({
  input: { caseId: 100 + n, confirmPreRegister: false, confirmWaitlist },
  caseFacts: person(n),
});

test('R-ES-10 a removal earlier in the save frees the seat a later add takes', () => {
  const result = planParticipantSave(
    full,
    [doug],
    [{ entry: doug, to: 'REMOVED', confirmed: true, caseFacts: null }],
    [add(2)],
  );
  expect(result).toMatchObject({
    plan: {
      changes: [{ index: 0, to: 'REMOVED' }],
      adds: [{ index: 0, decision: { status: 'REGISTERED' } }],
      after: [{ id: 7, status: 'REMOVED' }, { status: 'REGISTERED' }],
    },
  });
});

test('R-ES-10 one refused item refuses the save, and every refused item is named by its place', () => {
  const result = planParticipantSave(full, [doug], [], [add(2, true), add(1), add(2, true)]);
  expect(result).toEqual({
    refused: [
      { list: 'adds', index: 1, violations: [expect.objectContaining({ code: 'ERR_PARTICIPANT_DUPLICATE' })] },
      { list: 'adds', index: 2, violations: [expect.objectContaining({ code: 'ERR_PARTICIPANT_DUPLICATE' })] },
    ],
  });
});

test('R-ES-10 R-WL-05 adds on a full service are waitlisted in the order of the save, numbered after the last', () => {
  const result = planParticipantSave(full, [doug], [], [add(2, true), add(3, true)]);
  expect(result).toMatchObject({
    plan: {
      adds: [{ decision: { status: 'WAITLISTED', waitlistNumber: 4 } }, { decision: { waitlistNumber: 5 } }],
      lastWaitlistNumber: 5,
    },
  });
});
