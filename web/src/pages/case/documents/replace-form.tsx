// Replacing a document's file (R-DOC-05): its name, topic and context stay; the file and its Changed date are new.
import { documentReplaceSchema } from '../../../../../domain/schemas/funding.ts';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { Form, useForm } from '../../../ui/form.tsx';
import type { DocumentItem } from './document.ts';
import { FileField } from './file-field.tsx';
import { documentWords } from './words.ts';

export function ReplaceForm(props: { doc: DocumentItem; done(d: DocumentItem): void; cancel(): void }) {
  const { t } = useI18n();
  const w = useWords(documentWords);
  const form = useForm({
    initial: { file: null as File | null, fileName: '' },
    schema: documentReplaceSchema,
    toBody: (v) => ({ fileName: v.fileName }),
    send: (meta): Promise<DocumentItem> =>
      api.put<DocumentItem>(`/api/cases/${props.doc.caseId}/documents/${props.doc.id}/content`, {
        body: form.values.file!,
        query: meta,
      }),
    success: w('replaced'),
    done: props.done,
  });
  return (
    <Form
      form={form}
      label={w('replaceLabel', { name: props.doc.documentName })}
      submit={w('replaceSave')}
      className="replace-form"
      secondary={
        <button type="button" className="secondary" onClick={props.cancel}>
          {t('cancel')}
        </button>
      }
    >
      <h3>{w('replaceLabel', { name: props.doc.documentName })}</h3>
      <p className="hint">{w('replaceHint')}</p>
      <FileField form={form} label={w('file')} />
    </Form>
  );
}
