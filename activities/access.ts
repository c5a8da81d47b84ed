// Activities of the invitation and notice workflows. Each is idempotent: the outbox sends an email once per key,
// and expiring is a conditional update that writes its audit row only when it changed the invitation.
import type { Orm } from '../db/orm.ts';
import { SYSTEM_ACTOR, writeAudit } from '../db/access-audit.ts';
import { Invitation } from '../db/entities.ts';
import { givingUpOnPersistentFailures } from './persistent-failures.ts';
import type { AccessActivities } from '../workflows/activity-types.ts';
import { invitationEmailKey } from '../domain/emails.ts';
import type { Mailer } from '../infra/mailer.ts';

export function accessActivities(orm: Orm, mailer: Mailer): AccessActivities {
  /** PENDING → EXPIRED, audited, in one transaction; nothing if it was accepted or withdrawn first. */
  const expire = (invitationId: number, at: string) =>
    orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<{ organisation_id: number; contact_id: number }[]>(
        `update invitation set status = 'EXPIRED', ended_at = ?, end_reason = 'EXPIRED' where id = ? and status =
          'PENDING'
         returning organisation_id, contact_id`,
        [at, invitationId],
      );
      if (!rows.length) return false;
      await writeAudit(em, SYSTEM_ACTOR, [
        {
          organisationId: rows[0].organisation_id,
          action: 'INVITATION_EXPIRED',
          targetType: 'INVITATION',
          targetId: invitationId,
          before: { status: 'PENDING' },
          after: { status: 'EXPIRED', contactId: rows[0].contact_id },
        },
      ]);
      return true;
    });

  return {
    async sendInvitationEmail({ invitationId }) {
      const em = orm.em.fork();
      const inv = await em.findOne(Invitation, { id: invitationId });
      // The workflow starts inside the invitation's transaction: a moment before the commit, the row is not visible
      // yet.
      if (!inv) throw new Error(`Invitation ${invitationId} is not written yet.`);
      if (inv.status !== 'PENDING') return;
      await mailer.sendQueued(em, invitationEmailKey(invitationId));
    },
    async sendQueuedEmail({ key }) {
      await mailer.sendQueued(orm.em.fork(), key);
    },
    async expireInvitation({ invitationId, at }) {
      return givingUpOnPersistentFailures(() => expire(invitationId, at));
    },
  };
}
