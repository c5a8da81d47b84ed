// CSRF protection for cookie sessions. A browser attaches the session cookie to any request it sends to
// Pathway, so a change made with the cookie must also carry X-CSRF-Token, which only a page of ours can
// read (from POST or GET /api/session). The token is an HMAC of the session token: nothing more is stored,
// it ends with the session, and it reveals nothing of the session token. Bearer-token clients are exempt:
// browsers never add an Authorization header on their own.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { Refusal } from '../domain/refusals.ts';
import { sessionCookieOf } from './auth.ts';

export const CSRF_HEADER = 'X-CSRF-Token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrfTokenFor = (sessionToken: string): string =>
  createHmac('sha256', sessionToken).update('pathway csrf v1').digest('base64url');

function matches(sent: string, expected: string): boolean {
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** After authentication: a change authenticated by the session cookie needs the session's CSRF token; 403 otherwise. */
export function requireCsrfToken(req: Request, _res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method) || req.headers.authorization?.startsWith('Bearer ')) return next();
  const cookie = sessionCookieOf(req);
  if (!cookie) return next();
  const sent = req.header(CSRF_HEADER);
  if (!sent) {
    throw new Refusal('forbidden', 'CSRF_TOKEN_MISSING', {
      en:
        `A change made with the session cookie must send the ${CSRF_HEADER} header that POST or GET ` +
        `/api/session returned (csrfToken). Reload the page and try again.`,
      fr:
        `Une modification faite avec le témoin de session doit envoyer l'en-tête ${CSRF_HEADER} que POST ou ` +
        `GET /api/session a renvoyé (csrfToken). Rechargez la page et réessayez.`,
    });
  }
  if (!matches(sent, csrfTokenFor(cookie))) {
    throw new Refusal('forbidden', 'CSRF_TOKEN_INVALID', {
      en:
        `The ${CSRF_HEADER} header does not belong to this session. ` +
        `Reload the page (or sign in again) and try again.`,
      fr:
        `L'en-tête ${CSRF_HEADER} n'appartient pas à cette session. Rechargez la page (ou ouvrez une nouvelle ` +
        `session) et réessayez.`,
    });
  }
  next();
}
