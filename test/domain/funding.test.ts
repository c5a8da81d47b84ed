// The funding request's pure rules (spec 02 §4.C, R-FUND, R-DOC): what the workflow's validators and the API ask.
import { validateDocumentDelete, validateUpload } from '../../domain/documents.ts';
import {
  caseElementStatuses,
  closedPackage,
  decideChecklistSave,
  decideRequestChanges,
  foldFunding,
  newPackage,
  pendingFundingTimers,
  spellingFindings,
  spellingSuggestions,
  validateAgreementStatus,
  validateChecklistSave,
  validateCreatePackage,
  validateSubmit,
  FUNDING_PROGRAMS,
  type FundingState,
} from '../../domain/funding.ts';

const draft = (): FundingState =>
  newPackage({
    packageId: 7,
    caseId: 100923,
    caseManagerId: 1,
    interventionId: 'i',
    programCode: 'SDIA',
    interventionStart: '2012-01-03',
    interventionEnd: '2012-12-21',
  });
const complete = {
  NEEDS_DETERMINATION: 'COMPLETE',
  EMPLOYMENT_HISTORY: 'INCOMPLETE_MAYBE',
  EDUCATION: 'COMPLETE',
} as const;

function ready(): FundingState {
  let s = draft();
  for (const i of s.checklist.filter((x) => x.requirement === 'REQUIRED'))
    s = foldFunding(
      s,
      decideChecklistSave(s, { code: i.code, paper: true, documentIds: [], caseStatus: 'RTWAP_MGMT' }, '2011-11-24'),
    );
  return foldFunding(s, [
    {
      type: 'StatementSaved',
      statement: { supportsPlan: 'YES', signedByBoth: 'YES', spouseConsentSigned: 'YES', justification: 'Supported.' },
      spelling: [],
    },
  ]);
}

test('R-FUND-06 case elements are Complete, Incomplete or "Incomplete?" from what the case holds', () => {
  expect(
    caseElementStatuses({
      needs: 'COMPLETED',
      educationRecords: 1,
      employmentRecords: 2,
      employmentHistoryShort: true,
    }),
  ).toEqual({ NEEDS_DETERMINATION: 'COMPLETE', EMPLOYMENT_HISTORY: 'INCOMPLETE_MAYBE', EDUCATION: 'COMPLETE' });
  expect(
    caseElementStatuses({ needs: 'DRAFT', educationRecords: 0, employmentRecords: 0, employmentHistoryShort: false }),
  ).toEqual({ NEEDS_DETERMINATION: 'INCOMPLETE_MAYBE', EMPLOYMENT_HISTORY: 'INCOMPLETE', EDUCATION: 'INCOMPLETE' });
});

test('R-FUND-07 saving a row unchanged stamps nothing; a change stamps today', () => {
  const s = draft();
  expect(
    decideChecklistSave(s, { code: 'RESUME', paper: false, documentIds: [], caseStatus: 'RTWAP_MGMT' }, '2011-11-24'),
  ).toEqual([]);
  expect(
    decideChecklistSave(
      s,
      { code: 'RESUME', paper: false, documentIds: [4, 4], caseStatus: 'RTWAP_MGMT' },
      '2011-11-24',
    ),
  ).toEqual([{ type: 'ChecklistItemSaved', code: 'RESUME', paper: false, documentIds: [4], date: '2011-11-24' }]);
});

test('R-FUND-08 "Incomplete?" is enough to submit; Incomplete is not', () => {
  expect(validateSubmit(ready(), { confirmed: true, caseStatus: 'RTWAP_MGMT', caseElements: complete })).toEqual([]);
  expect(
    validateSubmit(ready(), {
      confirmed: true,
      caseStatus: 'RTWAP_MGMT',
      caseElements: { ...complete, EDUCATION: 'INCOMPLETE' },
    }).map((v) => v.message),
  ).toEqual(['Education is incomplete.']);
});

