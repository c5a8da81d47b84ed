// Latency statistics of the benchmark: nearest-rank percentiles over every recorded sample (no sampling,
// no averaging of percentiles), and the summary each measured row of the report carries.

export interface Summary {
  count: number;
  errors: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Successful requests per second of wall time, when the row is a throughput measure. */
  perSecond: number | null;
  elapsedMs: number;
}

/** Nearest-rank percentile of an ascending array: the smallest value with at least p% of samples ≤ it. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1];
}

export function summarise(latenciesMs: number[], errors: number, elapsedMs: number): Summary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return {
    count: sorted.length,
    errors,
    medianMs: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    p99Ms: round(percentile(sorted, 99)),
    maxMs: round(sorted[sorted.length - 1] ?? Number.NaN),
    perSecond: elapsedMs > 0 ? round((sorted.length / elapsedMs) * 1000) : null,
    elapsedMs: Math.round(elapsedMs),
  };
}

export const round = (n: number, digits = 1) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);

export const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
