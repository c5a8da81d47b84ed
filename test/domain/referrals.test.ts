// Referrals and case transfers (seed 000, spec 03 §4.1): what may be sent, what it changes, and how the
// receiving organisation completes a transfer.
import { openTasks } from '../../domain/case-state.ts';
import { businessInstant } from '../../domain/dates.ts';
import { alertMessage } from '../../domain/followup.ts';
import { referralEmail, transferCompletedEmail, transferReminderEmail } from '../../domain/emails.ts';
import {
  personalInfoFindings,
  REFERRAL_TEMPLATES,
  referralLetter,
  REFERRAL_TYPES,
  referralTemplate,
  validateCompleteTransfer,
  validateReferral,
  type ReceivingOrganisation,
  type ReferralInput,
} from '../../domain/referrals.ts';
import { pdfFile, textPdf, wrap } from '../../infra/pdf.ts';
import { ruleCodes, violationsOf, walkTo, type CaseRun } from './helpers.ts';
import { pendingTimers } from '../../domain/case-timers.ts';
import { closeCase, completeTask, completeTransfer, submitReferral } from '../../domain/case-actions/index.ts';
import { decideDueAlerts } from '../../domain/case-due-alerts.ts';
import { referralSchema } from '../../domain/schemas/case.ts';

const FROM = 7;
const CBCC: ReceivingOrganisation = { id: 9, name: 'Cape Breton Career Centre', eligible: true };
const CLIENT = {
  firstName: 'Jane',
  lastName: 'Johnson',
  dateOfBirth: '1984-03-12',
  phone: '(902) 555-0199',
  sin: '130000003',
};

const input = (extra: Partial<ReferralInput> = {}): ReferralInput => ({
  type: 'CASE_TRANSFER',
  toOrganisationId: CBCC.id,
  contactPerson: 'Luc Arsenault',
  emailedTo: 'referrals@cbcc.example.org',
  language: 'EN',
  subject: 'Case transfer referral – case 100923',
  body: 'We would like to transfer case 100923 to you.',
  confirmed: true,
  ...extra,
});

const send = (
  run: CaseRun,
  today: string,
  extra: Partial<ReferralInput> = {},
  receiving: ReceivingOrganisation | null = CBCC,
) =>
  run.apply(today, (s, ctx) =>
    submitReferral.decide(
      s,
      {
        ...input(extra),
        fromOrganisationId: FROM,
        fromOrganisationName: 'Halifax Community Learning Network',
        receiving,
      },
      { ...ctx, actorId: 13349 },
    ),
  );

test('R-REF-01 a referral may be sent at any stage but not on a closed case (E-REF-10)', () => {
  for (const status of ['INTAKE', 'ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT', 'FOLLOW_UP']) {
    expect(
      validateReferral(status, input({ type: 'INFO_WITHIN_LAMPSS' }), { fromOrganisationId: FROM, receiving: CBCC }),
    ).toEqual([]);
  }
  expect(ruleCodes(validateReferral('CLOSED', input(), { fromOrganisationId: FROM, receiving: CBCC }))).toEqual([
    'R-REF-01 E-REF-10',
  ]);
});

test('R-REF-02 exactly three referral types exist, each with its template (R-REF-10)', () => {
  expect(REFERRAL_TYPES).toEqual(['CASE_TRANSFER', 'INFO_WITHIN_LAMPSS', 'INFO_OUTSIDE_LAMPSS']);
  expect(REFERRAL_TEMPLATES.INFO_WITHIN_LAMPSS).toBe('NSW Referral – Informational within NSW Network');
  expect(REFERRAL_TEMPLATES.INFO_OUTSIDE_LAMPSS).toBe(
    'NSW Referral – Informational Client Referral outside of NSW Network',
  );
  expect(referralSchema.safeParse({ ...input(), type: 'CASE_CLOSURE' }).success).toBe(false);
});

