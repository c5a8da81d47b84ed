// How a case moves between stages and what comes with each move: the status row, the stage task, the follow-up
// schedule, and on closure the clean-up (R-CASE-07, R-CASE-26, R-CLOSE-05, R-FU-10, R-TMR-01).
import type { DecisionContext } from './action.ts';
import { STAGE_TASK, type CaseStatus, type StatusReason } from './case-model.ts';
import {
  emptyCaseState,
  foldEvents,
  interventionsEndDate,
  openTasks,
  type CaseEvent,
  type CaseState,
} from './case-state.ts';
import { addDays, maxDate } from './dates.ts';
import { followUpSchedule } from './followup.ts';

/** Moves the case to `to`: status row, stage tasks, follow-up schedule, and on closure the clean-up (R-CASE-26,
 * R-CLOSE-05). */
export function transition(s: CaseState, to: CaseStatus, reason: StatusReason, ctx: DecisionContext): CaseEvent[] {
  const events: CaseEvent[] = [{ type: 'StatusChanged', from: s.status, to, date: ctx.today, reason }];
  if (to === 'CLOSED') {
    for (const t of openTasks(s)) events.push({ type: 'TaskCancelled', taskId: t.id, date: ctx.today });
    for (const a of s.alerts) events.push({ type: 'AlertCleared', key: a.key, date: ctx.today });
    return events;
  }
  const stage = STAGE_TASK[to];
  if (stage) {
    const dueDate = stage.dueInDays === null ? interventionsEndDate(s) : addDays(ctx.today, stage.dueInDays);
    events.push({ type: 'TaskOpened', task: { id: ctx.newId(), type: stage.type, openedOn: ctx.today, dueDate } });
  }
  if (to === 'FOLLOW_UP') {
    // R-FU-10: A is the day the plan closes; L the latest end among the plan's interventions, both frozen now.
    const ends = s.interventions.map((i) => i.actualEndDate ?? i.plannedEndDate);
    const anchors = { planEndDate: ctx.today, lastInterventionEnd: ends.length ? maxDate(...ends) : ctx.today };
    const schedule = followUpSchedule(anchors);
    events.push({ type: 'FollowUpScheduled', anchors });
    // R-TMR-01: both follow-up tasks exist from the start of Follow-up, due on their alert dates.
    events.push({
      type: 'TaskOpened',
      task: { id: ctx.newId(), type: 'WEEK_24_OUTCOME', openedOn: ctx.today, dueDate: schedule.alertAt24 },
    });
    events.push({
      type: 'TaskOpened',
      task: { id: ctx.newId(), type: 'WEEK_52_OUTCOME', openedOn: ctx.today, dueDate: schedule.alertAt52 },
    });
  }
  return events;
}

/** R-CASE-07: a new case starts in Intake with its first status row and the Complete Intake task. */
export function openCaseEvents(
  caseId: number,
  caseManagerId: number,
  ctx: DecisionContext,
): { state: CaseState; events: CaseEvent[] } {
  const blank = emptyCaseState(caseId, caseManagerId);
  const events: CaseEvent[] = [
    { type: 'StatusChanged', from: null, to: 'INTAKE', date: ctx.today, reason: 'NEW_CASE_CREATED' },
    {
      type: 'TaskOpened',
      task: { id: ctx.newId(), type: 'COMPLETE_INTAKE', openedOn: ctx.today, dueDate: addDays(ctx.today, 7) },
    },
  ];
  return { state: foldEvents(blank, events), events };
}

/** A note added to the case by the acting user (R-NOTE-01); `context` says where it was written. */
export const noteAdded = (
  ctx: DecisionContext,
  text: string,
  context: string | null,
  referralId?: string,
): CaseEvent => ({
  type: 'NoteAdded',
  noteId: ctx.newId(),
  text,
  context,
  authorId: ctx.actorId ?? null,
  date: ctx.today,
  // R-REF-21: only a note written on a draft referral carries it, so other notes' events stay as they were.
  ...(referralId ? { referralId } : {}),
});
