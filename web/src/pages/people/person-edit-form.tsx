// Changing a person's details, contacts and address (R-PER-11): a new name keeps the old one as an alias (R-PER-13),
// a new address moves the old one to the address history (R-PER-14); a SIN can be added here, which a case needs.
import { useEffect, useRef } from 'react';
import { individualChangeSchema } from '../../../../domain/schemas/people.ts';
import { api } from '../../api/client.ts';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Form, useForm } from '../../ui/form.tsx';
import { Card } from '../../ui/layout.tsx';
import { addressOf, given, PersonFields, type PersonValues } from './person-fields.tsx';
import type { Person } from './person.ts';

const WORDS = defineWords({
  en: {
    title: 'Edit person details',
    intro:
      'A new name keeps the old one as an alias; a new address moves the old one to the address history. The address, phone ' +
      'and email here are the defaults: add others, remove them or choose another default under Addresses and under ' +
      'Phones and emails.',
    sinHint:
      '9 digits, for example 046-454-286. A case cannot be opened ' +
      'without it; once entered it can be corrected, not removed.',
    save: 'Save the changes',
    cancel: 'Cancel',
    saved: 'The details of {name} were saved.',
  },
  fr: {
    title: "Modifier les détails sur l'individu",
    intro:
      "Un nouveau nom conserve l'ancien comme alias; une nouvelle adresse déplace l'ancienne dans l'historique des " +
      "adresses. L'adresse, le téléphone et le courriel ci-dessous sont ceux par défaut : ajoutez-en, retirez-en ou " +
      'choisissez un autre défaut sous Adresses et sous Téléphones et courriels.',
    sinHint:
      'Neuf chiffres, par exemple 046-454-286. Un cas ne peut pas être créé sans lui; une fois saisi, il peut être ' +
      'corrigé, mais non retiré.',
    save: 'Enregistrer les modifications',
    cancel: 'Annuler',
    saved: 'Les renseignements de {name} ont été enregistrés.',
  },
});

const valuesOf = (p: Person): PersonValues => ({
  title: p.title ?? '',
  firstName: p.firstName,
  middleInitial: p.middleInitial ?? '',
  lastName: p.lastName,
  gender: p.gender,
  maritalStatus: p.maritalStatus ?? '',
  languages: p.languages,
  dateOfBirth: p.dateOfBirth,
  dateOfDeath: p.dateOfDeath ?? '',
  sin: p.sin ?? '',
  phone: p.phone ?? '',
  email: p.email ?? '',
  'address.line1': p.address.line1,
  'address.city': p.address.city,
  'address.province': p.address.province,
  'address.country': p.address.country,
  'address.postalCode': p.address.postalCode,
});

export function PersonEditForm(props: {
  person: Person;
  /** The field to start in: "sin" when the page asks for the SIN a case needs. */
  focus?: string | null;
  onSaved(person: Person): void;
  onCancel(): void;
}) {
  const w = useWords(WORDS);
  const box = useRef<HTMLDivElement>(null);
  const form = useForm<PersonValues, unknown, Person>({
    initial: valuesOf(props.person),
    schema: individualChangeSchema,
    // Every field is sent: an emptied phone, email, initial, title, marital status or date of death clears it; a
    // SIN is only ever added or corrected.
    toBody: (v) => ({
      title: v.title,
      firstName: v.firstName.trim(),
      lastName: v.lastName.trim(),
      middleInitial: v.middleInitial.trim(),
      gender: v.gender || undefined,
      maritalStatus: v.maritalStatus,
      languages: v.languages,
      dateOfBirth: v.dateOfBirth || undefined,
      dateOfDeath: v.dateOfDeath,
      sin: given(v.sin),
      phone: v.phone.trim(),
      email: v.email.trim(),
      address: addressOf(v),
    }),
    send: (body, key) => api.patch<Person>(`/api/individuals/${props.person.id}`, { body, idempotencyKey: key }),
    success: (p) => w('saved', { name: `${p.firstName} ${p.lastName}` }),
    done: props.onSaved,
  });
  useEffect(() => {
    const first = box.current?.querySelector<HTMLInputElement>(props.focus ? `[name="${props.focus}"]` : 'input');
    first?.focus();
  }, [props.focus]);
  return (
    <Card title={w('title')} className="person-edit">
      <p className="hint">{w('intro')}</p>
      <div ref={box}>
        <Form
          form={form}
          label={w('title')}
          submit={w('save')}
          secondary={
            <button type="button" className="secondary" onClick={props.onCancel}>
              {w('cancel')}
            </button>
          }
        >
          <PersonFields form={form} sinHint={w('sinHint')} withDateOfDeath />
        </Form>
      </div>
    </Card>
  );
}
