// Sessions that expire after the idle time without activity (R-UI-02), and their end: signing out, or every session of
// users who lose access at once. A session is a random token; only its hash is stored.
import { UserSession } from '../../db/entities.ts';
import { Refusal } from '../../domain/refusals.ts';
import type { AppContext, SessionUser } from '../context.ts';
import { sessionRow } from './queries.ts';
import { toSessionUser } from './session-user.ts';
import { tokenHash } from './tokens.ts';

/** A session's last-seen time and expiry are written at most this often. */
const SLIDE_MS = 60_000;

/** The user signed in with this token, sliding the session's expiry; refused when it has ended. */
export async function sessionOf(ctx: Pick<AppContext, 'em'>, token: string, idleMinutes: number): Promise<SessionUser> {
  const id = tokenHash(token);
  const now = new Date();
  const row = await sessionRow(ctx, id, now, new Date(now.getTime() - SLIDE_MS));
  if (!row || row.expired) {
    throw new Refusal(
      'unauthenticated',
      'SESSION_EXPIRED',
      `Your session has ended after ${idleMinutes} minutes without activity. Sign in again.`,
    );
  }
  if (!row.active) throw new Refusal('unauthenticated', 'SIGN_IN_REQUIRED', 'Sign in first.');
  // The expiry slides at most once a minute, not on every request: a session ends between idleMinutes − 1
  // and idleMinutes after the last request, never later (R-UI-02).
  if (row.slide)
    await ctx.em.nativeUpdate(
      UserSession,
      { id },
      { lastSeenAt: now, expiresAt: new Date(now.getTime() + idleMinutes * 60_000) },
    );
  return toSessionUser(
    {
      id: row.user_id,
      organisationId: row.organisation_id,
      loginId: row.login_id,
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      profiles: row.profiles,
    },
    { name: row.organisation_name },
  );
}

export async function signOut(ctx: Pick<AppContext, 'em'>, token: string): Promise<void> {
  await ctx.em.nativeDelete(UserSession, { id: tokenHash(token) });
}

/** Ends every session of these users at once (R-SEC-11, R-SEC-12, R-ORG-08). */
export async function endSessions(ctx: Pick<AppContext, 'em'>, userIds: number[]): Promise<void> {
  if (userIds.length) await ctx.em.nativeDelete(UserSession, { userId: { $in: userIds } });
}
