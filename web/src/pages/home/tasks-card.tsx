// My tasks, notifications and reminders due by the end of next month, and every overdue one (R-TASK-02, R-NOTIF-08):
// what a case manager has to do, each linked to its case; a progress check to its intervention's plan (R-NOTIF-01), a
// reminder to the reminders page (R-NOTIF-04), with its type and priority, and who created each (R-TASK-05).
import type { homeTasks } from '../../../../app/cases/queries.ts';
import { TASK_LABELS, type TaskType } from '../../../../domain/case-model.ts';
import { NOTIFICATION_KIND_LABELS, PRIORITY_LABELS } from '../../../../domain/notifications.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Badge, Card, Loaded } from '../../ui/layout.tsx';
import { WorkList } from './work-list.tsx';

type Tasks = Awaited<ReturnType<typeof homeTasks>>;

const WORDS = defineWords({
  en: {
    title: 'My tasks',
    hint: 'Due by the end of next month, and overdue.',
    none: 'No tasks due by the end of next month.',
    overdue: '{n} overdue',
    reminders: 'My reminders',
  },
  fr: {
    title: 'Mes tâches',
    hint: "Échéance d'ici la fin du mois prochain, et en retard.",
    none: "Aucune tâche à échéance d'ici la fin du mois prochain.",
    overdue: '{n} en retard',
    reminders: 'Mes rappels',
  },
});

export function TasksCard() {
  const w = useWords(WORDS);
  const { label, lang } = useI18n();
  const tasks = useApi<Tasks>('/api/tasks');
  const late = tasks.data?.filter((t) => t.overdue).length ?? 0;
  return (
    <Card title={w('title')} actions={late > 0 && <Badge tone="danger">{w('overdue', { n: late })}</Badge>}>
      <p className="hint">{w('hint')}</p>
      <Loaded state={tasks}>
        {(list) => (
          <WorkList
            label={w('title')}
            empty={w('none')}
            items={list.map((t) => ({
              key: `${t.kind}:${t.caseId}:${t.id}`,
              what:
                t.kind === 'TASK'
                  ? label(TASK_LABELS[t.type as TaskType]) || t.label
                  : (lang === 'fr' && t.labelFr) || t.label,
              // A progress check is done on the action plan (R-NOTIF-01); a reminder on the reminders page.
              href:
                t.kind === 'REMINDER'
                  ? '/reminders'
                  : t.id.startsWith('PROGRESS_CHECK:')
                    ? `/cases/${t.caseId}?tab=plan`
                    : undefined,
              tags: t.kind !== 'TASK' && <NotificationTags kind={t.type} priority={t.priority} />,
              createdBy: t.createdBy,
              caseId: t.caseId,
              client: t.client,
              dueDate: t.dueDate,
              overdue: t.overdue,
            }))}
          />
        )}
      </Loaded>
      <p>
        <Link to="/reminders">{w('reminders')}</Link>
      </p>
    </Card>
  );
}

function NotificationTags(props: { kind: string; priority: string | null }) {
  const { label } = useI18n();
  const priority = PRIORITY_LABELS[props.priority as keyof typeof PRIORITY_LABELS];
  const tone = props.priority === 'High' ? 'danger' : props.priority === 'Medium' ? 'warning' : 'success';
  return (
    <>
      <Badge tone="info">{label(NOTIFICATION_KIND_LABELS[props.kind as keyof typeof NOTIFICATION_KIND_LABELS])}</Badge>{' '}
      {priority && <Badge tone={tone}>{label(priority)}</Badge>}
    </>
  );
}
