// Editing a note: only its author, and only through the 30th day after it was written (R-NOTE-02, R-NOTE-03).
import { caseAction } from '../case-action.ts';
import { closedCaseViolation } from '../closed-case.ts';
import { addDays, formatLongDate } from '../dates.ts';
import { referralNoLongerDraft, sentFromCase } from '../referral-drafts.ts';
import { violation } from '../refusals.ts';
import { noteSchema } from '../schemas/case.ts';

/** R-NOTE-03: 30 days after it was written (day 30 included) a note is locked for good. */
export const NOTE_EDIT_DAYS = 30;

export const editNote = caseAction({
  name: 'editNote',
  route: { method: 'patch', path: 'notes/:noteId', summary: 'Edit a note: its author, within 30 days (R-NOTE-03)' },
  body: noteSchema.pick({ text: true }),
  params: ['noteId'],
  validate(s, input, ctx) {
    const closed = closedCaseViolation(s);
    if (closed.length) return closed;
    const note = s.noteIndex?.find((n) => n.id === input.noteId);
    if (!note)
      return [
        violation('R-NOTE-03', 'ERR_NOT_FOUND', {
          en: `This case has no note ${input.noteId} that can be edited.`,
          fr: `Ce cas n'a aucune note ${input.noteId} qui puisse être modifiée.`,
        }),
      ];
    if (note.authorId !== ctx.actorId) {
      return [
        violation('R-NOTE-03', 'ERR_NOT_AUTHOR', {
          en: 'Only the author of a note can edit it; add a new note instead.',
          fr: "Seul l'auteur d'une note peut la modifier; ajoutez plutôt une nouvelle note.",
        }),
      ];
    }
    // R-REF-21: the receiving organisation reads the note as it was sent.
    if (sentFromCase(s, note.referralId)) return [referralNoLongerDraft()];
    const lastDay = addDays(note.createdOn, NOTE_EDIT_DAYS);
    if (ctx.today > lastDay) {
      const lockedOn = addDays(lastDay, 1);
      return [
        violation('R-NOTE-03', 'ERR_NOTE_LOCKED', {
          en: `This note was locked on ${lockedOn}, 30 days after it was written; add a new note instead.`,
          fr:
            `Cette note a été verrouillée le ${formatLongDate(lockedOn, 'fr')}, 30 jours après sa rédaction; ` +
            'ajoutez plutôt une nouvelle note.',
        }),
      ];
    }
    return [];
  },
  decide: (_s, input) => [{ type: 'NoteEdited', noteId: input.noteId, text: input.text }],
});
