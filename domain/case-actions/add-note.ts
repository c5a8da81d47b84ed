// Adding a note to the case (R-NOTE-01); a closed case takes no more notes.
import { caseAction } from '../case-action.ts';
import { noteAdded } from '../case-transitions.ts';
import { closedCaseViolation } from '../closed-case.ts';
import { noteSchema } from '../schemas/case.ts';

export const addNote = caseAction({
  name: 'addNote',
  route: { method: 'post', path: 'notes', summary: 'Add a case note (R-NOTE-01)' },
  body: noteSchema,
  validate: (s) =>
    closedCaseViolation(s, 'R-NOTE-01', {
      en: 'This case is closed: notes can no longer be added.',
      fr: "Ce cas est fermé : il n'est plus possible d'y ajouter des notes.",
    }),
  decide: (_s, input, ctx) => [noteAdded(ctx, input.text, input.context ?? null)],
});
