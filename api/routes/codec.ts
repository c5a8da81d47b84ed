// The codec server for Temporal's Web UI (POST /api/codec/decode and /encode): users allowed to inspect
// workflows read encrypted payloads in the UI; everyone else gets 401/403, and the Temporal server never
// sees a key. The UI calls it cross-origin, so its origin (TEMPORAL_UI_URL) is allowed with credentials.
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PayloadCodec } from '@temporalio/common';
import { Refusal } from '../../domain/refusals.ts';
import { codecRequest } from '../../infra/payload-codec.ts';
import { authenticate, requirePermission } from '../auth.ts';

export function codecRoutes(
  codec: PayloadCodec | null,
  uiUrl: string | undefined,
  emOf: () => EntityManager,
  idleMinutes: number,
): Router {
  const r = Router();
  const origin = uiUrl ? new URL(uiUrl).origin : null;
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
  r.use(authenticate(emOf, idleMinutes));
  for (const direction of ['encode', 'decode'] as const) {
    r.post(`/${direction}`, async (req, res) => {
      requirePermission(res, 'case.inspect');
      if (!codec)
        throw new Refusal(
          'not-found',
          'NOT_FOUND',
          'Payload encryption is not configured (PAYLOAD_KEYS); payloads are stored as they are.',
        );
      res.json(await codecRequest(codec, direction, req.body));
    });
  }
  return r;
}
