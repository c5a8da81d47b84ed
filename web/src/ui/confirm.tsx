// A question before an action that cannot be taken back, asked in the page (a modal dialog), never by the browser.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';

export function ConfirmDialog(props: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirm: string;
  onConfirm(): void;
  onCancel(): void;
  danger?: boolean;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  // One id per dialog: a page may hold several (one per row), each named by its own title.
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (props.open && !d.open) d.showModal();
    if (!props.open && d.open) d.close();
  }, [props.open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onCancel={props.onCancel}>
      <h2 id={titleId}>{props.title}</h2>
      {props.children}
      <div className="form-actions">
        <button type="button" className={props.danger ? 'danger' : undefined} onClick={props.onConfirm}>
          {props.confirm}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
}