test('R-FUND-20 spelling suggestions never block a save or a submission', () => {
  expect(spellingSuggestions('The client will recieve training for for employement.')).toEqual([
    '"recieve": did you mean "receive"?',
    '"for for": a word is repeated.',
    '"employement": did you mean "employment"?',
  ]);
  // The page shows each finding once, in the person's language, from its parts.
  expect(spellingFindings('Recieve for for, recieve.')).toEqual([
    { kind: 'misspelt', word: 'recieve', suggestion: 'receive' },
    { kind: 'repeated', word: 'for' },
  ]);
  const s = foldFunding(ready(), [
    {
      type: 'StatementSaved',
      statement: {
        supportsPlan: 'YES',
        signedByBoth: 'YES',
        spouseConsentSigned: 'YES',
        justification: 'recieve recieve',
      },
      spelling: ['x'],
    },
  ]);
  expect(validateSubmit(s, { confirmed: true, caseStatus: 'RTWAP_MGMT', caseElements: complete })).toEqual([]);
});

test('R-FUP-01 a closed case takes no package change', () => {
  expect(
    validateChecklistSave(draft(), { code: 'RESUME', paper: true, documentIds: [], caseStatus: 'CLOSED' }).map(
      (v) => v.rule,
    ),
  ).toEqual(['R-FUP-01']);
  expect(
    validateSubmit(ready(), { confirmed: true, caseStatus: 'CLOSED', caseElements: complete }).map((v) => v.rule),
  ).toEqual(['R-FUP-01']);
});

test(
  'R-FUND-14 T-04 mailed rows are chased 7 and 10 days after the submission; none without paper rows or after ' +
    'approval',
  () => {
    const submitted = foldFunding(ready(), [
      { type: 'SubmissionStarted', submissionNo: 1, resubmission: false },
      {
        type: 'AgreementCreated',
        agreement: {
          agreementId: 101199,
          program: 'SDA(LAE-ENS)',
          status: 'APPLICATION',
          statusDate: '2011-11-24',
          agreementManager: 'HRI PA Intake, ENS (1225)',
          closedReason: null,
        },
      },
      { type: 'SubmissionCompleted', submissionNo: 1, at: '2011-11-24T15:00:00.000Z', by: 1 },
    ]);
    expect(pendingFundingTimers(submitted).map((t) => [t.key, t.fireOn, t.dueDate])).toEqual([
      ['FUNDING_MAILED_REMINDER:7:1', '2011-12-01', '2011-12-04'],
      ['FUNDING_MAILED_DEADLINE:7:1', '2011-12-04', '2011-12-04'],
    ]);
    const approved = foldFunding(
      submitted,
      ['ASSESSMENT', 'ASSESSED', 'APPROVED'].map(
        (status) => ({ type: 'AgreementStatusChanged', status, date: '2011-11-30', reason: null }) as never,
      ),
    );
    expect(pendingFundingTimers(approved)).toEqual([]);
    // An evening submission in Halifax (the next day in UTC) counts from its day in Halifax.
    const evening = foldFunding(submitted, [
      { type: 'SubmissionCompleted', submissionNo: 1, at: '2011-11-25T01:30:00.000Z', by: 1 },
    ]);
    expect(pendingFundingTimers(evening).map((t) => [t.fireOn, t.dueDate])).toEqual([
      ['2011-12-01', '2011-12-04'],
      ['2011-12-04', '2011-12-04'],
    ]);
  },
);

