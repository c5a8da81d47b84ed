// The case's next due item for its header: the open task or the open alert that falls due first (overdue ones come
// first, being the earliest).
import type { CaseDetails } from './section.ts';

export interface DueItem {
  kind: 'task' | 'alert';
  /** The task's type or the alert's kind. */
  code: string;
  dueDate: string;
  overdue: boolean;
}

export function nextDueItem(c: Pick<CaseDetails, 'tasks' | 'alerts'>): DueItem | null {
  const items: DueItem[] = [
    ...c.tasks
      .filter((t) => t.state === 'OPEN' && t.dueDate)
      .map((t) => ({ kind: 'task' as const, code: t.type, dueDate: t.dueDate!, overdue: t.overdue })),
    ...c.alerts.map((a) => ({ kind: 'alert' as const, code: a.kind, dueDate: a.dueDate, overdue: a.overdue })),
  ];
  return items.sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0] ?? null;
}
