// Cases of the operator's organisation whose workflow cannot run its next step (its workflow task fails on every
// attempt): no step of theirs is stuck, yet nothing the case manager does goes through. Each is listed with what it
// means, whose work it is (engineering's: a retry will not help) and its run in Temporal's UI, where the error is.
import type { frozenCases } from '../../../../app/operations/frozen-cases.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { DataTable, type Column } from '../../ui/data-table.tsx';
import { Card, Loaded } from '../../ui/layout.tsx';
import { WORDS } from './operations-words.ts';
import { RunLink } from './run-link.tsx';

type Frozen = Awaited<ReturnType<typeof frozenCases>>;
type Row = Frozen['items'][number];

export function FrozenCases() {
  const w = useWords(WORDS);
  const { dateTime, number } = useI18n();
  const { can } = useSession();
  const state = useApi<Frozen>('/api/operations/frozen-cases');
  const columns: Column<Row>[] = [
    {
      key: 'case',
      header: w('case'),
      primary: true,
      cell: (r) => {
        const text = w('caseNumber', { id: r.caseId });
        return can('case.inspect') ? <Link to={`/cases/${r.caseId}/timeline`}>{text}</Link> : text;
      },
    },
    {
      key: 'workflow',
      header: w('frozenWorkflow'),
      cell: (r) =>
        r.workflow.kind === 'FUNDING' ? w('fundingWorkflow', { id: r.workflow.packageId }) : w('caseWorkflow'),
    },
    { key: 'attempts', header: w('attempts'), cell: (r) => (r.attempts == null ? '—' : number(r.attempts)) },
    { key: 'since', header: w('failingSince'), cell: (r) => (r.since ? dateTime(r.since) : '—') },
    {
      key: 'temporal',
      header: w('temporal'),
      cell: (r) => <RunLink url={r.temporalUiUrl} of={w('caseNumber', { id: r.caseId })} />,
    },
  ];
  return (
    <Loaded state={state}>
      {(frozen) => (
        <Card title={w('frozenTitle')}>
          {!frozen.checked ? (
            <p className="notice">{w('frozenUnchecked')}</p>
          ) : frozen.items.length ? (
            <>
              <p className="notice notice-warning">{w('frozenExplained')}</p>
              <DataTable
                caption={w('frozenTitle')}
                columns={columns}
                rows={frozen.items}
                rowKey={(r) => r.workflowId}
                empty=""
              />
            </>
          ) : (
            <p className="empty">{w('noneFrozen')}</p>
          )}
        </Card>
      )}
    </Loaded>
  );
}
