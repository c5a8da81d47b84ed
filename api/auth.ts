// Sign-in, sessions that expire after SESSION_IDLE_MINUTES without activity (R-UI-02), and the
// permission check every route makes. A session is a random token; only its hash is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation, User, UserSession } from '../db/entities.ts';
import { escapeLike } from '../db/sql.ts';
import { ACTIONS, can, type Action } from '../domain/permissions.ts';
import { isOps, organisationInactive } from '../domain/access.ts';
import { Refusal } from '../domain/refusals.ts';
import { verifyPassword } from '../infra/passwords.ts';
import type { SessionUser } from '../app/context.ts';
import { type SignInInput } from '../domain/schemas/access.ts';

export const SESSION_COOKIE = 'pathway_session';

/** Session and invitation tokens are stored only as their SHA-256. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Failed sign-ins per organisation+login in the current window; 5 lock the login for 15 minutes. */
const failures = new Map<string, { count: number; until: number }>();
const MAX_FAILURES = 5;
const LOCK_MS = 15 * 60_000;

export async function signIn(
  em: EntityManager,
  input: SignInInput,
  idleMinutes: number,
): Promise<{ token: string; user: SessionUser; expiresAt: Date }> {
  const key = `${input.organisationCode.toLowerCase()}|${input.loginId.toLowerCase()}`;
  const now = Date.now();
  const f = failures.get(key);
  if (f && f.count >= MAX_FAILURES && f.until > now) {
    throw new Refusal(
      'too-many',
      'TOO_MANY_ATTEMPTS',
      `Too many failed sign-ins. Try again after ${new Date(f.until).toISOString()}.`,
    );
  }
  const org = await em.findOne(Organisation, { code: input.organisationCode });
  const user = org
    ? await em.findOne(
        User,
        { organisationId: org.id, loginId: { $ilike: escapeLike(input.loginId) }, active: true },
        { populate: ['passwordHash'] },
      )
    : null;
  if (!org || !user || !user.passwordHash || !(await verifyPassword(input.password, user.passwordHash))) {
    const entry = f && f.until > now ? f : { count: 0, until: now + LOCK_MS };
    entry.count += 1;
    failures.set(key, entry);
    throw new Refusal('unauthenticated', 'SIGN_IN_FAILED', 'The organisation, user ID or password is not correct.');
  }
  failures.delete(key);
  // R-ORG-08: nobody but Operations Support signs in to an inactive organisation.
  if (org.inactive && !isOps(user.profiles))
    throw new Refusal('forbidden', 'ORGANISATION_INACTIVE', organisationInactive().message);
  user.lastSignInAt = new Date(now);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now + idleMinutes * 60_000);
  em.create(UserSession, { id: tokenHash(token), userId: user.id, lastSeenAt: new Date(now), expiresAt });
  await em.flush();
  return { token, user: toSessionUser(user, org), expiresAt };
}

/** The signed-in user as the API and UI see them. */
export function toSessionUser(
  user: {
    id: number;
    organisationId: number;
    loginId?: string | null;
    firstName: string;
    lastName: string;
    email: string;
    profiles: string[];
  },
  org: { name: string },
): SessionUser {
  return {
    id: user.id,
    organisationId: user.organisationId,
    organisationName: org.name,
    loginId: user.loginId ?? '',
    name: `${user.lastName}, ${user.firstName}`,
    email: user.email,
    profiles: user.profiles,
    permissions: ACTIONS.filter((a) => can(user.profiles, a)),
  };
}

export function sessionCookieOf(req: Request): string | undefined {
  const cookie = req.headers.cookie
    ?.split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === SESSION_COOKIE);
  return cookie?.[1];
}

/** The session token: the Bearer header's, else the session cookie's. */
export function tokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7);
  return sessionCookieOf(req);
}

/** Loads the signed-in user into res.locals.user and slides the session's expiry; 401 otherwise. */
export function authenticate(emOf: () => EntityManager, idleMinutes: number) {
  /** A session's last-seen time and expiry are written at most this often. */
  const slideMs = 60_000;
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = tokenOf(req);
    if (!token) throw new Refusal('unauthenticated', 'SIGN_IN_REQUIRED', 'Sign in first.');
    const em = emOf();
    const id = tokenHash(token);
    const now = new Date();
    // One round trip for session, user and organisation: this runs before every request.
    const [row] = await em.execute<
      {
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
      }[]
    >(
      `select u.id as user_id, u.organisation_id, u.login_id, u.first_name, u.last_name, u.email, u.profiles, u.active,
        o.name as organisation_name,
              s.expires_at <= ? as expired, s.last_seen_at <= ? as slide
         from user_session s join app_user u on u.id = s.user_id join organisation o on o.id = u.organisation_id
        where s.id = ?`,
      [now, new Date(now.getTime() - slideMs), id],
    );
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
      await em.nativeUpdate(
        UserSession,
        { id },
        { lastSeenAt: now, expiresAt: new Date(now.getTime() + idleMinutes * 60_000) },
      );
    res.locals.user = toSessionUser(
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
    next();
  };
}

/** Ends every session of these users at once (R-SEC-11, R-SEC-12, R-ORG-08). */
export async function endSessions(em: EntityManager, userIds: number[]): Promise<void> {
  if (userIds.length) await em.nativeDelete(UserSession, { userId: { $in: userIds } });
}

export async function signOut(em: EntityManager, req: Request): Promise<void> {
  const token = tokenOf(req);
  if (token) await em.nativeDelete(UserSession, { id: tokenHash(token) });
}

export const currentUser = (res: Response): SessionUser => res.locals.user as SessionUser;

/** The signed-in user, if their profiles allow `action` (or any of several); 403 otherwise. */
export function requirePermission(res: Response, action: Action | Action[]): SessionUser {
  const user = currentUser(res);
  const actions = Array.isArray(action) ? action : [action];
  if (!actions.some((a) => can(user.profiles, a))) {
    throw new Refusal(
      'forbidden',
      'FORBIDDEN',
      `Your security profiles (${user.profiles.join(', ') || 'none'}) do not allow ${actions.join(' or ')}.`,
    );
  }
  return user;
}
