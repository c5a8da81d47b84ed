// Completing the open stage task moves the case to its next stage (R-CASE-20, R-CASE-21); "Client case received"
// (R-REF-19) and "Request documentation" (R-PM-08) are acknowledged. Assessment needs a needs determination and the
// organisation's required modules (R-CASE-27, R-CASE-28); a plan is signed with at least one intervention
// (R-CASE-29); the plan closes only with every intervention closed and the RTWAP Closure outcome recorded (R-PM-09).
import { serverFacts } from '../action.ts';
import { caseAction } from '../case-action.ts';
import { TASK_LABELS, TASK_OUTCOMES, type TaskType } from '../case-model.ts';
import {
  foldEvents,
  latestCompletedNeeds,
  openStageTask,
  openTasks,
  outcomeOfType,
  type CaseEvent,
  type CaseState,
} from '../case-state.ts';
import { transition } from '../case-transitions.ts';
import { closedCaseViolation } from '../closed-case.ts';
import { incompleteRequiredModules, INFO_MODULES, type InfoModule } from '../additional-info.ts';
import { violation, type Violation } from '../refusals.ts';
import { completeTaskSchema } from '../schemas/case.ts';

/**
 * The side tasks closed by acknowledging them, with the rule behind each: "Client case received" that a transfer
 * gives the new case manager (R-REF-19), "Request documentation" once a newly signed plan is kept (R-PM-08).
 */
const ACKNOWLEDGED_TASKS: Partial<Record<TaskType, string>> = {
  CASE_RECEIVED: 'R-REF-19',
  REQUEST_DOCUMENTATION: 'R-PM-08',
};

/** The open task closed by acknowledging it, if `taskId` is one. */
const acknowledgedTask = (s: CaseState, taskId: string) =>
  openTasks(s).find((t) => t.id === taskId && ACKNOWLEDGED_TASKS[t.type]);

export const completeTask = caseAction({
  name: 'completeTask',
  route: {
    method: 'post',
    path: 'tasks/:taskId/complete',
    summary: 'Complete the stage task with an outcome (R-CASE-20)',
  },
  body: completeTaskSchema,
  params: ['taskId'],
  /** The organisation's required Additional Case Information modules as configured now (R-CASE-28). */
  facts: serverFacts<{ requiredModules?: readonly string[] }>(),
  validate(s, input) {
    const { taskId } = input;
    const closed = closedCaseViolation(s);
    if (closed.length) return closed;
    const acknowledged = acknowledgedTask(s, taskId);
    if (acknowledged) {
      return input.outcome === 'ACKNOWLEDGED'
        ? []
        : [
            violation(
              ACKNOWLEDGED_TASKS[acknowledged.type]!,
              'ERR_TASK_OUTCOME',
              {
                en: `${TASK_LABELS[acknowledged.type].en} accepts one outcome: ACKNOWLEDGED.`,
                fr:
                  `« ${TASK_LABELS[acknowledged.type].fr} » n'accepte qu'un ` +
                  `résultat : l'accusé de réception (ACKNOWLEDGED).`,
              },
              { field: 'outcome' },
            ),
          ];
    }
    const task = openStageTask(s);
    if (!task || task.id !== taskId) {
      return [
        violation('R-CASE-21', 'ERR_TASK_NOT_OPEN', {
          en:
            `Task ${taskId} is not the open stage task of this ` +
            `case${task ? ` (that is ${task.id}, ${TASK_LABELS[task.type].en})` : ''}.`,
          fr:
            `La tâche ${taskId} n'est pas la tâche d'étape ouverte de ce ` +
            `cas${task ? ` (c'est ${task.id}, « ${TASK_LABELS[task.type].fr} »)` : ''}.`,
        }),
      ];
    }
    const allowed = TASK_OUTCOMES[task.type] ?? {};
    if (!allowed[input.outcome]) {
      return [
        violation(
          'R-CASE-20',
          'ERR_TASK_OUTCOME',
          {
            en: `${TASK_LABELS[task.type].en} accepts one of these outcomes: ${Object.keys(allowed).join(', ')}.`,
            fr:
              `« ${TASK_LABELS[task.type].fr} » accepte l'un de ces résultats : ` +
              `${Object.values(allowed)
                .map((o) => o.label.fr)
                .join(', ')}.`,
          },
          { field: 'outcome' },
        ),
      ];
    }
    const v: Violation[] = [];
    if (input.outcome === 'ASSESSMENT_COMPLETE' && !latestCompletedNeeds(s)) {
      v.push(
        violation('R-CASE-27', 'ERR_NEEDS_REQUIRED', {
          en: 'Complete a needs determination before completing the assessment.',
          fr: "Remplissez une détermination des besoins avant de terminer l'évaluation.",
        }),
      );
    }
    const incomplete =
      input.outcome === 'ASSESSMENT_COMPLETE' ? incompleteRequiredModules(s, input.requiredModules ?? []) : [];
    if (incomplete.length) {
      const names = (lang: 'en' | 'fr') => incomplete.map((m) => INFO_MODULES[m as InfoModule]?.[lang] ?? m).join(', ');
      v.push(
        violation('R-CASE-28', 'ERR_REQUIRED_MODULES', {
          en: `Complete the required Additional Case Information modules first: ${names('en')}.`,
          fr:
            `Remplissez d'abord les modules obligatoires des ` +
            `Renseignements supplémentaires sur le cas : ${names('fr')}.`,
        }),
      );
    }
    if (input.outcome === 'DEVELOPED_AND_SIGNED' && s.interventions.length === 0) {
      v.push(
        violation('R-CASE-29', 'ERR_PLAN_EMPTY', {
          en: 'Add at least one intervention to the action plan before it is signed.',
          fr: "Ajoutez au moins une intervention au plan d'action avant qu'il soit signé.",
        }),
      );
    }
    if (task.type === 'CLOSE_ACTION_PLAN') {
      const open = s.interventions.filter((i) => i.status === 'PLANNED' || i.status === 'IN_PROGRESS');
      if (open.length) {
        v.push(
          violation('R-PM-09', 'ERR_OPEN_INTERVENTIONS', {
            en: `Close every intervention first: ${open.length} still Planned or In Progress.`,
            fr:
              `Fermez d'abord toutes les interventions : ` +
              (open.length === 1
                ? '1 est encore prévue ou en cours.'
                : `${open.length} sont encore prévues ou en cours.`),
          }),
        );
      }
      if (!outcomeOfType(s, 'RTWAP_CLOSURE')) {
        v.push(
          violation('R-PM-09', 'ERR_CLOSURE_OUTCOME_REQUIRED', {
            en: 'Record the RTWAP Closure employment outcome before closing the action plan.',
            fr: "Enregistrez le résultat d'emploi Fermeture du PARAT avant de fermer le plan d'action.",
          }),
        );
      }
    }
    return v;
  },
  decide(s, input, ctx) {
    const completed: CaseEvent = {
      type: 'TaskCompleted',
      taskId: input.taskId,
      outcome: input.outcome,
      date: ctx.today,
    };
    if (acknowledgedTask(s, input.taskId)) return [completed];
    const rule = TASK_OUTCOMES[openStageTask(s)!.type]![input.outcome];
    return [completed, ...transition(foldEvents(s, [completed]), rule.to, rule.reason, ctx)];
  },
});
