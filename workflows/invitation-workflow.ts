// One workflow per invitation (spec 04 §2.4): sends the invitation email (an external step that waits for an
// operator when it keeps failing), then sleeps on a durable timer until the invitation expires and expires it
// if it is still pending (R-INV-09). Accepting, withdrawing or cancelling signals it to end early.
import { condition, patched, proxyActivities, setHandler } from '@temporalio/workflow';
import type { AccessActivities } from './activity-types.ts';
import { invitationEndedSignal, type InvitationWorkflowInput, type QueuedEmailInput } from './invitation-api.ts';
import { EXTERNAL_STEP, INTERNAL_STEP, operatorRetries, recordingStep } from './stuck-steps.ts';

const external = proxyActivities<AccessActivities>(EXTERNAL_STEP);
const internal = proxyActivities<AccessActivities>(INTERNAL_STEP);
const { expireInvitation } = proxyActivities<AccessActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

export async function invitationWorkflow(input: InvitationWorkflowInput): Promise<'ENDED' | 'EXPIRED'> {
  const withOperatorRetry = operatorRetries();
  let ended = false;
  setHandler(invitationEndedSignal, () => {
    ended = true;
  });
  await withOperatorRetry(
    {
      id: `invitation-email-${input.invitationId}`,
      kind: 'INVITATION_EMAIL',
      description: `Invitation ${input.invitationId}: the invitation email`,
      organisationId: input.organisationId,
    },
    () => external.sendInvitationEmail({ invitationId: input.invitationId }),
  );
  const remaining = Date.parse(input.expiresAt) - Date.now();
  if (remaining > 0) await condition(() => ended, remaining);
  if (ended) return 'ENDED';
  // Conditional on PENDING in the activity: an acceptance that raced the timer wins.
  const expiry = { invitationId: input.invitationId, at: new Date().toISOString() };
  // Newer runs wait for an operator when recording the expiry keeps failing, rather than retrying it forever.
  if (patched('internal-steps-wait-for-operators')) {
    const step = {
      id: `invitation-expiry-${input.invitationId}`,
      kind: 'RECORD_INVITATION_EXPIRY',
      description: `Invitation ${input.invitationId}: record that it expired`,
      organisationId: input.organisationId,
    };
    await withOperatorRetry(recordingStep(step), () => internal.expireInvitation(expiry));
  } else {
    await expireInvitation(expiry);
  }
  return 'EXPIRED';
}

/** An account-administration email written with its change (SR-14 notices), sent with operator retries. */
export async function queuedEmailWorkflow(input: QueuedEmailInput): Promise<void> {
  const withOperatorRetry = operatorRetries();
  await withOperatorRetry(
    {
      id: `email-${input.key}`,
      kind: input.kind,
      description: `Email ${input.kind}`,
      organisationId: input.organisationId,
    },
    () => external.sendQueuedEmail({ key: input.key }),
  );
}
