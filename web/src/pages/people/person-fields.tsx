// A person's details and contact information as form fields, shared by the add form and the edit form (the address
// fields also by the form adding another address). Field names are the request's own (address.city...), so the
// server's messages land beside the fields they name.
import { useId } from 'react';
import { GENDER_LABELS, GENDERS } from '../../../../domain/people.ts';
import type { Address } from '../../../../domain/people.ts';
import {
  LANGUAGE_LABELS,
  LANGUAGES,
  MARITAL_STATUS_LABELS,
  MARITAL_STATUSES,
  TITLE_LABELS,
  TITLES,
} from '../../../../domain/person-details.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { SelectField, TextField, type FormState } from '../../ui/form.tsx';
import { PERSON_WORDS } from './words.ts';

/** The address fields of a form, under the request's name for the address ("address", or "value" for an entry). */
export type AddressValues<P extends string> = {
  [K in `${P}.${'line1' | 'city' | 'province' | 'country' | 'postalCode'}`]: string;
};

export type PersonValues = {
  title: string;
  firstName: string;
  middleInitial: string;
  lastName: string;
  gender: string;
  maritalStatus: string;
  languages: string[];
  dateOfBirth: string;
  dateOfDeath: string;
  sin: string;
  phone: string;
  email: string;
  'address.line1': string;
  'address.city': string;
  'address.province': string;
  'address.country': string;
  'address.postalCode': string;
};

export const EMPTY_PERSON: PersonValues = {
  title: '',
  firstName: '',
  middleInitial: '',
  lastName: '',
  gender: '',
  maritalStatus: '',
  languages: [],
  dateOfBirth: '',
  dateOfDeath: '',
  sin: '',
  phone: '',
  email: '',
  'address.line1': '',
  'address.city': '',
  'address.province': 'NS',
  'address.country': 'Canada',
  'address.postalCode': '',
};

export const emptyAddress = <P extends string>(prefix: P) =>
  ({
    [`${prefix}.line1`]: '',
    [`${prefix}.city`]: '',
    [`${prefix}.province`]: 'NS',
    [`${prefix}.country`]: 'Canada',
    [`${prefix}.postalCode`]: '',
  }) as AddressValues<P>;

export function addressOf<P extends string = 'address'>(v: AddressValues<P>, prefix = 'address' as P): Address {
  const at = (k: keyof Address) => (v as Record<string, string>)[`${prefix}.${k}`].trim();
  return {
    line1: at('line1'),
    city: at('city'),
    province: at('province'),
    country: at('country'),
    postalCode: at('postalCode'),
  };
}

/** Optional text left empty is not sent. */
export const given = (s: string) => (s.trim() ? s.trim() : undefined);

export function PersonFields<V extends PersonValues>(props: {
  form: FormState<V>;
  /** The SIN can be added or corrected, not removed: the edit form says so. */
  sinHint?: string;
  /** A date of death is recorded on a person already added (the edit form). */
  withDateOfDeath?: boolean;
}) {
  const w = useWords(PERSON_WORDS);
  const { label } = useI18n();
  const { form } = props;
  return (
    <>
      <fieldset className="fieldset">
        <legend>{w('personDetails')}</legend>
        <div className="field-narrow">
          <SelectField
            form={form}
            name="title"
            label={w('title')}
            options={TITLES.map((t) => ({ value: t, label: label(TITLE_LABELS[t]) }))}
          />
        </div>
        <div className="form-row name-row">
          <TextField form={form} name="firstName" label={w('firstName')} required autoComplete="off" />
          <TextField form={form} name="middleInitial" label={w('middleInitial')} autoComplete="off" />
          <TextField form={form} name="lastName" label={w('lastName')} required autoComplete="off" />
        </div>
        <div className="form-row">
          <SelectField
            form={form}
            name="gender"
            label={w('gender')}
            required
            options={GENDERS.map((g) => ({ value: g, label: label(GENDER_LABELS[g]) }))}
          />
          <SelectField
            form={form}
            name="maritalStatus"
            label={w('maritalStatus')}
            options={MARITAL_STATUSES.map((m) => ({ value: m, label: label(MARITAL_STATUS_LABELS[m]) }))}
          />
        </div>
        <div className="form-row">
          <TextField form={form} name="dateOfBirth" label={w('dateOfBirth')} type="date" required />
          {props.withDateOfDeath && <TextField form={form} name="dateOfDeath" label={w('dateOfDeath')} type="date" />}
        </div>
        <LanguagesField form={form} />
        <div className="field-narrow">
          <TextField form={form} name="sin" label={w('sin')} hint={props.sinHint ?? w('sinHint')} autoComplete="off" />
        </div>
      </fieldset>
      <fieldset className="fieldset">
        <legend>{w('contactInformation')}</legend>
        <div className="form-row">
          <TextField form={form} name="phone" label={w('phone')} type="tel" autoComplete="off" />
          <TextField form={form} name="email" label={w('email')} type="email" autoComplete="off" />
        </div>
        <AddressFields form={form} prefix="address" />
      </fieldset>
    </>
  );
}

/** An address's fields: the default address in the person forms, another address in the addresses card. */
export function AddressFields<P extends string, V extends AddressValues<P>>(props: { form: FormState<V>; prefix: P }) {
  const w = useWords(PERSON_WORDS);
  const { form, prefix } = props;
  const name = (k: keyof Address) => `${prefix}.${k}` as keyof V & string;
  return (
    <>
      <TextField form={form} name={name('line1')} label={w('addressLine1')} required autoComplete="off" />
      <div className="form-row">
        <TextField form={form} name={name('city')} label={w('city')} required autoComplete="off" />
        <TextField form={form} name={name('province')} label={w('province')} required autoComplete="off" />
        <TextField form={form} name={name('postalCode')} label={w('postalCode')} required autoComplete="off" />
        <TextField form={form} name={name('country')} label={w('country')} required autoComplete="off" />
      </div>
    </>
  );
}

/** Languages spoken: any number of them, a box each. */
function LanguagesField<V extends PersonValues>({ form }: { form: FormState<V> }) {
  const w = useWords(PERSON_WORDS);
  const { label } = useI18n();
  const id = useId();
  const chosen = form.values.languages;
  const toggle = (code: string, on: boolean) =>
    form.set('languages', (on ? [...chosen, code] : chosen.filter((c) => c !== code)) as V['languages']);
  return (
    <fieldset className="field languages">
      <legend>{w('languages')}</legend>
      <div className="checkbox-columns">
        {LANGUAGES.map((code) => (
          <div className="field field-check" key={code}>
            <input
              id={`${id}-${code}`}
              type="checkbox"
              checked={chosen.includes(code)}
              onChange={(e) => toggle(code, e.target.checked)}
            />
            <label htmlFor={`${id}-${code}`}>{label(LANGUAGE_LABELS[code])}</label>
          </div>
        ))}
      </div>
      {form.errors.languages && <p className="field-error">{form.errors.languages}</p>}
    </fieldset>
  );
}
