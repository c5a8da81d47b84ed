// A small form opened inside a card of the person page (an alias, a phone or an email), with Cancel beside Save.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { Form, type FormState } from '../../ui/form.tsx';

export function InlineForm<V extends Record<string, unknown>>(props: {
  form: FormState<V>;
  label: string;
  submit: string;
  cancel(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Form
      form={props.form}
      label={props.label}
      submit={props.submit}
      className="inline-form"
      secondary={
        <button type="button" className="secondary" onClick={props.cancel}>
          {t('cancel')}
        </button>
      }
    >
      {props.children}
    </Form>
  );
}
