// Adding a document to the case (R-DOC-01/02): the file, its name (the file's name without its extension unless the
// user names it) and its topic; `context` says where in the case it was added from.
import { DOCUMENT_TOPIC_LABELS, DOCUMENT_TOPICS } from '../../../../../domain/documents.ts';
import { documentUploadSchema } from '../../../../../domain/schemas/funding.ts';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { Form, SelectField, TextField, useForm } from '../../../ui/form.tsx';
import type { DocumentItem } from './document.ts';
import { FileField } from './file-field.tsx';
import { documentWords } from './words.ts';

const baseName = (fileName: string) => fileName.replace(/\.[^.]*$/, '');

export function UploadForm(props: {
  caseId: number;
  context: string;
  /** The draft referral the document is attached to (R-REF-21). */
  referralId?: string;
  topic?: string;
  submit?: string;
  done(d: DocumentItem): void;
  cancel?(): void;
}) {
  const { label, t } = useI18n();
  const w = useWords(documentWords);
  const form = useForm({
    initial: { file: null as File | null, fileName: '', documentName: '', topic: props.topic ?? '' },
    schema: documentUploadSchema,
    toBody: (v) => ({
      fileName: v.fileName,
      documentName: v.documentName.trim() || undefined,
      topic: v.topic || undefined,
      context: props.context,
      referralId: props.referralId,
    }),
    send: (meta): Promise<DocumentItem> =>
      api.post<DocumentItem>(`/api/cases/${props.caseId}/documents`, { body: form.values.file!, query: meta }),
    success: w('uploaded'),
    done: (d) => {
      form.reset();
      props.done(d);
    },
  });
  return (
    <Form
      form={form}
      label={w('add')}
      submit={props.submit ?? w('save')}
      className="upload-form"
      secondary={
        props.cancel && (
          <button type="button" className="secondary" onClick={props.cancel}>
            {t('cancel')}
          </button>
        )
      }
    >
      <div className="form-row">
        <FileField
          form={form}
          label={w('file')}
          onChosen={(file) => {
            const previous = form.values.fileName ? baseName(form.values.fileName) : '';
            if (!form.values.documentName || form.values.documentName === previous)
              form.set('documentName', baseName(file.name));
          }}
        />
        <TextField form={form} name="documentName" label={w('documentName')} hint={w('documentNameHint')} />
        <SelectField
          form={form}
          name="topic"
          label={w('topic')}
          required
          options={DOCUMENT_TOPICS.map((value) => ({ value, label: label(DOCUMENT_TOPIC_LABELS[value]) }))}
        />
      </div>
    </Form>
  );
}
