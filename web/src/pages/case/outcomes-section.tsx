// The case workspace's outcomes section (spec 03 R-OUT, R-FU): the follow-up schedule in words, the employment
// outcomes, and the forms that record and correct them.
import { useState } from 'react';
import { useSession } from '../../app/session.tsx';
import { useWords } from '../../i18n/words.ts';
import { Card } from '../../ui/layout.tsx';
import { FollowUpSchedule } from './outcomes/follow-up-schedule.tsx';
import { EditOutcome, NewOutcome, typesOpen } from './outcomes/outcome-form.tsx';
import { OutcomeList } from './outcomes/outcome-list.tsx';
import { outcomesOf, type Outcome } from './outcomes/outcome.ts';
import { outcomeWords } from './outcomes/words.ts';
import type { SectionProps } from './section.ts';

export function OutcomesSection({ c, replace }: SectionProps) {
  const w = useWords(outcomeWords);
  const { can } = useSession();
  const [open, setOpen] = useState<'new' | Outcome | null>(null);
  const outcomes = outcomesOf(c);
  const closed = c.status === 'CLOSED';
  const canChange = can('case.update') && !closed;
  const canRecord = canChange && typesOpen(c, outcomes).length > 0;
  const changed = (answer: Omit<typeof c, 'workflow'>) => {
    setOpen(null);
    replace({ ...c, ...answer });
  };
  return (
    <div className="case-section">
      {c.followUp && <FollowUpSchedule followUp={c.followUp} outcomes={outcomes} />}
      <Card
        title={w('title')}
        actions={
          canRecord &&
          open === null && (
            <button type="button" onClick={() => setOpen('new')}>
              {w('record')}
            </button>
          )
        }
      >
        {closed && <p className="notice">{w('closedCase')}</p>}
        {!closed && !outcomes.length && !['RTWAP_MGMT', 'FOLLOW_UP'].includes(c.status) && (
          <p className="muted">{w('notYetStage')}</p>
        )}
        {open === 'new' && <NewOutcome c={c} outcomes={outcomes} done={changed} cancel={() => setOpen(null)} />}
        {open !== null && open !== 'new' && (
          <EditOutcome key={open.id} c={c} outcome={open} done={changed} cancel={() => setOpen(null)} />
        )}
        <OutcomeList c={c} outcomes={outcomes} canChange={canChange} onEdit={setOpen} changed={changed} />
      </Card>
    </div>
  );
}
