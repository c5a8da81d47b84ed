// Sessions over HTTP: the session cookie, the middleware that loads the signed-in user for every request (the
// session itself is app/session/'s), and the permission check every route makes.
import type { NextFunction, Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditActor } from '../domain/access-audit.ts';
import { can, type Action } from '../domain/permissions.ts';
import type { SessionLimits } from '../domain/sessions.ts';
import type { Config } from '../infra/config.ts';
import { Refusal } from '../domain/refusals.ts';
import type { SessionUser } from '../app/context.ts';
import { sessionOf } from '../app/session/sessions.ts';

export const SESSION_COOKIE = 'pathway_session';
/** The proof that this browser signed in to an account before (app/session/known-devices.ts). */
export const DEVICE_COOKIE = 'pathway_device';

export function cookieOf(req: Request, name: string): string | undefined {
  const cookie = req.headers.cookie
    ?.split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name);
  return cookie?.[1];
}

export const sessionCookieOf = (req: Request): string | undefined => cookieOf(req, SESSION_COOKIE);

/** The session token: the Bearer header's, else the session cookie's. */
export function tokenOf(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7);
  return sessionCookieOf(req);
}

/** How long sessions last, from the configuration. */
export const sessionLimits = (config: Pick<Config, 'SESSION_IDLE_MINUTES' | 'SESSION_MAX_HOURS'>): SessionLimits => ({
  idleMinutes: config.SESSION_IDLE_MINUTES,
  maxHours: config.SESSION_MAX_HOURS,
});

/** Loads the signed-in user into res.locals.user and slides the session's expiry; 401 otherwise. */
export function authenticate(emOf: () => EntityManager, limits: SessionLimits) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = tokenOf(req);
    if (!token)
      throw new Refusal('unauthenticated', 'SIGN_IN_REQUIRED', { en: 'Sign in first.', fr: "Connectez-vous d'abord." });
    const { user, fullName } = await sessionOf({ em: emOf() }, token, limits);
    res.locals.user = user;
    res.locals.fullName = fullName;
    next();
  };
}

export const currentUser = (res: Response): SessionUser => res.locals.user as SessionUser;

/** The signed-in user as the access audit log records them (R-SEC-14): name, address and browser. */
export const auditActorOf = (req: Request, res: Response): AuditActor => ({
  id: currentUser(res).id,
  name: res.locals.fullName as string,
  ip: req.ip ?? null,
  userAgent: req.get('user-agent') ?? null,
});

/** The signed-in user, if their profiles allow `action` (or any of several); 403 otherwise. */
export function requirePermission(res: Response, action: Action | Action[]): SessionUser {
  const user = currentUser(res);
  const actions = Array.isArray(action) ? action : [action];
  if (!actions.some((a) => can(user.profiles, a))) {
    throw new Refusal('forbidden', 'FORBIDDEN', {
      en: `Your security profiles (${user.profiles.join(', ') || 'none'}) do not allow ${actions.join(' or ')}.`,
      fr:
        `Vos profils de sécurité (${user.profiles.join(', ') || 'aucun'}) ` +
        `ne permettent pas : ${actions.join(' ou ')}.`,
    });
  }
  return user;
}
