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
  active: boolean;
  organisation_name: string;
  created_at: Date | string;
  expires_at: Date | string;
  last_seen_at: Date | string;
}

/** The session whose token has this hash, with its user and their organisation. */
export async function sessionRow(ctx: Pick<AppContext, 'em'>, id: string): Promise<SessionRow | undefined> {
  const [row] = await ctx.em.execute<SessionRow[]>(
    `select u.id as user_id, u.organisation_id, u.login_id, u.first_name, u.last_name, u.email, u.profiles, u.active,
            o.name as organisation_name, s.created_at, s.expires_at, s.last_seen_at
       from user_session s join app_user u on u.id = s.user_id join organisation o on o.id = u.organisation_id
      where s.id = ?`,
    [id],
  );
  return row;
}
