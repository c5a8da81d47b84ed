// The organisation's open cases by stage and by case manager: a chart to see the spread, a table with every count
// linked to the caseload filtered to those cases, and the table as CSV.
import type { SupervisionDashboard } from '../../../../app/supervision/dashboard.ts';
import { STATUS_LABELS, type CaseStatus } from '../../../../domain/case-model.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import type { CsvColumn } from '../../ui/csv.tsx';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Card, Empty } from '../../ui/layout.tsx';
import { BarChart } from './bar-chart.tsx';
import { WORDS } from './dashboard-words.ts';
import { ListDownload } from './list-download.tsx';
import { CaseCount, caseloadAddress } from './links.tsx';

type D = SupervisionDashboard;
type StageRow = D['openCases']['byStage'][number];
type ManagerRow = D['openCases']['byCaseManager'][number];

export function OpenCasesSections({ d }: { d: D }) {
  const w = useWords(WORDS);
  const { label, number } = useI18n();
  const stage = (s: string) => label(STATUS_LABELS[s as CaseStatus]);

  const stageColumns: Column<StageRow>[] = [
    { key: 'stage', header: w('stage'), cell: (r) => stage(r.status), primary: true },
    {
      key: 'cases',
      header: w('cases'),
      cell: (r) => (
        <CaseCount
          count={r.cases}
          to={caseloadAddress({ status: r.status })}
          label={w('casesOf', { what: stage(r.status) })}
        >
          {number(r.cases)}
        </CaseCount>
      ),
    },
  ];
  const stageCsv: CsvColumn<StageRow>[] = [
    { header: w('stage'), value: (r) => stage(r.status) },
    { header: w('cases'), value: (r) => r.cases },
  ];

  const stages = d.openCases.byStage.map((s) => s.status);
  const managerColumns: Column<ManagerRow>[] = [
    { key: 'manager', header: w('caseManager'), cell: (r) => r.caseManager, primary: true },
    ...stages.map((s, i): Column<ManagerRow> => ({
      key: s,
      header: stage(s),
      cell: (r) => (
        <CaseCount
          count={r.byStage[i].cases}
          to={caseloadAddress({ status: s, caseManagerId: r.caseManagerId })}
          label={w('casesOf', { what: `${r.caseManager}, ${stage(s)}` })}
        >
          {number(r.byStage[i].cases)}
        </CaseCount>
      ),
    })),
    {
      key: 'total',
      header: w('total'),
      cell: (r) => (
        <CaseCount
          count={r.total}
          to={caseloadAddress({ caseManagerId: r.caseManagerId })}
          label={w('casesOf', { what: r.caseManager })}
        >
          <strong>{number(r.total)}</strong>
        </CaseCount>
      ),
    },
  ];
  const managerCsv: CsvColumn<ManagerRow>[] = [
    { header: w('caseManager'), value: (r) => r.caseManager },
    ...stages.map((s, i): CsvColumn<ManagerRow> => ({ header: stage(s), value: (r) => r.byStage[i].cases })),
    { header: w('total'), value: (r) => r.total },
  ];

  return (
    <>
      <Card
        title={w('byStage')}
        actions={
          <ListDownload title={w('byStage')} today={d.periods.today} columns={stageCsv} rows={d.openCases.byStage} />
        }
      >
        <div className="chart-and-table">
          <BarChart
            title={w('byStageChart')}
            bars={d.openCases.byStage.map((r) => ({ label: stage(r.status), value: r.cases }))}
          />
          <DataTable
            caption={w('byStage')}
            columns={stageColumns}
            rows={d.openCases.byStage}
            rowKey={(r) => r.status}
            empty={w('noOpenCases')}
          />
        </div>
      </Card>
      <Card
        title={w('byManager')}
        actions={
          <ListDownload
            title={w('byManager')}
            today={d.periods.today}
            columns={managerCsv}
            rows={d.openCases.byCaseManager}
          />
        }
      >
        {d.openCases.byCaseManager.length ? (
          <>
            <BarChart
              title={w('byManagerChart')}
              bars={d.openCases.byCaseManager.map((r) => ({ label: r.caseManager, value: r.total }))}
            />
            <DataTable
              caption={w('byManager')}
              columns={managerColumns}
              rows={d.openCases.byCaseManager}
              rowKey={(r) => r.caseManagerId}
              empty={w('noOpenCases')}
            />
          </>
        ) : (
          <Empty>{w('noOpenCases')}</Empty>
        )}
      </Card>
    </>
  );
}
