// Where the dashboard's numbers lead: the organisation's caseload filtered to the cases behind a count, and a case's
// own page; as plain text for those who may not open them.
import type { ReactNode } from 'react';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';

export function caseloadAddress(filter: { status?: string; caseManagerId?: number }): string {
  const q = new URLSearchParams({ scope: 'organisation' });
  if (filter.status) q.set('status', filter.status);
  if (filter.caseManagerId !== undefined) q.set('manager', String(filter.caseManagerId));
  return `/cases?${q.toString()}`;
}

/** A count of the organisation's cases, linked to them; `label` says what it counts for a screen reader. */
export function CaseCount(props: { count: number; to: string; label: string; children: ReactNode }) {
  const { can } = useSession();
  if (!can('case.view') || props.count === 0) return <>{props.children}</>;
  return (
    <Link to={props.to}>
      {props.children}
      <span className="visually-hidden"> {props.label}</span>
    </Link>
  );
}

export function CaseLink(props: { caseId: number }) {
  const { can } = useSession();
  return can('case.view') ? <Link to={`/cases/${props.caseId}`}>{props.caseId}</Link> : <>{props.caseId}</>;
}
