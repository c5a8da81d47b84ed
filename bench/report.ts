// The printed table and the JSON written under bench/results/: one row per measured figure, its target and
// PASS/MISS where the issue sets one.

export interface Row {
  section: string;
  /** The benchmark step the row was measured in (for the machine-load note of its section). */
  step?: string;
  measure: string;
  clients?: number | string;
  medianMs?: number | null;
  p95Ms?: number | null;
  p99Ms?: number | null;
  perSecond?: number | null;
  /** A figure that is not a latency (MB, seconds, a ratio, a count). */
  value?: string;
  errors?: number;
  target?: string;
  pass?: boolean;
}

const fmt = (n: number | null | undefined, digits = 1) =>
  n === undefined || n === null || !Number.isFinite(n) ? '' : n.toFixed(digits);

export function renderTable(rows: Row[], sectionNote: (row: Row) => string = () => ''): string {
  const header = [
    'Measure',
    'Clients',
    'Median ms',
    'p95 ms',
    'p99 ms',
    'Per s',
    'Value',
    'Errors',
    'Target',
    'Result',
  ];
  const cells = rows.map((r) => [
    r.measure,
    r.clients === undefined ? '' : String(r.clients),
    fmt(r.medianMs),
    fmt(r.p95Ms),
    fmt(r.p99Ms),
    fmt(r.perSecond),
    r.value ?? '',
    r.errors ? String(r.errors) : r.errors === 0 ? '0' : '',
    r.target ?? '',
    r.pass === undefined ? '' : r.pass ? 'PASS' : 'MISS',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const numeric = new Set([1, 2, 3, 4, 5, 7]);
  const line = (c: string[]) =>
    c
      .map((v, i) => (numeric.has(i) ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out: string[] = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let section = '';
  rows.forEach((r, i) => {
    if (r.section !== section) {
      section = r.section;
      out.push(`[${section}]${sectionNote(r)}`);
    }
    out.push(line(cells[i]));
  });
  return out.join('\n');
}
