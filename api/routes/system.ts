// Health, readiness, session and the development mailbox.
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { Mailer } from '../../infra/mailer.ts';
import { signOut } from '../../app/session/sessions.ts';
import { signIn, type SignInSettings } from '../../app/session/sign-in.ts';
import { devMailbox } from '../../app/system/dev-mailbox.ts';
import { readiness } from '../../app/system/readiness.ts';
import { authenticate, cookieOf, currentUser, DEVICE_COOKIE, SESSION_COOKIE, tokenOf } from '../auth.ts';
import { csrfTokenFor, requireCsrfToken } from '../csrf.ts';
import { parse } from '../http.ts';
import { openApiDocument } from '../openapi.ts';
import { Refusal } from '../../domain/refusals.ts';
import { signInSchema } from '../../domain/schemas/access.ts';

export function healthRoutes(deps: { orm: MikroORM; temporal: Client; mailer: Mailer }): Router {
  const r = Router();
  r.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  r.get('/readyz', async (_req, res) => {
    const ready = await readiness({ em: deps.orm.em, temporal: deps.temporal }, deps.mailer);
    res.status(ready.down.length ? 503 : 200).json(ready);
  });
  r.get('/api/openapi.json', (_req, res) => void res.json(openApiDocument()));
  return r;
}

/** How long a browser keeps the proof that it signed in to an account before. */
const DEVICE_COOKIE_DAYS = 365;

export function sessionRoutes(
  orm: MikroORM,
  settings: SignInSettings & { secureCookies: boolean },
): { open: Router; authed: Router } {
  const { idleMinutes, secureCookies } = settings;
  const open = Router();
  open.post('/session', async (req, res) => {
    const { token, user, expiresAt, device } = await signIn(
      { em: orm.em },
      parse(signInSchema, req.body),
      { address: req.ip ?? 'unknown', device: cookieOf(req, DEVICE_COOKIE) },
      settings,
    );
    const cookie = { httpOnly: true, sameSite: 'strict', secure: secureCookies } as const;
    res.cookie(SESSION_COOKIE, token, { ...cookie, path: '/' });
    res.cookie(DEVICE_COOKIE, device, { ...cookie, path: '/api/session', maxAge: DEVICE_COOKIE_DAYS * 86_400_000 });
    // The token stays in its HttpOnly cookie: no script of the page, nor anything it loads, can read it.
    res.status(201).json({ csrfToken: csrfTokenFor(token), user, expiresAt, idleMinutes });
  });
  // A page of another site must not sign a user out: the cookie alone is not enough, as for any change.
  open.delete('/session', requireCsrfToken, async (req, res) => {
    const token = tokenOf(req);
    if (token) await signOut({ em: orm.em }, token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });
  const authed = Router();
  authed.use(
    authenticate(() => orm.em, settings),
    requireCsrfToken,
  );
  authed.get(
    '/session',
    (req, res) => void res.json({ user: currentUser(res), csrfToken: csrfTokenFor(tokenOf(req)!), idleMinutes }),
  );
  return { open, authed };
}

/**
 * Emails the embedded SMTP sink kept, newest first: the web UI's dev mailbox, mounted only outside production (api/
 * app.ts), for Operations Support and their organisation's emails.
 */
export function mailboxRoutes(orm: MikroORM, dir: string | undefined): Router {
  const r = Router();
  r.get('/dev/mailbox', async (_req, res) => {
    if (!dir)
      throw new Refusal('not-found', 'NOT_FOUND', {
        en: 'The dev mailbox exists only when Pathway runs with its embedded SMTP sink (npm start).',
        fr:
          "La boîte de courriel de développement n'existe que lorsque Pathway fonctionne avec son serveur SMTP " +
          'intégré (npm start).',
      });
    res.json(await devMailbox({ em: orm.em, user: currentUser(res) }, dir));
  });
  return r;
}
