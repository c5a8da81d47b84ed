// The entries of one kind a person has (R-PER-17): addresses, phones or emails, the default marked, each with "Make
// default" and "Remove" (after confirming) for those who may change the person. One list serves the three kinds.
import { useState, type ReactNode } from 'react';
import type { ContactKind } from '../../../../domain/person-contacts.ts';
import { api } from '../../api/client.ts';
import { defineWords, useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { useSession } from '../../app/session.tsx';
import { Badge, Card, Empty } from '../../ui/layout.tsx';
import { useAction } from '../admin/use-action.ts';
import type { Person, PersonPartProps } from './person.ts';

const WORDS = defineWords({
  en: {
    none: 'None yet.',
    default: 'Default',
    makeDefault: 'Make default',
    remove: 'Remove',
    removeTitle: 'Remove {value}?',
    removeDefault: 'It is the default: the next entry of its kind becomes the default.',
    removed: '{value} removed.',
    chosen: '{value} is now the default.',
  },
  fr: {
    none: 'Aucun pour le moment.',
    default: 'Par défaut',
    makeDefault: 'Choisir par défaut',
    remove: 'Retirer',
    removeTitle: 'Retirer {value}?',
    removeDefault: "C'est l'entrée par défaut : l'entrée suivante du même type la remplace.",
    removed: '{value} retiré.',
    chosen: '{value} est maintenant l’entrée par défaut.',
  },
});

/** A card of a person's entries with its "Add" button, which opens the card's form under the lists. */
export function EntriesCard(
  props: PersonPartProps & {
    title: string;
    className: string;
    add: string;
    lists(canChange: boolean): ReactNode;
    form(done: (person: Person) => void, cancel: () => void): ReactNode;
  },
) {
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const canChange = can('individual.update') && !props.person.lockedByEns;
  const done = (p: Person) => {
    props.replace(p);
    setAdding(false);
  };
  return (
    <Card
      title={props.title}
      className={props.className}
      actions={
        canChange &&
        !adding && (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            {props.add}
          </button>
        )
      }
    >
      {props.lists(canChange)}
      {adding && props.form(done, () => setAdding(false))}
    </Card>
  );
}

export interface ContactEntry<V> {
  value: V;
  isDefault: boolean;
}

export function ContactEntries<V>(props: {
  person: Person;
  replace(person: Person): void;
  kind: ContactKind;
  title: string;
  /** The card is already named for the list: its heading is not repeated. */
  untitled?: boolean;
  entries: ContactEntry<V>[];
  /** The entry as the person reads it, which also names it in messages. */
  text(value: V): string;
  canChange: boolean;
}) {
  const w = useWords(WORDS);
  const action = useAction();
  const [removing, setRemoving] = useState<ContactEntry<V> | null>(null);
  const send = (path: 'removal' | 'default', entry: ContactEntry<V>, said: 'removed' | 'chosen') =>
    void action.run(
      (key) =>
        api.post<Person>(`/api/individuals/${props.person.id}/contacts/${path}`, {
          body: { kind: props.kind, value: entry.value },
          idempotencyKey: key,
        }),
      () => w(said, { value: props.text(entry.value) }),
      props.replace,
    );
  return (
    <section aria-label={props.title}>
      {!props.untitled && <h3>{props.title}</h3>}
      {props.entries.length ? (
        <ul className="plain-list">
          {props.entries.map((e) => (
            <li key={props.text(e.value)}>
              <strong>{props.text(e.value)}</strong> {e.isDefault && <Badge tone="info">{w('default')}</Badge>}
              {props.canChange && (
                <span className="row-actions">
                  {!e.isDefault && (
                    <button
                      type="button"
                      className="secondary"
                      disabled={action.busy}
                      onClick={() => send('default', e, 'chosen')}
                    >
                      {w('makeDefault')}
                    </button>
                  )}
                  <button type="button" className="secondary" disabled={action.busy} onClick={() => setRemoving(e)}>
                    {w('remove')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <Empty>{w('none')}</Empty>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={w('removeTitle', { value: removing ? props.text(removing.value) : '' })}
        confirm={w('remove')}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) send('removal', removing, 'removed');
          setRemoving(null);
        }}
      >
        {removing?.isDefault && <p>{w('removeDefault')}</p>}
      </ConfirmDialog>
    </section>
  );
}
