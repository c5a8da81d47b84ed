// Person search (R-PER-01..06): criteria combined with AND, names by Soundex (aliases too), SIN and date of birth
// exactly; the first 100 found, 10 a page, the exact name first. The criteria, page and sort live in the address, so
// the back button and a shared link give the same list. Once a search has run, those who may add people are offered
// to add one, with what they searched for already filled in (R-PER-07).
import { useState, type FormEvent } from 'react';
import type { searchIndividuals } from '../../../../app/people/queries.ts';
import { STATUS_LABELS, type CaseStatus } from '../../../../domain/case-model.ts';
import { individualSearchSchema } from '../../../../domain/schemas/people.ts';
import { useApi } from '../../api/use-api.ts';
import { changeQuery, Link, navigate, useLocation } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { DataTable, Pager, type Column } from '../../ui/data-table.tsx';
import { Badge, Card, Loaded, PageHeader } from '../../ui/layout.tsx';
import { PERSON_WORDS } from './words.ts';

/** R-PER-07: the search answers with the token that adding a person then sends back. */
type SearchAnswer = Awaited<ReturnType<typeof searchIndividuals>> & { searchToken: string };
type Found = SearchAnswer['items'][number];

/** The criteria the page keeps in its address, in the order the form shows them. */
export const CRITERIA = [
  'lastName',
  'firstName',
  'dateOfBirth',
  'ageFrom',
  'ageTo',
  'sin',
  'phone',
  'address',
  'city',
] as const;
type Criterion = (typeof CRITERIA)[number];
type Criteria = Record<Criterion, string>;

const WORDS = defineWords({
  en: {
    title: 'Find a person',
    intro:
      'Search your organisation’s registry before adding anyone. Names also find those that sound alike and ' +
      'aliases; the SIN and the date of birth must match exactly.',
    criteria: 'Search criteria',
    ageFrom: 'Age from',
    ageTo: 'Age to',
    addressPart: 'Street address',
    search: 'Search',
    clear: 'Clear',
    needCriterion: 'Enter at least one criterion: a name, a date of birth, an age range, a SIN, a phone, an address.',
    results: 'People found',
    found: '{n} people found',
    foundOne: '1 person found',
    tooMany:
      'More than 100 people match these criteria: only the first 100 are listed. Add a criterion (first name, ' +
      'date of birth, city) to narrow your search.',
    none:
      'No one in your organisation’s registry matches these ' +
      'criteria. Check the spelling, or search with fewer criteria.',
    addPerson: 'Add a new person',
    addHint: 'Not in the list? Add the person with what you searched for already filled in.',
    exact: 'Exact name',
    openCases: 'Open cases',
    noOpenCase: 'None',
    caseLink: 'Case {id}',
  },
  fr: {
    title: 'Rechercher un individu',
    intro:
      "Faites une recherche dans le registre de votre organisme avant d'ajouter quelqu'un. Les noms trouvent aussi " +
      'ceux qui se prononcent de la même façon et les alias; le NAS et la date de naissance doivent être exacts.',
    criteria: 'Critères de recherche',
    ageFrom: 'Âge de',
    ageTo: 'Âge à',
    addressPart: 'Adresse municipale',
    search: 'Rechercher',
    clear: 'Effacer',
    needCriterion:
      'Saisissez au moins un critère : un nom, une date de naissance, une fourchette d’âge, un NAS, un téléphone, ' +
      'une adresse.',
    results: 'Individus trouvés',
    found: '{n} individus trouvés',
    foundOne: '1 individu trouvé',
    tooMany:
      'Plus de 100 individus correspondent à ces critères : seuls les 100 premiers sont affichés. Ajoutez un ' +
      'critère (prénom, date de naissance, ville) pour préciser la recherche.',
    none:
      'Personne dans le registre de votre organisme ne correspond à ces critères. Vérifiez l’orthographe ou ' +
      'cherchez avec moins de critères.',
    addPerson: 'Ajouter un nouvel individu',
    addHint: 'Absent de la liste? Ajoutez l’individu avec ce que vous avez cherché déjà saisi.',
    exact: 'Nom exact',
    openCases: 'Cas ouverts',
    noOpenCase: 'Aucun',
    caseLink: 'Cas {id}',
  },
});

const criteriaOf = (query: URLSearchParams): Criteria =>
  Object.fromEntries(CRITERIA.map((c) => [c, query.get(c) ?? ''])) as Criteria;

const toQuery = (c: Partial<Record<string, string>>) => {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(c)) if (v?.trim()) q.set(k, v.trim());
  return q.toString();
};

