// A list of dated work on the home page (tasks, alerts): the overdue first, each item linked to where it is done and
// its case number to the case (R-TASK-04), with who created it (R-TASK-05); long lists show their first items and the
// rest on demand.
import { useState, type ReactNode } from 'react';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Badge, Empty } from '../../ui/layout.tsx';

const SHOWN = 8;

const WORDS = defineWords({
  en: {
    overdue: 'Overdue',
    due: 'Due {date}',
    caseLink: 'Case {id}',
    createdBy: 'created by {name}',
    pathway: 'Pathway',
    showAll: 'Show all {n}',
    showFewer: 'Show fewer',
  },
  fr: {
    overdue: 'En retard',
    due: 'Échéance : {date}',
    caseLink: 'Cas {id}',
    createdBy: 'créé par {name}',
    pathway: 'Pathway',
    showAll: 'Afficher les {n}',
    showFewer: 'Afficher moins',
  },
});

export interface WorkItem {
  key: string;
  what: ReactNode;
  /** Where the work is done; the case by default. */
  href?: string;
  /** Badges before the due date (a notification's type and priority). */
  tags?: ReactNode;
  /** R-TASK-05: who created it; null: Pathway by itself; undefined: not told (alerts). */
  createdBy?: string | null;
  /** Null for a reminder about no case. */
  caseId: number | null;
  client: string | null;
  dueDate: string;
  overdue: boolean;
}

export function WorkList(props: { items: WorkItem[]; empty: string; label: string }) {
  const w = useWords(WORDS);
  const { date } = useI18n();
  const [all, setAll] = useState(false);
  if (!props.items.length) return <Empty>{props.empty}</Empty>;
  // Overdue first, then by due date (the API's order within each).
  const items = [...props.items.filter((i) => i.overdue), ...props.items.filter((i) => !i.overdue)];
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <>
      <ul className="work-list" aria-label={props.label}>
        {shown.map((i) => (
          <li key={i.key} className={i.overdue ? 'overdue' : undefined}>
            <Link to={i.href ?? `/cases/${i.caseId}`}>{i.what}</Link>
            <span className="muted">
              {i.caseId !== null && (
                <>
                  <Link to={`/cases/${i.caseId}`}>{w('caseLink', { id: i.caseId })}</Link> · {i.client}
                </>
              )}
              {i.createdBy !== undefined &&
                `${i.caseId !== null ? ' · ' : ''}${w('createdBy', { name: i.createdBy ?? w('pathway') })}`}
            </span>
            <span className="when">
              {i.tags} {i.overdue && <Badge tone="danger">{w('overdue')}</Badge>} {w('due', { date: date(i.dueDate) })}
            </span>
          </li>
        ))}
      </ul>
      {items.length > SHOWN && (
        <button type="button" className="link" onClick={() => setAll(!all)}>
          {all ? w('showFewer') : w('showAll', { n: items.length })}
        </button>
      )}
    </>
  );
}
