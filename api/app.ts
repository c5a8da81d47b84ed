// The Express application: JSON API under /api, health endpoints, and the web UI's static files.
import express from 'express';
import { RequestContext, type MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import type { Logger } from '../infra/logger.ts';
import type { Mailer } from '../infra/mailer.ts';
import type { Config } from '../infra/config.ts';
import { sessionLimits } from './auth.ts';
import { errorHandler, refuseNulCharacters } from './http.ts';
import { webUiRoutes } from './web-ui.ts';
import { httpsOnly, noStore } from './response-headers.ts';
import { Refusal } from '../domain/refusals.ts';
import { additionalInfoRoutes } from './routes/additional-info.ts';
import { caseActionRoutes } from './routes/case-actions.ts';
import { caseRoutes } from './routes/cases.ts';
import { codecRoutes } from './routes/codec.ts';
import { contactRoutes, publicAccessRoutes } from './routes/contacts.ts';
import { supportRoutes } from './routes/support.ts';
import { documentRoutes } from './routes/documents.ts';
import { fundingRoutes } from './routes/funding.ts';
import { individualRoutes } from './routes/individuals.ts';
import { operationsRoutes } from './routes/operations.ts';
import { passwordChangeRoutes, passwordResetRoutes } from './routes/passwords.ts';
import { referralDraftRoutes } from './routes/referral-drafts.ts';
import { referralRoutes } from './routes/referrals.ts';
import { referenceRoutes } from './routes/reference.ts';
import { reminderRoutes } from './routes/reminders.ts';
import { reportRoutes } from './routes/reports.ts';
import { businessPartnerRoutes } from './routes/business-partners.ts';
import { navigationRoutes } from './routes/navigation.ts';
import { serviceRoutes } from './routes/services.ts';
import { supervisionRoutes } from './routes/supervision.ts';
import { healthRoutes, mailboxRoutes, sessionRoutes } from './routes/system.ts';

export interface AppDeps {
  config: Config;
  orm: MikroORM;
  temporal: Client;
  mailer: Mailer;
  log: Logger;
  /** The payload codec, served to Temporal's Web UI so authorised users can read encrypted histories. */
  codec?: PayloadCodec | null;
}

export function createApp({ config, orm, temporal, mailer, log, codec }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // The client's address (per-address limits, the audit log) comes from X-Forwarded-For only when TRUST_PROXY names
  // the proxy that set it; otherwise it is the connection's.
  app.set('trust proxy', config.TRUST_PROXY ?? false);
  app.use((_req, res, next) => {
    res.set({
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'same-origin',
      // Only Pathway's own files run or style the page; it cannot be framed, nor post forms elsewhere.
      'Content-Security-Policy': [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ].join('; '),
    });
    next();
  });
  if (config.NODE_ENV === 'production') app.use(httpsOnly);
  app.use('/api', noStore);
  // One entity manager per request (MikroORM's request context): orm.em inside a request is that request's own.
  app.use((_req, _res, next) => RequestContext.create(orm.em, next));
  // Before the body parsers: the codec endpoint signs its caller in before it reads a body of up to 2 MB.
  app.use('/api/codec', codecRoutes({ codec: codec ?? null, uiUrl: config.TEMPORAL_UI_URL, orm, temporal }, config));
  app.use(express.json({ limit: '200kb' }));
  app.use(refuseNulCharacters);
  app.use(healthRoutes({ orm, temporal, mailer }));

  const session = sessionRoutes(orm, {
    ...sessionLimits(config),
    failuresPerAddress: config.SIGN_IN_FAILURES_PER_ADDRESS,
    secureCookies: config.NODE_ENV === 'production',
  });
  const access = {
    orm,
    temporal,
    publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
    attemptsPerMinute: config.PUBLIC_ATTEMPTS_PER_MINUTE,
  };
  app.use('/api', session.open);
  app.use('/api', publicAccessRoutes(access));
  app.use('/api', passwordResetRoutes({ ...access, log }));
  app.use('/api', session.authed);
  app.use('/api', passwordChangeRoutes({ orm, temporal }));
  app.use('/api', contactRoutes(access));
  app.use('/api', supportRoutes(access));
  app.use('/api', referenceRoutes());
  app.use('/api', individualRoutes(orm));
  app.use('/api', additionalInfoRoutes(orm, temporal));
  app.use(
    '/api',
    caseRoutes({ orm, temporal, temporalUiUrl: config.TEMPORAL_UI_URL, namespace: config.TEMPORAL_NAMESPACE }),
  );
  app.use('/api', caseActionRoutes(orm, temporal));
  app.use('/api', referralRoutes(orm));
  app.use('/api', referralDraftRoutes({ orm, temporal }));
  app.use('/api', reminderRoutes(orm));
  app.use('/api', businessPartnerRoutes(orm));
  app.use('/api', navigationRoutes(orm, temporal));
  app.use(
    '/api',
    operationsRoutes(orm, temporal, { url: config.TEMPORAL_UI_URL, namespace: config.TEMPORAL_NAMESPACE }),
  );
  app.use('/api', supervisionRoutes(orm, temporal));
  app.use('/api', serviceRoutes({ orm, temporal }));
  app.use('/api', fundingRoutes({ orm, temporal }));
  app.use('/api', documentRoutes({ orm, temporal }));
  app.use('/api', reportRoutes(orm, temporal));
  // Invitation and reset links pass through the dev mailbox: in production it does not exist.
  if (config.NODE_ENV !== 'production') app.use('/api', mailboxRoutes(orm, config.MAILBOX_DIR));
  app.use('/api', (req) => {
    throw new Refusal('not-found', 'NOT_FOUND', {
      en: `No API route ${req.method} ${req.path}; see /api/openapi.json.`,
      fr: `Aucune route d'API ${req.method} ${req.path}; consultez /api/openapi.json.`,
    });
  });
  app.use(webUiRoutes());
  app.use(errorHandler(log));
  return app;
}
