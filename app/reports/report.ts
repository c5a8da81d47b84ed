// A report as the API hands it out: sections of facts (a label and its value) or tables, written once as a PDF or a
// CSV file, so every report reads the same in both formats.
import type { Label, Lang } from '../../domain/case-model.ts';
import { CSV_BOM, csvText, type CsvCell } from '../../domain/csv.ts';
import { BUSINESS_TIME_ZONE } from '../../domain/dates.ts';
import { textPdf } from '../../infra/pdf.ts';

export type ReportSection =
  | { heading: string; facts: [label: string, value: string][] }
  | { heading: string; columns: string[]; rows: string[][]; empty: string };

export interface Report {
  lang: Lang;
  title: string;
  /** The file's name without its extension, in plain letters. */
  fileStem: string;
  sections: ReportSection[];
}

/** A stored code in words; a code outside the table (an EAS agreement's number, say) is shown as it is. */
export const labelIn = (lang: Lang) => (table: Record<string, Label>, code: string | null | undefined) =>
  code ? (table[code]?.[lang] ?? code) : '';

const dateTimeFormats = {
  en: new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }),
  fr: new Intl.DateTimeFormat('fr-CA', { timeZone: BUSINESS_TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }),
} satisfies Record<Lang, Intl.DateTimeFormat>;

/** An instant as Halifax's date and time, written the reader's way. */
export const formatDateTime = (instant: Date, lang: Lang) => dateTimeFormats[lang].format(instant);

/** "Label: " in English, "Label : " in French. */
export const colonIn = (lang: Lang) => (lang === 'fr' ? ' : ' : ': ');

export const REPORT_FORMATS = ['pdf', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportFile {
  filename: string;
  contentType: string;
  content: Uint8Array | string;
}

/** PDF: the title, then each section's heading and its lines; a table row reads "column: value; column: value". */
function pdfParagraphs(report: Report): string[] {
  const colon = colonIn(report.lang);
  return [
    report.title,
    ...report.sections.flatMap((s) => [
      '',
      s.heading.toUpperCase(),
      ...('facts' in s
        ? s.facts.map(([label, value]) => `${label}${colon}${value}`)
        : s.rows.length
          ? s.rows.map((row) => row.map((v, i) => `${s.columns[i]}${colon}${v}`).join('; '))
          : [s.empty]),
    ]),
  ];
}

/** CSV: each section starts with its heading on a line of its own, then its column headers and rows. */
function csvLines(report: Report): CsvCell[][] {
  return [
    [report.title],
    ...report.sections.flatMap((s): CsvCell[][] => [
      [],
      [s.heading],
      ...('facts' in s ? s.facts : [s.columns, ...s.rows]),
    ]),
  ];
}

export function reportFile(report: Report, format: ReportFormat): ReportFile {
  return format === 'pdf'
    ? {
        filename: `${report.fileStem}.pdf`,
        contentType: 'application/pdf',
        content: textPdf(pdfParagraphs(report), report.title),
      }
    : {
        filename: `${report.fileStem}.csv`,
        contentType: 'text/csv; charset=utf-8',
        content: CSV_BOM + csvText(csvLines(report)),
      };
}
