// Editing a note: only its author, and only through the 30th day after it was written (R-NOTE-02, R-NOTE-03).
import { caseAction } from '../case-action.ts';
import { closedCaseViolation } from '../closed-case.ts';
import { addDays } from '../dates.ts';
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
      return [violation('R-NOTE-03', 'ERR_NOT_FOUND', `This case has no note ${input.noteId} that can be edited.`)];
    if (note.authorId !== ctx.actorId) {
      return [
        violation('R-NOTE-03', 'ERR_NOT_AUTHOR', 'Only the author of a note can edit it; add a new note instead.'),
      ];
    }
    const lastDay = addDays(note.createdOn, NOTE_EDIT_DAYS);
    if (ctx.today > lastDay) {
      return [
        violation(
          'R-NOTE-03',
          'ERR_NOTE_LOCKED',
          `This note was locked on ${addDays(lastDay, 1)}, 30 days after it was written; add a new note instead.`,
        ),
      ];
    }
    return [];
  },
  decide: (_s, input) => [{ type: 'NoteEdited', noteId: input.noteId, text: input.text }],
});
