// The supervisor's dashboard (/supervision): the organisation's team at a glance, from one call. The four numbers
// at the top lead to the cases or the list behind them; each section below has its chart, its table and its CSV.
import type { SupervisionDashboard } from '../../../../app/supervision/dashboard.ts';
import { useApi } from '../../api/use-api.ts';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Loaded, PageHeader } from '../../ui/layout.tsx';
import { ReportDownloads } from '../../ui/report-downloads.tsx';
import { WORDS } from './dashboard-words.ts';
import { FollowUpsSection, OverdueInterventionsSection } from './attention-sections.tsx';
import { CaseCount, caseloadAddress } from './links.tsx';
import { OpenCasesSections } from './open-cases-sections.tsx';
import { OutcomesSection } from './outcomes-section.tsx';

export function DashboardPage() {
  const state = useApi<SupervisionDashboard>('/api/supervision/dashboard');
  const w = useWords(WORDS);
  const { date } = useI18n();
  const user = useUser();
  return (
    <>
      <PageHeader
        title={w('title')}
        subtitle={
          state.data && w('subtitle', { organisation: user.organisationName, today: date(state.data.periods.today) })
        }
        actions={<ReportDownloads path="/api/organisation/reports/accountability" report="accountability" />}
      />
      <Loaded state={state}>
        {(d) => (
          <>
            <Tiles d={d} />
            <OpenCasesSections d={d} />
            <OverdueInterventionsSection d={d} />
            <FollowUpsSection d={d} />
            <OutcomesSection d={d} />
          </>
        )}
      </Loaded>
    </>
  );
}

function Tiles({ d }: { d: SupervisionDashboard }) {
  const w = useWords(WORDS);
  const { number } = useI18n();
  const thisMonth = d.outcomes.counts.reduce((n, c) => n + c.thisMonth, 0);
  return (
    <ul className="stat-tiles" aria-label={w('title')}>
      <li>
        <span className="stat-label">{w('openCases')}</span>
        <CaseCount count={d.openCases.total} to={caseloadAddress({})} label={w('seeCases')}>
          <span className="stat-value">{number(d.openCases.total)}</span>
        </CaseCount>
      </li>
      <Tile
        label={w('overdueInterventions')}
        value={number(d.overdueInterventions.total)}
        to="#overdue-interventions"
      />
      <Tile label={w('followUpsThisWeek')} value={number(d.followUps.thisWeek)} to="#follow-ups" />
      <Tile label={w('outcomesThisMonth')} value={number(thisMonth)} to="#outcomes" />
    </ul>
  );
}

/** A number and the section of the page that lists what it counts (a plain in-page link). */
function Tile(props: { label: string; value: string; to: string }) {
  const w = useWords(WORDS);
  return (
    <li>
      <span className="stat-label">{props.label}</span>
      <a href={props.to}>
        <span className="stat-value">{props.value}</span>
        <span className="visually-hidden"> {w('seeList')}</span>
      </a>
    </li>
  );
}
