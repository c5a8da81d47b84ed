// A person's addresses (R-PER-17): several, one default, which is the address the details, cases and sharing use. A
// case manager adds one, chooses the default or removes one; the only address stays (the server says why), and a
// removed one goes to the address history (R-PER-14).
import { addressLine } from '../../../../domain/people.ts';
import { newPersonContactSchema } from '../../../../domain/schemas/people.ts';
import { api } from '../../api/client.ts';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Checkbox, useForm } from '../../ui/form.tsx';
import { ContactEntries, EntriesCard } from './contact-entries.tsx';
import { InlineForm } from './inline-form.tsx';
import { AddressFields, addressOf, emptyAddress, type AddressValues } from './person-fields.tsx';
import type { Person, PersonPartProps } from './person.ts';

const WORDS = defineWords({
  en: {
    title: 'Addresses',
    add: 'Add an address',
    asDefault: 'Make it the default',
    save: 'Add',
    added: 'Address added.',
  },
  fr: {
    title: 'Adresses',
    add: 'Ajouter une adresse',
    asDefault: 'En faire l’adresse par défaut',
    save: 'Ajouter',
    added: 'Adresse ajoutée.',
  },
});

export function AddressesCard({ person, replace }: PersonPartProps) {
  const w = useWords(WORDS);
  return (
    <EntriesCard
      {...{ person, replace }}
      title={w('title')}
      className="person-addresses"
      add={w('add')}
      lists={(canChange) => (
        <ContactEntries
          {...{ person, replace, canChange }}
          kind="ADDRESS"
          title={w('title')}
          untitled
          entries={person.addresses}
          text={addressLine}
        />
      )}
      form={(done, cancel) => <AddressForm person={person} done={done} cancel={cancel} />}
    />
  );
}

type Values = AddressValues<'value'> & { makeDefault: boolean };

function AddressForm(props: { person: Person; done(p: Person): void; cancel(): void }) {
  const w = useWords(WORDS);
  const form = useForm<Values, unknown, Person>({
    initial: { ...emptyAddress('value'), makeDefault: false },
    schema: newPersonContactSchema,
    toBody: (v) => ({ kind: 'ADDRESS', value: addressOf(v, 'value'), makeDefault: v.makeDefault }),
    send: (body, key) =>
      api.post<Person>(`/api/individuals/${props.person.id}/contacts`, { body, idempotencyKey: key }),
    success: () => w('added'),
    done: props.done,
  });
  return (
    <InlineForm form={form} label={w('add')} submit={w('save')} cancel={props.cancel}>
      <AddressFields form={form} prefix="value" />
      <Checkbox form={form} name="makeDefault" label={w('asDefault')} />
    </InlineForm>
  );
}
