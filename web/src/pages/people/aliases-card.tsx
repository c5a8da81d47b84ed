// A person's aliases (R-PER-15): the names searches also find them by, from a name change or added by hand. Only
// LaMPSS Operations Support removes one, so the list has no delete.
import { useState } from 'react';
import { ALIAS_SOURCE_LABELS } from '../../../../domain/people.ts';
import { aliasSchema } from '../../../../domain/schemas/people.ts';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { TextField, useForm } from '../../ui/form.tsx';
import { Card, Empty } from '../../ui/layout.tsx';
import { InlineForm } from './inline-form.tsx';
import type { Person, PersonPartProps } from './person.ts';
import { PERSON_WORDS } from './words.ts';

const WORDS = defineWords({
  en: {
    title: 'Aliases',
    none: 'No aliases. Ask the client whether they use other names: searches find them by their aliases too.',
    add: 'Add an alias',
    save: 'Add the alias',
    oneName: 'Enter a first name or a last name.',
    added: 'Alias added: {name}.',
    since: 'since {date}',
  },
  fr: {
    title: 'Alias',
    none:
      "Aucun alias. Demandez au client s'il utilise d'autres " +
      'noms : les recherches le trouvent aussi par ses alias.',
    add: 'Ajouter un alias',
    save: "Ajouter l'alias",
    oneName: 'Saisissez un prénom ou un nom.',
    added: 'Alias ajouté : {name}.',
    since: 'depuis le {date}',
  },
});

const aliasName = (a: { firstName?: string | null; lastName?: string | null }) =>
  [a.lastName, a.firstName].filter(Boolean).join(', ');

export function AliasesCard({ person, replace }: PersonPartProps) {
  const w = useWords(WORDS);
  const { can } = useSession();
  const { label, date } = useI18n();
  const [adding, setAdding] = useState(false);
  return (
    <Card
      title={w('title')}
      actions={
        can('individual.update') &&
        !adding && (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            {w('add')}
          </button>
        )
      }
    >
      {person.aliases.length ? (
        <ul className="plain-list">
          {person.aliases.map((a) => (
            <li key={a.id}>
              <strong>{aliasName(a)}</strong>{' '}
              <span className="muted">
                {label(ALIAS_SOURCE_LABELS[a.source as keyof typeof ALIAS_SOURCE_LABELS])} ·{' '}
                {w('since', { date: date(a.createdAt) })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <Empty>{w('none')}</Empty>
      )}
      {adding && (
        <AliasForm
          person={person}
          done={(p) => {
            replace(p);
            setAdding(false);
          }}
          cancel={() => setAdding(false)}
        />
      )}
    </Card>
  );
}

function AliasForm(props: { person: Person; done(p: Person): void; cancel(): void }) {
  const w = useWords(WORDS);
  const p = useWords(PERSON_WORDS);
  const form = useForm<{ firstName: string; lastName: string }, unknown, Person>({
    initial: { firstName: '', lastName: '' },
    check: (v): Record<string, string> => (v.firstName.trim() || v.lastName.trim() ? {} : { '(body)': w('oneName') }),
    schema: aliasSchema,
    toBody: (v) => ({ firstName: v.firstName.trim() || undefined, lastName: v.lastName.trim() || undefined }),
    send: (body, key) => api.post<Person>(`/api/individuals/${props.person.id}/aliases`, { body, idempotencyKey: key }),
    success: (answer) => w('added', { name: aliasName(answer.aliases.at(-1) ?? {}) }),
    done: props.done,
  });
  return (
    <InlineForm form={form} label={w('add')} submit={w('save')} cancel={props.cancel}>
      <div className="form-row">
        <TextField form={form} name="lastName" label={p('lastName')} autoComplete="off" />
        <TextField form={form} name="firstName" label={p('firstName')} autoComplete="off" />
      </div>
    </InlineForm>
  );
}
