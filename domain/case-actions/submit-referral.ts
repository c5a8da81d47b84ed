// ACT-REF-06: a referral is recorded once sent; a transfer also raises its pending alert on the sending side
// (seed 000, R-REF-01..17). The client's own data in the text (R-REF-12) is checked by the use case, which has it.
import { serverFacts } from '../action.ts';
import { caseAction } from '../case-action.ts';
import type { CaseEvent } from '../case-state.ts';
import { alertKey } from '../case-timers.ts';
import { referralAlreadySent, sentFromCase } from '../referral-drafts.ts';
import { newReferral, transferReminderDate, validateReferral, type ReceivingOrganisation } from '../referrals.ts';
import { referralSchema } from '../schemas/case.ts';

export const submitReferral = caseAction({
  name: 'submitReferral',
  route: {
    method: 'post',
    path: 'referrals',
    summary: 'Send a referral: case transfer or informational, inside or outside the network (R-REF-01..14)',
    creates: true,
  },
  body: referralSchema,
  facts: serverFacts<{
    fromOrganisationId: number;
    fromOrganisationName: string;
    receiving: ReceivingOrganisation | null;
  }>(),
  // R-REF-09: a draft is sent once.
  validate: (s, input) =>
    sentFromCase(s, input.draftId) ? [referralAlreadySent()] : validateReferral(s.status, input, input),
  decide(s, input, ctx) {
    // A new id is drawn whether or not a draft gives one, so the workflow's random sequence stays as it was.
    const drawn = ctx.newId();
    const id = input.draftId ?? drawn;
    const referral = newReferral(id, input, { ...input, ...ctx, caseId: s.caseId, actorId: ctx.actorId ?? 0 });
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
  },
});
