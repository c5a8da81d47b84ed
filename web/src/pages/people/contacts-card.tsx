// A person's phones and emails (R-PER-17): several of each, one default, which is what cases and emails use. A case
// manager adds one, removes one (a removed default gives its place to the next entry) or chooses the default.
import { useState } from 'react';
import { CONTACT_KIND_LABELS, CONTACT_KINDS, type ContactKind } from '../../../../domain/person-contacts.ts';
import { newPersonContactSchema } from '../../../../domain/schemas/people.ts';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { ConfirmDialog } from '../../ui/confirm.tsx';
import { Checkbox, SelectField, TextField, useForm } from '../../ui/form.tsx';
import { Badge, Card, Empty } from '../../ui/layout.tsx';
import { useAction } from '../admin/use-action.ts';
import { InlineForm } from './inline-form.tsx';
import type { Person, PersonPartProps } from './person.ts';

const WORDS = defineWords({
  en: {
    title: 'Phones and emails',
    phones: 'Phones',
    emails: 'Emails',
    none: 'None yet.',
    default: 'Default',
    makeDefault: 'Make default',
    remove: 'Remove',
    removeTitle: 'Remove {value}?',
    removeDefault: 'It is the default: the next entry of its kind becomes the default.',
    add: 'Add a phone or an email',
    kind: 'Kind',
    value: 'Phone number or email address',
    asDefault: 'Make it the default',
    save: 'Add',
    added: 'Added.',
    removed: '{value} removed.',
    chosen: '{value} is now the default.',
  },
  fr: {
    title: 'Téléphones et courriels',
    phones: 'Téléphones',
    emails: 'Courriels',
    none: 'Aucun pour le moment.',
    default: 'Par défaut',
    makeDefault: 'Choisir par défaut',
    remove: 'Retirer',
    removeTitle: 'Retirer {value}?',
    removeDefault: "C'est l'entrée par défaut : l'entrée suivante du même type la remplace.",
    add: 'Ajouter un téléphone ou un courriel',
    kind: 'Type',
    value: 'Numéro de téléphone ou adresse courriel',
    asDefault: 'En faire l’entrée par défaut',
    save: 'Ajouter',
    added: 'Ajouté.',
    removed: '{value} retiré.',
    chosen: '{value} est maintenant l’entrée par défaut.',
  },
});

type Entry = Person['phones'][number];

export function ContactsCard({ person, replace }: PersonPartProps) {
  const w = useWords(WORDS);
  const { can } = useSession();
  const action = useAction();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<{ kind: ContactKind; entry: Entry } | null>(null);
  const canChange = can('individual.update') && !person.lockedByEns;
  const send = (path: 'removal' | 'default', kind: ContactKind, entry: Entry, said: 'removed' | 'chosen') =>
    void action.run(
      (key) =>
        api.post<Person>(`/api/individuals/${person.id}/contacts/${path}`, {
          body: { kind, value: entry.value },
          idempotencyKey: key,
        }),
      () => w(said, { value: entry.value }),
      replace,
    );
  const list = (kind: ContactKind, entries: Entry[]) => (
    <section aria-label={w(kind === 'PHONE' ? 'phones' : 'emails')}>
      <h3>{w(kind === 'PHONE' ? 'phones' : 'emails')}</h3>
      {entries.length ? (
        <ul className="plain-list">
          {entries.map((e) => (
            <li key={e.value}>
              <strong>{e.value}</strong> {e.isDefault && <Badge tone="info">{w('default')}</Badge>}
              {canChange && (
                <span className="row-actions">
                  {!e.isDefault && (
                    <button
                      type="button"
                      className="secondary"
                      disabled={action.busy}
                      onClick={() => send('default', kind, e, 'chosen')}
                    >
                      {w('makeDefault')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="secondary"
                    disabled={action.busy}
                    onClick={() => setRemoving({ kind, entry: e })}
                  >
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
    </section>
  );
  return (
    <Card
      title={w('title')}
      className="person-contacts"
      actions={
        canChange &&
        !adding && (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            {w('add')}
          </button>
        )
      }
    >
      {list('PHONE', person.phones)}
      {list('EMAIL', person.emails)}
      {adding && (
        <ContactForm
          person={person}
          done={(p) => {
            replace(p);
            setAdding(false);
          }}
          cancel={() => setAdding(false)}
        />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={w('removeTitle', { value: removing?.entry.value ?? '' })}
        confirm={w('remove')}
        danger
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) send('removal', removing.kind, removing.entry, 'removed');
          setRemoving(null);
        }}
      >
        {removing?.entry.isDefault && <p>{w('removeDefault')}</p>}
      </ConfirmDialog>
    </Card>
  );
}

function ContactForm(props: { person: Person; done(p: Person): void; cancel(): void }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const form = useForm<{ kind: string; value: string; makeDefault: boolean }, unknown, Person>({
    initial: { kind: 'PHONE', value: '', makeDefault: false },
    schema: newPersonContactSchema,
    toBody: (v) => ({ kind: v.kind, value: v.value.trim(), makeDefault: v.makeDefault }),
    send: (body, key) =>
      api.post<Person>(`/api/individuals/${props.person.id}/contacts`, { body, idempotencyKey: key }),
    success: () => w('added'),
    done: props.done,
  });
  return (
    <InlineForm form={form} label={w('add')} submit={w('save')} cancel={props.cancel}>
      <div className="form-row">
        <SelectField
          form={form}
          name="kind"
          label={w('kind')}
          required
          options={CONTACT_KINDS.map((k) => ({ value: k, label: label(CONTACT_KIND_LABELS[k]) }))}
        />
        <TextField form={form} name="value" label={w('value')} autoComplete="off" required />
      </div>
      <Checkbox form={form} name="makeDefault" label={w('asDefault')} />
    </InlineForm>
  );
}
