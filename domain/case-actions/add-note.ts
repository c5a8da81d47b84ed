// Adding a note to the case (R-NOTE-01); a closed case takes no more notes. A note written on a draft referral is
// attached to it, never to one already sent (R-REF-21); the use case checks that the draft is the case's.
import { caseAction } from '../case-action.ts';
import { noteAdded } from '../case-transitions.ts';
import { closedCaseViolation } from '../closed-case.ts';
import { referralNoLongerDraft, sentFromCase } from '../referral-drafts.ts';
import { noteSchema } from '../schemas/case.ts';

export const addNote = caseAction({
  name: 'addNote',
  route: { method: 'post', path: 'notes', summary: 'Add a case note (R-NOTE-01)' },
  body: noteSchema,
  validate: (s, input) => {
    const closed = closedCaseViolation(s, 'R-NOTE-01', {
      en: 'This case is closed: notes can no longer be added.',
      fr: "Ce cas est fermé : il n'est plus possible d'y ajouter des notes.",
    });
    return closed.length ? closed : sentFromCase(s, input.referralId) ? [referralNoLongerDraft()] : [];
  },
  decide: (_s, input, ctx) => [noteAdded(ctx, input.text, input.context ?? null, input.referralId)],
});
