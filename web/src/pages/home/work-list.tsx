// A list of dated work on the home page (tasks, alerts): the overdue first, each item linked to the case where it is
// done; long lists show their first items and the rest on demand.
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
    caseOf: 'Case {id} · {client}',
    showAll: 'Show all {n}',
    showFewer: 'Show fewer',
  },
  fr: {
    overdue: 'En retard',
    due: 'Échéance : {date}',
    caseOf: 'Cas {id} · {client}',
    showAll: 'Afficher les {n}',
    showFewer: 'Afficher moins',
  },
});

export interface WorkItem {
  key: string;
  what: ReactNode;
  caseId: number;
  client: string;
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
            <Link to={`/cases/${i.caseId}`}>{i.what}</Link>
            <span className="muted">{w('caseOf', { id: i.caseId, client: i.client })}</span>
            <span className="when">
              {i.overdue && <Badge tone="danger">{w('overdue')}</Badge>} {w('due', { date: date(i.dueDate) })}
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
