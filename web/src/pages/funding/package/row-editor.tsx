// One checklist row being changed (C4, R-FUND-07): which of the case's documents it attaches, or that it is sent on
// paper; a document not yet in the case is uploaded here first and attached (R-DOC-01).
import { useState } from 'react';
import { checklistItemSchema } from '../../../../../domain/schemas/funding.ts';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { Checkbox, Form, useForm } from '../../../ui/form.tsx';
import { checklistContext } from '../../case/documents/document.ts';
import { UploadForm } from '../../case/documents/upload-form.tsx';
import type { ChecklistRow, PackageView } from './package.ts';
import { packageWords } from './words.ts';

export function RowEditor(props: {
  pkg: PackageView;
  row: ChecklistRow;
  name: string;
  saved(p: PackageView): void;
  uploaded(): void;
  cancel(): void;
}) {
  const { date, t } = useI18n();
  const w = useWords(packageWords);
  const [chosen, setChosen] = useState<number[]>(props.row.attachments.map((a) => a.id));
  const [uploading, setUploading] = useState(false);
  const form = useForm({
    initial: { paper: props.row.paper },
    schema: checklistItemSchema,
    toBody: (v) => ({ code: props.row.code, paper: v.paper, documentIds: v.paper ? [] : chosen }),
    send: (body, key) =>
      api.put<PackageView>(`/api/funding-packages/${props.pkg.id}/checklist`, { body, idempotencyKey: key }),
    success: w('rowSaved', { row: props.name }),
    done: props.saved,
  });
  const toggle = (id: number) => setChosen((all) => (all.includes(id) ? all.filter((x) => x !== id) : [...all, id]));
  const headingId = `row-${props.row.code}`;
  return (
    <section className="row-editor" aria-labelledby={headingId}>
      <h4 id={headingId}>{w('rowTitle', { row: props.name })}</h4>
      <Form
        form={form}
        label={w('rowTitle', { row: props.name })}
        submit={w('saveRow')}
        secondary={
          <button type="button" className="secondary" onClick={props.cancel}>
            {t('cancel')}
          </button>
        }
      >
        <fieldset className="field" disabled={form.values.paper}>
          <legend>{w('caseDocuments')}</legend>
          {props.pkg.caseDocuments.length ? (
            props.pkg.caseDocuments.map((d) => (
              <label key={d.id} className="check-line">
                <input type="checkbox" checked={chosen.includes(d.id)} onChange={() => toggle(d.id)} />
                {d.documentName} <span className="muted">({date(d.createdOn)})</span>
              </label>
            ))
          ) : (
            <p className="muted">{w('noCaseDocuments')}</p>
          )}
        </fieldset>
        <Checkbox form={form} name="paper" label={w('paper')} />
      </Form>
      {uploading ? (
        <UploadForm
          caseId={props.pkg.caseId}
          context={checklistContext(props.row.code)}
          submit={w('uploadAttach')}
          done={(d) => {
            setUploading(false);
            setChosen((all) => [...all, d.id]);
            props.uploaded();
          }}
          cancel={() => setUploading(false)}
        />
      ) : (
        <button type="button" className="secondary" onClick={() => setUploading(true)}>
          {w('uploadNew')}
        </button>
      )}
    </section>
  );
}
