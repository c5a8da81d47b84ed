// A person's phones and emails (R-PER-17): several of each, one default, which is what cases and emails use. A case
// manager adds one, removes one (a removed default gives its place to the next entry) or chooses the default.
import { CONTACT_KIND_LABELS, OPTIONAL_CONTACT_KINDS } from '../../../../domain/person-contacts.ts';
import { newPersonContactSchema } from '../../../../domain/schemas/people.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Checkbox, SelectField, TextField, useForm } from '../../ui/form.tsx';
import { ContactEntries, EntriesCard } from './contact-entries.tsx';
import { InlineForm } from './inline-form.tsx';
import type { Person, PersonPartProps } from './person.ts';

const WORDS = defineWords({
  en: {
    title: 'Phones and emails',
    phones: 'Phones',
    emails: 'Emails',
    add: 'Add a phone or an email',
    kind: 'Kind',
    value: 'Phone number or email address',
    asDefault: 'Make it the default',
    save: 'Add',
    added: 'Added.',
  },
  fr: {
    title: 'Téléphones et courriels',
    phones: 'Téléphones',
    emails: 'Courriels',
    add: 'Ajouter un téléphone ou un courriel',
    kind: 'Type',
    value: 'Numéro de téléphone ou adresse courriel',
    asDefault: 'En faire l’entrée par défaut',
    save: 'Ajouter',
    added: 'Ajouté.',
  },
});

const asText = (value: string) => value;

export function ContactsCard({ person, replace }: PersonPartProps) {
  const w = useWords(WORDS);
  return (
    <EntriesCard
      {...{ person, replace }}
      title={w('title')}
      className="person-contacts"
      add={w('add')}
      lists={(canChange) => (
        <>
          <ContactEntries
            {...{ person, replace, canChange }}
            kind="PHONE"
            title={w('phones')}
            entries={person.phones}
            text={asText}
          />
          <ContactEntries
            {...{ person, replace, canChange }}
            kind="EMAIL"
            title={w('emails')}
            entries={person.emails}
            text={asText}
          />
        </>
      )}
      form={(done, cancel) => <ContactForm person={person} done={done} cancel={cancel} />}
    />
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
          options={OPTIONAL_CONTACT_KINDS.map((k) => ({ value: k, label: label(CONTACT_KIND_LABELS[k]) }))}
        />
        <TextField form={form} name="value" label={w('value')} autoComplete="off" required />
      </div>
      <Checkbox form={form} name="makeDefault" label={w('asDefault')} />
    </InlineForm>
  );
}
