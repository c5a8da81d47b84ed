// A report's two downloads, PDF and CSV, in the page's language: plain links to the API, which names the file and
// sends it as an attachment, so the browser saves it without leaving the page.
import { useI18n } from '../i18n/i18n.tsx';
import { defineWords, useWords } from '../i18n/words.ts';

const WORDS = defineWords({
  en: {
    pdf: 'PDF',
    csv: 'CSV',
    name: '{report}:',
    as: '{report} as {format}',
    caseDetails: 'Case Details Report',
    accountability: 'Accountability Report',
    intake: 'Intake Form',
    assessment: 'Assessment Information Form',
  },
  fr: {
    pdf: 'PDF',
    csv: 'CSV',
    name: '{report} :',
    as: '{report} en {format}',
    caseDetails: 'Rapport sur les détails du cas',
    accountability: 'Rapport de responsabilisation',
    intake: "Formulaire d'accueil",
    assessment: "Formulaire d'évaluation",
  },
});

/** The reports a page offers, by the key of their name above. */
export type ReportName = 'caseDetails' | 'accountability' | 'intake' | 'assessment';

/** `path` is the report's API address, without its query. */
export function ReportDownloads(props: { path: string; report: ReportName }) {
  const w = useWords(WORDS);
  const { lang } = useI18n();
  const report = w(props.report);
  return (
    <span className="report-downloads">
      <span aria-hidden="true">{w('name', { report })} </span>
      {(['pdf', 'csv'] as const).map((format) => (
        <a
          key={format}
          className="button secondary"
          href={`${props.path}?format=${format}&lang=${lang}`}
          download
          aria-label={w('as', { report, format: w(format) })}
        >
          {w(format)}
        </a>
      ))}
    </span>
  );
}
