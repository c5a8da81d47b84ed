// Straight to a person, a case or an agreement from the home page: a last name to search for, or an agreement's or a
// case's number to open (the seeds' "Display an Agreement/Case", seed 001 lines 119 and 301-303).
import { useId, useState, type FormEvent } from 'react';
import type { AgreementOrCase } from '../../../../app/navigation/agreement-or-case.ts';
import { api, ApiError } from '../../api/client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Card } from '../../ui/layout.tsx';

const WORDS = defineWords({
  en: {
    title: 'Find',
    person: 'Last name of a person',
    search: 'Search',
    caseNumber: 'Agreement or case number',
    open: 'Display',
    needName: 'Enter a last name.',
    needNumber: 'Enter an agreement or case number, digits only.',
    both: 'This number is both a case and an agreement. Which one?',
    caseLink: 'Case {id}',
    agreementLink: 'Agreement {id}',
  },
  fr: {
    title: 'Trouver',
    person: "Nom d'un individu",
    search: 'Rechercher',
    caseNumber: "Numéro d'entente ou de cas",
    open: 'Afficher',
    needName: 'Saisissez un nom.',
    needNumber: "Saisissez un numéro d'entente ou de cas, en chiffres seulement.",
    both: 'Ce numéro est à la fois celui d’un cas et celui d’une entente. Lequel voulez-vous?',
    caseLink: 'Dossier {id}',
    agreementLink: 'Entente {id}',
  },
});

const pathOf = (m: AgreementOrCase) => (m.kind === 'CASE' ? `/cases/${m.caseId}` : `/agreements/${m.agreementId}`);

export function QuickFind() {
  const w = useWords(WORDS);
  const { can } = useSession();
  const [choices, setChoices] = useState<AgreementOrCase[]>([]);
  // One number, one place to land; a number that is both a case and an agreement asks which.
  const display = async (v: string) => {
    setChoices([]);
    try {
      const { matches } = await api.get<{ matches: AgreementOrCase[] }>(`/api/agreement-or-case/${v}`);
      if (matches.length === 1) navigate(pathOf(matches[0]!));
      else setChoices(matches);
    } catch (e) {
      if (e instanceof ApiError && e.status < 500) return e.message;
      throw e;
    }
  };
  return (
    <Card title={w('title')} className="quick-find">
      {can('individual.view') && (
        <OneField
          label={w('person')}
          button={w('search')}
          problem={w('needName')}
          valid={(v) => v.length > 0}
          go={(v) => navigate(`/people?lastName=${encodeURIComponent(v)}`)}
        />
      )}
      {(can('case.view') || can('funding.decide')) && (
        <OneField
          label={w('caseNumber')}
          button={w('open')}
          problem={w('needNumber')}
          inputMode="numeric"
          valid={(v) => /^\d{1,10}$/.test(v)}
          go={display}
        />
      )}
      {choices.length > 1 && (
        <div role="status">
          <p>{w('both')}</p>
          <ul className="work-list">
            {choices.map((m) => (
              <li key={m.kind}>
                <Link to={pathOf(m)}>
                  {m.kind === 'CASE' ? w('caseLink', { id: m.caseId }) : w('agreementLink', { id: m.agreementId })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}

function OneField(props: {
  label: string;
  button: string;
  problem: string;
  inputMode?: 'numeric';
  valid(v: string): boolean;
  /** Goes there, or answers why it cannot (the server's message). */
  go(v: string): void | Promise<string | undefined>;
}) {
  const id = useId();
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const wrong = problem !== null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const v = value.trim();
    if (!props.valid(v)) return setProblem(props.problem);
    setProblem((await props.go(v)) ?? null);
  };
  return (
    <form className={`one-field ${wrong ? 'field-invalid' : ''}`} onSubmit={(e) => void submit(e)} noValidate>
      <label htmlFor={id}>{props.label}</label>
      <div className="one-field-row">
        <input
          id={id}
          value={value}
          inputMode={props.inputMode}
          aria-invalid={wrong || undefined}
          aria-describedby={wrong ? `${id}-error` : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="secondary">
          {props.button}
        </button>
      </div>
      {wrong && (
        <p className="field-error" id={`${id}-error`}>
          {problem}
        </p>
      )}
    </form>
  );
}
