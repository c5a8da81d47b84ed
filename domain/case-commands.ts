// What each user action on a case decides: validate* lists the violated rules (pure, used by the workflow's
// Update validators and by the API), decide* turns an accepted action into events.
import {
  MANUAL_CLOSURE_REASONS,
  REASON_LABELS,
  STAGE_TASK,
  STATUS_LABELS,
  TASK_LABELS,
  TASK_OUTCOMES,
  type CaseStatus,
  type StatusReason,
} from './case-model.ts';
import {
  ALERT_HOUR,
  emptyCaseState,
  foldEvents,
  interventionsEndDate,
  latestCompletedNeeds,
  openStageTask,
  openTasks,
  outcomeOfType,
  alertKey,
  pendingTimers,
  staleAlerts,
  type CaseEvent,
  type CaseState,
} from './case-state.ts';
import { addDays, businessInstant, maxDate, type IsoDate } from './dates.ts';
import { followUpSchedule } from './followup.ts';
import {
  changedIntervention,
  closedCaseViolation,
  newIntervention,
  validateInterventionChange,
  validateInterventionRemoval,
  validateNewIntervention,
} from './interventions.ts';
import {
  incompleteRequiredModules,
  INFO_MODULES,
  moduleStatus,
  validateSaveModule,
  type InfoModule,
  type SaveModuleInput,
} from './additional-info.ts';
import { validateEducationExperience } from './education.ts';
import { targetNeedsVersion, validateNeedsDetermination } from './needs.ts';
import { buildOutcome, validateNewOutcome, validateOutcomeChange, validateOutcomeDeletion } from './outcomes.ts';
import type {
  AnchorCorrectionInput,
  CloseCaseInput,
  CompleteTaskInput,
  EducationExperienceInput,
  InterventionChangeInput,
  InterventionInput,
  NeedsDeterminationInputRaw,
  NoteInput,
  OutcomeChangeInput,
  OutcomeInput,
} from './schemas.ts';
import {
  newReferral,
  pendingTransfers,
  transferReminderDate,
  validateCompleteTransfer,
  validateReferral,
  type ReceivingOrganisation,
  type ReferralInput,
  type TransferInput,
} from './referrals.ts';
import { assertNoViolations, violation, type Violation } from './refusals.ts';

/** What a decision needs from its surroundings: the business date and a source of fresh ids. */
export interface DecisionContext {
  today: IsoDate;
  newId: () => string;
  /** The acting user, where a rule depends on who acts (a note's author). */
  actorId?: number;
}

/** Moves the case to `to`: status row, stage tasks, follow-up schedule, and on closure the clean-up (R-CASE-26,
 * R-CLOSE-05). */
