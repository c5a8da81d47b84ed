// What the next step of a case needs before it can be done, computed from the case as the page has it: the same
// conditions the stage task's rules check when it is completed (R-CASE-27, R-CASE-28, R-CASE-29, R-PM-09), shown
// beforehand as a checklist. The server stays the judge: a condition met here can still be refused there.
import { TASK_OUTCOMES, type Label, type TaskType } from '../../../../domain/case-model.ts';
import type { CaseDetails } from './section.ts';

export type Check =
  | { id: 'needs'; done: boolean }
  | { id: 'module'; done: boolean; module: Label }
  | { id: 'intervention'; done: boolean }
  | { id: 'interventionsClosed'; done: boolean; open: number }
  | { id: 'closureOutcome'; done: boolean };

export interface Prerequisites {
  /** The outcomes the checks hold back; the others (closing the case, say) need none of them. */
  gated: string[];
  checks: Check[];
}

type Task = CaseDetails['tasks'][number];

/** The open task that moves the case to its next stage, if there is one. */
export const openStageTask = (c: CaseDetails): Task | undefined =>
  c.tasks.find((t) => t.state === 'OPEN' && t.type in TASK_OUTCOMES);

export function prerequisites(c: CaseDetails, type: string): Prerequisites {
  switch (type as TaskType) {
    case 'COMPLETE_ASSESSMENT':
      return {
        gated: ['ASSESSMENT_COMPLETE'],
        checks: [
          { id: 'needs', done: c.needsDeterminations.some((n) => n.completed) },
          ...c.additionalInfo
            .filter((m) => m.required)
            .map((m) => ({ id: 'module' as const, done: m.status === 'COMPLETED', module: m.label })),
        ],
      };
    case 'DEVELOP_ACTION_PLAN':
      return {
        gated: ['DEVELOPED_AND_SIGNED'],
        checks: [{ id: 'intervention', done: c.actionPlan.interventions.length > 0 }],
      };
    case 'CLOSE_ACTION_PLAN': {
      const open = c.actionPlan.interventions.filter((i) => i.status === 'PLANNED' || i.status === 'IN_PROGRESS');
      return {
        gated: Object.keys(TASK_OUTCOMES.CLOSE_ACTION_PLAN ?? {}),
        checks: [
          { id: 'interventionsClosed', done: open.length === 0, open: open.length },
          { id: 'closureOutcome', done: c.outcomes.some((o) => o.type === 'RTWAP_CLOSURE') },
        ],
      };
    }
    default:
      return { gated: [], checks: [] };
  }
}
