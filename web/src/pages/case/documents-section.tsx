// The case workspace's documents section (spec 02 §3.10, R-DOC): the case's documents with their download, their PDF,
// replace and delete, and a form to add one.
import { useEffect, useState } from 'react';
import { useSession } from '../../app/session.tsx';
import { useApi } from '../../api/use-api.ts';
import { useWords } from '../../i18n/words.ts';
import { Card, Loaded } from '../../ui/layout.tsx';
import { CASE_DOCUMENTS, type DocumentItem } from './documents/document.ts';
import { DocumentList } from './documents/document-list.tsx';
import { UploadForm } from './documents/upload-form.tsx';
import { documentWords } from './documents/words.ts';
import type { SectionProps } from './section.ts';

export function DocumentsSection({ c }: SectionProps) {
  const w = useWords(documentWords);
  const { can } = useSession();
  const docs = useApi<{ items: DocumentItem[] }>(`/api/cases/${c.id}/documents`);
  const [adding, setAdding] = useState(false);
  const closed = c.status === 'CLOSED';
  const canChange = can('case.update') && !closed;
  // R-DOC-03: while a PDF is being made the list asks again every few seconds, so its link appears by itself.
  const processing = docs.data?.items.some((d) => d.pdf === 'PROCESSING') ?? false;
  const { reload } = docs;
  useEffect(() => {
    if (!processing) return;
    const timer = setInterval(reload, 3000);
    return () => clearInterval(timer);
  }, [processing, reload]);
  return (
    <div className="case-section">
      <Card
        title={w('title')}
        actions={
          canChange &&
          !adding && (
            <button type="button" onClick={() => setAdding(true)}>
              {w('add')}
            </button>
          )
        }
      >
        {closed && <p className="notice">{w('closedCase')}</p>}
        {adding && (
          <UploadForm
            caseId={c.id}
            context={CASE_DOCUMENTS}
            done={() => {
              setAdding(false);
              docs.reload();
            }}
            cancel={() => setAdding(false)}
          />
        )}
        <Loaded state={docs}>
          {(d) => <DocumentList docs={d.items} canChange={canChange} changed={docs.reload} />}
        </Loaded>
      </Card>
    </div>
  );
}