test(
  'R-REF-03 sending a case transfer changes neither the organisation, the case manager nor the status; it ' +
    'raises a pending alert',
  () => {
    const run = walkTo('RTWAP_MGMT');
    const before = { status: run.state.status, manager: run.state.caseManagerId, org: run.state.organisationId };
    const events = send(run, '2011-12-01');
    expect({ status: run.state.status, manager: run.state.caseManagerId, org: run.state.organisationId }).toEqual(
      before,
    );
    expect(events.map((e) => e.type)).toEqual(['ReferralSubmitted', 'AlertRaised']);
    expect(run.state.referrals).toEqual([
      expect.objectContaining({
        type: 'CASE_TRANSFER',
        status: 'SENT',
        transferOutcome: 'PENDING',
        toOrganisationName: 'Cape Breton Career Centre',
      }),
    ]);
    expect(run.state.alerts).toEqual([expect.objectContaining({ kind: 'TRANSFER_PENDING', dueDate: '2011-12-15' })]);
  },
);

test('R-CLOSE-08 a case referred outside LaMPSS may then be closed with a reason of its stage, and only with one', () => {
  const run = walkTo('ASSESSMENT');
  send(
    run,
    '2011-10-26',
    { type: 'INFO_OUTSIDE_LAMPSS', toOrganisationId: undefined, toOrganisationName: 'Halifax Public Libraries' },
    null,
  );
  expect(
    closeCase.validate(run.state, { reason: 'FOLLOW_UPS_NOT_ACHIEVABLE', confirmed: true }, { today: '2011-10-26' }),
  ).toMatchObject([{ rule: 'R-CASE-23' }]);
  run.apply('2011-10-26', (s, ctx) => closeCase.decide(s, { reason: 'LEFT_LABOUR_FORCE', confirmed: true }, ctx));
  expect(run.state.status).toBe('CLOSED');
  expect(run.state.history.at(-1)).toMatchObject({ status: 'CLOSED', reason: 'LEFT_LABOUR_FORCE', endDate: null });
  expect(run.state.referrals!.map((r) => r.type)).toEqual(['INFO_OUTSIDE_LAMPSS']);
});

test('R-REF-04 an informational referral leaves the case with its organisation and needs no transfer', () => {
  const run = walkTo('ASSESSMENT');
  send(run, '2011-10-26', { type: 'INFO_WITHIN_LAMPSS' });
  send(
    run,
    '2011-10-26',
    { type: 'INFO_OUTSIDE_LAMPSS', toOrganisationId: undefined, toOrganisationName: 'Halifax Public Libraries' },
    null,
  );
  expect(run.state.referrals!.map((r) => [r.type, r.transferOutcome, r.toOrganisationId])).toEqual([
    ['INFO_WITHIN_LAMPSS', 'NOT_APPLICABLE', CBCC.id],
    ['INFO_OUTSIDE_LAMPSS', 'NOT_APPLICABLE', null],
  ]);
  expect(run.state.alerts).toEqual([]);
  expect(
    ruleCodes(
      validateCompleteTransfer(run.state.status, run.state.referrals, { caseManagerId: 1, confirmed: true }, CBCC.id),
    ),
  ).toEqual(['R-REF-20 E-TR-01']);
});

test(
  'R-REF-05 only an organisation with a funding agreement, case management and client tracking, and not my ' +
    'own, can receive (E-REF-05)',
  () => {
    const ineligible = { id: 11, name: 'Valley Adult Learning Association', eligible: false };
    expect(
      validateReferral('INTAKE', input({ toOrganisationId: 11 }), { fromOrganisationId: FROM, receiving: ineligible }),
    ).toEqual([
      expect.objectContaining({
        rule: 'R-REF-05',
        code: 'E-REF-05',
        message:
          'Valley Adult Learning Association can no longer receive LaMPSS referrals (its funding agreement, ' +
          'External Case Management program or client tracking is not active). Choose another organisation.',
      }),
    ]);
    expect(
      ruleCodes(
        validateReferral('INTAKE', input({ toOrganisationId: FROM }), {
          fromOrganisationId: FROM,
          receiving: { id: FROM, name: 'Mine', eligible: true },
        }),
      ),
    ).toEqual(['R-REF-05 E-REF-05']);
    expect(
      ruleCodes(
        validateReferral('INTAKE', input({ toOrganisationId: undefined }), {
          fromOrganisationId: FROM,
          receiving: null,
        }),
      ),
    ).toEqual(['R-REF-05 E-REF-01']);
  },
);

