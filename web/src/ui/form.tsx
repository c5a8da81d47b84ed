// Forms: the fields a person fills in, checked in the browser with the same zod schema the API uses (messages in the
// person's language), then sent once (one Idempotency-Key per form, so a double click or a retry is applied once).
// A refusal shows each server message next to the field it names, the others at the top of the form; a success
// says so in a toast.
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ZodType } from 'zod';
import { ApiError, newIdempotencyKey } from '../api/client.ts';
import { useI18n, type I18n } from '../i18n/i18n.tsx';
import { useToast } from './toast.tsx';

type Values = Record<string, unknown>;

export interface FormState<V extends Values> {
  values: V;
  set<K extends keyof V>(name: K, value: V[K]): void;
  errors: Record<string, string>;
  problems: string[];
  submitting: boolean;
  onSubmit(e?: FormEvent): Promise<void>;
  reset(values?: V): void;
}

/** A zod issue in the person's words: the schema's own messages are the API's, in English. */
function issueMessage(
  i18n: I18n,
  issue: { code: string; origin?: string; inclusive?: boolean; minimum?: unknown; maximum?: unknown; message: string },
) {
  const n = (v: unknown) => i18n.number(Number(v));
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'number')
        return i18n.t(issue.inclusive ? 'fieldNumberMin' : 'fieldNumberAbove', { n: n(issue.minimum) });
      return Number(issue.minimum) <= 1
        ? i18n.t('fieldRequired')
        : i18n.t('fieldTooShort', { n: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'number') return i18n.t('fieldNumberMax', { n: n(issue.maximum) });
      return i18n.t('fieldTooLong', { n: Number(issue.maximum) });
    case 'invalid_type':
      return i18n.t('fieldRequired');
    case 'invalid_value':
      return i18n.t('fieldChoose');
    case 'invalid_format':
      return i18n.t('fieldFormat');
    default:
      return i18n.lang === 'en' ? issue.message : i18n.t('fieldFormat');
  }
}

export function useForm<V extends Values, B = V, R = unknown>(o: {
  initial: V;
  /** The API's request schema: checked before anything is sent; a function when it depends on what was entered. */
  schema?: ZodType<B> | ((values: V) => ZodType<B>);
  /** Checks the schema cannot say in the person's words (a box to tick, one of two fields): field → message. */
  check?: (values: V) => Record<string, string>;
  /** What is sent, from what was typed (empty fields left out, numbers parsed...). */
  toBody?: (values: V) => unknown;
  send: (body: B, idempotencyKey: string) => Promise<R>;
  /** Said in a toast once the server accepted it. */
  success?: string | ((result: R) => string);
  done?: (result: R) => void;
  /** A refusal the caller handles itself (a question to confirm); true when handled. */
  refused?: (error: ApiError) => boolean;
}): FormState<V> {
  const i18n = useI18n();
  const toast = useToast();
  const [values, setValues] = useState(o.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const key = useRef(newIdempotencyKey());

  async function onSubmit(e?: FormEvent) {
    e?.preventDefault();
    if (submitting) return;
    const raw = o.toBody ? o.toBody(values) : values;
    let body = raw as B;
    // The caller's own checks speak first for their fields; the schema's messages fill in the others.
    const next: Record<string, string> = { ...o.check?.(values) };
    const schema = typeof o.schema === 'function' ? o.schema(values) : o.schema;
    const parsed = schema?.safeParse(raw);
    if (parsed && !parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.map(String).join('.') || '(body)';
        next[field] ??= issueMessage(i18n, issue as never);
      }
    }
    if (Object.keys(next).length) {
      setErrors(next);
      setProblems([]);
      return;
    }
    if (parsed?.success) body = parsed.data;
    setSubmitting(true);
    try {
      const result = await o.send(body, key.current);
      key.current = newIdempotencyKey();
      setErrors({});
      setProblems([]);
      const said = typeof o.success === 'function' ? o.success(result) : o.success;
      if (said) toast(said);
      o.done?.(result);
    } catch (err) {
      if (!(err instanceof ApiError)) {
        setProblems([i18n.t('networkFailed')]);
        return;
      }
      // A refused request changed nothing: a corrected one is a new request with a new key.
      key.current = newIdempotencyKey();
      if (o.refused?.(err)) return;
      const next: Record<string, string> = {};
      const general: string[] = [];
      for (const v of err.body.violations) {
        if (v.field && v.field !== '(body)' && !(v.field in next)) next[v.field] = v.message;
        else general.push(v.message);
      }
      if (!err.body.violations.length) general.push(err.body.message);
      setErrors(next);
      setProblems(general);
    } finally {
      setSubmitting(false);
    }
  }

  return {
    values,
    set: (name, value) => {
      setValues((v) => ({ ...v, [name]: value }));
      // A changed field, or list of rows, drops its messages and those of its rows.
      setErrors((all) => {
        const stale = Object.keys(all).filter((f) => f === name || f.startsWith(`${name as string}.`));
        if (!stale.length) return all;
        const rest = { ...all };
        for (const f of stale) delete rest[f];
        return rest;
      });
    },
    errors,
    problems,
    submitting,
    onSubmit,
    reset: (v) => {
      setValues(v ?? o.initial);
      setErrors({});
      setProblems([]);
    },
  };
}

