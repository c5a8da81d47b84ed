// A short form asked in a modal dialog (a date and a reason before an action, a choice among people): the form's
// refusals show inside the dialog, beside its fields, and the dialog closes only once the server accepted it.
import { useId, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { useModal } from './dialog.tsx';
import { Form, type FormState } from './form.tsx';

export function FormDialog<V extends Record<string, unknown>>(props: {
  open: boolean;
  title: string;
  form: FormState<V>;
  submit: string;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const ref = useModal(props.open);
  const titleId = useId();
  const close = () => {
    props.form.reset();
    props.onClose();
  };
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={close}>
      <h2 id={titleId}>{props.title}</h2>
      {props.open && (
        <Form
          form={props.form}
          label={props.title}
          submit={props.submit}
          secondary={
            <button type="button" className="secondary" onClick={close}>
              {t('cancel')}
            </button>
          }
        >
          {props.children}
        </Form>
      )}
    </dialog>
  );
}
