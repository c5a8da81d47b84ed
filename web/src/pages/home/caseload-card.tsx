// My caseload in short: how many cases I manage, and those whose next task is due first.
import type { caseload } from '../../../../app/cases/queries.ts';
import { STATUS_LABELS, TASK_LABELS, type CaseStatus, type TaskType } from '../../../../domain/case-model.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Badge, Card, Empty, Loaded } from '../../ui/layout.tsx';

type Caseload = Awaited<ReturnType<typeof caseload>>;

const WORDS = defineWords({
  en: {
    title: 'My caseload',
    count: 'You manage {n} open cases; these have the next task due.',
    countOne: 'You manage 1 open case.',
    none: 'You manage no cases yet. Cases are opened from a person’s page.',
    all: 'All my cases',
    caseLink: 'Case {id}',
    next: 'Next: {task}, {date}',
    overdue: 'Overdue',
  },
  fr: {
    title: 'Ma charge de travail',
    count: 'Vous gérez {n} cas ouverts; voici ceux dont la prochaine tâche arrive à échéance.',
    countOne: 'Vous gérez 1 cas ouvert.',
    none: 'Vous ne gérez encore aucun cas. Les cas se créent à partir de la page d’un individu.',
    all: 'Tous mes cas',
    caseLink: 'Cas {id}',
    next: 'Prochaine : {task}, {date}',
    overdue: 'En retard',
  },
});

export function CaseloadCard() {
  const w = useWords(WORDS);
  const { label, date, number } = useI18n();
  const cases = useApi<Caseload>('/api/cases', {
    scope: 'mine',
    open: 'true',
    sort: 'nextDue',
    dir: 'asc',
    pageSize: 5,
  });
  return (
    <Card title={w('title')} actions={<Link to="/cases">{w('all')}</Link>}>
      <Loaded state={cases}>
        {(c) =>
          c.items.length ? (
            <>
              <p>{c.total === 1 ? w('countOne') : w('count', { n: number(c.total) })}</p>
              <ul className="work-list">
                {c.items.map((r) => (
                  <li key={r.id}>
                    <Link to={`/cases/${r.id}`}>
                      {w('caseLink', { id: r.id })} · {r.individual}
                    </Link>
                    <span className="muted">{label(STATUS_LABELS[r.status as CaseStatus])}</span>
                    {r.nextTask?.dueDate && (
                      <span className="when">
                        {r.nextTask.overdue && <Badge tone="danger">{w('overdue')}</Badge>}{' '}
                        {w('next', {
                          task: label(TASK_LABELS[r.nextTask.type as TaskType]),
                          date: date(r.nextTask.dueDate),
                        })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <Empty>{w('none')}</Empty>
          )
        }
      </Loaded>
    </Card>
  );
}