export function Form<V extends Values>(props: {
  form: FormState<V>;
  label: string;
  submit: string;
  /** The button's words while the form is sent, and the heading of a refusal, where "saving" does not fit. */
  busy?: string;
  refusedTitle?: string;
  children: ReactNode;
  secondary?: ReactNode;
  className?: string;
}) {
  const { t } = useI18n();
  const { form } = props;
  // Field messages for fields this form does not show go to the top too. A field may stand for a nested one of the
  // request ("address.city"), or for a whole object whose parts it covers ("address").
  const shown = new Set(Object.keys(form.values));
  const orphan = Object.entries(form.errors)
    .filter(([f]) => !shown.has(f) && !shown.has(f.split('.')[0]))
    .map(([, m]) => m);
  const problems = [...form.problems, ...orphan];
  return (
    <form className={`form ${props.className ?? ''}`} aria-label={props.label} onSubmit={form.onSubmit} noValidate>
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <strong>{props.refusedTitle ?? t('refused')}</strong>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {props.children}
      <div className="form-actions">
        <button type="submit" disabled={form.submitting}>
          {form.submitting ? (props.busy ?? t('saving')) : props.submit}
        </button>
        {props.secondary}
      </div>
    </form>
  );
}

interface FieldProps<V extends Values> {
  form: FormState<V>;
  name: keyof V & string;
  label: string;
  hint?: string;
  required?: boolean;
}

function Field<V extends Values>(
  props: FieldProps<V> & { children: (a: { id: string; describedBy?: string; invalid: boolean }) => ReactNode },
) {
  const error =
    props.form.errors[props.name] ??
    Object.entries(props.form.errors).find(([f]) => f.startsWith(`${props.name}.`))?.[1];
  return <FieldShell {...props} error={error} />;
}

/** A labelled input with its hint and message, for inputs a form keeps inside a list of rows (`rows.2.fromDate`). */
export function FieldShell(props: {
  label: string;
  hint?: string;
  required?: boolean;
  error?: string;
  children: (a: { id: string; describedBy?: string; invalid: boolean }) => ReactNode;
}) {
  const id = useId();
  const error = props.error;
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${error ? 'field-invalid' : ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {props.hint && (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.children({ id, describedBy, invalid: !!error })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField<V extends Values>(
  props: FieldProps<V> & { type?: 'text' | 'email' | 'tel' | 'date' | 'number' | 'password'; autoComplete?: string },
) {
  return (
    <Field {...props}>
      {(a) => (
        <input
          id={a.id}
          name={props.name}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid || undefined}
          aria-required={props.required || undefined}
          value={String(props.form.values[props.name] ?? '')}
          onChange={(e) => props.form.set(props.name, e.target.value as V[typeof props.name])}
        />
      )}
    </Field>
  );
}

export function TextArea<V extends Values>(props: FieldProps<V> & { rows?: number }) {
  return (
    <Field {...props}>
      {(a) => (
        <textarea
          id={a.id}
          name={props.name}
          rows={props.rows ?? 4}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid || undefined}
          aria-required={props.required || undefined}
          value={String(props.form.values[props.name] ?? '')}
          onChange={(e) => props.form.set(props.name, e.target.value as V[typeof props.name])}
        />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

export function SelectField<V extends Values>(props: FieldProps<V> & { options: Option[]; placeholder?: string }) {
  const { t } = useI18n();
  return (
    <Field {...props}>
      {(a) => (
        <select
          id={a.id}
          name={props.name}
          aria-describedby={a.describedBy}
          aria-invalid={a.invalid || undefined}
          aria-required={props.required || undefined}
          value={String(props.form.values[props.name] ?? '')}
          onChange={(e) => props.form.set(props.name, e.target.value as V[typeof props.name])}
        >
          <option value="">{props.placeholder ?? t('choose')}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Checkbox<V extends Values>(props: Omit<FieldProps<V>, 'required'>) {
  const id = useId();
  const error = props.form.errors[props.name];
  return (
    <div className={`field field-check ${error ? 'field-invalid' : ''}`}>
      <input
        id={id}
        type="checkbox"
        name={props.name}
        checked={Boolean(props.form.values[props.name])}
        aria-describedby={error ? `${id}-error` : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => props.form.set(props.name, e.target.checked as V[typeof props.name])}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.hint && <p className="hint">{props.hint}</p>}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** One choice among a few, all in view (a fieldset of radio buttons); an option may say more than a word (a hint, or
 * a label that is more than text); `inline` lays short options side by side. */
export function RadioGroup<V extends Values>(
  props: FieldProps<V> & {
    options: { value: string; label: ReactNode; hint?: string }[];
    inline?: boolean;
    className?: string;
  },
) {
  const id = useId();
  // A list's message may name one of its rows (`barriers.0`): the group shows it too.
  const error =
    props.form.errors[props.name] ??
    Object.entries(props.form.errors).find(([f]) => f.startsWith(`${props.name}.`))?.[1];
  const describedBy = [props.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`field radio-group ${props.inline ? 'radio-group-inline' : ''} ${error ? 'field-invalid' : ''} ${
        props.className ?? ''
      }`}
      aria-describedby={describedBy || undefined}
    >
      <legend>
        {props.label}
        {props.required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      {props.hint && (
        <p className="hint" id={`${id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.options.map((o) => (
        <label key={o.value} className="radio">
          <input
            type="radio"
            name={`${id}-${props.name}`}
            value={o.value}
            checked={props.form.values[props.name] === o.value}
            // A group cannot be aria-required; its radios say it (the form checks, not the browser: noValidate).
            required={props.required}
            aria-invalid={error ? true : undefined}
            onChange={() => props.form.set(props.name, o.value as V[typeof props.name])}
          />
          <span>
            {o.label}
            {o.hint && <span className="hint"> {o.hint}</span>}
          </span>
        </label>
      ))}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
