// R-TMR-03: while a case is in Follow-up, when each follow-up outcome can be recorded, when it is due, and whether it
// is recorded, in words.
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { Card } from '../../../ui/layout.tsx';
import type { CaseDetails } from '../section.ts';
import type { Outcome } from './outcome.ts';
import { outcomeWords } from './words.ts';

export function FollowUpSchedule(props: { followUp: NonNullable<CaseDetails['followUp']>; outcomes: Outcome[] }) {
  const { date } = useI18n();
  const w = useWords(outcomeWords);
  const f = props.followUp;
  const recorded = (type: Outcome['type']) => props.outcomes.find((o) => o.type === type);
  const row = (title: string, type: Outcome['type'], earliest: string, due: string) => {
    const done = recorded(type);
    return (
      <div className="schedule-row">
        <h3>{title}</h3>
        <p>
          {done
            ? w('recorded', { date: date(done.actualOutcomeDate) })
            : `${w('notRecorded')} ${w('window', { earliest: date(earliest), due: date(due) })}`}
        </p>
      </div>
    );
  };
  return (
    <Card title={w('scheduleTitle')}>
      <p>{w('planEnded', { date: date(f.planEndDate), last: date(f.lastInterventionEnd) })}</p>
      <div className="schedule">
        {row(w('week24'), 'WEEK_24', f.earliest24, f.alertAt24)}
        {row(w('week52'), 'WEEK_52', f.earliest52, f.alertAt52)}
      </div>
      <p className="muted">{w('closesCase')}</p>
    </Card>
  );
}
