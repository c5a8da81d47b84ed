// The case's notifications on its home page, as the seeds show them on every home page (R-TASK-01): each with its
// type, priority and due date, in the reader's language. An informational one is dismissed after one confirmation and
// nothing of it is kept (R-NOTIF-05); an Action Required one goes away by itself once its action is done (R-NOTIF-03).
import { useState } from 'react';
import { NOTIFICATION_KIND_LABELS, PRIORITY_LABELS } from '../../../../domain/notifications.ts';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { Badge, Card } from '../../ui/layout.tsx';
import { useToast } from '../../ui/toast.tsx';
import type { SectionProps } from './section.ts';

const WORDS = defineWords({
  en: {
    title: 'Notifications',
    due: 'Due {date}',
    overdue: 'Overdue',
    dismiss: 'Dismiss',
    confirmTitle: 'Dismiss this notification?',
    confirmText: 'It is deleted, and nothing of it is kept.',
    dismissed: 'Notification dismissed.',
  },
  fr: {
    title: 'Avis',
    due: 'Échéance : {date}',
    overdue: 'En retard',
    dismiss: 'Effacer',
    confirmTitle: 'Effacer cet avis?',
    confirmText: "Il est supprimé et rien n'en est conservé.",
    dismissed: 'Avis effacé.',
  },
});

type Notification = SectionProps['c']['notifications'][number];

export function NotificationsCard({ c, reload }: SectionProps) {
  const w = useWords(WORDS);
  const { label, date, lang } = useI18n();
  const { can } = useSession();
  const toast = useToast();
  const [dismissing, setDismissing] = useState<Notification | null>(null);
  if (!c.notifications.length) return null;
  const dismiss = async (n: Notification) => {
    await api.delete(`/api/cases/${c.id}/notifications/${encodeURIComponent(n.key)}`);
    setDismissing(null);
    toast(w('dismissed'));
    reload();
  };
  return (
    <Card title={w('title')} className="case-notifications">
      <ul className="plain-list">
        {c.notifications.map((n) => {
          const priority = PRIORITY_LABELS[n.priority as keyof typeof PRIORITY_LABELS];
          return (
            <li key={n.key}>
              <p>{(lang === 'fr' && n.messageFr) || n.message}</p>
              <Badge tone="info">
                {label(NOTIFICATION_KIND_LABELS[n.kind as keyof typeof NOTIFICATION_KIND_LABELS])}
              </Badge>{' '}
              {priority && <Badge tone={n.priority === 'High' ? 'danger' : 'neutral'}>{label(priority)}</Badge>}{' '}
              {n.overdue && <Badge tone="danger">{w('overdue')}</Badge>}{' '}
              <span className="muted">{w('due', { date: date(n.dueDate) })}</span>{' '}
              {n.kind === 'INFO' && can('case.update') && (
                <button type="button" className="link" onClick={() => setDismissing(n)}>
                  {w('dismiss')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <ConfirmDialog
        open={dismissing !== null}
        title={w('confirmTitle')}
        confirm={w('dismiss')}
        danger
        onConfirm={() => dismissing && void dismiss(dismissing)}
        onCancel={() => setDismissing(null)}
      >
        <p>{w('confirmText')}</p>
      </ConfirmDialog>
    </Card>
  );
}
