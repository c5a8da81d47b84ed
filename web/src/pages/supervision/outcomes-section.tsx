// The employment outcomes the team recorded, this month or over the last twelve months: by employment status as a
// chart, by type and status as a table whose counts show the outcomes behind them in the list below.
import type { SupervisionDashboard } from '../../../../app/supervision/dashboard.ts';
import type { OutcomeType } from '../../../../domain/case-state.ts';
import { EMPLOYMENT_STATUS_LABELS, OUTCOME_TYPE_LABELS } from '../../../../domain/outcomes.ts';
import { EMPLOYMENT_STATUS_CODES, OUTCOME_TYPE_CODES } from '../../../../domain/schemas/case.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import type { CsvColumn } from '../../ui/csv.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Card } from '../../ui/layout.tsx';
import { BarChart } from './bar-chart.tsx';
import { WORDS } from './dashboard-words.ts';
import { ListDownload } from './list-download.tsx';
import { ListNote } from './list-note.tsx';
import { usePageFilters } from './page-filter.ts';
import { useCaseColumns } from './case-columns.tsx';

type D = SupervisionDashboard;
type OutcomeRow = D['outcomes']['items'][number];
type Status = (typeof EMPLOYMENT_STATUS_CODES)[number];

export function OutcomesSection({ d }: { d: D }) {
  const w = useWords(WORDS);
  const { label, date, number } = useI18n();
  const base = useCaseColumns<OutcomeRow>();
  const [query, setFilters] = usePageFilters();
  const period = query.get('period');
  const type = query.get('outcomeType');
  const status = query.get('employmentStatus');
  const year = period === 'year';
  const periodLabel = year
    ? w('last12Months', { since: date(d.periods.yearStart) })
    : w('thisMonth', { since: date(d.periods.monthStart) });
  const count = (t: string | null, s: string | null) =>
    d.outcomes.counts
      .filter((c) => (t === null || c.outcomeType === t) && (s === null || c.employmentStatus === s))
      .reduce((n, c) => n + (year ? c.last12Months : c.thisMonth), 0);
  const typeLabel = (t: string) => label(OUTCOME_TYPE_LABELS[t as OutcomeType]);
  const statusLabel = (s: string) => label(EMPLOYMENT_STATUS_LABELS[s as Status]);
  const since = year ? d.periods.yearStart : d.periods.monthStart;
  const rows = d.outcomes.items.filter(
    (o) =>
      o.recordedOn >= since &&
      (type === null || o.outcomeType === type) &&
      (status === null || o.employmentStatus === status),
  );
  const show = (t: string | null, s: string | null) => setFilters({ outcomeType: t, employmentStatus: s });
  /** A count that shows its outcomes in the list below. */
  const countButton = (t: string | null, s: string | null, what: string) => {
    const n = count(t, s);
    if (!n) return number(0);
    return (
      <button type="button" className="link" aria-pressed={type === t && status === s} onClick={() => show(t, s)}>
        {number(n)}
        <span className="visually-hidden"> {w('showOutcomes', { what })}</span>
      </button>
    );
  };

  type MatrixRow = { type: string };
  const matrixColumns: Column<MatrixRow>[] = [
    { key: 'type', header: w('outcomeType'), cell: (r) => typeLabel(r.type), primary: true },
    ...EMPLOYMENT_STATUS_CODES.map((s): Column<MatrixRow> => ({
      key: s,
      header: statusLabel(s),
      cell: (r) => countButton(r.type, s, `${typeLabel(r.type)}, ${statusLabel(s)}`),
    })),
    {
      key: 'total',
      header: w('total'),
      cell: (r) => countButton(r.type, null, typeLabel(r.type)),
    },
  ];
  const listColumns: Column<OutcomeRow>[] = [
    ...base.columns,
    { key: 'type', header: w('outcomeType'), cell: (r) => typeLabel(r.outcomeType) },
    { key: 'status', header: w('employmentStatus'), cell: (r) => statusLabel(r.employmentStatus) },
    { key: 'date', header: w('outcomeDate'), cell: (r) => date(r.actualOutcomeDate) },
    { key: 'recorded', header: w('recordedOn'), cell: (r) => date(r.recordedOn) },
  ];
  const csv: CsvColumn<OutcomeRow>[] = [
    ...base.csv,
    { header: w('outcomeType'), value: (r) => typeLabel(r.outcomeType) },
    { header: w('employmentStatus'), value: (r) => statusLabel(r.employmentStatus) },
    { header: w('outcomeDate'), value: (r) => r.actualOutcomeDate },
    { header: w('recordedOn'), value: (r) => r.recordedOn },
  ];
  const filter = [
    type === null ? w('anyType') : typeLabel(type),
    status === null ? w('anyStatus') : statusLabel(status),
  ];

  return (
    <Card
      id="outcomes"
      title={w('outcomes')}
      actions={<ListDownload title={w('outcomes')} today={d.periods.today} columns={csv} rows={rows} />}
    >
      <div className="filter-buttons" role="group" aria-label={w('period')}>
        <button type="button" className="secondary" aria-pressed={!year} onClick={() => setFilters({ period: null })}>
          {w('thisMonth', { since: date(d.periods.monthStart) })}
        </button>
        <button type="button" className="secondary" aria-pressed={year} onClick={() => setFilters({ period: 'year' })}>
          {w('last12Months', { since: date(d.periods.yearStart) })}
        </button>
      </div>
      {count(null, null) ? (
        <>
          <BarChart
            title={w('outcomesByStatusChart', { period: periodLabel })}
            bars={EMPLOYMENT_STATUS_CODES.map((s) => ({ label: statusLabel(s), value: count(null, s) }))}
          />
          <DataTable
            caption={`${w('outcomes')}, ${periodLabel}`}
            columns={matrixColumns}
            rows={OUTCOME_TYPE_CODES.map((t) => ({ type: t }))}
            rowKey={(r) => r.type}
            empty={w('noOutcomes')}
          />
          <div className="list-filter" role="status">
            <p>{w('filteredBy', { filter: filter.join(', ') })}</p>
            {(type !== null || status !== null) && (
              <button type="button" className="link" onClick={() => show(null, null)}>
                {w('showAll')}
              </button>
            )}
          </div>
          <DataTable
            caption={`${w('outcomes')}: ${filter.join(', ')}`}
            columns={listColumns}
            rows={rows}
            rowKey={(r) => r.outcomeId}
            empty={w('noOutcomes')}
          />
          <ListNote shown={d.outcomes.items.length} total={d.outcomes.total} />
        </>
      ) : (
        <p className="empty">{w('noOutcomes')}</p>
      )}
    </Card>
  );
}
