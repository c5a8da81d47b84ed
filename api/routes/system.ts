// Health, readiness, session and the development mailbox.
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { Mailer } from '../../infra/mailer.ts';
import { signOut } from '../../app/session/sessions.ts';
import { signIn } from '../../app/session/sign-in.ts';
import { devMailbox } from '../../app/system/dev-mailbox.ts';
import { readiness } from '../../app/system/readiness.ts';
import { authenticate, currentUser, SESSION_COOKIE, tokenOf } from '../auth.ts';
import { csrfTokenFor, requireCsrfToken } from '../csrf.ts';
import { parse } from '../http.ts';
import { openApiDocument } from '../openapi.ts';
import { signInSchema } from '../../domain/schemas/access.ts';
import { Refusal } from '../../domain/refusals.ts';

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

export function sessionRoutes(
  orm: MikroORM,
  idleMinutes: number,
  secureCookies: boolean,
): { open: Router; authed: Router } {
  const open = Router();
  open.post('/session', async (req, res) => {
    const { token, user, expiresAt } = await signIn({ em: orm.em }, parse(signInSchema, req.body), idleMinutes);
    res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: secureCookies, path: '/' });
    res.status(201).json({ token, csrfToken: csrfTokenFor(token), user, expiresAt, idleMinutes });
  });
  open.delete('/session', async (req, res) => {
    const token = tokenOf(req);
    if (token) await signOut({ em: orm.em }, token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });
  const authed = Router();
  authed.use(
    authenticate(() => orm.em, idleMinutes),
    requireCsrfToken,
  );
  authed.get(
    '/session',
    (req, res) => void res.json({ user: currentUser(res), csrfToken: csrfTokenFor(tokenOf(req)!), idleMinutes }),
  );
  return { open, authed };
}

/** Emails the embedded SMTP sink kept, newest first: the web UI's dev mailbox. */
export function mailboxRoutes(dir: string | undefined): Router {
  const r = Router();
  r.get('/dev/mailbox', async (_req, res) => {
    if (!dir)
      throw new Refusal('not-found', 'NOT_FOUND', {
        en: 'The dev mailbox exists only when Pathway runs with its embedded SMTP sink (npm start).',
        fr: "La boîte de courriel de développement n'existe que lorsque Pathway fonctionne avec son serveur SMTP intégré (npm start).",
      });
    res.json(await devMailbox(dir));
  });
  return r;
}
