// A person's page (the Person Home Page of the seeds): details with contacts, cases, privacy and sharing, aliases,
// address history and who changed the details (R-UI-04); editing the details, sharing with the government and opening
// a case are done in place. What is open (the edit form, the case form, the sharing dialog) is in the address, so
// reload and back keep it.
import { REASON_LABELS, STATUS_LABELS, type CaseStatus, type StatusReason } from '../../../../domain/case-model.ts';
import { addressLine, GENDER_LABELS, type Gender } from '../../../../domain/people.ts';
import { LANGUAGE_LABELS, MARITAL_STATUS_LABELS, TITLE_LABELS } from '../../../../domain/person-details.ts';
import { useApi, type Loaded as ApiState } from '../../api/use-api.ts';
import { changeQuery, Link, useLocation } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { Badge, Card, Empty, Facts, Loaded, PageHeader } from '../../ui/layout.tsx';
import { AddressesCard } from './addresses-card.tsx';
import { AliasesCard } from './aliases-card.tsx';
import { CaseOpeningCard } from './case-opening-card.tsx';
import { ChangesCard } from './changes-card.tsx';
import { ContactsCard } from './contacts-card.tsx';
import type { CaseManagers } from './open-case-form.tsx';
import { PersonEditForm } from './person-edit-form.tsx';
import type { Person } from './person.ts';
import { ShareDialog } from './share-dialog.tsx';
import { SharingCard } from './sharing-card.tsx';
import { PERSON_WORDS } from './words.ts';

const WORDS = defineWords({
  en: {
    subtitle: 'Person {id} · born {born} ({age} years old)',
    died: '· died {date}',
    edit: 'Edit details',
    openCase: 'Open a case',
    details: 'Details and contact information',
    since: 'since {date}',
    cases: 'Cases',
    noCases: 'No cases at your organisation yet.',
    case: 'Case',
    caseLink: 'Case {id}',
    stage: 'Stage',
    stageSince: 'Since',
    caseManager: 'Case manager',
    closedReason: 'Reason closed',
    history: 'Address history',
    noHistory: 'No earlier addresses.',
    from: 'From',
    to: 'To',
  },
  fr: {
    subtitle: 'Individu {id} · né(e) le {born} ({age} ans)',
    died: '· décédé(e) le {date}',
    edit: 'Modifier les détails',
    openCase: 'Créer un cas',
    details: 'Détails et coordonnées',
    since: 'depuis le {date}',
    cases: 'Cas associés',
    noCases: 'Aucun cas à votre organisme pour le moment.',
    case: 'Cas',
    caseLink: 'Cas {id}',
    stage: 'Étape',
    stageSince: 'Depuis',
    caseManager: 'Gestionnaire de cas',
    closedReason: 'Motif de fermeture',
    history: 'Historique des adresses',
    noHistory: 'Aucune adresse antérieure.',
    from: 'Du',
    to: 'Au',
  },
});

export function PersonPage({ params }: { params: Record<string, string> }) {
  const { can } = useSession();
  // The person and, for those who open cases, the case managers to choose from: both at once.
  const person = useApi<Person>(`/api/individuals/${encodeURIComponent(params.id)}`);
  const managers = useApi<CaseManagers>(can('case.update') ? '/api/case-managers' : null);
  return <Loaded state={person}>{(p) => <PersonView person={p} replace={person.set} managers={managers} />}</Loaded>;
}

