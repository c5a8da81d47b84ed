// The caseload: my cases and, for those who may list them, the organisation's (a case manager chooses; a supervisor
// (ECM Management), who manages none, sees the organisation's);
// filtered by stage, by case manager and to the cases with work due within a week, sorted by any column, 20 a page
// with first/previous/next/last (R-UI-05).
// Scope, filters, sort and page are in the address.
import type { caseManagers } from '../../../../app/cases/case-pages.ts';
import type { caseload } from '../../../../app/cases/queries.ts';
import {
  CASE_STATUSES,
  STATUS_LABELS,
  TASK_LABELS,
  type CaseStatus,
  type TaskType,
} from '../../../../domain/case-model.ts';
import { useApi } from '../../api/use-api.ts';
import { changeQuery, Link, useLocation } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { DataTable, Pager, type Column } from '../../ui/data-table.tsx';
import { Badge, Card, Loaded, PageHeader } from '../../ui/layout.tsx';

type Caseload = Awaited<ReturnType<typeof caseload>>;
type Row = Caseload['items'][number];
type CaseManagers = Awaited<ReturnType<typeof caseManagers>>;

const PAGE_SIZE = 20;

const WORDS = defineWords({
  en: {
    title: 'Cases',
    subtitleMine: 'The cases you manage.',
    subtitleOrg: 'Every case of {organisation}.',
    scope: 'Whose cases',
    mine: 'My cases',
    organisation: 'The organisation’s cases',
    filters: 'Filter the cases',
    stage: 'Stage',
    allStages: 'All stages',
    caseManager: 'Case manager',
    allManagers: 'All case managers',
    dueFilter: 'Due',
    anyTime: 'Any time',
    dueWeek: 'Task or alert due within 7 days',
    list: 'Cases',
    count: '{n} cases',
    countOne: '1 case',
    countCapped: 'More than {n} cases',
    none: 'No cases match.',
    noneMine: 'You manage no cases yet. Cases are opened from a person’s page.',
    case: 'Case',
    caseLink: 'Case {id}',
    client: 'Client',
    since: 'Since',
    next: 'Next task',
    due: 'due {date}',
    overdue: 'Overdue',
    noTask: 'None',
    findPerson: 'Find a person',
  },
  fr: {
    title: 'Cas',
    subtitleMine: 'Les cas que vous gérez.',
    subtitleOrg: 'Tous les cas de {organisation}.',
    scope: 'Cas de qui',
    mine: 'Mes cas',
    organisation: 'Les cas de l’organisme',
    filters: 'Filtrer les cas',
    stage: 'Étape',
    allStages: 'Toutes les étapes',
    caseManager: 'Gestionnaire de cas',
    allManagers: 'Tous les gestionnaires de cas',
    dueFilter: 'Échéance',
    anyTime: 'N’importe quand',
    dueWeek: 'Tâche ou alerte à faire d’ici 7 jours',
    list: 'Cas',
    count: '{n} cas',
    countOne: '1 cas',
    countCapped: 'Plus de {n} cas',
    none: 'Aucun cas ne correspond.',
    noneMine: 'Vous ne gérez encore aucun cas. Les cas se créent à partir de la page d’un individu.',
    case: 'Cas',
    caseLink: 'Cas {id}',
    client: 'Client',
    since: 'Depuis',
    next: 'Prochaine tâche',
    due: 'échéance le {date}',
    overdue: 'En retard',
    noTask: 'Aucune',
    findPerson: 'Rechercher un individu',
  },
});