export function PeopleSearchPage() {
  const w = useWords(WORDS);
  const { can } = useSession();
  const { query } = useLocation();
  const searched = criteriaOf(query);
  const hasSearch = CRITERIA.some((c) => searched[c]);
  const page = Number(query.get('page') ?? '1') || 1;
  const sort = query.get('sort') ?? 'name';
  const dir = query.get('dir') === 'desc' ? 'desc' : 'asc';
  const results = useApi<SearchAnswer>(hasSearch ? '/api/individuals' : null, {
    ...searched,
    page,
    sort,
    dir,
  });
  return (
    <>
      <PageHeader title={w('title')} subtitle={w('intro')} />
      <SearchForm key={query.toString()} initial={searched} />
      {hasSearch && (
        <Card
          title={w('results')}
          actions={
            can('individual.update') && (
              <button
                type="button"
                disabled={!results.data}
                onClick={() =>
                  navigate(`/people/new?${toQuery({ ...searched, searchToken: results.data?.searchToken })}`)
                }
              >
                {w('addPerson')}
              </button>
            )
          }
        >
          <Loaded state={results}>
            {(r) => (
              <Results
                answer={r}
                sort={sort}
                dir={dir}
                onSort={(by, d) => changeQuery({ sort: by, dir: d, page: null })}
                onPage={(p) => changeQuery({ page: String(p) })}
              />
            )}
          </Loaded>
          {can('individual.update') && <p className="hint add-hint">{w('addHint')}</p>}
        </Card>
      )}
    </>
  );
}

function SearchForm(props: { initial: Criteria }) {
  const w = useWords(WORDS);
  const p = useWords(PERSON_WORDS);
  const [values, setValues] = useState(props.initial);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const criteria = Object.fromEntries(Object.entries(values).filter(([, v]) => v.trim()));
    if (!Object.keys(criteria).length || !individualSearchSchema.safeParse(criteria).success) {
      setProblem(w('needCriterion'));
      return;
    }
    setProblem(null);
    navigate(`/people?${toQuery(criteria)}`);
  };
  const field = (name: Criterion, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`search-${name}`}>{label}</label>
      <input
        id={`search-${name}`}
        name={name}
        type={type}
        min={type === 'number' ? 0 : undefined}
        max={type === 'number' ? 130 : undefined}
        value={values[name]}
        onChange={(e) => setValues({ ...values, [name]: e.target.value })}
      />
    </div>
  );
  return (
    <form className="card form search-form" role="search" aria-label={w('criteria')} onSubmit={submit} noValidate>
      {problem && (
        <div className="notice notice-error" role="alert">
          {problem}
        </div>
      )}
      <div className="form-row">
        {field('lastName', p('lastName'))}
        {field('firstName', p('firstName'))}
        {field('dateOfBirth', p('dateOfBirth'), 'date')}
        {field('sin', p('sin'))}
      </div>
      <div className="form-row">
        {field('ageFrom', w('ageFrom'), 'number')}
        {field('ageTo', w('ageTo'), 'number')}
        {field('phone', p('phone'), 'tel')}
        {field('address', w('addressPart'))}
        {field('city', p('city'))}
      </div>
      <div className="form-actions">
        <button type="submit">{w('search')}</button>
        <button type="button" className="secondary" onClick={() => navigate('/people')}>
          {w('clear')}
        </button>
      </div>
    </form>
  );
}

function Results(props: {
  answer: SearchAnswer;
  sort: string;
  dir: 'asc' | 'desc';
  onSort(by: string, dir: 'asc' | 'desc'): void;
  onPage(page: number): void;
}) {
  const w = useWords(WORDS);
  const p = useWords(PERSON_WORDS);
  const { date, label, number } = useI18n();
  const { answer } = props;
  const columns: Column<Found>[] = [
    {
      key: 'name',
      header: p('name'),
      sort: 'name',
      primary: true,
      cell: (r) => (
        <>
          <Link to={`/people/${r.id}`}>{r.name}</Link> {r.exactMatch && <Badge tone="info">{w('exact')}</Badge>}
        </>
      ),
    },
    { key: 'dob', header: p('dateOfBirth'), sort: 'dateOfBirth', cell: (r) => date(r.dateOfBirth) },
    { key: 'city', header: p('city'), sort: 'city', cell: (r) => r.city },
    { key: 'sin', header: p('sinShort'), cell: (r) => r.sin ?? '—' },
    {
      key: 'cases',
      header: w('openCases'),
      cell: (r) =>
        r.openCases.length ? (
          <ul className="plain">
            {r.openCases.map((c) => (
              <li key={c.id}>
                <Link to={`/cases/${c.id}`}>{w('caseLink', { id: c.id })}</Link>{' '}
                <span className="muted">{label(STATUS_LABELS[c.status as CaseStatus])}</span>
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">{w('noOpenCase')}</span>
        ),
    },
  ];
  return (
    <>
      {answer.total > 0 && (
        <p className="result-count" role="status">
          {answer.total === 1 ? w('foundOne') : w('found', { n: number(answer.total) })}
        </p>
      )}
      {answer.truncated && <div className="notice notice-warning">{w('tooMany')}</div>}
      <DataTable
        caption={w('results')}
        columns={columns}
        rows={answer.items}
        rowKey={(r) => r.id}
        empty={w('none')}
        sorting={{ by: props.sort, dir: props.dir, onSort: props.onSort }}
      />
      <Pager page={answer.page} pageSize={answer.pageSize} total={answer.total} onPage={props.onPage} />
    </>
  );
}
