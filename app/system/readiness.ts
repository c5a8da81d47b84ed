// Readiness (/readyz): whether the database, Temporal and the SMTP server each answer within three seconds.
import type { Mailer } from '../../infra/mailer.ts';
import type { AppContext } from '../context.ts';
import { databaseAnswers } from './queries.ts';

const CHECK_MS = 3000;

/** `p`, or a refusal after `ms`; the timer is cleared either way, so no probe keeps the process alive. */
async function within<T>(ms: number, p: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      p,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Each dependency's answer, and those that did not answer (`down`). */
export async function readiness(ctx: Pick<AppContext, 'em' | 'temporal'>, mailer: Mailer) {
  const checks: Record<string, () => Promise<unknown>> = {
    database: () => databaseAnswers(ctx),
    temporal: () => ctx.temporal.workflowService.getSystemInfo({}),
    smtp: () => mailer.verify(),
  };
  const results = await Promise.all(
    Object.entries(checks).map(async ([name, check]) => {
      try {
        await within(CHECK_MS, check());
        return [name, { ok: true }] as const;
      } catch (e) {
        return [name, { ok: false, error: (e as Error).message }] as const;
      }
    }),
  );
  const down = results.filter(([, r]) => !r.ok).map(([n]) => n);
  return { status: down.length ? 'unavailable' : 'ready', down, checks: Object.fromEntries(results) };
}
