// The case's documents (spec 02 §3.10): name (the original, a download), its PDF (R-DOC-03), topic, type, size, dates
// and where each was added from; replace any (R-DOC-05); delete one within 30 days of adding it (R-DOC-04), after a
// question.
import { useState } from 'react';
import { addDays, businessDate } from '../../../../../domain/dates.ts';
import { CONTENT_TYPE_LABELS, DOCUMENT_TOPIC_LABELS, type DocumentTopic } from '../../../../../domain/documents.ts';
import { ApiError, api } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { ConfirmDialog } from '../../../ui/confirm.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import { useToast } from '../../../ui/toast.tsx';
import { contextInWords, type DocumentItem } from './document.ts';
import { sizeInWords } from './file-checks.ts';
import { ReplaceForm } from './replace-form.tsx';
import { documentWords } from './words.ts';

export function DocumentList(props: { docs: DocumentItem[]; canChange: boolean; changed(): void }) {
  const i18n = useI18n();
  const { date, label } = i18n;
  const w = useWords(documentWords);
  const toast = useToast();
  const [replacing, setReplacing] = useState<DocumentItem | null>(null);
  const [deleting, setDeleting] = useState<DocumentItem | null>(null);
  const today = businessDate(new Date());

  async function remove(d: DocumentItem) {
    setDeleting(null);
    try {
      await api.delete(`/api/cases/${d.caseId}/documents/${d.id}`);
      toast(w('deleted'));
      props.changed();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      toast(e.body.message, 'error');
    }
  }

  return (
    <>
      {replacing && (
        <ReplaceForm
          key={replacing.id}
          doc={replacing}
          done={() => {
            setReplacing(null);
            props.changed();
          }}
          cancel={() => setReplacing(null)}
        />
      )}
      <DataTable
        caption={w('title')}
        rows={props.docs}
        rowKey={(d) => d.id}
        empty={w('empty')}
        columns={[
          {
            key: 'name',
            header: w('colName'),
            primary: true,
            cell: (d) => (
              <a
                href={`/api/cases/${d.caseId}/documents/${d.id}/content`}
                download={d.fileName}
                title={w('download', { name: d.documentName })}
              >
                {d.documentName}
              </a>
            ),
          },
          { key: 'pdf', header: w('colPdf'), cell: (d) => <PdfCell doc={d} /> },
          {
            key: 'topic',
            header: w('colTopic'),
            cell: (d) => label(DOCUMENT_TOPIC_LABELS[d.topic as DocumentTopic]) || d.topic,
          },
          {
            key: 'type',
            header: w('colType'),
            cell: (d) => label(CONTENT_TYPE_LABELS[d.contentType]) || d.contentType,
          },
          { key: 'size', header: w('colSize'), cell: (d) => sizeInWords(d.sizeBytes, w, i18n) },
          { key: 'created', header: w('colCreated'), cell: (d) => date(d.createdOn) },
          { key: 'changed', header: w('colChanged'), cell: (d) => date(d.changedOn) },
          { key: 'from', header: w('colFrom'), cell: (d) => contextInWords(d.context, w, i18n) },
          ...(props.canChange
            ? [
                {
                  key: 'actions',
                  header: w('colActions'),
                  cell: (d: DocumentItem) =>
                    d.sentWithReferral ? (
                      <span className="muted small">{w('sentWithReferral')}</span>
                    ) : (
                      <div className="row-actions">
                        <button
                          type="button"
                          className="secondary"
                          aria-label={w('replaceLabel', { name: d.documentName })}
                          onClick={() => setReplacing(d)}
                        >
                          {w('replace')}
                        </button>
                        {today <= addDays(d.createdOn, 30) ? (
                          <button
                            type="button"
                            className="secondary"
                            aria-label={w('deleteLabel', { name: d.documentName })}
                            onClick={() => setDeleting(d)}
                          >
                            {w('delete')}
                          </button>
                        ) : (
                          <span className="muted small">{w('tooOld')}</span>
                        )}
                      </div>
                    ),
                },
              ]
            : []),
        ]}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={w('deleteTitle')}
        confirm={w('delete')}
        danger
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {deleting && <p>{w('deleteText', { name: deleting.documentName })}</p>}
      </ConfirmDialog>
    </>
  );
}

/** R-DOC-03: the PDF beside the original, or where its conversion stands. */
function PdfCell({ doc }: { doc: DocumentItem }) {
  const w = useWords(documentWords);
  if (doc.pdf === 'READY')
    return (
      <a href={`/api/cases/${doc.caseId}/documents/${doc.id}/pdf`} target="_blank" rel="noreferrer">
        {w('viewPdf')}
        <span className="visually-hidden"> – {doc.documentName}</span>
      </a>
    );
  if (doc.pdf === 'PROCESSING') return <span className="muted">{w('pdfProcessing')}</span>;
  if (doc.pdf === 'FAILED') return <span className="badge badge-warning badge-sentence">{w('pdfFailed')}</span>;
  return <span className="muted small">{w('pdfNone')}</span>;
}
