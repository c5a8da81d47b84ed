// The Idempotency-Key header: a retried request with the same key is applied once. Temporal deduplicates Updates by
// it; app/idempotent-requests.ts keeps the answers of requests that create things.
import type { Request } from 'express';
import { Refusal } from '../domain/refusals.ts';

export function idempotencyKeyOf(req: Request): string | undefined {
  const key = req.header('Idempotency-Key');
  if (key === undefined) return undefined;
  if (!/^[A-Za-z0-9._:-]{8,100}$/.test(key)) {
    throw new Refusal('invalid', 'INVALID_IDEMPOTENCY_KEY', {
      en: 'Idempotency-Key: use 8 to 100 letters, digits, ".", "_", ":" or "-" (a UUID is a good choice).',
      fr: 'Idempotency-Key : utilisez de 8 à 100 lettres, chiffres, ".", "_", ":" ou "-" (un UUID convient bien).',
    });
  }
  return key;
}
