// Who a case can be opened for, and by whom: the rules the API, the seed and the tests share.
import { validateCaseOpening, type CaseOpeningFacts } from '../../domain/case-opening.ts';

const ready: CaseOpeningFacts = {
  individual: { sharedWithGovernment: true, sin: '046454286' },
  caseManager: { id: 13349, assignable: true },
  openCase: null,
  previousCase: null,
};
const codes = (f: Partial<CaseOpeningFacts>) => validateCaseOpening({ ...ready, ...f }).map((v) => v.code);

test('a shared individual with a SIN, an active case manager and no open case: the case opens', () => {
  expect(validateCaseOpening(ready)).toEqual([]);
});

test('R-CASE-01 an individual not shared with government and without a SIN is refused, saying both steps', () => {
  const [v] = validateCaseOpening({ ...ready, individual: { sharedWithGovernment: false, sin: null } });
  expect(v.message).toBe(
    'A case can be created only for an individual who is shared with the government and has a SIN: this ' +
      'individual must first be shared with the government (Privacy & Sharing) and have a social insurance number.',
  );
});

test('R-CASE-03 the case manager must be an active ECM Case Manager of the organisation', () => {
  expect(validateCaseOpening({ ...ready, caseManager: { id: 77, assignable: false } })).toMatchObject([
    {
      rule: 'R-CASE-03',
      field: 'caseManagerId',
      message: expect.stringContaining('User 77 is not an active case manager'),
    },
  ]);
});

test('R-CASE-09 a second open case is refused, naming the organisation and case that hold the open one', () => {
  const [v] = validateCaseOpening({
    ...ready,
    openCase: { id: 100923, status: 'RTWAP_MGMT', organisationName: 'CBCC' },
  });
  expect(v).toMatchObject({ code: 'R-CASE-09', kind: 'conflict' });
  expect(v.message).toContain('already has an open case at CBCC (case 100923)');
});

test('R-FUP-02 a case in Follow-up elsewhere must first be closed with "New case required"', () => {
  const [v] = validateCaseOpening({
    ...ready,
    openCase: { id: 100923, status: 'FOLLOW_UP', organisationName: 'CBCC' },
  });
  expect(v).toMatchObject({ code: 'ERR_CASE_IN_FOLLOWUP', kind: 'conflict' });
  expect(v.message).toBe(
    "This individual's case 100923 at CBCC is in Follow-up; CBCC " +
      'must first close it with "New case required" (R-FUP-02).',
  );
});

test('R-CASE-05 the case registration is copied only from an earlier case of this individual here', () => {
  expect(codes({ previousCase: { id: 42, found: false } })).toEqual(['R-CASE-05']);
  expect(codes({ previousCase: { id: 42, found: true } })).toEqual([]);
});
