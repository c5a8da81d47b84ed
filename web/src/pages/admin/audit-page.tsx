// The organisation's access history (/organisation/audit, SR-06): who changed which contact's access, and when,
// newest first, 50 a page; each action by its label.
import type { auditLog } from '../../../../app/access/queries.ts';
import { AUDIT_ACTION_LABELS, type AuditAction } from '../../../../domain/access-audit.ts';
import { useApi } from '../../api/use-api.ts';
import { Link, useQueryParam } from '../../app/router.tsx';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable, Pager } from '../../ui/data-table.tsx';
import { Loaded, PageHeader } from '../../ui/layout.tsx';
import { profileName } from './contact-labels.ts';
import { WORDS } from './audit-words.ts';
import { organisationPath } from './organisation-page.tsx';

type Audit = Awaited<ReturnType<typeof auditLog>>;
type Entry = Audit['items'][number];

export function AuditPage() {
  const user = useUser();
  const w = useWords(WORDS);
  const { number } = useI18n();
  const [pageParam, setPage] = useQueryParam('page');
  const page = Number(pageParam ?? 1) || 1;
  const state = useApi<Audit>(`${organisationPath(user.organisationId)}/audit`, { page });
  return (
    <>
      <PageHeader
        title={w('title')}
        subtitle={w('subtitle', { organisation: user.organisationName })}
        actions={
          <>
            <Link to="/organisation" className="button secondary">
              {w('organisation')}
            </Link>
            <Link to="/organisation/contacts" className="button secondary">
              {w('contacts')}
            </Link>
          </>
        }
      />
      <Loaded state={state}>
        {(audit) => (
          <>
            <p className="muted" role="status">
              {w('count', { n: number(audit.totalCount) })}
            </p>
            <AuditTable rows={audit.items} />
            <Pager
              page={audit.page}
              pageSize={audit.pageSize}
              total={audit.totalCount}
              onPage={(p) => setPage(p === 1 ? null : String(p))}
            />
          </>
        )}
      </Loaded>
    </>
  );
}

function AuditTable({ rows }: { rows: Entry[] }) {
  const w = useWords(WORDS);
  const { label, dateTime } = useI18n();
  return (
    <DataTable
      caption={w('title')}
      rowKey={(e) => e.id}
      rows={rows}
      empty={w('none')}
      columns={[
        { key: 'when', header: w('when'), primary: true, cell: (e) => dateTime(e.at) },
        {
          key: 'what',
          header: w('what'),
          cell: (e) => label(AUDIT_ACTION_LABELS[e.action as AuditAction]) || String(e.action),
        },
        { key: 'whom', header: w('whom'), cell: (e) => (e.target.name as string | null) ?? '—' },
        { key: 'who', header: w('who'), cell: (e) => (e.actor.id == null ? w('system') : String(e.actor.name)) },
        { key: 'details', header: w('details'), cell: (e) => <Details entry={e} /> },
      ]}
    />
  );
}

/** What changed, where the entry says it in a way a reader can use: the profile given or taken, the new user ID. */
function Details({ entry }: { entry: Entry }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const after = (entry.after ?? entry.before ?? {}) as {
    profile?: string;
    userId?: string;
    profiles?: string[];
    reason?: string;
    supportReason?: string;
  };
  const lines = [
    // A resend ends the invitation it replaces: said so, not as a bare cancellation.
    ...(after.reason === 'RESENT' ? [w('replacedByResend')] : []),
    ...(after.profile ? [w('profile', { name: label(profileName(after.profile)) })] : []),
    ...(after.profiles ?? []).map((p) => w('profile', { name: label(profileName(p)) })),
    ...(after.userId ? [w('userId', { id: after.userId })] : []),
    // R-SEC-18: why Operations Support acted as the organisation.
    ...(after.supportReason ? [w('supportReason', { reason: after.supportReason })] : []),
  ];
  if (!lines.length) return <span className="muted">—</span>;
  return (
    <ul className="plain-list">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
