// R-PER-08: the people of the registry a new person may duplicate, each with what matched, as a choice: open one of
// them, or none of these and add the new person anyway.
import { useEffect, useRef } from 'react';
import type { DuplicateReason, possibleDuplicates } from '../../../../app/people/queries.ts';
import { Link } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Badge } from '../../ui/layout.tsx';
import { PERSON_WORDS } from './words.ts';

const WORDS = defineWords({
  en: {
    title: 'Is this person already registered?',
    intro:
      '{n} people in your organisation’s registry may be the same person. Open the one who is; add a new person ' +
      'only if none of them is.',
    introOne:
      'Someone in your organisation’s registry may be the same person. Open them if it is; add a new person only if ' +
      'it is not.',
    matched: 'What matched',
    open: 'Open this person',
    addAnyway: 'None of these: add a new person',
    change: 'Change the details',
    NAME: 'Same names',
    ALIAS: 'An alias',
    DATE_OF_BIRTH: 'Same date of birth',
    SIN: 'Same SIN',
  },
  fr: {
    title: 'Cet individu est-il déjà inscrit?',
    intro:
      '{n} individus du registre de votre organisme sont peut-être la même personne. Ouvrez celui qui l’est; ' +
      'ajoutez un nouvel individu seulement si aucun ne l’est.',
    introOne:
      'Un individu du registre de votre organisme est peut-être la même personne. Ouvrez son dossier si c’est le ' +
      'cas; ajoutez un nouvel individu seulement si ce ne l’est pas.',
    matched: 'Ce qui correspond',
    open: 'Ouvrir cet individu',
    addAnyway: 'Aucun de ceux-ci : ajouter un nouvel individu',
    change: 'Modifier les renseignements',
    NAME: 'Mêmes noms',
    ALIAS: 'Un alias',
    DATE_OF_BIRTH: 'Même date de naissance',
    SIN: 'Même NAS',
  },
});

export type PossibleMatch = Awaited<ReturnType<typeof possibleDuplicates>>[number];

const STRONG: DuplicateReason[] = ['SIN', 'DATE_OF_BIRTH'];

export function DuplicateChoice(props: {
  matches: PossibleMatch[];
  adding: boolean;
  onAddAnyway(): void;
  onChange(): void;
}) {
  const w = useWords(WORDS);
  const p = useWords(PERSON_WORDS);
  const { date } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const n = props.matches.length;
  return (
    <section className="card duplicate-choice" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title" ref={heading} tabIndex={-1}>
        {w('title')}
      </h2>
      <p>{n === 1 ? w('introOne') : w('intro', { n })}</p>
      <ul className="match-list">
        {props.matches.map((m) => (
          <li key={m.id} className="match">
            <div>
              <strong>{m.name}</strong>
              <dl className="inline-facts">
                <div>
                  <dt>{p('dateOfBirth')}</dt>
                  <dd>{date(m.dateOfBirth)}</dd>
                </div>
                <div>
                  <dt>{p('address')}</dt>
                  <dd>{m.address}</dd>
                </div>
                <div>
                  <dt>{p('sinShort')}</dt>
                  <dd>{m.sin ?? '—'}</dd>
                </div>
              </dl>
              <p className="match-reasons">
                <span className="visually-hidden">{w('matched')}: </span>
                {m.matched.map((r) => (
                  <Badge key={r} tone={STRONG.includes(r) ? 'warning' : 'neutral'}>
                    {w(r)}
                  </Badge>
                ))}
              </p>
            </div>
            <Link to={`/people/${m.id}`} className="button secondary">
              {w('open')}
            </Link>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" onClick={props.onAddAnyway} disabled={props.adding}>
          {w('addAnyway')}
        </button>
        <button type="button" className="secondary" onClick={props.onChange}>
          {w('change')}
        </button>
      </div>
    </section>
  );
}
