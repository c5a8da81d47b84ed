// A question before an action that cannot be taken back, asked in the page (a modal dialog), never by the browser.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.tsx';
import { Dialog } from './dialog.tsx';

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
  return (
    <Dialog open={props.open} title={props.title} onClose={props.onCancel}>
      {props.children}
      <div className="form-actions">
        <button type="button" className={props.danger ? 'danger' : undefined} onClick={props.onConfirm}>
          {props.confirm}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </div>
    </Dialog>
  );
}
