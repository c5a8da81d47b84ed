// Requests that create things, made at most once per Idempotency-Key: a retry with the same key gets the first
// answer and creates nothing twice. The key is reserved before any work; a request that failed midway can be retried.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
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
