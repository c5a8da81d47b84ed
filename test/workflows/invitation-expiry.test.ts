// The invitation workflow on the time-skipping server: the email goes out, a durable timer waits the 30 days
// and expires the invitation if it is still pending (R-INV-05, R-INV-09); a withdrawal ends it early (R-INV-08).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { createContact } from '../../app/access/contacts.ts';
import { type AccessContext as Ctx } from '../../app/access/context.ts';
import { acceptInvitation } from '../../app/access/invitation-acceptance.ts';
import { withdrawInvitation } from '../../app/access/invitations.ts';
import { EmailOutbox, Invitation, Organisation } from '../../db/entities.ts';
import { invitationWorkflowId } from '../../workflows/invitation-api.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';

const world = useTimeSkippingWorld();
const DAY = 86_400_000;

function ctx(): Ctx {
  const admin = world.org.users.admin;
  return {
    em: world.orm.em.fork(),
    temporal: world.env.client,
    user: admin,
    audit: { id: admin.id, name: 'admin Tester' },
    publicUrl: 'http://localhost:3000',
  };
}

async function invite(lastName: string) {
  const org = await world.orm.em.fork().findOneOrFail(Organisation, { id: world.org.id });
  const { invitation } = await createContact(ctx(), org, {
    lastName,
    firstName: 'Nadine',
    email: `${lastName.toLowerCase()}.${world.org.code.toLowerCase()}@example.org`,
    officeLocationId: world.org.officeLocationId,
    positionType: 'CASE_MANAGER',
    fte: 1,
    invitation: { profiles: ['OFA_USER'] },
  });
  return invitation!;
}

test(
  'R-INV-05 R-INV-09 an invitation not accepted in 30 days expires on its durable timer; its link is then ' + 'refused',
  async () => {
    const inv = await invite('Doiron');
    const handle = world.env.client.workflow.getHandle(invitationWorkflowId(inv.id));
    const em = () => world.orm.em.fork();
    for (
      let i = 0;
      i < 100 && (await em().findOne(EmailOutbox, { id: `invitation-${inv.id}` }))?.status !== 'SENT';
      i++
    )
      await new Promise((r) => setTimeout(r, 100));
    const email = await em().findOneOrFail(EmailOutbox, { id: `invitation-${inv.id}` });
    expect(email.status).toBe('SENT');
    const token = /\/invitations\/([A-Za-z0-9_-]+)/.exec(email.body)![1];

    await world.env.sleep(30 * DAY - 60_000);
    expect((await em().findOneOrFail(Invitation, { id: inv.id })).status).toBe('PENDING');
    expect(await handle.result()).toBe('EXPIRED');

    const expired = await em().findOneOrFail(Invitation, { id: inv.id });
    expect(expired.status).toBe('EXPIRED');
    expect(expired.endedAt!.getTime()).toBeGreaterThanOrEqual(inv.expiresAt.getTime());
    const audit = await em().execute<{ action: string; actor_name: string; actor_id: number | null }[]>(
      `select action, actor_name, actor_id from access_audit where target_type = 'INVITATION' and target_id = ` +
        `? order by id`,
      [String(inv.id)],
    );
    expect(audit.map((a) => [a.action, a.actor_name, a.actor_id])).toEqual([
      ['INVITATION_SENT', 'admin Tester', world.org.users.admin.id],
      ['INVITATION_EXPIRED', 'System', null],
    ]);
    const refused = await acceptInvitation(
      { em: em(), temporal: world.env.client },
      { token, loginId: 'nadine.doiron', password: 'a long enough passphrase' },
      {},
    ).catch((e) => e);
    expect([refused.kind, refused.code, refused.message]).toEqual([
      'gone',
      'INVITATION_EXPIRED',
      "This invitation has expired. Ask your organisation's LaMPSS administrator to send a new one.",
    ]);

    // RECORD_HISTORIES=1 refreshes the recorded history that the replay test checks every change against.
    if (process.env.RECORD_HISTORIES) {
      const file = path.join(
        path.dirname(fileURLToPath(import.meta.url)),
        '../replay/histories/invitation-expiry.json',
      );
      await writeFile(file, historyToJSON(await handle.fetchHistory()));
    }
  },
);

test('R-INV-08 withdrawing ends the invitation workflow at once, before its timer', async () => {
  const inv = await invite('Gallant');
  const org = await world.orm.em.fork().findOneOrFail(Organisation, { id: world.org.id });
  await withdrawInvitation(ctx(), org, inv.id);
  expect(await world.env.client.workflow.getHandle(invitationWorkflowId(inv.id)).result()).toBe('ENDED');
  expect((await world.orm.em.fork().findOneOrFail(Invitation, { id: inv.id })).status).toBe('WITHDRAWN');
});
