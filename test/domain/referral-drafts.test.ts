// R-REF-21 in the case workflow's rules (seed 000, lines 104-107 and 121): a note is written for a draft referral
// until that referral is sent; the sent referral keeps the draft's id, is sent once, and its notes no longer change.
import { addNote, editNote, submitReferral } from '../../domain/case-actions/index.ts';
import type { ReferralInput } from '../../domain/referrals.ts';
import { ruleCodes, violationsOf, walkTo, type CaseRun } from './helpers.ts';

const DRAFT = 'd6b4c0de-0000-4000-8000-000000000021';
const TODAY = '2011-12-01';

const referral: ReferralInput = {
  type: 'INFO_OUTSIDE_LAMPSS',
  toOrganisationName: 'Halifax Public Libraries',
  contactPerson: 'Luc Arsenault',
  emailedTo: 'referrals@library.example.org',
  language: 'EN',
  subject: 'Client referral',
  body: 'We refer a client to your services.',
  confirmed: true,
  draftId: DRAFT,
};

const facts = { fromOrganisationId: 7, fromOrganisationName: 'Halifax Works', receiving: null };
const send = (run: CaseRun) => run.apply(TODAY, (s, ctx) => submitReferral.decide(s, { ...referral, ...facts }, ctx));
const note = (run: CaseRun, text: string) =>
  run.apply(TODAY, (s, ctx) =>
    addNote.decide(s, { text, context: 'REFERRAL', referralId: DRAFT }, { ...ctx, actorId: 13349 }),
  );

test('R-REF-21 a note is written for a draft referral until it is sent, and then no more, nor changed', () => {
  const run = walkTo('ASSESSMENT');
  const [written] = note(run, 'Client prefers mornings.');
  expect(written).toMatchObject({ type: 'NoteAdded', referralId: DRAFT });
  const [sent] = send(run);
  // The sent referral keeps the draft's id, so its notes and documents are its own.
  expect(sent).toMatchObject({ type: 'ReferralSubmitted', referral: { id: DRAFT } });
  expect(ruleCodes(violationsOf(() => note(run, 'One more thing.')))).toEqual(['R-REF-21 E-REF-11']);
  const noteId = (written as { noteId: string }).noteId;
  expect(
    ruleCodes(
      violationsOf(() =>
        run.apply(TODAY, (s, ctx) => editNote.decide(s, { noteId, text: 'Changed.' }, { ...ctx, actorId: 13349 })),
      ),
    ),
  ).toEqual(['R-REF-21 E-REF-11']);
  // R-REF-09: a draft is sent once.
  expect(ruleCodes(violationsOf(() => send(run)))).toEqual(['R-REF-09 E-REF-03']);
  // A note of the case that names no referral is written as before.
  expect(run.apply(TODAY, (s, ctx) => addNote.decide(s, { text: 'Called the client.' }, ctx))[0]).not.toHaveProperty(
    'referralId',
  );
});
