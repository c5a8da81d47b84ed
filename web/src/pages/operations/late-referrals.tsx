// R-TMR-09 on the Operations page: referrals still Sent 15 minutes after submission (their email not handed to the
// mail server), each with its case, organisation, submission time and its case's run in Temporal's UI. The case
// manager sees the referral's status only.
import type { lateReferrals } from '../../../../app/operations/queries.ts';
import { useApi } from '../../api/use-api.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Card, Loaded } from '../../ui/layout.tsx';
import { WORDS } from './operations-words.ts';
import { RunLink } from './run-link.tsx';

type Late = Awaited<ReturnType<typeof lateReferrals>>[number];

export function LateReferrals() {
  const w = useWords(WORDS);
  const { label, dateTime } = useI18n();
  const state = useApi<Late[]>('/api/operations/late-referrals');
  const columns: Column<Late>[] = [
    { key: 'alert', header: w('alert'), cell: (r) => label(r.alert), primary: true },
    { key: 'case', header: w('case'), cell: (r) => w('caseNumber', { id: r.caseId }) },
    { key: 'organisation', header: w('organisation'), cell: (r) => r.organisation ?? '—' },
    { key: 'submitted', header: w('submittedAt'), cell: (r) => dateTime(r.submittedAt) },
    {
      key: 'temporal',
      header: w('temporal'),
      cell: (r) => (r.temporalUiUrl ? <RunLink url={r.temporalUiUrl} of={w('caseNumber', { id: r.caseId })} /> : '—'),
    },
  ];
  return (
    <Loaded state={state}>
      {(rows) => (
        <Card title={w('lateReferrals')}>
          <DataTable
            caption={w('lateReferrals')}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.referralId}
            empty={w('noLateReferrals')}
          />
        </Card>
      )}
    </Loaded>
  );
}
