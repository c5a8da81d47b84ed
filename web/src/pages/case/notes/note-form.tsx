// Writing a note (R-NOTE-01), stamped by the server with its author and time and with this screen (R-NOTE-02); on a
// draft referral, the note is attached to it (R-REF-21).
import { noteSchema } from '../../../../../domain/schemas/case.ts';
import { api } from '../../../api/client.ts';
import { useWords } from '../../../i18n/words.ts';
import { Form, TextArea, useForm } from '../../../ui/form.tsx';
import type { CaseDetails } from '../section.ts';
import { noteWords } from './words.ts';

/** Where a note written here was written (domain/notes.ts names it). */
const CONTEXT = 'CASE_NOTES';

export function NoteForm(props: {
  caseId: number;
  /** The draft referral the note is written for, with the context it is stamped with. */
  referral?: { id: string; context: string };
  done(c: Omit<CaseDetails, 'workflow'>): void;
}) {
  const w = useWords(noteWords);
  const form = useForm({
    initial: { text: '' },
    schema: noteSchema,
    toBody: (v) => ({ text: v.text, context: props.referral?.context ?? CONTEXT, referralId: props.referral?.id }),
    send: (body, key) =>
      api.post<Omit<CaseDetails, 'workflow'>>(`/api/cases/${props.caseId}/notes`, { body, idempotencyKey: key }),
    success: w('saved'),
    done: (c) => {
      form.reset();
      props.done(c);
    },
  });
  return (
    <Form form={form} label={w('add')} submit={w('save')}>
      <TextArea form={form} name="text" label={w('note')} hint={w('noteHint')} rows={4} required />
    </Form>
  );
}
