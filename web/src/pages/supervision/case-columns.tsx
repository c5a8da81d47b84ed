// The columns every list of the dashboard starts with: the case (linked), its client (only for those who may see
// people) and its case manager, on the page and in the CSV.
import { useSession } from '../../app/session.tsx';
import { useWords } from '../../i18n/words.ts';
import type { CsvColumn } from '../../ui/csv.tsx';
import type { Column } from '../../ui/data-table.tsx';
import { WORDS } from './dashboard-words.ts';
import { CaseLink } from './links.tsx';

type CaseColumns = { caseId: number; client: string | null; caseManager: string };

/** The case, client and case manager columns every list starts with (the client only for those who may see people). */
export function useCaseColumns<T extends CaseColumns>(): { columns: Column<T>[]; csv: CsvColumn<T>[] } {
  const w = useWords(WORDS);
  const { can } = useSession();
  const clients = can('individual.view');
  return {
    columns: [
      { key: 'case', header: w('case'), cell: (r) => <CaseLink caseId={r.caseId} />, primary: true },
      ...(clients ? [{ key: 'client', header: w('client'), cell: (r: T) => r.client }] : []),
      { key: 'manager', header: w('caseManager'), cell: (r) => r.caseManager },
    ],
    csv: [
      { header: w('case'), value: (r) => r.caseId },
      ...(clients ? [{ header: w('client'), value: (r: T) => r.client }] : []),
      { header: w('caseManager'), value: (r) => r.caseManager },
    ],
  };
}
