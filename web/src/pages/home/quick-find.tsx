// Straight to a person or a case from the home page: a last name to search for, or a case number to open (the
// seeds' "Display an Agreement/Case").
import { useId, useState, type FormEvent } from 'react';
import { navigate } from '../../app/router.tsx';
import { useSession } from '../../app/session.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Card } from '../../ui/layout.tsx';

const WORDS = defineWords({
  en: {
    title: 'Find',
    person: 'Last name of a person',
    search: 'Search',
    caseNumber: 'Case number',
    open: 'Open the case',
    needName: 'Enter a last name.',
    needNumber: 'Enter a case number, digits only.',
  },
  fr: {
    title: 'Trouver',
    person: "Nom d'un individu",
    search: 'Rechercher',
    caseNumber: 'Numéro de cas',
    open: 'Ouvrir le cas',
    needName: 'Saisissez un nom.',
    needNumber: 'Saisissez un numéro de cas, en chiffres seulement.',
  },
});

export function QuickFind() {
  const w = useWords(WORDS);
  const { can } = useSession();
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
      {can('case.view') && (
        <OneField
          label={w('caseNumber')}
          button={w('open')}
          problem={w('needNumber')}
          inputMode="numeric"
          valid={(v) => /^\d{1,9}$/.test(v)}
          go={(v) => navigate(`/cases/${v}`)}
        />
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
  go(v: string): void;
}) {
  const id = useId();
  const [value, setValue] = useState('');
  const [wrong, setWrong] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = value.trim();
    if (!props.valid(v)) return setWrong(true);
    props.go(v);
  };
  return (
    <form className={`one-field ${wrong ? 'field-invalid' : ''}`} onSubmit={submit} noValidate>
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
            setWrong(false);
          }}
        />
        <button type="submit" className="secondary">
          {props.button}
        </button>
      </div>
      {wrong && (
        <p className="field-error" id={`${id}-error`}>
          {props.problem}
        </p>
      )}
    </form>
  );
}