test(
  'R-REF-06 a referral outside the network names its organisation in free text, with contact person and ' + 'address',
  () => {
    const outside = input({ type: 'INFO_OUTSIDE_LAMPSS', toOrganisationId: undefined, toOrganisationName: '  ' });
    expect(ruleCodes(validateReferral('INTAKE', outside, { fromOrganisationId: FROM }))).toEqual(['R-REF-06 E-REF-01']);
    expect(
      ruleCodes(
        validateReferral(
          'INTAKE',
          { ...outside, toOrganisationName: 'YMCA', contactPerson: ' ' },
          { fromOrganisationId: FROM },
        ),
      ),
    ).toEqual(['R-REF-06 E-REF-07']);
    expect(
      referralSchema.safeParse({ ...outside, toOrganisationName: 'YMCA', emailedTo: 'not an address' }).error?.issues[0]
        .message,
    ).toBe('Enter a valid email address in "Emailed To".');
  },
);

test('R-REF-07 R-REF-08 the template fills subject and body in the chosen language with the case number only', () => {
  const en = referralTemplate('CASE_TRANSFER', 'EN', {
    caseId: 100923,
    fromOrganisation: 'HCLN',
    toOrganisation: 'CBCC',
  });
  expect(en.subject).toBe('Case transfer referral from HCLN – case 100923');
  const fr = referralTemplate('INFO_WITHIN_LAMPSS', 'FR', {
    caseId: 100923,
    fromOrganisation: 'HCLN',
    toOrganisation: 'CBCC',
  });
  expect(fr.subject).toBe("Renvoi d'un client de HCLN – cas 100923");
  expect(fr.template).toBe('NSW Referral – Informational within NSW Network');
  const empty = validateReferral('INTAKE', input({ subject: ' ' }), { fromOrganisationId: FROM, receiving: CBCC });
  expect(empty).toEqual([
    expect.objectContaining({
      rule: 'R-REF-08',
      code: 'E-REF-09',
      message: 'The email subject and body cannot be empty.',
    }),
  ]);
});

test(
  'R-REF-09 a sent referral keeps what was sent: its fields come from the input once, the email is its ' +
    'subject and body',
  () => {
    const run = walkTo('INTAKE');
    send(run, '2011-10-21', { subject: '  Transfer of case 100923 ', body: 'Please take over.' });
    const r = run.state.referrals![0];
    expect([r.subject, r.body, r.submittedOn, r.template]).toEqual([
      'Transfer of case 100923',
      'Please take over.',
      '2011-10-21',
      'NSW Referral – Case Transfer',
    ]);
    const mail = referralEmail(r, { name: 'Halifax Community Learning Network', email: 'info@hcln.example.org' });
    expect(mail.subject).toBe('Transfer of case 100923');
    expect(mail.text).toContain('Please take over.');
  },
);

test('R-REF-11 a referral is sent only once the user confirmed it (C-REF-01)', () => {
  expect(
    validateReferral('INTAKE', input({ confirmed: false }), { fromOrganisationId: FROM, receiving: CBCC }),
  ).toEqual([
    expect.objectContaining({
      rule: 'R-REF-11',
      code: 'C-REF-01',
      message: 'Confirm that you want to send this referral: after it is sent, it cannot be changed.',
    }),
  ]);
});