export function CaseloadPage() {
  const w = useWords(WORDS);
  const { can, user } = useSession();
  const { label } = useI18n();
  const { query } = useLocation();
  const mayListAll = can('case.inspect') || can('case.update');
  // A supervisor manages no cases: the organisation's are theirs, with no empty "my cases" to choose.
  const bothScopes = mayListAll && can('case.assignable');
  const scope = bothScopes
    ? query.get('scope') === 'organisation'
      ? 'organisation'
      : 'mine'
    : mayListAll
      ? 'organisation'
      : 'mine';
  const status = query.get('status') ?? '';
  const manager = scope === 'organisation' ? (query.get('manager') ?? '') : '';
  const due = query.get('due') === 'week' ? 'week' : '';
  const sort = query.get('sort') ?? 'id';
  const dir = query.get('dir') === 'asc' ? 'asc' : 'desc';
  const page = Number(query.get('page') ?? '1') || 1;
  const cases = useApi<Caseload>('/api/cases', {
    scope,
    status,
    caseManagerId: manager,
    due,
    sort,
    dir,
    page,
    pageSize: PAGE_SIZE,
  });
  const managers = useApi<CaseManagers>(scope === 'organisation' ? '/api/case-managers' : null);
  return (
    <>
      <PageHeader
        title={w('title')}
        subtitle={
          scope === 'mine' ? w('subtitleMine') : w('subtitleOrg', { organisation: user?.organisationName ?? '' })
        }
      />
      {bothScopes && (
        <nav className="segmented" aria-label={w('scope')}>
          {(['mine', 'organisation'] as const).map((s) => (
            <button
              key={s}
              type="button"
              className={scope === s ? undefined : 'secondary'}
              aria-pressed={scope === s}
              onClick={() => changeQuery({ scope: s, manager: null, page: null })}
            >
              {w(s)}
            </button>
          ))}
        </nav>
      )}
      <Card>
        <form className="filters" aria-label={w('filters')} onSubmit={(e) => e.preventDefault()}>
          <div className="field">
            <label htmlFor="filter-stage">{w('stage')}</label>
            <select
              id="filter-stage"
              value={status}
              onChange={(e) => changeQuery({ status: e.target.value, page: null })}
            >
              <option value="">{w('allStages')}</option>
              {CASE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {label(STATUS_LABELS[s])}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-due">{w('dueFilter')}</label>
            <select id="filter-due" value={due} onChange={(e) => changeQuery({ due: e.target.value, page: null })}>
              <option value="">{w('anyTime')}</option>
              <option value="week">{w('dueWeek')}</option>
            </select>
          </div>
          {scope === 'organisation' && (
            <div className="field">
              <label htmlFor="filter-manager">{w('caseManager')}</label>
              <select
                id="filter-manager"
                value={manager}
                onChange={(e) => changeQuery({ manager: e.target.value, page: null })}
              >
                <option value="">{w('allManagers')}</option>
                {(managers.data ?? []).map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </form>
        <Loaded state={cases}>
          {(c) => (
            <CaseTable
              answer={c}
              scope={scope}
              filtered={!!(status || manager || due)}
              sort={sort}
              dir={dir}
              onSort={(by, d) => changeQuery({ sort: by, dir: d, page: null })}
              onPage={(p) => changeQuery({ page: String(p) })}
            />
          )}
        </Loaded>
      </Card>
    </>
  );
}

function CaseTable(props: {
  answer: Caseload;
  scope: 'mine' | 'organisation';
  filtered: boolean;
  sort: string;
  dir: 'asc' | 'desc';
  onSort(by: string, dir: 'asc' | 'desc'): void;
  onPage(page: number): void;
}) {
  const w = useWords(WORDS);
  const { date, label, number } = useI18n();
  const { answer } = props;
  const columns: Column<Row>[] = [
    {
      key: 'id',
      header: w('case'),
      sort: 'id',
      primary: true,
      cell: (r) => <Link to={`/cases/${r.id}`}>{w('caseLink', { id: r.id })}</Link>,
    },
    {
      key: 'client',
      header: w('client'),
      sort: 'name',
      cell: (r) => <Link to={`/people/${r.individualId}`}>{r.individual}</Link>,
    },
    { key: 'stage', header: w('stage'), sort: 'status', cell: (r) => label(STATUS_LABELS[r.status as CaseStatus]) },
    { key: 'since', header: w('since'), sort: 'statusSince', cell: (r) => date(r.statusSince) },
    ...(props.scope === 'organisation'
      ? [{ key: 'manager', header: w('caseManager'), sort: 'caseManager', cell: (r: Row) => r.caseManager }]
      : []),
    {
      key: 'next',
      header: w('next'),
      sort: 'nextDue',
      cell: (r) =>
        r.nextTask ? (
          <>
            {label(TASK_LABELS[r.nextTask.type as TaskType])}
            {r.nextTask.dueDate && (
              <>
                {' '}
                <span className="muted">{w('due', { date: date(r.nextTask.dueDate) })}</span>
              </>
            )}{' '}
            {r.nextTask.overdue && <Badge tone="danger">{w('overdue')}</Badge>}
          </>
        ) : (
          <span className="muted">{w('noTask')}</span>
        ),
    },
  ];
  const count = answer.totalCapped
    ? w('countCapped', { n: number(answer.total) })
    : answer.total === 1
      ? w('countOne')
      : w('count', { n: number(answer.total) });
  return (
    <>
      {answer.total > 0 && (
        <p className="result-count" role="status">
          {count}
        </p>
      )}
      <DataTable
        caption={w('list')}
        columns={columns}
        rows={answer.items}
        rowKey={(r) => r.id}
        empty={
          props.scope === 'mine' && !props.filtered ? (
            <>
              {w('noneMine')} <Link to="/people">{w('findPerson')}</Link>
            </>
          ) : (
            w('none')
          )
        }
        sorting={{ by: props.sort, dir: props.dir, onSort: props.onSort }}
      />
      <Pager page={answer.page} pageSize={answer.pageSize} total={answer.total} onPage={props.onPage} />
    </>
  );
}
