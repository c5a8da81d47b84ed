// The codec server for Temporal's Web UI (POST /api/codec/decode): a signed-in supervisor or operator reads the
// payloads of workflows they may see (app/temporal-ui/payloads.ts); everyone else gets 401/403, and the Temporal
// server never sees a key. Nothing is encoded for the UI. The UI calls it cross-origin, so its origin
// (TEMPORAL_UI_URL) is allowed with credentials. The caller is signed in before a body of up to 2 MB is read.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';
import { z } from 'zod';
import { decodeForViewer } from '../../app/temporal-ui/payloads.ts';
import { inputMessage } from '../../domain/input.ts';
import { Refusal } from '../../domain/refusals.ts';
import { authenticate, requirePermission, sessionLimits } from '../auth.ts';
import type { Config } from '../../infra/config.ts';
import { parse } from '../http.ts';

const { Payloads } = proto.temporal.api.common.v1;

const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, inputMessage({ en: 'expects base64', fr: 'du base64 est attendu' }));
/** Temporal's codec server protocol: {"payloads":[{metadata:{key:base64},data:base64}]}. */
const codecBody = z.object({
  payloads: z
    .array(z.object({ metadata: z.record(z.string().max(200), base64).optional(), data: base64.optional() }))
    .max(10_000),
});

export function codecRoutes(
  deps: { codec: PayloadCodec | null; uiUrl: string | undefined; orm: MikroORM; temporal: Client },
  config: Pick<Config, 'SESSION_IDLE_MINUTES' | 'SESSION_MAX_HOURS'>,
): Router {
  const r = Router();
  const origin = deps.uiUrl ? new URL(deps.uiUrl).origin : null;
  r.use((req: Request, res: Response, next: NextFunction) => {
    if (origin && req.headers.origin === origin) {
      res.set({
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Credentials': 'true',
        'Access-Control-Allow-Headers': 'authorization, content-type, x-namespace',
        'Access-Control-Allow-Methods': 'POST, OPTIONS',
        Vary: 'Origin',
      });
    }
    if (req.method === 'OPTIONS') return void res.status(204).end();
    next();
  });
  r.use(authenticate(() => deps.orm.em, sessionLimits(config)));
  r.use(express.json({ limit: '2mb' }));
  r.post('/decode', async (req, res) => {
    const user = requirePermission(res, ['case.inspect', 'ops.view']);
    if (!deps.codec)
      throw new Refusal('not-found', 'NOT_FOUND', {
        en: 'Payload encryption is not configured (PAYLOAD_KEYS); payloads are stored as they are.',
        fr:
          "Le chiffrement des données utiles n'est pas configuré " +
          '(PAYLOAD_KEYS); elles sont conservées telles quelles.',
      });
    const { payloads } = Payloads.fromObject(parse(codecBody, req.body));
    const decoded = await decodeForViewer(
      { em: deps.orm.em, temporal: deps.temporal, user },
      deps.codec,
      payloads as Payload[],
    );
    res.json(Payloads.toObject(Payloads.create({ payloads: decoded }), { bytes: String }));
  });
  r.post('/encode', (_req, res) => {
    requirePermission(res, ['case.inspect', 'ops.view']);
    throw new Refusal('forbidden', 'ENCODE_REFUSED', {
      en: "Pathway does not encode payloads for Temporal's Web UI: make changes to a case in Pathway.",
      fr: "Pathway ne code pas de données utiles pour l'interface Web de Temporal : modifiez les cas dans Pathway.",
    });
  });
  return r;
}
