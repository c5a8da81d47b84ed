// The contacts list (/organisation/contacts): search by name, email and user ID, "Active only" ticked by default,
// 10 a page with the primary contact first (R-CON-12..16); the search lives in the address, so a link or "Back" returns
// to the same results. Administrators see profiles and add contacts (R-SEC-16).
import { useState, type FormEvent } from 'react';
import type { listContacts } from '../../../../app/access/queries.ts';
import { useApi } from '../../api/use-api.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useSession, useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable, Pager } from '../../ui/data-table.tsx';
import { Card, Loaded, PageHeader } from '../../ui/layout.tsx';
import { ContactBadges, ContactDetails, ContactProfiles, ContactStatus, type ContactRow } from './contact-summary.tsx';
import { WORDS } from './contact-words.ts';
import { organisationPath } from './organisation-page.tsx';

type ContactList = Awaited<ReturnType<typeof listContacts>>;

const TEXT_FILTERS = ['lastName', 'firstName', 'email', 'userId'] as const;
type TextFilter = (typeof TEXT_FILTERS)[number];

export function ContactsPage() {
  const user = useUser();
  const { can } = useSession();
  const { lang } = useI18n();
  const w = useWords(WORDS);
  const { path, query } = useLocation();
  const filters = Object.fromEntries(TEXT_FILTERS.map((f) => [f, query.get(f) ?? ''])) as Record<TextFilter, string>;
  const activeOnly = query.get('activeOnly') !== 'false';
  const withAccess = query.get('withAccess') === 'true';
  const page = Number(query.get('page') ?? 1) || 1;
  const state = useApi<ContactList>(`${organisationPath(user.organisationId)}/contacts`, {
    ...filters,
    activeOnly: String(activeOnly),
    withAccess: String(withAccess),
    page,
    lang,
  });
  const go = (next: Record<string, string | number | boolean>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(next)) if (v !== '' && v !== undefined) q.set(k, String(v));
    const s = q.toString();
    navigate(`${path}${s ? `?${s}` : ''}`, { replace: true });
  };
  const current = { ...filters, ...(activeOnly ? {} : { activeOnly: 'false' }), ...(withAccess ? { withAccess } : {}) };
  return (
    <>
      <PageHeader
        title={w('listTitle')}
        subtitle={w('listSubtitle', { organisation: user.organisationName })}
        actions={
          <>
            <Link to="/organisation" className="button secondary">
              {w('organisation')}
            </Link>
            {can('contacts.manage') && (
              <Link to="/organisation/contacts/new" className="button">
                {w('add')}
              </Link>
            )}
          </>
        }
      />
      <Search
        key={query.toString()}
        initial={{ ...filters, activeOnly, withAccess }}
        onSearch={(s) => go({ ...s, activeOnly: s.activeOnly ? '' : 'false', withAccess: s.withAccess ? 'true' : '' })}
        onClear={() => go({})}
      />
      <Loaded state={state}>
        {(list) => (
          <>
            <p className="muted" role="status">
              {list.totalCount === 1 ? w('countOne') : w('count', { n: list.totalCount })}
            </p>
            <ContactTable rows={list.items} />
            <Pager
              page={list.page}
              pageSize={list.pageSize}
              total={list.totalCount}
              onPage={(p) => go({ ...current, page: p })}
            />
          </>
        )}
      </Loaded>
    </>
  );
}

interface SearchValues {
  lastName: string;
  firstName: string;
  email: string;
  userId: string;
  activeOnly: boolean;
  withAccess: boolean;
}

function Search(props: { initial: SearchValues; onSearch(s: SearchValues): void; onClear(): void }) {
  const w = useWords(WORDS);
  const [v, setV] = useState(props.initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSearch(v);
  };
  return (
    <Card className="contact-search">
      <form role="search" aria-label={w('search')} onSubmit={submit} className="form">
        <div className="form-row">
          {TEXT_FILTERS.map((f) => (
            <div className="field" key={f}>
              <label htmlFor={`contact-${f}`}>{w(f)}</label>
              <input
                id={`contact-${f}`}
                type={f === 'email' ? 'search' : 'text'}
                value={v[f]}
                onChange={(e) => setV({ ...v, [f]: e.target.value })}
              />
            </div>
          ))}
        </div>
        <div className="form-row">
          {(['activeOnly', 'withAccess'] as const).map((f) => (
            <div className="field field-check" key={f}>
              <input
                id={`contact-${f}`}
                type="checkbox"
                checked={v[f]}
                onChange={(e) => setV({ ...v, [f]: e.target.checked })}
              />
              <label htmlFor={`contact-${f}`}>{w(f)}</label>
            </div>
          ))}
        </div>
        <div className="form-actions">
          <button type="submit">{w('searchButton')}</button>
          <button type="button" className="secondary" onClick={props.onClear}>
            {w('clear')}
          </button>
        </div>
      </form>
    </Card>
  );
}

function ContactTable({ rows }: { rows: ContactRow[] }) {
  const w = useWords(WORDS);
  return (
    <DataTable
      caption={w('listTitle')}
      rowKey={(c) => c.id}
      rows={rows}
      empty={w('none')}
      columns={[
        {
          key: 'name',
          header: w('name'),
          primary: true,
          // One block: on a phone each child of the cell would take a column of the card's grid.
          cell: (c) => (
            <div>
              <Link to={`/organisation/contacts/${c.id}`}>{c.name}</Link> <ContactBadges contact={c} />
              <ContactProfiles contact={c} />
            </div>
          ),
        },
        { key: 'details', header: w('details'), cell: (c) => <ContactDetails contact={c} /> },
        { key: 'status', header: w('status'), cell: (c) => <ContactStatus contact={c} /> },
      ]}
    />
  );
}
