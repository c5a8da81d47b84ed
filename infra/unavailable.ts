// Whether an error means a service Pathway depends on (PostgreSQL, Temporal, SMTP) could not be reached: the
// request is answered 503 try-again, not 500.

/** PostgreSQL's connection exceptions (class 08) and shutdowns (57P01..57P03), and sockets that broke. */
const DB_UNAVAILABLE = /^(08...|57P0[1-3]|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE)$/;

const UNAVAILABLE_TEXT =
  /ServiceError|UNAVAILABLE|ECONNREFUSED|Connection (refused|terminated)|DEADLINE_EXCEEDED|connect ETIMEDOUT|Failed to connect/i;

/** Whether the error, or one it was caused by, says a dependency could not be reached. */
export function isUnavailable(err: unknown): boolean {
  for (
    let e = err as (Error & { code?: unknown; cause?: unknown }) | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    const text = `${e.name ?? ''} ${e.message ?? ''}`;
    if (UNAVAILABLE_TEXT.test(text)) return true;
    if (typeof e.code === 'string' && DB_UNAVAILABLE.test(e.code)) return true;
  }
  return false;
}
