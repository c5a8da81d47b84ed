// Case notes (spec 01 §5.6, R-NOTE): where a note was written (R-NOTE-02), in words.
import type { Label } from './case-model.ts';

/** The screens a note is written from, by the code they stamp it with; a note's context outside this list is shown
 * as it was stamped. */
export const NOTE_CONTEXT_LABELS: Record<string, Label> = {
  CASE_NOTES: { en: 'Case notes', fr: 'Notes du cas' },
  CASE_STATUS: { en: 'Case status (closure)', fr: 'État du cas (fermeture)' },
  REFERRAL: { en: 'Referral', fr: 'Renvoi' },
};