test(
  'R-REF-12 a SIN-like number blocks; the client’s name, ' + 'birth date or phone must be acknowledged (E-REF-06)',
  () => {
    expect(personalInfoFindings('Client SIN 130 000 003', CLIENT).blocking).toHaveLength(1);
    expect(personalInfoFindings('Please call Jane Johnson at 902-555-0199, born 1984-03-12', CLIENT).warnings).toEqual([
      "the client's name",
      "the client's date of birth",
      "the client's phone number",
    ]);
    const named = input({ body: 'Jane needs help with her resume.' });
    expect(
      ruleCodes(validateReferral('INTAKE', named, { fromOrganisationId: FROM, receiving: CBCC, client: CLIENT })),
    ).toEqual(['R-REF-12 E-REF-06']);
    expect(
      validateReferral(
        'INTAKE',
        { ...named, personalInfoAcknowledged: true },
        { fromOrganisationId: FROM, receiving: CBCC, client: CLIENT },
      ),
    ).toEqual([]);
    const sin = input({ body: 'SIN 130-000-003', personalInfoAcknowledged: true });
    expect(ruleCodes(validateReferral('INTAKE', sin, { fromOrganisationId: FROM, receiving: CBCC }))).toEqual([
      'R-REF-12 E-REF-06',
    ]);
    expect(
      ruleCodes(validateReferral('INTAKE', sin, { fromOrganisationId: FROM, receiving: CBCC, client: CLIENT })),
    ).toEqual(['R-REF-12 E-REF-06']);
  },
);

describe('R-REF-12 a SIN is found however it is written', () => {
  test.each([
    ['nine digits', '460000011'],
    ['printed 3-3-3', '460 000 011'],
    ['dashes', '460-000-011'],
    ['two kinds of separator', '460 000-011'],
    ['a letter stuck to it', 'x460000011'],
    ['letters on both sides', 'ref460000011b'],
    ['dots', '460.000.011'],
    ['underscores', '460_000_011'],
    ['slashes', '460/000/011'],
    ['dashes with spaces', '460 - 000 - 011'],
    ['no-break spaces', '460\u00a0000\u00a0011'],
    ['full-width digits', '４６０００００１１'],
    ['full-width digits and spaces', '４６０　０００　０１１'],
    ['Arabic-Indic digits', '٤٦٠٠٠٠٠١١'],
    ['mathematical digits', '𝟒𝟔𝟎𝟎𝟎𝟎𝟎𝟏𝟏'],
    ['a space between each digit', '4 6 0 0 0 0 0 1 1'],
    ['a dot between each digit', '4.6.0.0.0.0.0.1.1'],
    ['after a phone number', 'call 902 555 0199 460 000 011'],
  ])('%s: %s blocks', (_, text) => {
    expect(personalInfoFindings(`Client file ${text}.`, CLIENT).blocking).toHaveLength(1);
  });

  test.each([
    ['a phone number', '(902) 555-0188'],
    ['a phone number with dots', '902.555.0188'],
    ['a date and time', 'on 2026-01-15 9:30'],
    ['a date and an hour', 'on 2026-01-15 9 am'],
    ['the case number', 'case 100923'],
    ['ten digits', '4600000110'],
    ['eight digits', '46000001'],
    ['an amount', '$1,234,567.89'],
    ['a postal code', 'B3J 1A1'],
  ])('%s: %s does not block', (_, text) => {
    expect(personalInfoFindings(`Client file ${text}.`, CLIENT).blocking).toEqual([]);
  });
});

test('R-REF-13 the emails carry the sending organisation’s details and the case number, never the client', () => {
  const reminder = transferReminderEmail(
    { caseId: 100923, submittedOn: '2011-12-01', toOrganisationName: 'CBCC', language: 'EN' },
    { name: 'HCLN', email: 'info@hcln.example.org' },
  );
  expect(reminder.subject).toBe('Reminder: transfer of case 100923 is waiting');
  expect(reminder.text).toContain('Email: info@hcln.example.org');
  const done = transferCompletedEmail({
    caseId: 100923,
    caseManagerName: 'John Smith',
    toOrganisationName: 'CBCC',
    date: '2011-12-05',
  });
  expect(done.text).toContain('Case 100923 was transferred to CBCC on 2011-12-05.');
  for (const text of [reminder.text, done.text])
    for (const p of [CLIENT.firstName, CLIENT.lastName, CLIENT.dateOfBirth]) expect(text).not.toContain(p);
});