function transition(s: CaseState, to: CaseStatus, reason: StatusReason, ctx: DecisionContext): CaseEvent[] {
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

/** Completing a stage task; `requiredModules` are the organisation's required information modules (R-CASE-28). */
/** The open "Client case received" task a transfer gave the new case manager, if `taskId` is it (R-REF-19). */
const receivedTask = (s: CaseState, taskId: string) =>
  openTasks(s).find((t) => t.id === taskId && t.type === 'CASE_RECEIVED');

export function validateCompleteTask(
  s: CaseState,
  taskId: string,
  input: CompleteTaskInput & { requiredModules?: readonly string[] },
): Violation[] {
  const closed = closedCaseViolation(s);
  if (closed.length) return closed;
  if (receivedTask(s, taskId)) {
    return input.outcome === 'ACKNOWLEDGED'
      ? []
      : [
          violation(
            'R-REF-19',
            'ERR_TASK_OUTCOME',
            `${TASK_LABELS.CASE_RECEIVED.en} accepts one outcome: ACKNOWLEDGED.`,
            { field: 'outcome' },
          ),
        ];
  }
  const task = openStageTask(s);
  if (!task || task.id !== taskId) {
    return [
      violation(
        'R-CASE-21',
        'ERR_TASK_NOT_OPEN',
        `Task ${taskId} is not the open stage task of this ` +
          `case${task ? ` (that is ${task.id}, ${TASK_LABELS[task.type].en})` : ''}.`,
      ),
    ];
  }
  const allowed = TASK_OUTCOMES[task.type] ?? {};
  const rule = allowed[input.outcome];
  if (!rule) {
    return [
      violation(
        'R-CASE-20',
        'ERR_TASK_OUTCOME',
        `${TASK_LABELS[task.type].en} accepts one of these outcomes: ${Object.keys(allowed).join(', ')}.`,
        { field: 'outcome' },
      ),
    ];
  }
  const v: Violation[] = [];
  if (input.outcome === 'ASSESSMENT_COMPLETE' && !latestCompletedNeeds(s)) {
    v.push(
      violation('R-CASE-27', 'ERR_NEEDS_REQUIRED', 'Complete a needs determination before completing the assessment.'),
    );
  }
  const incomplete =
    input.outcome === 'ASSESSMENT_COMPLETE' ? incompleteRequiredModules(s, input.requiredModules ?? []) : [];
  if (incomplete.length) {
    const names = incomplete.map((m) => INFO_MODULES[m as InfoModule]?.en ?? m).join(', ');
    v.push(
      violation(
        'R-CASE-28',
        'ERR_REQUIRED_MODULES',
        `Complete the required Additional Case Information modules first: ${names}.`,
      ),
    );
  }
  if (input.outcome === 'DEVELOPED_AND_SIGNED' && s.interventions.length === 0) {
    v.push(
      violation('R-CASE-29', 'ERR_PLAN_EMPTY', 'Add at least one intervention to the action plan before it is signed.'),
    );
  }
  if (task.type === 'CLOSE_ACTION_PLAN') {
    const open = s.interventions.filter((i) => i.status === 'PLANNED' || i.status === 'IN_PROGRESS');
    if (open.length) {
      v.push(
        violation(
          'R-PM-09',
          'ERR_OPEN_INTERVENTIONS',
          `Close every intervention first: ${open.length} still Planned or In Progress.`,
        ),
      );
    }
    if (!outcomeOfType(s, 'RTWAP_CLOSURE')) {
      v.push(
        violation(
          'R-PM-09',
          'ERR_CLOSURE_OUTCOME_REQUIRED',
          'Record the RTWAP Closure employment outcome before closing the action plan.',
        ),
      );
    }
  }
  return v;
}

export function decideCompleteTask(
  s: CaseState,
  taskId: string,
  input: CompleteTaskInput,
  ctx: DecisionContext,
): CaseEvent[] {
  assertNoViolations(validateCompleteTask(s, taskId, input));
  if (receivedTask(s, taskId)) return [{ type: 'TaskCompleted', taskId, outcome: input.outcome, date: ctx.today }];
  const task = openStageTask(s)!;
  const rule = TASK_OUTCOMES[task.type]![input.outcome];
  const completed: CaseEvent = { type: 'TaskCompleted', taskId, outcome: input.outcome, date: ctx.today };
  return [completed, ...transition(foldEvents(s, [completed]), rule.to, rule.reason, ctx)];
}

export function validateCloseCase(s: CaseState, input: Pick<CloseCaseInput, 'reason'>): Violation[] {
  const closed = closedCaseViolation(s);
  if (closed.length) return closed;
  if (!MANUAL_CLOSURE_REASONS[s.status].includes(input.reason as StatusReason)) {
    const reasonLabel = REASON_LABELS[input.reason as StatusReason]?.en ?? input.reason;
    // R-CLOSE-03 governs Follow-up; R-CASE-23 the stages before it.
    return [
      violation(
        s.status === 'FOLLOW_UP' ? 'R-CLOSE-03' : 'R-CASE-23',
        'E-CLOSE-03',
        `The reason ${reasonLabel} cannot be used for a case in status ${STATUS_LABELS[s.status].en}. ` +
          `Allowed: ${MANUAL_CLOSURE_REASONS[s.status].join(', ')}.`,
        { field: 'reason' },
      ),
    ];
  }
  return [];
}

export function decideCloseCase(s: CaseState, input: CloseCaseInput, ctx: DecisionContext): CaseEvent[] {
  assertNoViolations(validateCloseCase(s, input));
  const note: CaseEvent[] = input.note ? [noteAdded(ctx, input.note, 'CASE_STATUS')] : [];
  return [...note, ...transition(s, 'CLOSED', input.reason as StatusReason, ctx)];
}

/** Keeps the Close Action Plan task due on the plan's end date (R-TASK-06) and alerts in step with the plan. */
function afterPlanChange(before: CaseState, events: CaseEvent[], ctx: DecisionContext): CaseEvent[] {
  const after = foldEvents(before, events);
  const extra: CaseEvent[] = [];
  const closeTask = openTasks(after).find((t) => t.type === 'CLOSE_ACTION_PLAN');
  const end = interventionsEndDate(after);
  if (closeTask && closeTask.dueDate !== end)
    extra.push({ type: 'TaskDueDateChanged', taskId: closeTask.id, dueDate: end });
  for (const key of staleAlerts(after, ctx.today)) extra.push({ type: 'AlertCleared', key, date: ctx.today });
  return [...events, ...extra];
}

export const validateAddIntervention = validateNewIntervention;

export function decideAddIntervention(s: CaseState, input: InterventionInput, ctx: DecisionContext): CaseEvent[] {
  assertNoViolations(validateNewIntervention(s, input));
  return afterPlanChange(s, [{ type: 'InterventionAdded', intervention: newIntervention(ctx.newId(), input) }], ctx);
}

export function decideChangeIntervention(
  s: CaseState,
  id: string,
  input: InterventionChangeInput,
  ctx: DecisionContext,
): CaseEvent[] {
  assertNoViolations(validateInterventionChange(s, id, input, ctx.today));
  const current = s.interventions.find((i) => i.id === id)!;
  return afterPlanChange(s, [{ type: 'InterventionChanged', intervention: changedIntervention(current, input) }], ctx);
}

export function decideRemoveIntervention(s: CaseState, id: string, ctx: DecisionContext): CaseEvent[] {
  assertNoViolations(validateInterventionRemoval(s, id));
  return afterPlanChange(s, [{ type: 'InterventionRemoved', interventionId: id }], ctx);
}

export function decideSaveNeeds(s: CaseState, input: NeedsDeterminationInputRaw, ctx: DecisionContext): CaseEvent[] {
  assertNoViolations(validateNeedsDetermination(s, input));
  const { confirmed: _confirmed, ...needs } = input;
  return [{ type: 'NeedsDeterminationSaved', needs: { ...needs, version: targetNeedsVersion(s), savedOn: ctx.today } }];
}

export function validateAddNote(s: CaseState): Violation[] {
  return s.status === 'CLOSED'
    ? [violation('R-NOTE-01', 'E-CLOSE-01', 'This case is closed: notes can no longer be added.')]
    : [];
}

const noteAdded = (ctx: DecisionContext, text: string, context: string | null): CaseEvent => ({
  type: 'NoteAdded',
  noteId: ctx.newId(),
  text,
  context,
  authorId: ctx.actorId ?? null,
  date: ctx.today,
});

export function decideAddNote(s: CaseState, input: NoteInput, ctx: DecisionContext): CaseEvent[] {
  assertNoViolations(validateAddNote(s));
  return [noteAdded(ctx, input.text, input.context ?? null)];
}

/** R-NOTE-03: 30 days after it was written (day 30 included) a note is locked for good. */
export const NOTE_EDIT_DAYS = 30;

export function validateEditNote(s: CaseState, noteId: string, actorId: number, today: IsoDate): Violation[] {
  const closed = closedCaseViolation(s);
  if (closed.length) return closed;
  const note = s.noteIndex?.find((n) => n.id === noteId);
  if (!note) return [violation('R-NOTE-03', 'ERR_NOT_FOUND', `This case has no note ${noteId} that can be edited.`)];
  if (note.authorId !== actorId) {
    return [violation('R-NOTE-03', 'ERR_NOT_AUTHOR', 'Only the author of a note can edit it; add a new note instead.')];
  }
  const lastDay = addDays(note.createdOn, NOTE_EDIT_DAYS);
  if (today > lastDay) {
    return [
      violation(
        'R-NOTE-03',
        'ERR_NOTE_LOCKED',
        `This note was locked on ${addDays(lastDay, 1)}, 30 days after it was written; add a new note instead.`,
      ),
    ];
  }
  return [];
}

export function decideEditNote(s: CaseState, noteId: string, text: string, ctx: DecisionContext): CaseEvent[] {
  assertNoViolations(validateEditNote(s, noteId, ctx.actorId ?? -1, ctx.today));
  return [{ type: 'NoteEdited', noteId, text }];
}

export function decideRecordOutcome(s: CaseState, input: OutcomeInput, ctx: DecisionContext): CaseEvent[] {
  assertNoViolations(validateNewOutcome(s, input, ctx.today));
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
  if (input.type === 'WEEK_52') events.push(...transition(foldEvents(s, events), 'CLOSED', 'FOLLOW_UP_COMPLETE', ctx));
  return events;
}

export function decideChangeOutcome(
  s: CaseState,
  id: string,
  input: OutcomeChangeInput,
  ctx: DecisionContext,
): CaseEvent[] {
  assertNoViolations(validateOutcomeChange(s, id, input, ctx.today));
  const { id: _id, type, recordedOn } = s.outcomes.find((o) => o.id === id)!;
  // The edit replaces every field: one left out is cleared, not kept from before.
  return [{ type: 'OutcomeChanged', outcome: { id, type, recordedOn, ...input } }];
}

export function decideDeleteOutcome(s: CaseState, id: string): CaseEvent[] {
  assertNoViolations(validateOutcomeDeletion(s, id));
  return [{ type: 'OutcomeDeleted', outcomeId: id }];
}

export function validateReassign(s: CaseState, caseManagerId: number): Violation[] {
  const closed = closedCaseViolation(s);
  if (closed.length) return closed;
  return caseManagerId === s.caseManagerId
    ? [
        violation('R-CASE-11', 'ERR_SAME_MANAGER', 'The case is already assigned to this case manager.', {
          field: 'caseManagerId',
        }),
      ]
    : [];
}

export function decideReassign(s: CaseState, caseManagerId: number): CaseEvent[] {
  assertNoViolations(validateReassign(s, caseManagerId));
  return [{ type: 'CaseManagerChanged', caseManagerId }];
}

/** The alerts whose time has come at `now` (R-TMR-01/02, overdue interventions). */
export function decideDueAlerts(s: CaseState, now: Date, today: IsoDate): CaseEvent[] {
  return pendingTimers(s)
    .filter((t) => businessInstant(t.fireOn, ALERT_HOUR).getTime() <= now.getTime())
    .map((t) => ({
      type: 'AlertRaised',
      alert: { key: t.key, kind: t.kind, raisedOn: today, dueDate: t.dueDate, ref: t.ref },
    }));
}

export function decideSaveEducation(s: CaseState, input: EducationExperienceInput, ctx: DecisionContext): CaseEvent[] {
  assertNoViolations(validateEducationExperience(s, input, ctx.today));
  return [{ type: 'EducationExperienceSaved', document: input }];
}

export function decideSaveModule(s: CaseState, input: SaveModuleInput): CaseEvent[] {
  assertNoViolations(validateSaveModule(s, input));
  return [
    { type: 'AdditionalInfoSaved', moduleCode: input.moduleCode, answers: input.answers, status: moduleStatus(input) },
  ];
}

export function validateCorrectAnchors(s: CaseState, input: AnchorCorrectionInput, today: IsoDate): Violation[] {
  const closed = closedCaseViolation(s);
  if (closed.length) return closed;
  const v: Violation[] = [];
  if (s.status !== 'FOLLOW_UP' || !s.followUp) {
    v.push(
      violation('R-TMR-06', 'ERR_STAGE', 'The follow-up dates can be corrected only while the case is in Follow-up.'),
    );
  }
  for (const field of ['planEndDate', 'lastInterventionEnd'] as const) {
    if (input[field] > today)
      v.push(violation('R-TMR-06', 'ERR_FUTURE_DATE', `${field} cannot be after today (${today}).`, { field }));
  }
  return v;
}

/**
 * R-TMR-06 / R-FU-10: new anchors move the follow-up tasks' due dates and the timers; an alert already raised
 * for another date is withdrawn, and raised again at once if its new date has passed.
 */
export function decideCorrectAnchors(s: CaseState, input: AnchorCorrectionInput, ctx: DecisionContext): CaseEvent[] {
  assertNoViolations(validateCorrectAnchors(s, input, ctx.today));
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
}

/** ACT-REF-06: a referral is recorded once sent; a transfer also raises its pending alert on the sending side. */
export function decideSubmitReferral(
  s: CaseState,
  input: ReferralInput,
  ctx: DecisionContext & {
    fromOrganisationId: number;
    fromOrganisationName: string;
    receiving?: ReceivingOrganisation | null;
  },
): CaseEvent[] {
  assertNoViolations(validateReferral(s.status, input, ctx));
  const referral = newReferral(ctx.newId(), input, { ...ctx, caseId: s.caseId, actorId: ctx.actorId ?? 0 });
  const events: CaseEvent[] = [{ type: 'ReferralSubmitted', referral }];
  if (referral.type === 'CASE_TRANSFER') {
    events.push({
      type: 'AlertRaised',
      alert: {
        key: alertKey.transferPending(referral.id),
        kind: 'TRANSFER_PENDING',
        raisedOn: ctx.today,
        dueDate: transferReminderDate(referral),
        ref: referral.id,
      },
    });
  }
  return events;
}

/**
 * ACT-REF-08: the receiving organisation takes the case: new organisation and case manager, a "Client case
 * received" task for them, the transfer alerts cleared (R-REF-16, R-REF-19, R-REF-20).
 */
export function decideCompleteTransfer(
  s: CaseState,
  input: TransferInput & { actorOrganisationId: number },
  ctx: DecisionContext & { previousOrganisationId: number },
): CaseEvent[] {
  assertNoViolations(validateCompleteTransfer(s.status, s.referrals, input, input.actorOrganisationId));
  const referral = pendingTransfers(s.referrals).find((r) => r.toOrganisationId === input.actorOrganisationId)!;
  const events: CaseEvent[] = [
    {
      type: 'TransferCompleted',
      referralId: referral.id,
      organisationId: input.actorOrganisationId,
      previousOrganisationId: s.organisationId ?? ctx.previousOrganisationId,
      caseManagerId: input.caseManagerId,
      previousCaseManagerId: s.caseManagerId,
      serviceDeliveryLocation: input.serviceDeliveryLocation?.trim() || null,
      date: ctx.today,
    },
  ];
  if (input.caseManagerId !== s.caseManagerId)
    events.push({ type: 'CaseManagerChanged', caseManagerId: input.caseManagerId });
  events.push({
    type: 'TaskOpened',
    task: { id: ctx.newId(), type: 'CASE_RECEIVED', openedOn: ctx.today, dueDate: ctx.today },
  });
  for (const key of staleAlerts(foldEvents(s, events), ctx.today))
    events.push({ type: 'AlertCleared', key, date: ctx.today });
  return events;
}
