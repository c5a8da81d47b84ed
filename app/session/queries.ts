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
  /** R-SEC-18: the organisation Operations Support acts as in this session, if any. */
  acting_organisation_id: number | null;
  acting_organisation_name: string | null;
  acting_since: Date | string | null;
  acting_reason: string | null;
}

/** The session whose token has this hash, with its user and their organisation. */
export async function sessionRow(ctx: Pick<AppContext, 'em'>, id: string): Promise<SessionRow | undefined> {
  const [row] = await ctx.em.execute<SessionRow[]>(
    `select u.id as user_id, u.organisation_id, u.login_id, u.first_name, u.last_name, u.email, u.profiles, u.active,
            o.name as organisation_name, s.created_at, s.expires_at, s.last_seen_at,
            ss.organisation_id as acting_organisation_id, ao.name as acting_organisation_name,
            ss.started_at as acting_since, ss.reason as acting_reason
       from user_session s join app_user u on u.id = s.user_id join organisation o on o.id = u.organisation_id
       left join support_session ss on ss.session_id = s.id and ss.ended_at is null
       left join organisation ao on ao.id = ss.organisation_id
      where s.id = ?`,
    [id],
  );
  return row;
}

/**
 * R-SEC-18: the support sessions, newest first: who acted as which organisation, why, from when to when. One whose
 * session expired without signing out ended when the session did.
 */
export async function supportSessions(ctx: Pick<AppContext, 'em'>, organisationId?: number) {
  const rows = await ctx.em.execute<
    {
      id: number;
      user_name: string;
      organisation_id: number;
      organisation_name: string;
      reason: string;
      started_at: Date;
      ended_at: Date | null;
      end_reason: string | null;
    }[]
  >(
    `select ss.id, ss.user_name, ss.organisation_id, o.name as organisation_name, ss.reason, ss.started_at,
            coalesce(ss.ended_at, case when s.id is null or s.expires_at < now() then s.expires_at end) as ended_at,
            coalesce(ss.end_reason, case when s.id is null or s.expires_at < now() then 'EXPIRED' end) as end_reason
       from support_session ss join organisation o on o.id = ss.organisation_id
       left join user_session s on s.id = ss.session_id
      where (?::int is null or ss.organisation_id = ?::int)
      order by ss.started_at desc, ss.id desc
      limit 200`,
    [organisationId ?? null, organisationId ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    who: r.user_name,
    organisation: { id: r.organisation_id, name: r.organisation_name },
    reason: r.reason,
    startedAt: new Date(r.started_at).toISOString(),
    endedAt: r.ended_at ? new Date(r.ended_at).toISOString() : null,
    endReason: r.end_reason,
  }));
}
