// R-TMR-06 / R-FU-10: an administrator corrects the dates the follow-up schedule counts from. The follow-up tasks'
// due dates and the timers move with them; an alert already raised for another date is withdrawn, and raised
// again at once if its new date has passed.
import { caseAction } from '../case-action.ts';
import type { CaseEvent } from '../case-state.ts';
import { closedCaseViolation } from '../closed-case.ts';
import { formatLongDate, type IsoDate } from '../dates.ts';
import { followUpSchedule } from '../followup.ts';
import { violation, type Violation } from '../refusals.ts';
import { openTasks } from '../case-state.ts';
import { anchorCorrectionSchema } from '../schemas/case.ts';

/** The anchors as the French message names them. */
const ANCHORS_FR = {
  planEndDate: "La date de fin du plan d'action",
  lastInterventionEnd: 'La date de fin de la dernière intervention',
};

export const correctFollowUpAnchors = caseAction({
  name: 'correctFollowUpAnchors',
  route: {
    method: 'post',
    path: 'follow-up-anchors',
    summary: 'Correct the follow-up anchors; timers are recomputed (administrators, R-TMR-06)',
    permission: 'org.admin',
  },
  body: anchorCorrectionSchema,
  validate(s, input, ctx) {
    const closed = closedCaseViolation(s);
    if (closed.length) return closed;
    const v: Violation[] = [];
    if (s.status !== 'FOLLOW_UP' || !s.followUp) {
      v.push(
        violation('R-TMR-06', 'ERR_STAGE', {
          en: 'The follow-up dates can be corrected only while the case is in Follow-up.',
          fr: "Les dates du suivi ne peuvent être corrigées que pendant que le cas est à l'état Suivi.",
        }),
      );
    }
    for (const field of ['planEndDate', 'lastInterventionEnd'] as const) {
      if (input[field] > ctx.today)
        v.push(
          violation(
            'R-TMR-06',
            'ERR_FUTURE_DATE',
            {
              en: `${field} cannot be after today (${ctx.today}).`,
              fr:
                `${ANCHORS_FR[field]} ne peut pas être postérieure ` +
                `à aujourd'hui (${formatLongDate(ctx.today, 'fr')}).`,
            },
            { field },
          ),
        );
    }
    return v;
  },
  decide(s, input, ctx) {
    const anchors = { planEndDate: input.planEndDate, lastInterventionEnd: input.lastInterventionEnd };
    const schedule = followUpSchedule(anchors);
    const due: Partial<Record<string, IsoDate>> = {
      WEEK_24_OUTCOME: schedule.alertAt24,
      WEEK_52_OUTCOME: schedule.alertAt52,
      WEEK_24_DUE: schedule.alertAt24,
      WEEK_52_DUE: schedule.alertAt52,
    };
    const events: CaseEvent[] = [{ type: 'FollowUpScheduled', anchors }];
    for (const t of openTasks(s))
      if (due[t.type] && due[t.type] !== t.dueDate)
        events.push({ type: 'TaskDueDateChanged', taskId: t.id, dueDate: due[t.type]! });
    for (const a of s.alerts)
      if (due[a.kind] && due[a.kind] !== a.dueDate) events.push({ type: 'AlertCleared', key: a.key, date: ctx.today });
    return events;
  },
});
