// The organisation's agreements (/agreements; seed 001, lines 295-299, "Voir les ententes en vigueur"): every
// funding agreement of its cases, 20 a page, sorted by any column (R-UI-05), or only those in force. Sort, filter and
// page are in the address.
import type { organisationAgreements } from '../../../../app/agreements/queries.ts';
import { AGREEMENT_STATUS_LABELS, type AgreementStatus } from '../../../../domain/funding.ts';
import { useApi } from '../../api/use-api.ts';
import { changeQuery, Link, useLocation } from '../../app/router.tsx';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { DataTable, Pager, type Column } from '../../ui/data-table.tsx';
import { Card, Loaded, PageHeader } from '../../ui/layout.tsx';

type Answer = Awaited<ReturnType<typeof organisationAgreements>>;
type Row = Answer['items'][number];

const PAGE_SIZE = 20;

const WORDS = defineWords({
  en: {
    title: 'Agreements',
    subtitle: 'The funding agreements of {organisation}’s cases.',
    inForce: 'Only the agreements in force',
    caption: 'Agreements',
    agreement: 'Agreement',
    person: 'Person',
    caseId: 'Case',
    program: 'Program',
    status: 'Status',
    statusDate: 'Since',
    count: '{n} agreements',
    countOne: '1 agreement',
    none: 'No agreement yet: an agreement is created when a case’s application for funding is submitted.',
  },
  fr: {
    title: 'Ententes',
    subtitle: 'Les ententes de financement des cas de {organisation}.',
    inForce: 'Seulement les ententes en vigueur',
    caption: 'Ententes',
    agreement: 'Entente',
    person: 'Individu',
    caseId: 'Cas',
    program: 'Programme',
    status: 'Statut',
    statusDate: 'Depuis',
    count: '{n} ententes',
    countOne: '1 entente',
    none: 'Aucune entente pour l’instant : une entente est créée à l’envoi de la demande de financement d’un cas.',
  },
});

export function AgreementsPage() {
  const w = useWords(WORDS);
  const { label, date, number } = useI18n();
  const user = useUser();
  const { query } = useLocation();
  const sort = query.get('sort') ?? 'agreementId';
  const dir = query.get('dir') === 'asc' ? 'asc' : 'desc';
  const page = Number(query.get('page') ?? '1') || 1;
  const inForce = query.get('inForce') === 'true';
  const list = useApi<Answer>('/api/organisation/agreements', {
    sort,
    dir,
    page,
    pageSize: PAGE_SIZE,
    inForce: inForce ? 'true' : undefined,
  });
  const columns: Column<Row>[] = [
    {
      key: 'agreement',
      header: w('agreement'),
      sort: 'agreementId',
      primary: true,
      cell: (r) => <Link to={`/agreements/${r.agreementId}`}>{r.agreementId}</Link>,
    },
    { key: 'person', header: w('person'), sort: 'person', cell: (r) => r.person },
    { key: 'case', header: w('caseId'), cell: (r) => <Link to={`/cases/${r.caseId}`}>{r.caseId}</Link> },
    { key: 'program', header: w('program'), sort: 'program', cell: (r) => r.program },
    {
      key: 'status',
      header: w('status'),
      sort: 'status',
      cell: (r) => label(AGREEMENT_STATUS_LABELS[r.status as AgreementStatus]),
    },
    { key: 'since', header: w('statusDate'), sort: 'statusDate', cell: (r) => date(r.statusDate) },
  ];
  return (
    <>
      <PageHeader title={w('title')} subtitle={w('subtitle', { organisation: user.organisationName })} />
      <Card>
        <div className="field field-check">
          <input
            id="agreements-in-force"
            type="checkbox"
            checked={inForce}
            onChange={(e) => changeQuery({ inForce: e.target.checked ? 'true' : null, page: null })}
          />
          <label htmlFor="agreements-in-force">{w('inForce')}</label>
        </div>
        <Loaded state={list}>
          {(a) => (
            <>
              <p>{a.total === 1 ? w('countOne') : w('count', { n: number(a.total) })}</p>
              <DataTable
                caption={w('caption')}
                columns={columns}
                rows={a.items}
                rowKey={(r) => r.agreementId}
                empty={w('none')}
                sorting={{ by: sort, dir, onSort: (by, d) => changeQuery({ sort: by, dir: d, page: null }) }}
              />
              <Pager
                page={a.page}
                pageSize={a.pageSize}
                total={a.total}
                onPage={(p) => changeQuery({ page: String(p) })}
              />
            </>
          )}
        </Loaded>
      </Card>
    </>
  );
}