test(
  'R-REF-16 R-REF-19 the receiving organisation completes the transfer: new organisation and case manager, a ' +
    '"Client case received" task',
  () => {
    const run = walkTo('RTWAP_MGMT');
    send(run, '2011-12-01');
    const events = run.apply('2011-12-05', (s, ctx) =>
      completeTransfer.decide(
        s,
        {
          caseManagerId: 555,
          confirmed: true,
          actorOrganisationId: CBCC.id,
          serviceDeliveryLocation: 'Sydney',
          previousOrganisationId: FROM,
        },
        ctx,
      ),
    );
    expect(events.map((e) => e.type)).toEqual([
      'TransferCompleted',
      'CaseManagerChanged',
      'TaskOpened',
      'AlertCleared',
    ]);
    expect(events[0]).toMatchObject({
      organisationId: CBCC.id,
      previousOrganisationId: FROM,
      caseManagerId: 555,
      previousCaseManagerId: 13349,
      serviceDeliveryLocation: 'Sydney',
    });
    expect(run.state).toMatchObject({ organisationId: CBCC.id, caseManagerId: 555, status: 'RTWAP_MGMT' });
    expect(run.state.referrals![0].transferOutcome).toBe('COMPLETED');
    expect(run.state.alerts).toEqual([]);
    const received = openTasks(run.state).find((t) => t.type === 'CASE_RECEIVED')!;
    expect(received).toMatchObject({ dueDate: '2011-12-05' });
    // The task is acknowledged without moving the case; the stage task is untouched.
    const ack = run.apply('2011-12-06', (s, ctx) =>
      completeTask.decide(s, { outcome: 'ACKNOWLEDGED', taskId: received.id }, ctx),
    );
    expect(ack).toEqual([{ type: 'TaskCompleted', taskId: received.id, outcome: 'ACKNOWLEDGED', date: '2011-12-06' }]);
    expect(run.openTaskTypes()).toEqual(['CLOSE_ACTION_PLAN']);
  },
);

test('R-REF-16 the transfer needs the user’s confirmation (C-TR-01)', () => {
  const run = walkTo('INTAKE');
  send(run, '2011-10-21');
  expect(
    ruleCodes(
      validateCompleteTransfer(run.state.status, run.state.referrals, { caseManagerId: 5, confirmed: false }, CBCC.id),
    ),
  ).toEqual(['R-REF-16 C-TR-01']);
});

test('R-REF-17 no transfer in Follow-up: neither sent nor completed (E-REF-04)', () => {
  const run = walkTo('RTWAP_MGMT');
  send(run, '2011-11-23');
  const follow = walkTo('FOLLOW_UP');
  expect(ruleCodes(validateReferral('FOLLOW_UP', input(), { fromOrganisationId: FROM, receiving: CBCC }))).toEqual([
    'R-REF-17 E-REF-04',
  ]);
  expect(
    ruleCodes(
      validateCompleteTransfer('FOLLOW_UP', run.state.referrals, { caseManagerId: 5, confirmed: true }, CBCC.id),
    ),
  ).toEqual(['R-REF-17 E-REF-04']);
  expect(follow.state.status).toBe('FOLLOW_UP');
});

test(
  'R-REF-18 R-REF-20 the first completed transfer wins; other pending ones are superseded and another ' +
    'organisation cannot complete',
  () => {
    const run = walkTo('ASSESSMENT');
    send(run, '2011-10-26');
    send(
      run,
      '2011-10-27',
      { toOrganisationId: 12 },
      { id: 12, name: 'Pictou County Employment Services', eligible: true },
    );
    expect(
      ruleCodes(validateCompleteTransfer('ASSESSMENT', run.state.referrals, { caseManagerId: 5, confirmed: true }, 99)),
    ).toEqual(['R-REF-20 E-TR-01']);
    run.apply('2011-10-28', (s, ctx) =>
      completeTransfer.decide(
        s,
        { caseManagerId: 555, confirmed: true, actorOrganisationId: 12, previousOrganisationId: FROM },
        ctx,
      ),
    );
    expect(run.state.referrals!.map((r) => [r.toOrganisationId, r.transferOutcome])).toEqual([
      [CBCC.id, 'SUPERSEDED'],
      [12, 'COMPLETED'],
    ]);
    expect(
      ruleCodes(
        validateCompleteTransfer('ASSESSMENT', run.state.referrals, { caseManagerId: 5, confirmed: true }, CBCC.id),
      ),
    ).toEqual(['R-REF-20 E-TR-01']);
    expect(run.state.alerts).toEqual([]);
  },
);

