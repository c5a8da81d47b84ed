// The case's referrals, newest first (R-REF-23): type, organisation, date and status in words; each opens to all its
// fields and the letter that was sent.
import {
  LANGUAGE_LABELS,
  REFERRAL_STATUS_LABELS,
  REFERRAL_TEMPLATE_LABELS,
  TRANSFER_OUTCOME_LABELS,
  type Language,
  type ReferralEmailStatus,
  type ReferralType,
  type TransferOutcome,
} from '../../../../../domain/referrals.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { Badge, Facts } from '../../../ui/layout.tsx';
import type { CaseDetails } from '../section.ts';
import { AttachmentList } from './referral-attachments.tsx';
import { referralWords } from './words.ts';

type Referral = CaseDetails['referrals'][number];

export function ReferralList(props: { caseId: number; referrals: Referral[] }) {
  const { date, dateTime, label } = useI18n();
  const w = useWords(referralWords);
  if (!props.referrals.length) return <p className="empty">{w('empty')}</p>;
  return (
    <ul className="referrals">
      {props.referrals.map((r) => {
        const transfer = r.transferOutcome !== 'NOT_APPLICABLE';
        const failed = r.status === 'EMAIL_FAILED';
        return (
          <li key={r.id}>
            <details>
              <summary>
                <strong>{label(r.typeLabel)}</strong>
                <span>{w('toOrg', { org: r.toOrganisationName })}</span>
                <span className="muted">{w('sentOn', { date: date(r.submittedOn) })}</span>
                <Badge tone={failed ? 'danger' : r.status === 'EMAILED' ? 'success' : 'info'}>
                  {label(REFERRAL_STATUS_LABELS[r.status as ReferralEmailStatus])}
                </Badge>
                {transfer && (
                  <Badge tone={r.transferOutcome === 'PENDING' ? 'warning' : 'neutral'}>
                    {label(TRANSFER_OUTCOME_LABELS[r.transferOutcome as TransferOutcome])}
                  </Badge>
                )}
              </summary>
              <Facts
                items={[
                  [w('contact'), r.contactPerson],
                  [w('emailedTo'), r.emailedTo],
                  [w('emailedAt'), dateTime(r.emailedAt)],
                  [w('language'), label(LANGUAGE_LABELS[r.language as Language])],
                  [w('template'), label(REFERRAL_TEMPLATE_LABELS[r.type as ReferralType]) || r.template],
                ]}
              />
              <h3>{w('subject')}</h3>
              <p>{r.subject}</p>
              <h3>{w('body')}</h3>
              <p className="pre-wrap">{r.body}</p>
              <h3>{w('attachments')}</h3>
              <p className="hint">{w('readOnly')}</p>
              <AttachmentList referral={r} />
              <a href={`/api/cases/${props.caseId}/referrals/${r.id}/letter`} target="_blank" rel="noopener">
                {w('letter')} <span className="visually-hidden">{w('opensNewTab')}</span>
              </a>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
