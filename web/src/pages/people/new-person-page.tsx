// Adding a person (R-PER-07..10): only after a search (the search page brings what was searched for, already filled
// in), checked with the API's own request shape, confirmed, then the duplicate check: the possible matches are a real
// choice, open one of them or add a new person anyway. The new person is a private client; their page opens next.
import { useRef, useState, type FormEvent } from 'react';
import type { Person } from './person.ts';
import { individualSchema } from '../../../../domain/schemas/people.ts';
import { api } from '../../api/client.ts';
import { Link, navigate, useLocation } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { Form, useForm } from '../../ui/form.tsx';
import { Card, PageHeader } from '../../ui/layout.tsx';
import { DuplicateChoice, type PossibleMatch } from './duplicate-choice.tsx';
import { addressOf, EMPTY_PERSON, given, PersonFields, type PersonValues } from './person-fields.tsx';
import { CRITERIA } from './search-page.tsx';

const WORDS = defineWords({
  en: {
    title: 'Add a new person',
    intro: 'Fields marked * are required. The person is added as a private client of your organisation.',
    searchFirst: 'Search first',
    searchFirstText:
      'The person may already be in your organisation’s registry: search for them before adding anyone. Once a ' +
      'search has run, “Add a new person” brings what you searched for into this form.',
    toSearch: 'Find a person',
    add: 'Add the person',
    backToSearch: 'Back to the search',
    confirmTitle: 'Add a new person record?',
    confirmText: '{name}, born {born}, will be added to your organisation’s registry as a private client.',
    added: '{name} was added (person {id}).',
  },
  fr: {
    title: 'Ajouter un nouvel individu',
    intro: 'Les champs marqués d’un * sont obligatoires. L’individu est ajouté comme client privé de votre organisme.',
    searchFirst: 'Recherchez d’abord',
    searchFirstText:
      'L’individu est peut-être déjà dans le registre de votre organisme : cherchez-le avant d’ajouter qui que ce ' +
      'soit. Après une recherche, « Ajouter un nouvel individu » reprend ce que vous avez cherché dans ce formulaire.',
    toSearch: 'Rechercher un individu',
    add: 'Ajouter l’individu',
    backToSearch: 'Retour à la recherche',
    confirmTitle: 'Ajouter un nouveau dossier d’individu?',
    confirmText: '{name}, né(e) le {born}, sera ajouté(e) au registre de votre organisme comme client privé.',
    added: '{name} a été ajouté(e) (individu {id}).',
  },
});

/** The request from what was typed: optional text left empty is not sent. */
const newPerson = (v: PersonValues, confirmNoDuplicate: boolean, searchToken?: string) => ({
  firstName: v.firstName.trim(),
  lastName: v.lastName.trim(),
  middleInitial: given(v.middleInitial),
  title: given(v.title),
  maritalStatus: given(v.maritalStatus),
  languages: v.languages.length ? v.languages : undefined,
  gender: v.gender || undefined,
  dateOfBirth: v.dateOfBirth || undefined,
  sin: given(v.sin),
  phone: given(v.phone),
  email: given(v.email),
  address: addressOf(v),
  confirmNoDuplicate,
  // R-PER-07: the search that brought the user here vouches for it.
  searchToken,
});

export function NewPersonPage() {
  const w = useWords(WORDS);
  const { query } = useLocation();
  const searched = CRITERIA.some((c) => query.get(c));
  return (
    <>
      <PageHeader title={w('title')} subtitle={searched ? w('intro') : undefined} />
      {searched ? (
        <NewPersonForm query={query} />
      ) : (
        <Card title={w('searchFirst')}>
          <p>{w('searchFirstText')}</p>
          <Link to="/people">{w('toSearch')}</Link>
        </Card>
      )}
    </>
  );
}

function NewPersonForm({ query }: { query: URLSearchParams }) {
  const w = useWords(WORDS);
  const { date } = useI18n();
  const [asking, setAsking] = useState(false);
  const [matches, setMatches] = useState<PossibleMatch[] | null>(null);
  // Set by "none of these": the next submission adds the person despite the possible matches (R-PER-08).
  const noDuplicate = useRef(false);
  const from = (k: string) => query.get(k) ?? '';
  const form = useForm<PersonValues, unknown, Person>({
    initial: {
      ...EMPTY_PERSON,
      lastName: from('lastName'),
      firstName: from('firstName'),
      dateOfBirth: from('dateOfBirth'),
      sin: from('sin'),
      phone: from('phone'),
      'address.line1': from('address'),
      'address.city': from('city'),
    },
    schema: individualSchema,
    toBody: (v) => newPerson(v, noDuplicate.current, given(from('searchToken'))),
    send: (body, key) => api.post<Person>('/api/individuals', { body, idempotencyKey: key }),
    success: (p) => w('added', { name: `${p.firstName} ${p.lastName}`, id: p.id }),
    done: (p) => navigate(`/people/${p.id}`),
    refused: (err) => {
      noDuplicate.current = false;
      if (err.body.error !== 'POSSIBLE_DUPLICATES') return false;
      setMatches((err.body.details as { matches: PossibleMatch[] }).matches);
      return true;
    },
  });
  // The browser checks the fields first; only a complete person is confirmed (R-PER-10).
  const ask = async (e?: FormEvent) => {
    e?.preventDefault();
    // An incomplete form is submitted as is, so its messages show beside the fields.
    if (!individualSchema.safeParse(newPerson(form.values, false)).success) return form.onSubmit();
    setMatches(null);
    setAsking(true);
  };
  const v = form.values;
  return (
    <>
      {matches && (
        <DuplicateChoice
          matches={matches}
          adding={form.submitting}
          onAddAnyway={() => {
            noDuplicate.current = true;
            void form.onSubmit();
          }}
          onChange={() => setMatches(null)}
        />
      )}
      <Form
        form={{ ...form, onSubmit: ask }}
        label={w('title')}
        submit={w('add')}
        secondary={
          <button type="button" className="secondary" onClick={() => history.back()}>
            {w('backToSearch')}
          </button>
        }
      >
        <PersonFields form={form} />
      </Form>
      <ConfirmDialog
        open={asking}
        title={w('confirmTitle')}
        confirm={w('add')}
        onConfirm={() => {
          setAsking(false);
          void form.onSubmit();
        }}
        onCancel={() => setAsking(false)}
      >
        <p>{w('confirmText', { name: `${v.firstName} ${v.lastName}`, born: date(v.dateOfBirth) })}</p>
      </ConfirmDialog>
    </>
  );
}
