// R-SEC-17: what an administrator reviews: every user of the organisation with LaMPSS access, their profiles, their
// last sign-in and who invited them, those dormant too long flagged; and when the last reviews were recorded.
import { listedName } from '../../domain/person-name.ts';
import { isDormant, nextReviewDue, reviewDue } from '../../domain/access-review.ts';
import type { AppContext } from '../context.ts';
import type { IOrg } from '../access/organisation.ts';

interface UserRow {
  id: number;
  first_name: string;
  last_name: string;
  login_id: string;
  profiles: string[];
  last_sign_in_at: Date | null;
  created_at: Date;
  inviter_first_name: string | null;
  inviter_last_name: string | null;
}

interface ReviewRow {
  id: number;
  reviewer_name: string;
  reviewed_at: Date;
  users_reviewed: number;
  dormant_users: number;
  note: string | null;
}

/** The users to review, by name. */
export async function usersToReview(ctx: Pick<AppContext, 'em'>, organisationId: number, now: Date) {
  const rows = await ctx.em.execute<UserRow[]>(
    `select u.id, u.first_name, u.last_name, u.login_id, u.profiles, u.last_sign_in_at, u.created_at,
            inv.inviter_first_name, inv.inviter_last_name
       from app_user u
       left join lateral (
         select iu.first_name as inviter_first_name, iu.last_name as inviter_last_name
           from invitation i join app_user iu on iu.id = i.invited_by
          where i.contact_id = u.id and i.status = 'ACCEPTED'
          order by i.id desc limit 1) inv on true
      where u.organisation_id = ? and u.active and u.login_id is not null
      order by u.last_name, u.first_name, u.id`,
    [organisationId],
  );
  return rows.map((u) => {
    const lastSignInAt = u.last_sign_in_at ? new Date(u.last_sign_in_at) : null;
    return {
      id: u.id,
      name: listedName({ lastName: u.last_name, firstName: u.first_name }),
      loginId: u.login_id,
      profiles: u.profiles,
      lastSignInAt: lastSignInAt?.toISOString() ?? null,
      invitedBy:
        u.inviter_last_name == null
          ? null
          : listedName({ lastName: u.inviter_last_name, firstName: u.inviter_first_name ?? '' }),
      dormant: isDormant({ lastSignInAt, createdAt: new Date(u.created_at) }, now),
    };
  });
}

/** The reviews recorded, newest first. */
async function reviews(ctx: Pick<AppContext, 'em'>, organisationId: number) {
  const rows = await ctx.em.execute<ReviewRow[]>(
    `select id, reviewer_name, reviewed_at, users_reviewed, dormant_users, note
       from access_review where organisation_id = ? order by reviewed_at desc, id desc limit 20`,
    [organisationId],
  );
  return rows.map((r) => ({
    id: r.id,
    reviewedBy: r.reviewer_name,
    reviewedAt: new Date(r.reviewed_at).toISOString(),
    usersReviewed: r.users_reviewed,
    dormantUsers: r.dormant_users,
    note: r.note,
  }));
}

/** When the organisation's next review is due, and whether it is due now: the reminder every administrator sees. */
export async function reviewSchedule(ctx: Pick<AppContext, 'em'>, org: IOrg, now = new Date()) {
  const [last] = await ctx.em.execute<{ reviewed_at: Date }[]>(
    'select reviewed_at from access_review where organisation_id = ? order by reviewed_at desc limit 1',
    [org.id],
  );
  const dueOn = nextReviewDue(last ? new Date(last.reviewed_at) : null, org.createdAt);
  return { dueOn, due: reviewDue(dueOn, now), lastReviewedAt: last ? new Date(last.reviewed_at).toISOString() : null };
}

/** The access review page: the schedule, the users with their flags, and the reviews recorded. */
export async function accessReview(ctx: Pick<AppContext, 'em'>, org: IOrg, now = new Date()) {
  const [schedule, users, history] = await Promise.all([
    reviewSchedule(ctx, org, now),
    usersToReview(ctx, org.id, now),
    reviews(ctx, org.id),
  ]);
  return { organisation: { id: org.id, name: org.name }, ...schedule, users, reviews: history };
}
