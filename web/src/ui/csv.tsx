// A list as a spreadsheet: the rows the page shows, written as CSV (RFC 4180, with a byte-order mark so spreadsheet
// programs read accents right) and downloaded as a file; nothing is asked of the server again.
import type { ReactNode } from 'react';
import { CSV_BOM, csvText } from '../../../domain/csv.ts';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null | undefined;
}

/** A file name from a list's title and a date, in plain letters: "Open cases by stage" → open-cases-by-stage-2027-05-07.csv. */
export function csvFileName(title: string, date: string): string {
  const plain = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${plain}-${date}.csv`;
}

export function toCsv<T>(columns: CsvColumn<T>[], rows: T[]): string {
  return csvText([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.value(r)))]);
}

/** A button that downloads `rows` as `filename`; `label` is what it says, `list` names the list for screen readers. */
export function CsvDownload<T>(props: {
  filename: string;
  columns: CsvColumn<T>[];
  rows: T[];
  label: ReactNode;
  list: string;
}) {
  const download = () => {
    const blob = new Blob([CSV_BOM, toCsv(props.columns, props.rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = props.filename;
    document.body.append(a);
    a.click();
    a.remove();
    // Kept a moment: the browser reads the file after the click returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <button type="button" className="secondary" onClick={download} disabled={!props.rows.length}>
      {props.label}
      <span className="visually-hidden"> – {props.list}</span>
    </button>
  );
}
