// What follows any change to the action plan's interventions: the Close Action Plan task stays due on the plan's end
// date (R-TASK-06) and alerts whose condition no longer holds are cleared (R-INT-10).
import type { DecisionContext } from './action.ts';
import { foldEvents, interventionsEndDate, openTasks, type CaseEvent, type CaseState } from './case-state.ts';
import { staleAlerts } from './case-timers.ts';

export function afterPlanChange(before: CaseState, events: CaseEvent[], ctx: DecisionContext): CaseEvent[] {
  const after = foldEvents(before, events);
  const extra: CaseEvent[] = [];
  const closeTask = openTasks(after).find((t) => t.type === 'CLOSE_ACTION_PLAN');
  const end = interventionsEndDate(after);
  if (closeTask && closeTask.dueDate !== end)
    extra.push({ type: 'TaskDueDateChanged', taskId: closeTask.id, dueDate: end });
  for (const key of staleAlerts(after, ctx.today)) extra.push({ type: 'AlertCleared', key, date: ctx.today });
  return [...events, ...extra];
}
