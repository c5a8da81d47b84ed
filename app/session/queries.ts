// The session lookup every signed-in request makes: session, user and organisation in one round trip.
import type { AppContext } from '../context.ts';

export interface SessionRow {
  user_id: number;
  organisation_id: number;
  login_id: string;
  first_name: string;
  last_name: string;
  email: string;
  profiles: string[];
  organisation_name: string;
  expired: boolean;
  slide: boolean;
  active: boolean;
}

/** The session of this token hash, whether it has expired at `now`, and whether it was last seen before `slideBefore`. */
export async function sessionRow(
  ctx: Pick<AppContext, 'em'>,
  id: string,
  now: Date,
  slideBefore: Date,
): Promise<SessionRow | undefined> {
  const [row] = await ctx.em.execute<SessionRow[]>(
    `select u.id as user_id, u.organisation_id, u.login_id, u.first_name, u.last_name, u.email, u.profiles, u.active,
      o.name as organisation_name,
            s.expires_at <= ? as expired, s.last_seen_at <= ? as slide
       from user_session s join app_user u on u.id = s.user_id join organisation o on o.id = u.organisation_id
      where s.id = ?`,
    [now, slideBefore, id],
  );
  return row;
}
