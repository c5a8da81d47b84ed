// The service activity report (/services/activity-report, R-ES-11): per accountability reporting (EAS agreement and
// period), the services scheduled, the group registrations and the individual sessions that count towards it.
import type { activityReport } from '../../../../app/services/queries.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Card, Loaded, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './services-words.ts';

type Report = Awaited<ReturnType<typeof activityReport>>;
type Line = Report['items'][number];

export function ActivityReportPage() {
  const w = useWords(WORDS);
  const { number } = useI18n();
  const report = useApi<Report>('/api/services/activity-report');
  const columns: Column<Line>[] = [
    { key: 'reporting', header: w('accountabilityReporting'), primary: true, cell: (l) => l.accountabilityReporting },
    { key: 'services', header: w('services'), cell: (l) => number(l.services) },
    { key: 'registrations', header: w('registrations'), cell: (l) => number(l.registrations) },
    { key: 'sessions', header: w('sessions'), cell: (l) => number(l.sessions) },
  ];
  return (
    <>
      <PageHeader
        title={w('reportTitle')}
        subtitle={w('reportSubtitle')}
        actions={
          <Link to="/services" className="button-link secondary">
            {w('back')}
          </Link>
        }
      />
      <Loaded state={report}>
        {(data) => {
          const sum = (k: 'services' | 'registrations' | 'sessions') => data.items.reduce((n, l) => n + l[k], 0);
          const rows = data.items.length
            ? [
                ...data.items,
                {
                  accountabilityReporting: w('total'),
                  services: sum('services'),
                  registrations: sum('registrations'),
                  sessions: sum('sessions'),
                },
              ]
            : [];
          return (
            <Card title={w('reportTitle')}>
              <DataTable
                caption={w('reportTitle')}
                columns={columns}
                rows={rows}
                rowKey={(l) => l.accountabilityReporting}
                empty={w('noReport')}
              />
            </Card>
          );
        }}
      </Loaded>
    </>
  );
}
