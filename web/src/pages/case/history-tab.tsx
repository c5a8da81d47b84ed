// The case's history: its status rows newest first, each with its dates and reason (R-HIST-01..06); the tasks done
// and cancelled, with their outcomes; the alerts raised, and when they were cleared; and its audit trail, every
// change with who made it and when (R-UI-04).
import { useId, type ReactNode } from 'react';
import type { caseAuditTrail } from '../../../../app/cases/audit-trail.ts';
import { REASON_LABELS, STATUS_LABELS, TASK_LABELS, TASK_STATE_LABELS } from '../../../../domain/case-model.ts';
import { ALERT_LABELS } from '../../../../domain/case-timers.ts';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Badge, Loaded } from '../../ui/layout.tsx';
import { TimelineList } from '../supervision/timeline-list.tsx';
import { labelOf, taskOutcomeLabel } from './codes.ts';
import type { SectionProps } from './section.ts';

const WORDS = defineWords({
  en: {
    statuses: 'Status history',
    status: 'Status',
    start: 'Start date',
    end: 'End date',
    reason: 'Reason',
    current: 'Current',
    tasks: 'Tasks done and cancelled',
    noTasks: 'No task is done or cancelled yet.',
    task: 'Task',
    opened: 'Opened',
    due: 'Due',
    state: 'State',
    outcome: 'Outcome',
    closedOn: 'Closed on',
    closedBy: 'By',
    alerts: 'Alerts',
    noAlerts: 'This case has had no alert.',
    alert: 'Alert',
    raised: 'Raised',
    cleared: 'Cleared',
    stillOpen: 'Still open',
    trail: 'Audit trail',
    trailIntro: 'Every change to this case: who made it and when, newest first, in Halifax time.',
  },
  fr: {
    statuses: 'Historique des états',
    status: 'État',
    start: 'Date de début',
    end: 'Date de fin',
    reason: 'Raison',
    current: 'Actuel',
    tasks: 'Tâches faites et annulées',
    noTasks: "Aucune tâche n'est encore faite ni annulée.",
    task: 'Tâche',
    opened: 'Ouverte le',
    due: 'Échéance',
    state: 'État',
    outcome: 'Résultat',
    closedOn: 'Fermée le',
    closedBy: 'Par',
    alerts: 'Alertes',
    noAlerts: "Ce cas n'a eu aucune alerte.",
    alert: 'Alerte',
    raised: 'Levée le',
    cleared: 'Retirée le',
    stillOpen: 'Toujours ouverte',
    trail: 'Piste de vérification',
    trailIntro:
      "Chaque changement apporté à ce cas : qui l'a fait et quand, du plus récent au plus ancien, à l'heure " +
      "d'Halifax.",
  },
});

function Part(props: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

export function HistoryTab({ c }: SectionProps) {
  const w = useWords(WORDS);
  const { label, date } = useI18n();
  const tasks = c.tasks
    .filter((t) => t.state !== 'OPEN')
    .sort((a, b) => (b.closedOn ?? '').localeCompare(a.closedOn ?? ''));
  return (
    <>
      <Part title={w('statuses')}>
        <DataTable
          caption={w('statuses')}
          rows={c.statusHistory}
          rowKey={(h) => `${h.status}-${h.startDate}`}
          empty={w('statuses')}
          columns={[
            {
              key: 'status',
              header: w('status'),
              primary: true,
              cell: (h) => label(labelOf(STATUS_LABELS, h.status)),
            },
            { key: 'start', header: w('start'), cell: (h) => date(h.startDate) },
            {
              key: 'end',
              header: w('end'),
              cell: (h) =>
                h.endDate ? (
                  date(h.endDate)
                ) : h.status === 'CLOSED' ? (
                  '—'
                ) : (
                  <div>
                    <Badge>{w('current')}</Badge>
                  </div>
                ),
            },
            { key: 'reason', header: w('reason'), cell: (h) => label(labelOf(REASON_LABELS, h.reason)) },
          ]}
        />
      </Part>
      <Part title={w('tasks')}>
        <DataTable
          caption={w('tasks')}
          rows={tasks}
          rowKey={(t) => t.id}
          empty={w('noTasks')}
          columns={[
            { key: 'task', header: w('task'), primary: true, cell: (t) => label(labelOf(TASK_LABELS, t.type)) },
            { key: 'opened', header: w('opened'), cell: (t) => date(t.openedOn) },
            { key: 'due', header: w('due'), cell: (t) => date(t.dueDate) || '—' },
            {
              key: 'state',
              header: w('state'),
              cell: (t) => (
                <div>
                  <Badge tone={t.state === 'COMPLETED' ? 'success' : 'neutral'}>
                    {label(labelOf(TASK_STATE_LABELS, t.state))}
                  </Badge>
                </div>
              ),
            },
            { key: 'outcome', header: w('outcome'), cell: (t) => label(taskOutcomeLabel(t.type, t.outcome)) || '—' },
            { key: 'closed', header: w('closedOn'), cell: (t) => date(t.closedOn) || '—' },
            // R-NOTIF-07: who completed it, kept with the case; none: Pathway cancelled it with its stage.
            { key: 'by', header: w('closedBy'), cell: (t) => t.closedBy ?? '—' },
          ]}
        />
      </Part>
      <Part title={w('alerts')}>
        <DataTable
          caption={w('alerts')}
          rows={c.alertHistory}
          rowKey={(a) => a.key}
          empty={w('noAlerts')}
          columns={[
            { key: 'alert', header: w('alert'), primary: true, cell: (a) => label(labelOf(ALERT_LABELS, a.kind)) },
            { key: 'due', header: w('due'), cell: (a) => date(a.dueDate) },
            { key: 'raised', header: w('raised'), cell: (a) => date(a.raisedOn) },
            {
              key: 'cleared',
              header: w('cleared'),
              cell: (a) =>
                a.clearedOn ? (
                  date(a.clearedOn)
                ) : (
                  <div>
                    <Badge tone="warning">{w('stillOpen')}</Badge>
                  </div>
                ),
            },
          ]}
        />
      </Part>
      <AuditTrail caseId={c.id} />
    </>
  );
}

type Trail = Awaited<ReturnType<typeof caseAuditTrail>>;

function AuditTrail({ caseId }: { caseId: number }) {
  const w = useWords(WORDS);
  const trail = useApi<Trail>(`/api/cases/${caseId}/audit-trail`);
  return (
    <Part title={w('trail')}>
      <p className="hint">{w('trailIntro')}</p>
      <Loaded state={trail}>{(entries) => <TimelineList entries={entries} />}</Loaded>
    </Part>
  );
}
