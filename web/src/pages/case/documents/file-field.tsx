// A file picker in a form: the chosen file is checked at once (type, size) and a problem is said beside it; the file
// itself is kept in the form's values for the upload, its name in `fileName` for the API's schema.
import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import type { FormState } from '../../../ui/form.tsx';
import { ACCEPTED, fileProblem } from './file-checks.ts';
import { documentWords } from './words.ts';

export interface FileValues {
  file: File | null;
  fileName: string;
  [key: string]: unknown;
}

export function FileField<V extends FileValues>(props: {
  form: FormState<V>;
  label: string;
  onChosen?(file: File): void;
}) {
  const i18n = useI18n();
  const w = useWords(documentWords);
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const error = problem ?? props.form.errors.file ?? props.form.errors.fileName;
  return (
    <div className={`field ${error ? 'field-invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      </label>
      <p className="hint" id={`${id}-hint`}>
        {w('fileHint')}
      </p>
      <input
        id={id}
        type="file"
        accept={ACCEPTED}
        aria-required
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={(e) => {
          const file = e.target.files?.[0] ?? null;
          const found = file && fileProblem(file, w, i18n);
          setProblem(found);
          if (found) e.target.value = '';
          const kept = file && !found ? file : null;
          props.form.set('file', kept as V['file']);
          props.form.set('fileName', (kept?.name ?? '') as V['fileName']);
          if (kept) props.onChosen?.(kept);
        }}
      />
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
