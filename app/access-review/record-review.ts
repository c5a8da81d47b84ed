// R-SEC-17: an administrator records that they reviewed their organisation's users' access; the next review is due a
// quarter later. The record keeps how many users were reviewed and how many were dormant, and goes to the access log.
import { writeAudit } from '../../db/access-audit.ts';
import type { AccessContext } from '../access/context.ts';
import type { IOrg } from '../access/organisation.ts';
import { accessReview, usersToReview } from './queries.ts';

export async function recordAccessReview(ctx: AccessContext, org: IOrg, input: { note?: string }) {
  const now = new Date();
  await ctx.em.transactional(async (em) => {
    const users = await usersToReview({ em }, org.id, now);
    const dormant = users.filter((u) => u.dormant).length;
    const [row] = await em.execute<{ id: number }[]>(
      `insert into access_review (organisation_id, reviewed_by, reviewer_name, reviewed_at, users_reviewed,
         dormant_users, note)
       values (?, ?, ?, ?, ?, ?, ?) returning id`,
      [org.id, ctx.user.id, ctx.audit.name, now, users.length, dormant, input.note || null],
    );
    await writeAudit(em, ctx.audit, [
      {
        organisationId: org.id,
        action: 'ACCESS_REVIEW_RECORDED',
        targetType: 'ORGANISATION',
        targetId: org.id,
        targetName: org.name,
        after: { accessReviewId: row.id, usersReviewed: users.length, dormantUsers: dormant },
      },
    ]);
  });
  return accessReview(ctx, org, now);
}
