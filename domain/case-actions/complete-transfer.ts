// ACT-REF-08: the receiving organisation takes the case: new organisation and case manager, a "Client case received"
// task for them, the transfer alerts cleared (R-REF-16, R-REF-19, R-REF-20).
import { serverFacts } from '../action.ts';
import { caseAction } from '../case-action.ts';
import { foldEvents, type CaseEvent } from '../case-state.ts';
import { staleAlerts } from '../case-timers.ts';
import { pendingTransfers, validateCompleteTransfer } from '../referrals.ts';
import { transferSchema } from '../schemas/case.ts';

export const completeTransfer = caseAction({
  name: 'completeTransfer',
  route: {
    method: 'post',
    path: 'transfer',
    summary:
      'Complete a case transfer referred to my organisation by assigning one of its case managers (R-REF-16..20)',
  },
  body: transferSchema,
  facts: serverFacts<{ actorOrganisationId: number; previousOrganisationId: number }>(),
  validate: (s, input) => validateCompleteTransfer(s.status, s.referrals, input, input.actorOrganisationId),
  decide(s, input, ctx) {
    const referral = pendingTransfers(s.referrals).find((r) => r.toOrganisationId === input.actorOrganisationId)!;
    const events: CaseEvent[] = [
      {
        type: 'TransferCompleted',
        referralId: referral.id,
        organisationId: input.actorOrganisationId,
        previousOrganisationId: s.organisationId ?? input.previousOrganisationId,
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
  },
});
