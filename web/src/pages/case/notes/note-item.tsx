// One note: who wrote it, when and where (R-NOTE-02), its text, and its author's edit while the 30 days last
// (R-NOTE-03); otherwise why it cannot be edited.
import { useState } from 'react';
import { addDays, businessDate } from '../../../../../domain/dates.ts';
import { NOTE_CONTEXT_LABELS } from '../../../../../domain/notes.ts';
import { noteSchema } from '../../../../../domain/schemas/case.ts';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { Form, TextArea, useForm } from '../../../ui/form.tsx';
import type { CaseDetails } from '../section.ts';
import { noteWords } from './words.ts';

type Note = CaseDetails['notes'][number];

export function NoteItem(props: {
  caseId: number;
  note: Note;
  userId: number;
  canEdit: boolean;
  changed(c: Omit<CaseDetails, 'workflow'>): void;
}) {
  const { dateTime, date, label, t } = useI18n();
  const w = useWords(noteWords);
  const [editing, setEditing] = useState(false);
  const n = props.note;
  const where = n.context ? (NOTE_CONTEXT_LABELS[n.context] ? label(NOTE_CONTEXT_LABELS[n.context]) : n.context) : null;
  const mine = n.createdBy === props.userId;
  const open = businessDate(new Date()) <= n.editableUntil;
  const form = useForm({
    initial: { text: n.text },
    schema: noteSchema.pick({ text: true }),
    send: (body, key) =>
      api.patch<Omit<CaseDetails, 'workflow'>>(`/api/cases/${props.caseId}/notes/${n.id}`, {
        body,
        idempotencyKey: key,
      }),
    success: w('updated'),
    done: (c) => {
      setEditing(false);
      props.changed(c);
    },
  });
  return (
    <li className="note">
      <p className="note-meta">
        <strong>{n.authorName ?? w('system')}</strong>
        <time dateTime={String(n.createdAt)}>{dateTime(String(n.createdAt))}</time>
        {where && <span>{w('writtenIn', { where })}</span>}
        {n.updatedAt && <span className="muted">{w('edited', { when: dateTime(String(n.updatedAt)) })}</span>}
      </p>
      {editing ? (
        <Form
          form={form}
          label={w('editLabel', { when: dateTime(String(n.createdAt)) })}
          submit={w('saveEdit')}
          secondary={
            <button type="button" className="secondary" onClick={() => setEditing(false)}>
              {t('cancel')}
            </button>
          }
        >
          <TextArea form={form} name="text" label={w('editedNote')} rows={4} required />
        </Form>
      ) : (
        <p className="note-text">{n.text}</p>
      )}
      {props.canEdit && !editing && (
        <div className="note-edit">
          {n.sentWithReferral ? (
            <span className="muted">{w('sentWithReferral')}</span>
          ) : mine && open ? (
            <>
              <button
                type="button"
                className="secondary"
                aria-label={w('editLabel', { when: dateTime(String(n.createdAt)) })}
                onClick={() => {
                  form.reset({ text: n.text });
                  setEditing(true);
                }}
              >
                {w('edit')}
              </button>
              <span className="muted">{w('editableUntil', { date: date(n.editableUntil) })}</span>
            </>
          ) : (
            <span className="muted">
              {mine ? w('locked', { date: date(addDays(n.editableUntil, 1)) }) : w('notAuthor')}
            </span>
          )}
        </div>
      )}
    </li>
  );
}
