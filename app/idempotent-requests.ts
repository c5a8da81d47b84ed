// Requests made at most once per Idempotency-Key. A request that creates something keeps its answer under the key:
// a retry with the same key gets that answer and creates nothing twice; a retry sent while the first is still at
// work waits for its answer; a request whose work failed releases the key, so it can be tried again. The same key
// with a different request is refused. (Updates to workflows are made once by Temporal itself, by the key; this
// module only checks their key was not used for another request.)
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { IdempotencyKey } from '../db/entities.ts';
import { Refusal } from '../domain/refusals.ts';

export interface StoredResponse {
  status: number;
  body: unknown;
}

/** How long a retry waits for the first request's answer, and how old a reservation with no answer is abandoned. */
const WAIT_MS = 20_000;
const ABANDONED_AFTER = '2 minutes';

const hashOf = (request: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(request ?? null))
    .digest('hex');

const reused = () =>
  new Refusal('rule', 'IDEMPOTENCY_KEY_REUSED', {
    en: 'This Idempotency-Key was already used for a different request; use a new key.',
    fr: 'Cette Idempotency-Key a déjà servi pour une autre requête; utilisez une nouvelle clé.',
  });

/** Claims the key for this request: true when it is this request's to answer. */
async function claim(em: EntityManager, userId: number, key: string, requestHash: string): Promise<boolean> {
  const claimed = await em.execute<unknown[]>(
    `insert into idempotency_key (user_id, key, request_hash) values (?, ?, ?)
     on conflict (user_id, key) do update set created_at = now()
       where idempotency_key.status_code is null and idempotency_key.request_hash = excluded.request_hash
         and idempotency_key.created_at < now() - interval '${ABANDONED_AFTER}'
     returning user_id`,
    [userId, key, requestHash],
  );
  return claimed.length > 0;
}

/** Does `work` once for this key and answers with its answer, now or to any retry. */
export async function once(
  em: EntityManager,
  userId: number,
  key: string | undefined,
  request: unknown,
  work: () => Promise<StoredResponse>,
): Promise<StoredResponse> {
  if (!key) return work();
  const requestHash = hashOf(request);
  for (const deadline = Date.now() + WAIT_MS; ;) {
    if (await claim(em, userId, key, requestHash)) break;
    const row = await em.findOne(IdempotencyKey, { userId, key }, { refresh: true });
    if (row && row.requestHash !== requestHash) throw reused();
    if (row?.statusCode != null) return { status: row.statusCode, body: row.response };
    if (Date.now() > deadline)
      throw new Refusal('conflict', 'IDEMPOTENCY_KEY_IN_USE', {
        en: 'The first request with this Idempotency-Key is still being handled; send it again in a moment.',
        fr:
          'La première requête avec cette Idempotency-Key est encore ' +
          'en traitement; envoyez-la de nouveau dans un instant.',
      });
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    const answer = await work();
    await em.nativeUpdate(IdempotencyKey, { userId, key }, { statusCode: answer.status, response: answer.body });
    return answer;
  } catch (err) {
    await releaseKey(em, userId, key);
    throw err;
  }
}

/** Nothing was answered under the key: it is free again, for a retry or a corrected request. */
export async function releaseKey(em: EntityManager, userId: number, key: string): Promise<void> {
  await em.nativeDelete(IdempotencyKey, { userId, key, statusCode: null }).catch(() => {});
}

/** An Update's key may not have been used for another request (Temporal makes each Update once, by its key). */
export async function checkUpdateKey(em: EntityManager, userId: number, key: string, request: unknown): Promise<void> {
  const requestHash = hashOf(request);
  if (await claim(em, userId, key, requestHash)) return;
  const row = await em.findOne(IdempotencyKey, { userId, key }, { refresh: true });
  if (row && row.requestHash !== requestHash) throw reused();
}
