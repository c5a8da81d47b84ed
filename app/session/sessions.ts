// Sessions that expire after the idle time without activity (R-UI-02) or a fixed time after sign-in, and their end:
// signing out, or every session of users who lose access at once. A session is a random token; only its hash is stored.
import { User, UserSession } from '../../db/entities.ts';
import { isOps, OPS_PROFILES } from '../../domain/access.ts';
import { assertNoViolations } from '../../domain/refusals.ts';
import { sessionExpiry, slideDue, validateSession, type SessionLimits } from '../../domain/sessions.ts';
import type { AppContext, SessionUser } from '../context.ts';
import { sessionRow, type SessionRow } from './queries.ts';
import { toSessionUser } from './session-user.ts';
import type { ActingAs } from '../../domain/support-sessions.ts';
import { endSupportSession } from './support-sessions.ts';
import { tokenHash } from './tokens.ts';

export interface SignedIn {
  user: SessionUser;
  /** "First Last", as the access audit log names the person (R-SEC-14). */
  fullName: string;
}

/** Who is signed in with this token; their session's expiry slides (R-UI-02). Refused once the session has ended. */
export async function sessionOf(ctx: Pick<AppContext, 'em'>, token: string, limits: SessionLimits): Promise<SignedIn> {
  const id = tokenHash(token);
  const now = new Date();
  const row = await sessionRow(ctx, id);
  const session = row && {
    signedInAt: new Date(row.created_at),
    expiresAt: new Date(row.expires_at),
    userActive: row.active,
  };
  assertNoViolations(validateSession(session, now, limits));
  // validateSession refused a missing session.
  const {
    user_id,
    organisation_id,
    login_id,
    first_name,
    last_name,
    email,
    profiles,
    organisation_name,
    last_seen_at,
  } = row as SessionRow;
  if (slideDue(new Date(last_seen_at), now))
    await ctx.em.nativeUpdate(
      UserSession,
      { id },
      { lastSeenAt: now, expiresAt: sessionExpiry(now, session!.signedInAt, limits) },
    );
  // R-SEC-18: while Operations Support acts as an organisation, every use case works in that organisation's data.
  const acting = actingAsOf(row as SessionRow);
  const user = toSessionUser(
    {
      id: user_id,
      organisationId: acting?.organisationId ?? organisation_id,
      loginId: login_id,
      firstName: first_name,
      lastName: last_name,
      email,
      profiles,
    },
    { name: acting?.organisationName ?? organisation_name },
  );
  return {
    user: { ...user, actingAs: acting },
    fullName: `${first_name} ${last_name}`,
  };
}

/** R-SEC-18: the support session open in this session, for a user who is still Operations Support. */
function actingAsOf(row: SessionRow): ActingAs | null {
  if (row.acting_organisation_id == null || !isOps(row.profiles)) return null;
  return {
    organisationId: row.acting_organisation_id,
    organisationName: row.acting_organisation_name!,
    ownOrganisationName: row.organisation_name,
    since: new Date(row.acting_since!).toISOString(),
    reason: row.acting_reason!,
  };
}

export async function signOut(ctx: Pick<AppContext, 'em'>, token: string): Promise<void> {
  await endSupportSession(ctx, tokenHash(token), 'SIGNED_OUT');
  await ctx.em.nativeDelete(UserSession, { id: tokenHash(token) });
}

/** Ends every session of these users at once (R-SEC-11, R-SEC-12). */
export async function endSessions(ctx: Pick<AppContext, 'em'>, userIds: number[]): Promise<void> {
  if (!userIds.length) return;
  // R-SEC-18: a support session ends with the session it belongs to.
  await ctx.em.execute(
    `update support_session set ended_at = now(), end_reason = 'ACCESS_ENDED'
      where ended_at is null and user_id in (${userIds.map(() => '?').join(', ')})`,
    userIds,
  );
  await ctx.em.nativeDelete(UserSession, { userId: { $in: userIds } });
}

/** R-ORG-08: ends the sessions of an organisation's users in one statement; Operations Support keeps theirs. */
export async function endOrganisationSessions(ctx: Pick<AppContext, 'em'>, organisationId: number): Promise<void> {
  const users = ctx.em
    .createQueryBuilder(User)
    .select('id')
    .where({ organisationId, $not: { profiles: { $overlap: [...OPS_PROFILES] } } });
  await ctx.em.nativeDelete(UserSession, { userId: { $in: users.toRaw() } });
}
