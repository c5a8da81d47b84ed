// Closing a case by hand, with a reason the stage allows (R-CASE-23, R-CLOSE-03) and an optional note.
import { caseAction } from '../case-action.ts';
import { MANUAL_CLOSURE_REASONS, REASON_LABELS, STATUS_LABELS, type StatusReason } from '../case-model.ts';
import type { CaseEvent } from '../case-state.ts';
import { noteAdded, transition } from '../case-transitions.ts';
import { closedCaseViolation } from '../closed-case.ts';
import { violation } from '../refusals.ts';
import { closeCaseSchema } from '../schemas/case.ts';

export const closeCase = caseAction({
  name: 'closeCase',
  route: {
    method: 'post',
    path: 'close',
    summary: 'Close the case with a reason allowed at its stage (R-CASE-23, R-CLOSE-03)',
  },
  body: closeCaseSchema,
  validate(s, input) {
    const closed = closedCaseViolation(s);
    if (closed.length) return closed;
    if (!MANUAL_CLOSURE_REASONS[s.status].includes(input.reason as StatusReason)) {
      const reason = REASON_LABELS[input.reason as StatusReason] ?? { en: input.reason, fr: input.reason };
      const allowed = MANUAL_CLOSURE_REASONS[s.status];
      // R-CLOSE-03 governs Follow-up; R-CASE-23 the stages before it.
      return [
        violation(
          s.status === 'FOLLOW_UP' ? 'R-CLOSE-03' : 'R-CASE-23',
          'E-CLOSE-03',
          {
            en:
              `The reason ${reason.en} cannot be used for a case in status ${STATUS_LABELS[s.status].en}. ` +
              `Allowed: ${allowed.map((r) => REASON_LABELS[r].en).join(', ')}.`,
            fr:
              `La raison « ${reason.fr} » ne peut pas être utilisée pour un cas à l'état ` +
              `« ${STATUS_LABELS[s.status].fr} ». Raisons permises : ` +
              `${allowed.map((r) => REASON_LABELS[r].fr).join(', ')}.`,
          },
          { field: 'reason' },
        ),
      ];
    }
    return [];
  },
  decide(s, input, ctx) {
    const note: CaseEvent[] = input.note ? [noteAdded(ctx, input.note, 'CASE_STATUS')] : [];
    return [...note, ...transition(s, 'CLOSED', input.reason as StatusReason, ctx)];
  },
});
