// Rows as CSV text (RFC 4180): the one writer behind the browser's list downloads and the server's reports.

export type CsvCell = string | number | null | undefined;

const cell = (v: CsvCell) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Each line's cells quoted where needed, lines ended by CRLF. */
export function csvText(lines: CsvCell[][]): string {
  return lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** A byte-order mark first, so spreadsheet programs read accents right. */
export const CSV_BOM = '\uFEFF';
