// What needs the team's attention: interventions past their planned end date, and the follow-ups coming due (overdue,
// this week, later by the end of next month), each case linked, each list downloadable as CSV.
import type { SupervisionDashboard } from '../../../../app/supervision/dashboard.ts';
import { INTERVENTION_STATUS_LABELS } from '../../../../domain/interventions.ts';
import { OUTCOME_TYPE_LABELS } from '../../../../domain/outcomes.ts';
import { INTERVENTION_TYPES, type InterventionTypeCode } from '../../../../domain/reference.ts';
import type { InterventionStatus } from '../../../../domain/case-state.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import type { CsvColumn } from '../../ui/csv.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Badge, Card } from '../../ui/layout.tsx';
import { WORDS } from './dashboard-words.ts';
import { ListDownload } from './list-download.tsx';
import { useCaseColumns } from './case-columns.tsx';
import { ListNote } from './list-note.tsx';
import { usePageFilters } from './page-filter.ts';

type D = SupervisionDashboard;
type OverdueRow = D['overdueInterventions']['items'][number];
type FollowUpRow = D['followUps']['items'][number];
export function OverdueInterventionsSection({ d }: { d: D }) {
  const w = useWords(WORDS);
  const { label, date, number } = useI18n();
  const base = useCaseColumns<OverdueRow>();
  const type = (r: OverdueRow) => label(INTERVENTION_TYPES[r.interventionType as InterventionTypeCode]);
  const status = (r: OverdueRow) => label(INTERVENTION_STATUS_LABELS[r.status as InterventionStatus]);
  const columns: Column<OverdueRow>[] = [
    ...base.columns,
    { key: 'intervention', header: w('intervention'), cell: type },
    { key: 'status', header: w('interventionStatus'), cell: status },
    { key: 'end', header: w('plannedEnd'), cell: (r) => date(r.plannedEndDate) },
    { key: 'days', header: w('daysOverdue'), cell: (r) => <Badge tone="danger">{number(r.daysOverdue)}</Badge> },
  ];
  const csv: CsvColumn<OverdueRow>[] = [
    ...base.csv,
    { header: w('intervention'), value: type },
    { header: w('interventionStatus'), value: status },
    { header: w('plannedEnd'), value: (r) => r.plannedEndDate },
    { header: w('daysOverdue'), value: (r) => r.daysOverdue },
  ];
  return (
    <Card
      id="overdue-interventions"
      title={w('overdueInterventions')}
      actions={
        <ListDownload
          title={w('overdueInterventions')}
          today={d.periods.today}
          columns={csv}
          rows={d.overdueInterventions.items}
        />
      }
    >
      <p className="hint">{w('overdueIntro')}</p>
      <DataTable
        caption={w('overdueInterventions')}
        columns={columns}
        rows={d.overdueInterventions.items}
        rowKey={(r) => r.interventionId}
        empty={w('noOverdue')}
      />
      <ListNote shown={d.overdueInterventions.items.length} total={d.overdueInterventions.total} />
    </Card>
  );
}

const WINDOWS = ['OVERDUE', 'THIS_WEEK', 'LATER'] as const;
type Window = (typeof WINDOWS)[number];

export function FollowUpsSection({ d }: { d: D }) {
  const w = useWords(WORDS);
  const { label, date, number } = useI18n();
  const base = useCaseColumns<FollowUpRow>();
  const [query, setFilters] = usePageFilters();
  const current = WINDOWS.find((x) => x === query.get('followUps')) ?? null;
  const choose = (value: Window | null) => setFilters({ followUps: value });
  const until = date(d.periods.nextMonthEnd);
  const windowLabel: Record<Window, string> = {
    OVERDUE: w('overdue'),
    THIS_WEEK: w('thisWeek', { weekEnd: date(d.periods.weekEnd) }),
    LATER: w('later', { until }),
  };
  const counts: Record<Window, number> = {
    OVERDUE: d.followUps.overdue,
    THIS_WEEK: d.followUps.thisWeek,
    LATER: d.followUps.later,
  };
  const windowShort: Record<Window, string> = {
    OVERDUE: w('overdue'),
    THIS_WEEK: w('thisWeekShort'),
    LATER: w('laterShort'),
  };
  const rows = current ? d.followUps.items.filter((r) => r.window === current) : d.followUps.items;
  const followUp = (r: FollowUpRow) => label(OUTCOME_TYPE_LABELS[r.outcomeType]);
  const columns: Column<FollowUpRow>[] = [
    ...base.columns,
    { key: 'followUp', header: w('followUp'), cell: followUp },
    { key: 'due', header: w('dueDate'), cell: (r) => date(r.dueDate) },
    {
      key: 'when',
      header: w('when'),
      cell: (r) => (
        <Badge tone={r.window === 'OVERDUE' ? 'danger' : r.window === 'THIS_WEEK' ? 'warning' : 'info'}>
          {windowShort[r.window]}
        </Badge>
      ),
    },
  ];
  const csv: CsvColumn<FollowUpRow>[] = [
    ...base.csv,
    { header: w('followUp'), value: followUp },
    { header: w('dueDate'), value: (r) => r.dueDate },
    { header: w('when'), value: (r) => windowLabel[r.window] },
  ];
  return (
    <Card
      id="follow-ups"
      title={w('followUps')}
      actions={<ListDownload title={w('followUps')} today={d.periods.today} columns={csv} rows={rows} />}
    >
      <p className="hint">{w('followUpsIntro', { until })}</p>
      <div className="filter-buttons" role="group" aria-label={w('when')}>
        <button type="button" className="secondary" aria-pressed={current === null} onClick={() => choose(null)}>
          {w('all')} <span className="count">{number(d.followUps.total)}</span>
        </button>
        {WINDOWS.map((x) => (
          <button key={x} type="button" className="secondary" aria-pressed={current === x} onClick={() => choose(x)}>
            {windowLabel[x]} <span className="count">{number(counts[x])}</span>
          </button>
        ))}
      </div>
      <DataTable
        caption={w('followUps')}
        columns={columns}
        rows={rows}
        rowKey={(r) => `${r.caseId}:${r.outcomeType}`}
        empty={d.followUps.total ? w('noFollowUpsInWindow') : w('noFollowUps', { until })}
      />
      <ListNote shown={d.followUps.items.length} total={d.followUps.total} />
    </Card>
  );
}
