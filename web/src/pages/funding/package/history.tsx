// The package's history (funding_event): each change, when, by whom, and what it was, in words.
import {
  AGREEMENT_CLOSURE_REASON_LABELS,
  AGREEMENT_STATUS_LABELS,
  CHECKLIST_ITEM_LABELS,
  FUNDING_EVENT_LABELS,
  type FundingEvent,
} from '../../../../../domain/funding.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { Card } from '../../../ui/layout.tsx';
import type { PackageView } from './package.ts';
import { packageWords } from './words.ts';

export function History(props: { history: PackageView['history'] }) {
  const { dateTime, date, label } = useI18n();
  const w = useWords(packageWords);
  const row = (code: string) => (CHECKLIST_ITEM_LABELS[code] ? label(CHECKLIST_ITEM_LABELS[code]) : code);
  const detail = (e: FundingEvent): string => {
    switch (e.type) {
      case 'ChecklistItemSaved':
        return e.paper
          ? w('detail.paper', { row: row(e.code) })
          : e.documentIds.length > 1
            ? w('detail.attached', { row: row(e.code), n: e.documentIds.length })
            : e.documentIds.length
              ? w('detail.attachedOne', { row: row(e.code) })
              : w('detail.cleared', { row: row(e.code) });
      case 'SubmissionStarted':
      case 'SubmissionCompleted':
        return w('detail.submission', { n: e.submissionNo });
      case 'AgreementCreated':
        return `${e.agreement.agreementId}`;
      case 'AgreementStatusChanged':
        return [label(AGREEMENT_STATUS_LABELS[e.status]), e.reason && label(AGREEMENT_CLOSURE_REASON_LABELS[e.reason])]
          .filter(Boolean)
          .join(' – ');
      case 'ChangesRequested':
        return `“${e.message}”, ${w('detail.due', { date: date(e.dueDate) })}`;
      default:
        return '';
    }
  };
  // Reminders and cleared notifications are the case's notifications; the history shows what people and ENS did.
  const shown = props.history.filter((h) => h.type !== 'NotificationCleared' && h.type !== 'StatementRendered');
  return (
    <Card title={w('historyTitle')}>
      <ol className="history">
        {shown.map((h, i) => {
          const e = h.detail as unknown as FundingEvent;
          const said = detail({ ...e, type: h.type } as FundingEvent);
          return (
            <li key={i}>
              <time dateTime={String(h.at)}>{dateTime(String(h.at))}</time>
              <span>
                <strong>{label(FUNDING_EVENT_LABELS[h.type as FundingEvent['type']]) || h.type}</strong>
                {said && ` · ${said}`}
              </span>
              <span className="muted">{w('by', { name: h.actorName ?? w('system') })}</span>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
