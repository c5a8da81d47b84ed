// A case's timeline (/cases/:caseId/timeline, supervisors): where the case stands (stage, open tasks, the alerts its
// timers will raise), then everything that happened, newest first: who did what, and what Pathway did by itself.
import type { caseWorkflow } from '../../../../app/cases/case-pages.ts';
import type { TimelineEntry } from '../../../../app/supervision/case-timeline.ts';
import { STATUS_LABELS, TASK_LABELS, type CaseStatus, type TaskType } from '../../../../domain/case-model.ts';
import { ALERT_KIND_LABELS } from '../../../../domain/case-timers.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Badge, Card, Empty, Facts, Loaded, PageHeader } from '../../ui/layout.tsx';
import { TimelineList } from './timeline-list.tsx';
import { WORDS } from './timeline-words.ts';

type Inspection = Awaited<ReturnType<typeof caseWorkflow>>;

export function TimelinePage({ params }: { params: Record<string, string> }) {
  const state = useApi<Inspection>(`/api/cases/${encodeURIComponent(params.caseId)}/workflow`);
  const w = useWords(WORDS);
  const { can } = useSession();
  const d = state.data;
  return (
    <>
      <PageHeader
        title={w('title', { id: params.caseId })}
        subtitle={
          d &&
          (d.client
            ? w('subtitle', { client: d.client, caseManager: d.caseManager })
            : w('subtitleNoClient', { caseManager: d.caseManager }))
        }
        actions={can('case.view') && <Link to={`/cases/${params.caseId}`}>{w('backToCase')}</Link>}
      />
      <Loaded state={state}>
        {(data) => (
          <>
            <Summary d={data} />
            <History entries={data.timeline} />
          </>
        )}
      </Loaded>
    </>
  );
}

function Summary({ d }: { d: Inspection }) {
  const w = useWords(WORDS);
  const { label, date, dateTime } = useI18n();
  return (
    <Card title={w('now')}>
      {d.temporal !== 'ok' && (
        <div className="notice notice-warning" role="status">
          {w(d.temporal === 'gone' ? 'temporalGone' : 'temporalAway')}
        </div>
      )}
      <Facts
        items={[
          [w('stage'), label(STATUS_LABELS[d.stage as CaseStatus])],
          [w('since'), date(d.statusSince)],
          [w('caseManager'), d.caseManager],
        ]}
      />
      <div className="timeline-now">
        <section aria-labelledby="open-tasks">
          <h3 id="open-tasks">{w('openTasks')}</h3>
          {d.openTasks.length ? (
            <ul>
              {d.openTasks.map((t) => (
                <li key={t.id}>
                  {t.dueDate
                    ? w('taskDue', { task: label(TASK_LABELS[t.type as TaskType]), due: date(t.dueDate) })
                    : label(TASK_LABELS[t.type as TaskType])}{' '}
                  {t.overdue && <Badge tone="danger">{w('overdue')}</Badge>}
                </li>
              ))}
            </ul>
          ) : (
            <Empty>{w('noOpenTasks')}</Empty>
          )}
        </section>
        <section aria-labelledby="timers">
          <h3 id="timers">{w('timers')}</h3>
          {d.timers.length ? (
            <ul>
              {d.timers.map((t) => (
                <li key={t.key}>{w('timer', { alert: label(ALERT_KIND_LABELS[t.kind]), at: dateTime(t.fireAt) })}</li>
              ))}
            </ul>
          ) : (
            <Empty>{w('noTimers')}</Empty>
          )}
        </section>
      </div>
      {d.temporalUiUrl && (
        <p className="hint">
          <a href={d.temporalUiUrl} target="_blank" rel="noopener noreferrer">
            {w('temporal')}
          </a>{' '}
          – {w('temporalNote')}
        </p>
      )}
    </Card>
  );
}

function History({ entries }: { entries: TimelineEntry[] }) {
  const w = useWords(WORDS);
  return (
    <Card title={w('history')}>
      <p className="hint">{w('historyIntro')}</p>
      <TimelineList entries={entries} />
    </Card>
  );
}
