// Recording an employment outcome: the RTWAP Closure, a 24- or 52-week follow-up, or a random one (R-OUT-01..10,
// R-FU-03..07). A follow-up outcome completes its task; the 52-week one closes the case (R-FU-05, R-CLOSE-02).
import { caseAction } from '../case-action.ts';
import { foldEvents, openTasks, type CaseEvent } from '../case-state.ts';
import { staleAlerts } from '../case-timers.ts';
import { transition } from '../case-transitions.ts';
import { buildOutcome, validateNewOutcome } from '../outcomes.ts';
import { outcomeSchema } from '../schemas/case.ts';

export const recordOutcome = caseAction({
  name: 'recordOutcome',
  route: { method: 'post', path: 'outcomes', summary: 'Record an employment outcome (R-OUT, R-FU)' },
  body: outcomeSchema,
  validate: (s, input, ctx) => validateNewOutcome(s, input, ctx.today),
  decide(s, input, ctx) {
    const outcome = buildOutcome(ctx.newId(), input, ctx.today);
    const events: CaseEvent[] = [{ type: 'OutcomeRecorded', outcome }];
    const followUpTask = openTasks(s).find(
      (t) => t.type === (input.type === 'WEEK_24' ? 'WEEK_24_OUTCOME' : 'WEEK_52_OUTCOME'),
    );
    if (followUpTask && (input.type === 'WEEK_24' || input.type === 'WEEK_52')) {
      events.push({ type: 'TaskCompleted', taskId: followUpTask.id, outcome: input.employmentStatus, date: ctx.today });
    }
    const after = foldEvents(s, events);
    for (const key of staleAlerts(after, ctx.today)) events.push({ type: 'AlertCleared', key, date: ctx.today });
    // R-FU-05 / R-CLOSE-02: the 52-week outcome closes the case in the same step.
    if (input.type === 'WEEK_52')
      events.push(...transition(foldEvents(s, events), 'CLOSED', 'FOLLOW_UP_COMPLETE', ctx));
    return events;
  },
});
