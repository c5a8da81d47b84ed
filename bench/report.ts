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

/** The order of the report's sections by their number: 2b after 2, "2/3" after 3. */
export function sectionRank(section: string): number {
  const m = /^(\d+)(b|\/3)?\./.exec(section);
  if (!m) return 99;
  return Number(m[1]) + (m[2] === 'b' ? 0.5 : m[2] === '/3' ? 1.5 : 0);
}

/**
 * The table with the servers side by side: one line per measure, and per server its median, p99, rate, value and
 * result; under each section's title, one line per server on the machine's load and each part's CPU in that step.
 */
export function renderSideBySide(
  rows: (Row & { server: string })[],
  servers: { key: string; name: string }[],
  sectionNote: (section: string, server: string) => string = () => '',
): string {
  const keyOf = (r: Row) => `${r.section}|${r.measure}|${r.clients ?? ''}`;
  const merged = new Map<
    string,
    { section: string; measure: string; clients: string; target: string; by: Map<string, Row> }
  >();
  for (const r of [...rows].sort((a, b) => sectionRank(a.section) - sectionRank(b.section))) {
    const m = merged.get(keyOf(r)) ?? {
      section: r.section,
      measure: r.measure,
      clients: r.clients === undefined ? '' : String(r.clients),
      target: '',
      by: new Map<string, Row>(),
    };
    m.target ||= r.target ?? '';
    m.by.set(r.server, r);
    merged.set(keyOf(r), m);
  }
  const perServer = ['Median ms', 'p99 ms', 'Per s', 'Value', 'Result'];
  const header = [
    'Measure',
    'Clients',
    ...servers.flatMap((s) => perServer.map((h, i) => (i === 0 ? `${s.name}: ${h}` : h))),
    'Target',
  ];
  const serverCells = (r: Row | undefined) =>
    r
      ? [
          fmt(r.medianMs),
          fmt(r.p99Ms),
          fmt(r.perSecond),
          `${r.value ?? ''}${r.errors ? `${r.value ? '; ' : ''}${r.errors} errors` : ''}`,
          r.pass === undefined ? '' : r.pass ? 'PASS' : 'MISS',
        ]
      : ['', '', '', '—', ''];
  const list = [...merged.values()];
  const cells = list.map((m) => [
    m.measure,
    m.clients,
    ...servers.flatMap((s) => serverCells(m.by.get(s.key))),
    m.target,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const numeric = new Set([1, ...servers.flatMap((_, k) => [2 + k * 5, 3 + k * 5, 4 + k * 5])]);
  const line = (c: string[]) =>
    c
      .map((v, i) => (numeric.has(i) ? v.padStart(widths[i]) : v.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  const out: string[] = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  let section = '';
  list.forEach((m, i) => {
    if (m.section !== section) {
      section = m.section;
      out.push(`[${section}]`);
      for (const s of servers) {
        const note = sectionNote(section, s.key);
        if (note) out.push(`  ${s.name}: ${note}`);
      }
    }
    out.push(line(cells[i]));
  });
  return out.join('\n');
}
