// A person's details and contact information as form fields, shared by the add form and the edit form. Field names
// are the request's own (address.city...), so the server's messages land beside the fields they name.
import { GENDER_LABELS, GENDERS } from '../../../../domain/people.ts';
import type { Address } from '../../../../domain/people.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { SelectField, TextField, type FormState } from '../../ui/form.tsx';
import { PERSON_WORDS } from './words.ts';

export type PersonValues = {
  firstName: string;
  middleInitial: string;
  lastName: string;
  gender: string;
  dateOfBirth: string;
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
  firstName: '',
  middleInitial: '',
  lastName: '',
  gender: '',
  dateOfBirth: '',
  sin: '',
  phone: '',
  email: '',
  'address.line1': '',
  'address.city': '',
  'address.province': 'NS',
  'address.country': 'Canada',
  'address.postalCode': '',
};

export const addressOf = (v: PersonValues): Address => ({
  line1: v['address.line1'].trim(),
  city: v['address.city'].trim(),
  province: v['address.province'].trim(),
  country: v['address.country'].trim(),
  postalCode: v['address.postalCode'].trim(),
});

/** Optional text left empty is not sent. */
export const given = (s: string) => (s.trim() ? s.trim() : undefined);

export function PersonFields<V extends PersonValues>(props: {
  form: FormState<V>;
  /** The SIN can be added or corrected, not removed: the edit form says so. */
  sinHint?: string;
}) {
  const w = useWords(PERSON_WORDS);
  const { label } = useI18n();
  const { form } = props;
  return (
    <>
      <fieldset className="fieldset">
        <legend>{w('personDetails')}</legend>
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
          <TextField form={form} name="dateOfBirth" label={w('dateOfBirth')} type="date" required />
        </div>
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
        <TextField form={form} name="address.line1" label={w('addressLine1')} required autoComplete="off" />
        <div className="form-row">
          <TextField form={form} name="address.city" label={w('city')} required autoComplete="off" />
          <TextField form={form} name="address.province" label={w('province')} required autoComplete="off" />
          <TextField form={form} name="address.postalCode" label={w('postalCode')} required autoComplete="off" />
          <TextField form={form} name="address.country" label={w('country')} required autoComplete="off" />
        </div>
      </fieldset>
    </>
  );
}