test(
  'R-FUND-15 Q-15 a returned application is due in a week ' + 'unless ENS says otherwise; T-05 reminds on that day',
  () => {
    const s = foldFunding(ready(), [
      {
        type: 'AgreementCreated',
        agreement: {
          agreementId: 1,
          program: 'SDA',
          status: 'APPLICATION',
          statusDate: '2011-11-24',
          agreementManager: 'inbox',
          closedReason: null,
        },
      },
      { type: 'SubmissionCompleted', submissionNo: 1, at: '2011-11-24T15:00:00.000Z', by: 1 },
    ]);
    const events = decideRequestChanges(s, 'Information missing', undefined, '2011-11-24');
    expect(events[1]).toMatchObject({
      type: 'ReminderRaised',
      priority: 'High',
      kind: 'INFO',
      message: 'Application requires resubmission. Information missing',
      dueDate: '2011-12-01',
    });
    const returned = foldFunding(s, events);
    expect(pendingFundingTimers(returned).map((t) => t.fireOn)).toContain('2011-12-01');
    expect(validateAgreementStatus(returned, 'ASSESSMENT', null)).toEqual([]);
  },
);

test('R-DOC-02 a file is checked by its name and its first bytes', () => {
  expect(validateUpload({ fileName: 'a.PNG', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1]) }).violations).toEqual(
    [],
  );
  expect(validateUpload({ fileName: 'a.txt', bytes: new Uint8Array([0x41, 0, 0x42]) }).violations[0].code).toBe(
    'ERR_FILE_TYPE',
  );
  expect(validateUpload({ fileName: 'noextension', bytes: new Uint8Array([1]) }).violations[0].message).toContain(
    'Files of type "none" cannot be attached',
  );
});

test('R-DOC-04 R-DOC-06 deletion through day 30, never while a submitted application holds it', () => {
  expect(validateDocumentDelete('2011-11-24', '2011-12-24', false)).toEqual([]);
  expect(validateDocumentDelete('2011-11-24', '2011-12-25', false)[0].code).toBe('ERR_DOC_DELETE_TOO_OLD');
  expect(validateDocumentDelete('2011-11-24', '2011-11-25', true)[0].rule).toBe('R-DOC-06');
});

test('R-FUND-04 one active package per intervention: a second Apply Now is refused', () => {
  const training = { fundingRequested: true, interventionType: 'SE_JOB_SPECIFIC_TRAINING', status: 'PLANNED' };
  expect(validateCreatePackage(training, 'SDIA', 0, 'RTWAP_MGMT')).toEqual([]);
  expect(validateCreatePackage(training, 'SDIA', 1, 'RTWAP_MGMT')).toMatchObject([
    {
      rule: 'R-FUND-04',
      code: 'ERR_PACKAGE_EXISTS',
      message:
        'This intervention already has an application package; a new one can be started once it is deleted or closed.',
    },
  ]);
});

test('R-FUND-19 a Deleted or Closed package takes no change, a conflict with its state', () => {
  expect(closedPackage({ state: 'DRAFT' })).toEqual([]);
  expect(closedPackage({ state: 'SUBMITTED' })).toEqual([]);
  expect(closedPackage({ state: 'DELETED' })).toMatchObject([
    {
      rule: 'R-FUND-19',
      code: 'ERR_PACKAGE_CLOSED',
      message: 'This application package is Deleted: it can no longer change.',
      kind: 'conflict',
    },
  ]);
  expect(closedPackage({ state: 'CLOSED' })[0].message).toBe(
    'This application package is Closed: it can no longer change.',
  );
});

test('R-PLAN-06 a funding request is submitted from a signed plan, and the signed plan is never asked of ENS', () => {
  expect(
    validateSubmit(ready(), { confirmed: true, caseStatus: 'RTWAP_DEV', caseElements: complete }).map((v) => v.message),
  ).toEqual(['The application can only be submitted when the case is in RTWAP Management.']);
  expect(validateSubmit(ready(), { confirmed: true, caseStatus: 'RTWAP_MGMT', caseElements: complete })).toEqual([]);
  const asked = Object.values(FUNDING_PROGRAMS).flatMap((p) => p.documents.map((d) => `${d.code} ${d.name}`));
  expect(asked.filter((d) => /RTWAP|ACTION_PLAN|action plan|PARAT/i.test(d))).toEqual([]);
});
