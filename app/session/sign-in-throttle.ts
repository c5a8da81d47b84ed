// Failed sign-ins counted in PostgreSQL (the rules are domain/sign-in-throttle.ts's): a try locks its keys' rows, so
// tries made in parallel, on any API instance, are counted one after the other and only those the waits allow are
// evaluated.
import type { EntityManager } from '@mikro-orm/postgresql';
import { RuleViolationError } from '../../domain/refusals.ts';
import {
  claimAttempt,
  FORGET_AFTER_MS,
  tooManySignIns,
  type Throttle,
  type ThrottleKey,
} from '../../domain/sign-in-throttle.ts';

interface ThrottleRow {
  key: string;
  failures: number;
  next_attempt_at: Date | string;
}

/** Counts a try as failed before it is evaluated; refused (429, saying when to try again) while a key still waits. */
export async function claimSignIn(em: EntityManager, keys: ThrottleKey[], now: Date): Promise<void> {
  // One order for every try: two tries never wait for each other's rows in opposite orders.
  const names = keys.map((k) => k.key).sort();
  const decision = await em.transactional(async (tx) => {
    await tx.execute(
      `insert into sign_in_throttle (key, next_attempt_at)
       values ${names.map(() => `(?, timestamptz 'epoch')`).join(', ')} on conflict (key) do nothing`,
      names,
    );
    const rows = await tx.execute<ThrottleRow[]>(
      'select key, failures, next_attempt_at from sign_in_throttle where key in (?) order by key for update',
      [names],
    );
    const current: Throttle[] = rows.map((r) => ({
      key: r.key,
      failures: r.failures,
      nextAttemptAt: new Date(r.next_attempt_at),
    }));
    const claim = claimAttempt(keys, current, now);
    if ('counted' in claim)
      for (const t of claim.counted)
        await tx.execute('update sign_in_throttle set failures = ?, next_attempt_at = ? where key = ?', [
          t.failures,
          t.nextAttemptAt,
          t.key,
        ]);
    return claim;
  });
  if ('refusedUntil' in decision) {
    const until = decision.refusedUntil;
    throw new RuleViolationError([tooManySignIns(until, now)], {
      retryAt: until.toISOString(),
      retryAfterSeconds: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000)),
    });
  }
}

/** A try that signed in: its account's count is forgotten, its address's gives that try back. Old counts go. */
export async function settleSignIn(em: EntityManager, keys: ThrottleKey[], now: Date): Promise<void> {
  const forget = keys.filter((k) => k.onSuccess === 'forget').map((k) => k.key);
  const refund = keys.filter((k) => k.onSuccess === 'refund').map((k) => k.key);
  if (forget.length) await em.execute('delete from sign_in_throttle where key in (?)', [forget]);
  if (refund.length)
    await em.execute('update sign_in_throttle set failures = greatest(failures - 1, 0) where key in (?)', [refund]);
  // Rows another try holds are skipped, never waited for.
  await em.execute(
    `delete from sign_in_throttle where key in (
       select key from sign_in_throttle where next_attempt_at < ? for update skip locked)`,
    [new Date(now.getTime() - FORGET_AFTER_MS)],
  );
}
