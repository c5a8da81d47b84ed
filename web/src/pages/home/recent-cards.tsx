// The user's Recent lists (seed 001, lines 287-289 and 2657-2661): the agreements and cases and the persons they
// opened last, and the organisations (business partners) they chose last; loaded in one call.
import type { RecentLists } from '../../../../app/navigation/queries.ts';
import { STATUS_LABELS, type CaseStatus } from '../../../../domain/case-model.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Card, Empty, Loaded } from '../../ui/layout.tsx';

const WORDS = defineWords({
  en: {
    cases: 'Recent agreements and cases',
    persons: 'Recent persons',
    organisations: 'Recent organisations',
    noCases: 'The agreements and cases you open will be listed here.',
    noPersons: 'The persons you open will be listed here.',
    noOrganisations: 'The business partners you choose for an intervention will be listed here.',
    caseLink: 'Case {id}',
    agreementLink: 'Agreement {id}',
    born: 'born {date}',
    partners: 'Business partners',
    agreements: 'Our agreements',
  },
  fr: {
    cases: 'Ententes et dossiers récents',
    persons: 'Individus récents',
    organisations: 'Organismes récents',
    noCases: 'Les ententes et les dossiers que vous ouvrez seront listés ici.',
    noPersons: 'Les individus que vous ouvrez seront listés ici.',
    noOrganisations: 'Les partenaires d’affaires que vous choisissez pour une intervention seront listés ici.',
    caseLink: 'Dossier {id}',
    agreementLink: 'Entente {id}',
    born: 'né(e) le {date}',
    partners: 'Partenaires d’affaires',
    agreements: 'Nos ententes',
  },
});

export function RecentCards() {
  const w = useWords(WORDS);
  const { label, date } = useI18n();
  const { can } = useSession();
  const recent = useApi<RecentLists>('/api/recent');
  return (
    <Loaded state={recent}>
      {(r) => (
        <>
          {(can('case.view') || can('funding.decide')) && (
            <Card title={w('cases')} actions={can('case.view') && <Link to="/agreements">{w('agreements')}</Link>}>
              {r.agreementsAndCases.length ? (
                <ul className="work-list">
                  {r.agreementsAndCases.map((i) =>
                    i.kind === 'CASE' ? (
                      <li key={`c${i.caseId}`}>
                        <Link to={`/cases/${i.caseId}`}>
                          {w('caseLink', { id: i.caseId })} · {i.personName}
                        </Link>
                        <span className="muted">{label(STATUS_LABELS[i.status as CaseStatus])}</span>
                      </li>
                    ) : (
                      <li key={`a${i.agreementId}`}>
                        <Link to={`/agreements/${i.agreementId}`}>
                          {w('agreementLink', { id: i.agreementId })} · {i.personName}
                        </Link>
                        <span className="muted">{w('caseLink', { id: i.caseId })}</span>
                      </li>
                    ),
                  )}
                </ul>
              ) : (
                <Empty>{w('noCases')}</Empty>
              )}
            </Card>
          )}
          {can('individual.view') && (
            <Card title={w('persons')}>
              {r.persons.length ? (
                <ul className="work-list">
                  {r.persons.map((p) => (
                    <li key={p.id}>
                      <Link to={`/people/${p.id}`}>{p.name}</Link>
                      {p.birthDate && <span className="muted">{w('born', { date: date(p.birthDate) })}</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                <Empty>{w('noPersons')}</Empty>
              )}
            </Card>
          )}
          {can('org.view') && (
            <Card title={w('organisations')} actions={<Link to="/business-partners">{w('partners')}</Link>}>
              {r.organisations.length ? (
                <ul className="work-list">
                  {r.organisations.map((o) => (
                    <li key={o.name}>
                      <Link to={`/business-partners?name=${encodeURIComponent(o.name)}`}>{o.name}</Link>
                      {o.city && <span className="muted">{o.city}</span>}
                    </li>
                  ))}
                </ul>
              ) : (
                <Empty>{w('noOrganisations')}</Empty>
              )}
            </Card>
          )}
        </>
      )}
    </Loaded>
  );
}
