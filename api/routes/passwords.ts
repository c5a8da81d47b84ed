// Passwords (R-UI-07): the signed-in user changes theirs; a user who forgot theirs asks for a link by email, and the
// page the link opens sets a new one. The public routes are throttled per address; the link's token is its only key.
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { changePassword } from '../../app/session/password-change.ts';
import {
  passwordResetLanding,
  refuseTooManyResetRequests,
  requestPasswordReset,
  resetPassword,
} from '../../app/session/password-reset.ts';
import { RESET_REQUESTED } from '../../domain/password-changes.ts';
import { passwordChangeSchema, passwordResetRequestSchema, passwordResetSchema } from '../../domain/schemas/access.ts';
import type { Logger } from '../../infra/logger.ts';
import { auditActorOf, currentUser, tokenOf } from '../auth.ts';
import { parse } from '../http.ts';
import { rateLimit } from './contacts.ts';

export interface PasswordRouteDeps {
  orm: MikroORM;
  temporal: Client;
  publicUrl: string;
  attemptsPerMinute: number;
  log: Logger;
}

/** Public: the forgotten-password request, the link's page and the new password it sets. */
export function passwordResetRoutes({ orm, temporal, publicUrl, attemptsPerMinute, log }: PasswordRouteDeps): Router {
  const r = Router();
  const tokenLimit = rateLimit(attemptsPerMinute, (outcome) => outcome === 'refused');
  r.post('/password-resets', async (req, res) => {
    const { email } = parse(passwordResetRequestSchema, req.body);
    await refuseTooManyResetRequests({ em: orm.em }, req.ip, attemptsPerMinute);
    // Answered before any account is looked up: neither the answer nor its timing tells whether one uses the address.
    const fr = req.acceptsLanguages('en', 'fr') === 'fr';
    res.status(202).json({ message: fr ? RESET_REQUESTED.fr : RESET_REQUESTED.en });
    await requestPasswordReset({ em: orm.em, temporal, publicUrl }, email).catch((err: unknown) =>
      log.error({ err }, 'A forgotten-password request failed after it was answered; the user may ask again.'),
    );
  });
  r.get('/password-resets/:token', async (req, res) => {
    res.json(await tokenLimit(req, () => passwordResetLanding({ em: orm.em }, String(req.params.token).slice(0, 200))));
  });
  r.post('/password-resets/complete', async (req, res) => {
    const input = parse(passwordResetSchema, req.body);
    const origin = { ip: req.ip, userAgent: req.get('user-agent') };
    res.json(await tokenLimit(req, () => resetPassword({ em: orm.em, temporal }, input, origin)));
  });
  return r;
}

/** Signed in: change one's own password; the other sessions end, this one stays. */
export function passwordChangeRoutes({ orm, temporal }: Pick<PasswordRouteDeps, 'orm' | 'temporal'>): Router {
  const r = Router();
  r.post('/account/password', async (req, res) => {
    const input = parse(passwordChangeSchema, req.body);
    const ctx = { em: orm.em, temporal, user: currentUser(res), audit: auditActorOf(req, res) };
    res.json(await changePassword(ctx, tokenOf(req)!, input));
  });
  return r;
}
