// Counters for domain/throttles.ts in PostgreSQL: one row per bucket (an account, an address, for one purpose), its
// window and its count, changed in one statement so parallel requests are all counted.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Hits, Throttle } from '../domain/throttles.ts';

/** Counts one more request in `bucket` and returns the count of its window (a new window once the last has ended). */
export async function hit(em: EntityManager, bucket: string, throttle: Throttle): Promise<Hits> {
  const [row] = await em.execute<{ hits: number; window_ends_at: Date }[]>(
    `insert into throttle (bucket, window_started_at, hits) values (?, now(), 1)
     on conflict (bucket) do update set
       hits = case when throttle.window_started_at > now() - make_interval(mins => ?) then throttle.hits + 1 else 1 end,
       window_started_at = case when throttle.window_started_at > now() - make_interval(mins => ?)
                                then throttle.window_started_at else now() end
     returning hits, window_started_at + make_interval(mins => ?) as window_ends_at`,
    [bucket, throttle.windowMinutes, throttle.windowMinutes, throttle.windowMinutes],
  );
  // A bucket that opens a window is a moment to drop the buckets whose windows ended long ago.
  if (row.hits === 1) await em.execute(`delete from throttle where window_started_at < now() - interval '2 days'`);
  return { count: row.hits, windowEndsAt: new Date(row.window_ends_at) };
}

/** Forgets a bucket's count: the right current password clears the wrong ones before it. */
export async function clearHits(em: EntityManager, bucket: string): Promise<void> {
  await em.execute('delete from throttle where bucket = ?', [bucket]);
}
