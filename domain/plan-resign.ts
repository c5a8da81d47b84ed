// R-PLAN-08, R-PM-08: ENS requires a newly signed copy of the plan when a funded intervention is added once it was
// Developed and Signed (seed 001: « une nouvelle copie du PARAT soit signée et conservée »). The case manager gets a
// "Request documentation" task; one open task covers every funded intervention added until the copy is kept.
import type { DecisionContext } from './action.ts';
import { openTasks, type CaseEvent, type CaseState, type Intervention } from './case-state.ts';
import { addDays } from './dates.ts';

/** The patched() name of the workflow change that opens the task. */
export const RESIGN_CHANGE = 'request-documentation-task';

/** Days the case manager has to have the plan signed again (a product choice: the seeds give no delay). */
export const RESIGN_DUE_IN_DAYS = 7;

/** Whether adding this intervention now calls for a newly signed plan. */
export const needsNewSignature = (s: CaseState, i: Pick<Intervention, 'fundingRequested'>) =>
  s.status === 'RTWAP_MGMT' && i.fundingRequested;

export function resignRequest(s: CaseState, added: Intervention, ctx: DecisionContext): CaseEvent[] {
  if (!needsNewSignature(s, added)) return [];
  if (openTasks(s).some((t) => t.type === 'REQUEST_DOCUMENTATION')) return [];
  if (ctx.patched && !ctx.patched(RESIGN_CHANGE)) return [];
  const task = {
    id: ctx.newId(),
    type: 'REQUEST_DOCUMENTATION' as const,
    openedOn: ctx.today,
    dueDate: addDays(ctx.today, RESIGN_DUE_IN_DAYS),
  };
  return [{ type: 'TaskOpened', task }];
}
