// The services list (/services): the organisation's enhanced services, newest first, narrowed by the search criteria
// the seeds' "Enhanced Service Search" offers (A1 / R-ES-03); the criteria live in the address.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { searchServices } from '../../../../app/services/queries.ts';
import { INTERVENTION_TYPES } from '../../../../domain/reference.ts';
import {
  SERVICE_FORMATS,
  SERVICE_STATUSES,
  type ServiceFormat,
  type ServiceStatus,
} from '../../../../domain/services.ts';
import { useApi } from '../../api/use-api.ts';
import { Link, navigate, useLocation, useQueryParam } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable, Pager, type Column } from '../../ui/data-table.tsx';
import { Badge, Card, Loaded, PageHeader } from '../../ui/layout.tsx';
import { optionsOf } from './options.ts';
import { statusTone } from './service-status.ts';
import { WORDS } from './services-words.ts';

type ServiceList = Awaited<ReturnType<typeof searchServices>>;
type Row = ServiceList['items'][number];

const PAGE_SIZE = 20;
/** The API answers at most this many services. */
const CAP = 200;
const CRITERIA = ['name', 'serviceType', 'serviceFormat', 'from', 'to', 'participantLastName'] as const;
type Criteria = Record<(typeof CRITERIA)[number], string>;

export function ServicesPage() {
  const w = useWords(WORDS);
  const i18n = useI18n();
  const { can } = useSession();
  const { path, query } = useLocation();
  const [pageParam, setPage] = useQueryParam('page');
  const criteria = Object.fromEntries(CRITERIA.map((k) => [k, query.get(k) ?? ''])) as Criteria;
  const list = useApi<ServiceList>('/api/services', Object.fromEntries(Object.entries(criteria).filter(([, v]) => v)));
  const page = Number(pageParam) || 1;

  const columns: Column<Row>[] = [
    {
      key: 'name',
      header: w('name'),
      primary: true,
      cell: (s) => <Link to={`/services/${s.id}`}>{s.name}</Link>,
    },
    {
      key: 'start',
      header: w('startDate'),
      cell: (s) => `${i18n.date(s.startDate)}${s.startTime ? `, ${i18n.time(s.startTime)}` : ''}`,
    },
    {
      key: 'format',
      header: w('serviceFormat'),
      cell: (s) => i18n.label(SERVICE_FORMATS[s.serviceFormat as ServiceFormat]),
    },
    {
      key: 'status',
      header: w('status'),
      cell: (s) => <Badge tone={statusTone(s.status)}>{i18n.label(SERVICE_STATUSES[s.status as ServiceStatus])}</Badge>,
    },
    {
      key: 'participants',
      header: w('participants'),
      cell: (s) =>
        s.serviceFormat === 'GROUP'
          ? w('seats', { n: i18n.number(s.participants), max: i18n.number(s.maxParticipants) })
          : i18n.number(s.participants),
    },
  ];

  return (
    <>
      <PageHeader
        title={w('title')}
        subtitle={w('subtitle')}
        actions={
          <>
            <Link to="/services/activity-report" className="button-link secondary">
              {w('activityReport')}
            </Link>
            {can('service.manage') && (
              <Link to="/services/new" className="button-link">
                {w('newService')}
              </Link>
            )}
          </>
        }
      />
      <SearchForm key={query.toString()} initial={criteria} onSearch={(c) => navigate(withCriteria(path, c))} />
      <Loaded state={list}>
        {(data) => (
          <Card title={w('results', { n: i18n.number(data.items.length) })}>
            {data.items.length >= CAP && <p className="notice notice-warning">{w('resultsCapped', { n: CAP })}</p>}
            <DataTable
              caption={w('title')}
              columns={columns}
              rows={data.items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
              rowKey={(s) => s.id}
              empty={w('noServices')}
            />
            <Pager page={page} pageSize={PAGE_SIZE} total={data.items.length} onPage={(p) => setPage(String(p))} />
          </Card>
        )}
      </Loaded>
    </>
  );
}

const withCriteria = (path: string, c: Criteria) => {
  const q = new URLSearchParams(Object.entries(c).filter(([, v]) => v.trim())).toString();
  return `${path}${q ? `?${q}` : ''}`;
};

function SearchForm(props: { initial: Criteria; onSearch(c: Criteria): void }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const [c, setC] = useState(props.initial);
  const set = (k: keyof Criteria) => (e: { target: { value: string } }) => setC({ ...c, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSearch(c);
  };
  const empty = Object.fromEntries(CRITERIA.map((k) => [k, ''])) as Criteria;
  return (
    <Card title={w('searchServices')}>
      <form className="form" role="search" aria-label={w('searchServices')} onSubmit={submit}>
        <div className="form-row">
          <Filter label={w('name')}>{(id) => <input value={c.name} onChange={set('name')} id={id} />}</Filter>
          <Filter label={w('serviceType')}>
            {(id) => (
              <select value={c.serviceType} onChange={set('serviceType')} id={id}>
                <option value="">{w('anyValue')}</option>
                {optionsOf(INTERVENTION_TYPES, label).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Filter>
          <Filter label={w('serviceFormat')}>
            {(id) => (
              <select value={c.serviceFormat} onChange={set('serviceFormat')} id={id}>
                <option value="">{w('anyValue')}</option>
                {optionsOf(SERVICE_FORMATS, label).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Filter>
        </div>
        <div className="form-row">
          <Filter label={w('from')}>
            {(id) => <input type="date" value={c.from} onChange={set('from')} id={id} />}
          </Filter>
          <Filter label={w('to')}>{(id) => <input type="date" value={c.to} onChange={set('to')} id={id} />}</Filter>
          <Filter label={w('participantLastName')}>
            {(id) => <input value={c.participantLastName} onChange={set('participantLastName')} id={id} />}
          </Filter>
        </div>
        <div className="form-actions">
          <button type="submit">{w('search')}</button>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setC(empty);
              props.onSearch(empty);
            }}
          >
            {w('clear')}
          </button>
        </div>
      </form>
    </Card>
  );
}

/** A search criterion: its label and its control. */
function Filter(props: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.children(id)}
    </div>
  );
}
