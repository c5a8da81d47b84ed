// The case workspace's referrals section (seed 000, R-REF): the case's referrals and their status, a case transfer
// waiting for the receiving organisation, and the form that sends a referral or a transfer.
import { useState } from 'react';
import { useSession } from '../../app/session.tsx';
import { useWords } from '../../i18n/words.ts';
import { Card } from '../../ui/layout.tsx';
import { ReferralForm } from './referrals/referral-form.tsx';
import { ReferralList } from './referrals/referral-list.tsx';
import { referralWords } from './referrals/words.ts';
import type { SectionProps } from './section.ts';

export function ReferralsSection({ c, replace }: SectionProps) {
  const w = useWords(referralWords);
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const closed = c.status === 'CLOSED';
  const canSend = can('case.update') && !closed;
  const pending = c.referrals.filter((r) => r.type === 'CASE_TRANSFER' && r.transferOutcome === 'PENDING');
  return (
    <div className="case-section">
      <Card
        title={w('title')}
        actions={
          canSend &&
          !adding && (
            <button type="button" onClick={() => setAdding(true)}>
              {w('add')}
            </button>
          )
        }
      >
        {closed && <p className="notice">{w('closedCase')}</p>}
        {pending.map((r) => (
          <p key={r.id} className="notice notice-warning" role="status">
            {w('pending', { org: r.toOrganisationName })}
          </p>
        ))}
        {adding && (
          <ReferralForm
            c={c}
            done={(answer) => {
              setAdding(false);
              replace({ ...c, ...answer });
            }}
            cancel={() => setAdding(false)}
          />
        )}
        <ReferralList caseId={c.id} referrals={c.referrals} />
      </Card>
    </div>
  );
}
