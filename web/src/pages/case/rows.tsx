// Lists of rows inside one form (job preferences, barriers, education and employment records): rows added and
// removed in place, each input labelled and showing the server's message for its path (`barriers.1.barrierType`).
import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { FieldShell, type Option } from '../../ui/form.tsx';

export function Rows<R>(props: {
  legend: string;
  hint?: string;
  rows: R[];
  onChange(rows: R[]): void;
  blank(): R;
  add: string;
  remove: (index: number) => string;
  /** The message about the list as a whole (at least one row, say). */
  error?: string;
  max?: number;
  children: (row: R, index: number, set: (patch: Partial<R>) => void) => ReactNode;
}) {
  const full = props.max !== undefined && props.rows.length >= props.max;
  return (
    <fieldset className={`rows ${props.error ? 'field-invalid' : ''}`}>
      <legend>{props.legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      {props.error && <p className="field-error">{props.error}</p>}
      {props.rows.map((row, i) => (
        <div className="row-card" key={i}>
          {props.children(row, i, (patch) =>
            props.onChange(props.rows.map((r, j) => (j === i ? { ...r, ...patch } : r))),
          )}
          <div>
            <button type="button" className="link" onClick={() => props.onChange(props.rows.filter((_, j) => j !== i))}>
              {props.remove(i)}
            </button>
          </div>
        </div>
      ))}
      {!full && (
        <div>
          <button type="button" className="secondary" onClick={() => props.onChange([...props.rows, props.blank()])}>
            {props.add}
          </button>
        </div>
      )}
    </fieldset>
  );
}

/** The message the server or the schema gave for one input of one row. */
export const rowError = (errors: Record<string, string>, list: string, index: number, field: string) =>
  errors[`${list}.${index}.${field}`];

export function RowInput(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  type?: 'text' | 'date' | 'number';
  required?: boolean;
  hint?: string;
}) {
  return (
    <FieldShell label={props.label} error={props.error} required={props.required} hint={props.hint}>
      {(a) => (
        <input
          id={a.id}
          type={props.type ?? 'text'}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid || undefined}
          aria-required={props.required || undefined}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

export function RowTextArea(props: { label: string; value: string; onChange(value: string): void; error?: string }) {
  return (
    <FieldShell label={props.label} error={props.error}>
      {(a) => (
        <textarea
          id={a.id}
          rows={2}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid || undefined}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
    </FieldShell>
  );
}

export function RowSelect(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  options: Option[];
  error?: string;
  required?: boolean;
}) {
  const { t } = useI18n();
  return (
    <FieldShell label={props.label} error={props.error} required={props.required}>
      {(a) => (
        <select
          id={a.id}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid || undefined}
          aria-required={props.required || undefined}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
        >
          <option value="">{t('choose')}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

export function RowCheck(props: { label: string; checked: boolean; onChange(checked: boolean): void }) {
  const id = useId();
  return (
    <div className="field field-check">
      <input id={id} type="checkbox" checked={props.checked} onChange={(e) => props.onChange(e.target.checked)} />
      <label htmlFor={id}>{props.label}</label>
    </div>
  );
}

/** One input of a row, described rather than written out: most rows are a handful of these. */
export interface RowField<R> {
  name: keyof R & string;
  label: string;
  kind?: 'text' | 'date' | 'number' | 'select' | 'textarea';
  options?: Option[];
  required?: boolean;
}

/** A row's inputs side by side, its longer texts below them. */
export function RowFields<R extends object>(props: {
  row: R;
  fields: RowField<R>[];
  set(patch: Partial<R>): void;
  error(field: string): string | undefined;
}) {
  const input = (f: RowField<R>) => {
    const common = {
      label: f.label,
      value: String(props.row[f.name] ?? ''),
      onChange: (v: string) => props.set({ [f.name]: v } as Partial<R>),
      error: props.error(f.name),
    };
    if (f.kind === 'textarea') return <RowTextArea key={f.name} {...common} />;
    if (f.kind === 'select')
      return <RowSelect key={f.name} {...common} options={f.options ?? []} required={f.required} />;
    return <RowInput key={f.name} {...common} type={f.kind} required={f.required} />;
  };
  return (
    <>
      <div className="form-row">{props.fields.filter((f) => f.kind !== 'textarea').map(input)}</div>
      {props.fields.filter((f) => f.kind === 'textarea').map(input)}
    </>
  );
}
