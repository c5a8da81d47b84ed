// The agreement home page /agreements/:agreementId (spec 02 C9, §3.12): its program, manager, status and the date it
// was reached, dates and duration, and where it stands on its path (SM-2); ENS staff decide on it here (C10), the case
// manager follows it.
import type { ReactNode } from 'react';
import { daysBetween } from '../../../../domain/dates.ts';
import {
  AGREEMENT_CLOSURE_REASON_LABELS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  FUNDING_PROGRAM_TEXT,
  type AgreementClosureReason,
  type AgreementStatus,
} from '../../../../domain/funding.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Card, Facts, Loaded, PageHeader } from '../../ui/layout.tsx';
import type { Agreement } from './agreement/agreement.ts';
import { Decisions } from './agreement/decisions.tsx';
import { agreementWords } from './agreement/words.ts';

export function AgreementPage({ params }: { params: Record<string, string> }) {
  const agreement = useApi<Agreement>(`/api/agreements/${params.agreementId}`);
  return <Loaded state={agreement}>{(a) => <AgreementHome a={a} reload={agreement.reload} />}</Loaded>;
}

function AgreementHome(props: { a: Agreement; reload(): void }) {
  const { label, date, dateTime } = useI18n();
  const w = useWords(agreementWords);
  const { can } = useSession();
  const { a } = props;
  const days = daysBetween(a.startDate, a.endDate);
  const status = label(AGREEMENT_STATUS_LABELS[a.status as AgreementStatus]);
  const program = FUNDING_PROGRAM_TEXT[a.programCode];
  const items: [ReactNode, ReactNode][] = [
    [w('program'), program ? `${a.program} – ${label(program.name)}` : a.program],
    [w('manager'), a.agreementManager],
    [w('status'), w('statusSince', { status, date: date(a.statusDate) })],
    ...(a.closedReason
      ? ([[w('closedBecause'), label(AGREEMENT_CLOSURE_REASON_LABELS[a.closedReason as AgreementClosureReason])]] as [
          ReactNode,
          ReactNode,
        ][])
      : []),
    [w('start'), date(a.startDate)],
    [w('end'), date(a.endDate)],
    [w('duration'), w('weeksDays', { weeks: Math.floor(days / 7), days: days % 7 })],
    [w('amendments'), a.numberOfAmendments],
    [w('lastSubmitted'), dateTime(a.lastSubmittedAt)],
    [w('case'), can('case.view') ? <Link to={`/cases/${a.caseId}`}>{a.caseId}</Link> : a.caseId],
  ];
  return (
    <div className="funding-page">
      <PageHeader
        title={w('title', { id: a.agreementId })}
        subtitle={status}
        actions={<Link to={`/funding-packages/${a.packageId}`}>{w('application')}</Link>}
      />
      {a.packageState === 'CHANGES_REQUIRED' && a.changeRequest && (
        <p className="notice notice-warning" role="status">
          {w('changesPending', {
            date: date(a.changeRequest.requestedOn),
            message: a.changeRequest.message,
            due: date(a.changeRequest.dueDate),
          })}
        </p>
      )}
      <Card title={w('detailsTitle')}>
        <Facts items={items} />
        <h3>{w('path')}</h3>
        <ol className="status-path">
          {AGREEMENT_STATUSES.map((s) => (
            <li key={s} aria-current={s === a.status ? 'step' : undefined}>
              {label(AGREEMENT_STATUS_LABELS[s])}
              {s === a.status && <span className="visually-hidden"> {w('current')}</span>}
            </li>
          ))}
        </ol>
      </Card>
      {can('funding.decide') && <Decisions a={a} changed={props.reload} />}
    </div>
  );
}
