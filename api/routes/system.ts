// Health, readiness, session and the development mailbox.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { simpleParser } from 'mailparser';
import type { Mailer } from '../../infra/mailer.ts';
import { authenticate, currentUser, SESSION_COOKIE, tokenOf } from '../auth.ts';
import { signIn } from '../../app/session/sign-in.ts';
import { signOut } from '../../app/session/sessions.ts';
import { csrfTokenFor, requireCsrfToken } from '../csrf.ts';
import { parse } from '../http.ts';
import { openApiDocument } from '../openapi.ts';
import { signInSchema } from '../../domain/schemas/access.ts';

const within = <T>(ms: number, p: Promise<T>) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)),
  ]);

export function healthRoutes(deps: { orm: MikroORM; temporal: Client; mailer: Mailer }): Router {
  const r = Router();
  r.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  r.get('/readyz', async (_req, res) => {
    const checks: Record<string, () => Promise<unknown>> = {
      database: () => deps.orm.em.execute('select 1'),
      temporal: () => deps.temporal.workflowService.getSystemInfo({}),
      smtp: () => deps.mailer.verify(),
    };
    const results = await Promise.all(
      Object.entries(checks).map(async ([name, check]) => {
        try {
          await within(3000, check());
          return [name, { ok: true }] as const;
        } catch (e) {
          return [name, { ok: false, error: (e as Error).message }] as const;
        }
      }),
    );
    const down = results.filter(([, r]) => !r.ok).map(([n]) => n);
    res
      .status(down.length ? 503 : 200)
      .json({ status: down.length ? 'unavailable' : 'ready', down, checks: Object.fromEntries(results) });
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
      return void res.status(404).json({
        error: 'NOT_FOUND',
        message: 'The dev mailbox exists only when Pathway runs with its embedded SMTP sink (npm start).',
      });
    const files = (await readdir(dir).catch(() => [] as string[]))
      .filter((f) => f.endsWith('.eml'))
      .sort()
      .reverse()
      .slice(0, 200);
    const messages = await Promise.all(
      files.map(async (f) => {
        const mail = await simpleParser(await readFile(path.join(dir, f)));
        const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
        const attachments = mail.attachments.map((a) => ({
          filename: a.filename ?? '',
          contentType: a.contentType,
          size: a.size,
        }));
        return {
          id: f.replace(/\.eml$/, ''),
          to,
          subject: mail.subject ?? '',
          text: mail.text ?? '',
          date: mail.date?.toISOString() ?? null,
          attachments,
        };
      }),
    );
    res.json(messages);
  });
  return r;
}
