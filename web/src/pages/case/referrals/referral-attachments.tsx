// The notes and documents of a referral (seed 000, lines 104-107; R-REF-21): added and removed while it is a draft,
// read-only once it is sent, for the sending and the receiving organisation alike.
import { useState } from 'react';
import { REFERRAL_DOCUMENT_CONTEXT, REFERRAL_NOTE_CONTEXT } from '../../../../../domain/referral-drafts.ts';
import { api, ApiError } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { useToast } from '../../../ui/toast.tsx';
import { UploadForm } from '../documents/upload-form.tsx';
import { NoteForm } from '../notes/note-form.tsx';
import type { CaseDetails } from '../section.ts';
import { referralWords } from './words.ts';

/** A referral or a draft, with what is attached to it. */
export type Attached = Pick<CaseDetails['referrals'][number], 'id' | 'notes' | 'documents'>;
export type Draft = CaseDetails['referralDrafts'][number];
type CaseAnswer = Omit<CaseDetails, 'workflow'>;

/** What is attached, each document a download; `remove` offers to take a document off (a draft only). */
export function AttachmentList(props: { referral: Attached; remove?(d: Attached['documents'][number]): void }) {
  const { dateTime } = useI18n();
  const w = useWords(referralWords);
  const r = props.referral;
  if (!r.notes.length && !r.documents.length) return <p className="empty">{w('noAttachments')}</p>;
  return (
    <ul className="plain referral-attachments">
      {r.notes.map((n) => (
        <li key={n.id}>
          <div className="muted">{w('noteBy', { author: n.authorName ?? '', date: dateTime(n.createdAt) })}</div>
          <p className="pre-wrap">{n.text}</p>
        </li>
      ))}
      {r.documents.map((d) => (
        <li key={d.id}>
          <a href={`/api/referrals/${r.id}/documents/${d.id}/content`}>{d.documentName}</a>{' '}
          <span className="muted">{d.fileName}</span>{' '}
          {props.remove && (
            <button
              type="button"
              className="secondary"
              aria-label={w('removeDocumentLabel', { name: d.documentName })}
              onClick={() => props.remove!(d)}
            >
              {w('removeDocument')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A draft's notes and documents, with the two ways to add one, at the top of the referral being written. */
export function DraftAttachments(props: {
  caseId: number;
  draft: Draft;
  changed(d: Draft): void;
  caseChanged(c: CaseAnswer): void;
}) {
  const w = useWords(referralWords);
  const toast = useToast();
  const [adding, setAdding] = useState<'note' | 'document' | null>(null);
  const path = `/api/cases/${props.caseId}/referral-drafts/${props.draft.id}`;

  async function reload() {
    props.changed(await api.get<Draft>(path));
  }

  async function remove(d: Attached['documents'][number]) {
    try {
      props.changed(await api.delete<Draft>(`${path}/documents/${d.id}`));
      toast(w('removed', { name: d.documentName }));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      toast(e.body.message, 'error');
    }
  }

  return (
    <section className="referral-draft-attachments" aria-label={w('attachments')}>
      <div className="actions">
        <h3>{w('attachments')}</h3>
        <button type="button" className="secondary" onClick={() => setAdding('note')} disabled={adding === 'note'}>
          {w('addNote')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => setAdding('document')}
          disabled={adding === 'document'}
        >
          {w('attachDocument')}
        </button>
      </div>
      <p className="hint">{w('attachmentsHint')}</p>
      {adding === 'note' && (
        <NoteForm
          caseId={props.caseId}
          referral={{ id: props.draft.id, context: REFERRAL_NOTE_CONTEXT }}
          done={(c) => {
            setAdding(null);
            props.caseChanged(c);
            const next = c.referralDrafts.find((d) => d.id === props.draft.id);
            if (next) props.changed(next);
          }}
        />
      )}
      {adding === 'document' && (
        <UploadForm
          caseId={props.caseId}
          context={REFERRAL_DOCUMENT_CONTEXT}
          referralId={props.draft.id}
          done={() => {
            setAdding(null);
            void reload();
          }}
          cancel={() => setAdding(null)}
        />
      )}
      <AttachmentList referral={props.draft} remove={(d) => void remove(d)} />
    </section>
  );
}