test(
  'R-TMR-10 a waiting transfer never expires, but both sides are reminded once after 14 days, at 06:00 ' + 'Halifax',
  () => {
    const run = walkTo('INTAKE');
    send(run, '2011-10-21');
    const [timer] = pendingTimers(run.state);
    expect(timer).toMatchObject({ kind: 'TRANSFER_REMINDER', fireOn: '2011-11-04' });
    run.fold(decideDueAlerts(run.state, businessInstant('2011-11-04', 6), '2011-11-04'));
    expect(run.state.alerts.map((a) => a.kind)).toEqual(['TRANSFER_PENDING', 'TRANSFER_REMINDER']);
    expect(pendingTimers(run.state)).toEqual([]);
    expect(alertMessage('TRANSFER_REMINDER', '2011-11-04', '2011-11-04', false)).toBe(
      'Case transfer still waiting since 2011-10-21: contact the receiving organisation.',
    );
    expect(run.state.referrals![0].transferOutcome).toBe('PENDING');
  },
);

test('R-REF-14 a referral is SENT, then EMAILED, or EMAIL_FAILED while its email waits for an operator', () => {
  const run = walkTo('INTAKE');
  send(run, '2011-10-21');
  const id = run.state.referrals![0].id;
  run.fold([{ type: 'ReferralEmailFailed', referralId: id }]);
  expect(run.state.referrals![0].status).toBe('EMAIL_FAILED');
  run.fold([{ type: 'ReferralEmailed', referralId: id, date: '2011-10-21' }]);
  expect(run.state.referrals![0].status).toBe('EMAILED');
  expect(violationsOf(() => send(run, '2011-10-21', { confirmed: false }))).toHaveLength(1);
});

test(
  'R-REF-13 the referral letter is a PDF in the chosen language, signed by the referring organisation, ' +
    'without the client',
  () => {
    const letter = pdfFile(
      referralLetter(
        {
          type: 'INFO_WITHIN_LAMPSS',
          language: 'FR',
          toOrganisationName: 'Centre de carrière du Cap-Breton',
          contactPerson: 'Luc Arsenault',
          submittedOn: '2011-10-21',
        },
        { caseId: 100923, fromOrganisation: 'Halifax Community Learning Network', fromEmail: 'info@hcln.example.org' },
      ),
    );
    expect(letter).toMatchObject({ filename: 'referral-case-100923.pdf', contentType: 'application/pdf' });
    const text = String.fromCharCode(...letter.content);
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    // The cross-reference table points at each object: a reader can open the file.
    const xref = Number(/startxref\n(\d+)/.exec(text)![1]);
    expect(text.slice(xref, xref + 4)).toBe('xref');
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    offsets.forEach((o, i) => expect(text.slice(o, o + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
    // WinAnsi: "À l'attention de" keeps its accent as one byte (0xC0).
    expect(text).toContain("\u00c0 l'attention de : Luc Arsenault");
    expect(text).toContain('Courriel : info@hcln.example.org');
    expect(text).toContain('cas 100923');
    for (const p of [CLIENT.firstName, CLIENT.lastName, CLIENT.dateOfBirth]) expect(text).not.toContain(p);
  },
);

test('the PDF writer wraps long paragraphs and escapes parentheses', () => {
  expect(wrap('a '.repeat(100).trim(), 20).every((l) => l.length <= 20)).toBe(true);
  const text = String.fromCharCode(...textPdf(['Title', 'Case (100923) \\ done – “ok”'], 'T'));
  expect(text).toContain('(Case \\(100923\\) \\\\ done \u0096 \u0093ok\u0094) Tj');
});
