// Idempotency-Key for POSTs that create things: a retried request with the same key gets the first answer
// and creates nothing twice. The key is reserved before any work; a request that failed midway can be retried.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request } from 'express';
import { IdempotencyKey } from '../db/entities.ts';
import { Refusal } from '../domain/refusals.ts';

export interface StoredResponse {
  status: number;
  body: unknown;
}

const hashBody = (body: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(body ?? null))
    .digest('hex');

export function idempotencyKeyOf(req: Request): string | undefined {
  const key = req.header('Idempotency-Key');
  if (key === undefined) return undefined;
  if (!/^[A-Za-z0-9._:-]{8,100}$/.test(key)) {
    throw new Refusal(
      'invalid',
      'INVALID_IDEMPOTENCY_KEY',
      'Idempotency-Key: use 8 to 100 letters, digits, ".", "_", ":" or "-" (a UUID is a good choice).',
    );
  }
  return key;
}

/** The stored answer for this key, or null once the key is reserved for this request. */
export async function reserveKey(
  em: EntityManager,
  userId: number,
  key: string,
  body: unknown,
): Promise<StoredResponse | null> {
  const requestHash = hashBody(body);
  await em.execute('insert into idempotency_key (user_id, key, request_hash) values (?, ?, ?) on conflict do nothing', [
    userId,
    key,
    requestHash,
  ]);
  const row = await em.fork().findOneOrFail(IdempotencyKey, { userId, key });
  if (row.requestHash !== requestHash) {
    throw new Refusal(
      'rule',
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was already used for a different request; use a new key.',
    );
  }
  return row.statusCode == null ? null : { status: row.statusCode, body: row.response };
}

export async function storeResponse(
  em: EntityManager,
  userId: number,
  key: string,
  response: StoredResponse,
): Promise<void> {
  await em.nativeUpdate(IdempotencyKey, { userId, key }, { statusCode: response.status, response: response.body });
}