function PersonView(props: { person: Person; replace(p: Person): void; managers: ApiState<CaseManagers> }) {
  const w = useWords(WORDS);
  const pw = useWords(PERSON_WORDS);
  const { can } = useSession();
  const { date, label } = useI18n();
  const { query } = useLocation();
  const { person, replace } = props;
  const action = query.get('action');
  const after = query.get('after');
  /** Opens a part of the page (or none), keeping the way back in the address. */
  const show = (next: { action?: string | null; focus?: string; after?: string }) =>
    changeQuery({ action: null, focus: null, after: null, ...next });
  const back = () => show({ action: after });
  const updated = (p: Person) => {
    replace(p);
    back();
  };
  const title = person.title ? `${label(TITLE_LABELS[person.title])} ` : '';
  const initial = person.middleInitial ? `${person.middleInitial}. ` : '';
  return (
    <>
      <PageHeader
        title={`${title}${person.firstName} ${initial}${person.lastName}`}
        subtitle={
          <>
            {w('subtitle', { id: person.id, born: date(person.dateOfBirth), age: person.age })}{' '}
            {person.dateOfDeath && <>{w('died', { date: date(person.dateOfDeath) })} </>}
            {person.sharedWithGovernment ? (
              <Badge tone="success">{pw('shared')}</Badge>
            ) : (
              <Badge tone="warning">{pw('privateClient')}</Badge>
            )}
          </>
        }
        actions={
          <>
            {can('individual.update') && !person.lockedByEns && action !== 'edit' && (
              <button type="button" className="secondary" onClick={() => show({ action: 'edit' })}>
                {w('edit')}
              </button>
            )}
            {can('case.update') && action !== 'open-case' && (
              <button type="button" onClick={() => show({ action: 'open-case' })}>
                {w('openCase')}
              </button>
            )}
          </>
        }
      />
      {action === 'open-case' && can('case.update') && (
        <CaseOpeningCard
          person={person}
          managers={props.managers}
          onAddSin={() => show({ action: 'edit', focus: 'sin', after: 'open-case' })}
          onShare={() => show({ action: 'share', after: 'open-case' })}
          onCancel={() => show({})}
        />
      )}
      {action === 'edit' && can('individual.update') && !person.lockedByEns ? (
        <PersonEditForm person={person} focus={query.get('focus')} onSaved={updated} onCancel={back} />
      ) : (
        <Card title={w('details')} className="person-details">
          <Facts
            items={[
              [pw('personId'), person.id],
              [pw('title'), person.title ? label(TITLE_LABELS[person.title]) : null],
              [pw('dateOfBirth'), date(person.dateOfBirth)],
              [pw('dateOfDeath'), person.dateOfDeath ? date(person.dateOfDeath) : null],
              [pw('gender'), label(GENDER_LABELS[person.gender as Gender])],
              [pw('maritalStatus'), person.maritalStatus ? label(MARITAL_STATUS_LABELS[person.maritalStatus]) : null],
              [pw('languages'), person.languages.map((l) => label(LANGUAGE_LABELS[l])).join(', ') || null],
              [pw('sin'), person.sin],
              [pw('phone'), person.phone],
              [pw('email'), person.email],
              [
                pw('address'),
                <>
                  {addressLine(person.address)}{' '}
                  <span className="muted">{w('since', { date: date(person.addressSince) })}</span>
                </>,
              ],
            ]}
          />
        </Card>
      )}
      <div className="person-grid">
        <AddressesCard person={person} replace={replace} />
        <ContactsCard person={person} replace={replace} />
        <CasesCard person={person} />
        <SharingCard person={person} onShare={() => show({ action: 'share' })} />
        <AliasesCard person={person} replace={replace} />
        <AddressHistoryCard person={person} />
        <ChangesCard person={person} />
      </div>
      {can('individual.update') && (
        <ShareDialog person={person} open={action === 'share'} onClose={back} onShared={updated} />
      )}
    </>
  );
}

function CasesCard({ person }: { person: Person }) {
  const w = useWords(WORDS);
  const { date, label } = useI18n();
  return (
    <Card title={w('cases')} className="person-cases">
      <DataTable
        caption={w('cases')}
        rows={person.cases}
        rowKey={(c) => c.id}
        empty={w('noCases')}
        columns={[
          {
            key: 'id',
            header: w('case'),
            primary: true,
            cell: (c) => <Link to={`/cases/${c.id}`}>{w('caseLink', { id: c.id })}</Link>,
          },
          { key: 'stage', header: w('stage'), cell: (c) => label(STATUS_LABELS[c.status as CaseStatus]) },
          { key: 'since', header: w('stageSince'), cell: (c) => date(c.statusSince) },
          { key: 'manager', header: w('caseManager'), cell: (c) => c.caseManager ?? '—' },
          {
            key: 'reason',
            header: w('closedReason'),
            cell: (c) => (c.closedReason ? label(REASON_LABELS[c.closedReason as StatusReason]) : '—'),
          },
        ]}
      />
    </Card>
  );
}

function AddressHistoryCard({ person }: { person: Person }) {
  const w = useWords(WORDS);
  const pw = useWords(PERSON_WORDS);
  const { date } = useI18n();
  return (
    <Card title={w('history')}>
      {person.addressHistory.length ? (
        <DataTable
          caption={w('history')}
          rows={person.addressHistory}
          rowKey={(h) => `${String(h.validFrom)}-${String(h.validTo)}`}
          empty={w('noHistory')}
          columns={[
            {
              key: 'address',
              header: pw('address'),
              primary: true,
              cell: (h) => `${h.line1}, ${h.city}, ${h.province} ${h.postalCode}`,
            },
            { key: 'from', header: w('from'), cell: (h) => date(String(h.validFrom)) },
            { key: 'to', header: w('to'), cell: (h) => date(String(h.validTo)) },
          ]}
        />
      ) : (
        <Empty>{w('noHistory')}</Empty>
      )}
    </Card>
  );
}
