// Enhanced services' rules the use cases ask before they write (spec 02 §4.A, R-ES, R-WL).
import {
  ACTIVE_PARTICIPANT_STATUSES,
  HISTORY_STATUSES,
  PARTICIPANT_STATUS_LABELS,
  PARTICIPANT_STATUSES,
  SESSION_STATUSES,
  validateInterventionFromService,
  validateServiceChange,
  type EntryFacts,
  type ParticipantStatus,
  type ServiceFacts,
} from '../../domain/services.ts';

const workshop: ServiceFacts = {
  id: 1,
  serviceFormat: 'GROUP',
  serviceType: 'JS_WORKSHOPS',
  status: 'SCHEDULED',
  startDate: '2011-11-24',
  endDate: '2011-11-24',
  minParticipants: 2,
  maxParticipants: 5,
  lastWaitlistNumber: 1,
};
const entry = (id: number, status: ParticipantStatus): EntryFacts => ({
  id,
  caseId: 100 + id,
  individualId: 200 + id,
  status,
  waitlistNumber: status === 'WAITLISTED' ? id : null,
});
// Three seats taken (Registered and Pre-registered); the waitlisted and the removed take none.
const entries = [
  entry(1, 'REGISTERED'),
  entry(2, 'PRE_REGISTERED'),
  entry(3, 'REGISTERED'),
  entry(4, 'WAITLISTED'),
  entry(5, 'REMOVED'),
];

test('R-WL-08 a smaller room never drops below the seats already taken', () => {
  expect(validateServiceChange(workshop, entries, { maxParticipants: 2 })).toMatchObject([
    {
      rule: 'R-WL-08',
      code: 'ERR_CAPACITY',
      message: '3 seats are taken: the maximum cannot go below that.',
      field: 'maxParticipants',
    },
  ]);
  expect(validateServiceChange(workshop, entries, { maxParticipants: 3 })).toEqual([]);
  expect(validateServiceChange(workshop, entries, {})).toEqual([]);
});

test('R-ES-01 a changed maximum cannot go below the minimum', () => {
  expect(validateServiceChange({ ...workshop, minParticipants: 4 }, entries, { maxParticipants: 3 })).toMatchObject([
    {
      rule: 'R-ES-01',
      code: 'ERR_CAPACITY',
      message: 'The maximum cannot be below the minimum (4).',
      field: 'maxParticipants',
    },
  ]);
});

test('ES-START-INTERVENTION only a Registered participant with a case gets the service in their plan', () => {
  expect(validateInterventionFromService({ caseId: 101, status: 'REGISTERED' })).toEqual([]);
  const refused = [
    { caseId: null, status: 'PRE_REGISTERED' },
    { caseId: 101, status: 'WAITLISTED' },
    { caseId: 101, status: 'REMOVED' },
  ] as const;
  for (const e of refused)
    expect(validateInterventionFromService(e).map((v) => [v.code, v.message])).toEqual([
      [
        'RULE_VIOLATION',
        'Only a Registered participant with a case can have an intervention started from this service.',
      ],
    ]);
});

test('every participant status has its label in English and French; the rules’ messages keep the English one', () => {
  for (const status of [...ACTIVE_PARTICIPANT_STATUSES, ...HISTORY_STATUSES, ...SESSION_STATUSES]) {
    expect(PARTICIPANT_STATUSES[status].en).toBeTruthy();
    expect(PARTICIPANT_STATUSES[status].fr).toBeTruthy();
    expect(PARTICIPANT_STATUS_LABELS[status]).toBe(PARTICIPANT_STATUSES[status].en);
  }
  expect(PARTICIPANT_STATUSES.WAITLISTED.fr).toBe('En attente');
});
