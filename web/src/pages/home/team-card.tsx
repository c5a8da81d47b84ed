// The supervisor's short team summary: the organisation's cases by stage, the work past due, the open cases of each
// case manager; the supervision dashboard has the rest.
import type { caseSummary } from '../../../../app/cases/queries.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Badge, Card, Loaded } from '../../ui/layout.tsx';

type Summary = Awaited<ReturnType<typeof caseSummary>>;

const WORDS = defineWords({
  en: {
    title: 'My team',
    byStage: 'Cases by stage',
    overdueTasks: 'Overdue tasks: {n}',
    overdueAlerts: 'Overdue alerts: {n}',
    nothingOverdue: 'Nothing past due on open cases.',
    managers: 'Open cases by case manager',
    caseManager: 'Case manager',
    openCases: 'Open cases',
    lateTasks: 'Overdue tasks',
    noManagers: 'No open cases.',
    dashboard: 'Open the supervision dashboard',
  },
  fr: {
    title: 'Mon équipe',
    byStage: 'Cas par étape',
    overdueTasks: 'Tâches en retard : {n}',
    overdueAlerts: 'Alertes en retard : {n}',
    nothingOverdue: 'Rien en retard sur les cas ouverts.',
    managers: 'Cas ouverts par gestionnaire de cas',
    caseManager: 'Gestionnaire de cas',
    openCases: 'Cas ouverts',
    lateTasks: 'Tâches en retard',
    noManagers: 'Aucun cas ouvert.',
    dashboard: 'Ouvrir le tableau de bord de supervision',
  },
});

export function TeamCard() {
  const w = useWords(WORDS);
  const { label, number } = useI18n();
  const summary = useApi<Summary>('/api/organisation/case-summary');
  return (
    <Card title={w('title')} actions={<Link to="/supervision">{w('dashboard')}</Link>}>
      <Loaded state={summary}>
        {(s) => (
          <>
            <h3>{w('byStage')}</h3>
            <ul className="stage-counts">
              {s.byStage.map((b) => (
                <li key={b.status}>
                  <Link to={`/cases?scope=organisation&status=${b.status}`}>
                    <span className="stage-count">{number(b.cases)}</span> {label(b.label)}
                  </Link>
                </li>
              ))}
            </ul>
            <p className="overdue-counts">
              {s.overdue.tasks + s.overdue.alerts > 0 ? (
                <>
                  <Badge tone={s.overdue.tasks ? 'danger' : 'neutral'}>
                    {w('overdueTasks', { n: number(s.overdue.tasks) })}
                  </Badge>{' '}
                  <Badge tone={s.overdue.alerts ? 'danger' : 'neutral'}>
                    {w('overdueAlerts', { n: number(s.overdue.alerts) })}
                  </Badge>
                </>
              ) : (
                w('nothingOverdue')
              )}
            </p>
            <h3>{w('managers')}</h3>
            <DataTable
              caption={w('managers')}
              rows={s.byCaseManager}
              rowKey={(m) => m.caseManagerId}
              empty={w('noManagers')}
              columns={[
                {
                  key: 'name',
                  header: w('caseManager'),
                  primary: true,
                  cell: (m) => <Link to={`/cases?scope=organisation&manager=${m.caseManagerId}`}>{m.caseManager}</Link>,
                },
                { key: 'open', header: w('openCases'), cell: (m) => number(m.openCases) },
                {
                  key: 'late',
                  header: w('lateTasks'),
                  cell: (m) =>
                    m.overdueTasks ? <Badge tone="danger">{number(m.overdueTasks)}</Badge> : number(m.overdueTasks),
                },
              ]}
            />
          </>
        )}
      </Loaded>
    </Card>
  );
}
