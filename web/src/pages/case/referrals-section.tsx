// The case workspace's referrals section (seed 000, R-REF): the case's referrals and their status, a case transfer
// waiting for the receiving organisation, and the referral being written: a draft kept by the server, so notes and
// documents can be attached to it before it is sent (R-REF-21).
import { useState } from 'react';
import { api, ApiError } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useWords } from '../../i18n/words.ts';
import { Card } from '../../ui/layout.tsx';
import { useToast } from '../../ui/toast.tsx';
import type { Draft } from './referrals/referral-attachments.tsx';
import { ReferralForm } from './referrals/referral-form.tsx';
import { ReferralList } from './referrals/referral-list.tsx';
import { referralWords } from './referrals/words.ts';
import type { SectionProps } from './section.ts';

export function ReferralsSection({ c, replace }: SectionProps) {
  const w = useWords(referralWords);
  const { can, user } = useSession();
  const toast = useToast();
  // The user's own draft, if they left one unsent, is taken up again.
  const [draft, setDraft] = useState<Draft | null>(
    () => c.referralDrafts.find((d) => d.createdBy === user?.id) ?? null,
  );
  const closed = c.status === 'CLOSED';
  const canSend = can('case.update') && !closed;
  const pending = c.referrals.filter((r) => r.type === 'CASE_TRANSFER' && r.transferOutcome === 'PENDING');

  async function start() {
    try {
      setDraft(await api.post<Draft>(`/api/cases/${c.id}/referral-drafts`));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      toast(e.body.message, 'error');
    }
  }

  return (
    <div className="case-section">
      <Card
        title={w('title')}
        actions={
          canSend &&
          !draft && (
            <button type="button" onClick={() => void start()}>
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
        {draft && canSend && (
          <ReferralForm
            c={c}
            draft={draft}
            draftChanged={setDraft}
            caseChanged={(answer) => replace({ ...c, ...answer })}
            done={(answer) => {
              setDraft(null);
              replace({ ...c, ...answer });
            }}
            cancelled={() => setDraft(null)}
          />
        )}
        <ReferralList caseId={c.id} referrals={c.referrals} />
      </Card>
    </div>
  );
}
