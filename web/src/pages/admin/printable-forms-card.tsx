// R-ASM-13: the organisation's intake and assessment forms to print, as its configuration makes them (its offices,
// its Additional Case Information questions): for its administrators.
import { useSession } from '../../app/session.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Card } from '../../ui/layout.tsx';
import { ReportDownloads } from '../../ui/report-downloads.tsx';

const WORDS = defineWords({
  en: {
    title: 'Printable forms',
    hint: "Forms for clients to fill in on paper, with your offices and your organisation's additional case questions.",
  },
  fr: {
    title: 'Formulaires à imprimer',
    hint:
      'Formulaires que les clients remplissent sur papier, avec vos bureaux et les questions supplémentaires de ' +
      'votre organisme.',
  },
});

export function PrintableFormsCard() {
  const w = useWords(WORDS);
  const { can } = useSession();
  if (!can('org.admin')) return null;
  return (
    <Card title={w('title')}>
      <p>{w('hint')}</p>
      <p>
        <ReportDownloads path="/api/organisation/reports/forms/intake" report="intake" />
      </p>
      <p>
        <ReportDownloads path="/api/organisation/reports/forms/assessment" report="assessment" />
      </p>
    </Card>
  );
}
