// The invitation workflow: the email goes out, then a durable timer expires the invitation if nothing ended it.
import { invitationExpiresAt } from '../../domain/access.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';
import { invitationEndedSignal, invitationWorkflowId } from '../../workflows/invitation-api.ts';
import type { invitationWorkflow } from '../../workflows/invitation-workflow.ts';
import { useWorkflowsOnFakes } from '../support/workflows-on-fakes.ts';

const MINUTE = 60_000;
const world = useWorkflowsOnFakes();

async function invited(invitationId: number) {
  const expiresAt = invitationExpiresAt(new Date(await world.env.currentTimeMs()));
  const handle = await world.env.client.workflow.start<typeof invitationWorkflow>('invitationWorkflow', {
    workflowId: invitationWorkflowId(invitationId),
    taskQueue: CASE_TASK_QUEUE,
    args: [{ invitationId, organisationId: 3, expiresAt: expiresAt.toISOString() }],
  });
  await world.fakes.waitFor('sendInvitationEmail');
  return { handle, expiresAt };
}

test('R-INV-05 R-INV-09 an invitation not accepted expires on its 30-day timer', async () => {
  const { handle, expiresAt } = await invited(41);

  await world.env.sleep(expiresAt.getTime() - (await world.env.currentTimeMs()) - MINUTE);
  expect(world.fakes.done('expireInvitation')).toEqual([]);
  expect(await handle.result()).toBe('EXPIRED');

  expect(world.fakes.done('sendInvitationEmail')).toEqual([{ invitationId: 41 }]);
  const [expired] = world.fakes.done('expireInvitation');
  expect(expired.invitationId).toBe(41);
  expect(Date.parse(expired.at)).toBeGreaterThanOrEqual(expiresAt.getTime());
});

test('R-INV-08 an invitation ended before its timer (accepted, withdrawn) is never expired', async () => {
  const { handle } = await invited(42);

  await handle.signal(invitationEndedSignal);
  expect(await handle.result()).toBe('ENDED');
  expect(world.fakes.done('expireInvitation')).toEqual([]);
});
