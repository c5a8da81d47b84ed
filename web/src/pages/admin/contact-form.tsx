// The contact's fields, shared by "Add a contact" and the contact page's edit form (R-CON-01..04: office, position
// and FTE where the organisation tracks clients), and the security-profile picker of an invitation (R-SEC-04: only
// the profiles this administrator may give here, by family).
import { useId } from 'react';
import { CONTACT_LANGUAGES, POSITION_TYPES } from '../../../../domain/access.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { SelectField, TextField, type FormState } from '../../ui/form.tsx';
import type { ContactRow } from './contact-summary.tsx';
import { WORDS } from './contact-words.ts';
import type { Organisation } from './organisation-page.tsx';

export interface ContactValues {
  [k: string]: unknown;
  lastName: string;
  firstName: string;
  email: string;
  jobTitle: string;
  phone: string;
  mobilePhone: string;
  language: string;
  officeLocationId: string;
  positionType: string;
  fte: string;
  startDate: string;
  endDate: string;
}

export const contactValues = (c?: ContactRow): ContactValues => ({
  lastName: c?.lastName ?? '',
  firstName: c?.firstName ?? '',
  email: c?.email ?? '',
  jobTitle: c?.jobTitle ?? '',
  phone: c?.phone ?? '',
  mobilePhone: c?.mobilePhone ?? '',
  language: c?.language ?? 'EN',
  officeLocationId: c?.officeLocationId ? String(c.officeLocationId) : '',
  positionType: c?.positionType ?? '',
  fte: c?.fte == null ? '' : String(c.fte),
  startDate: c?.startDate ?? '',
  endDate: c?.endDate ?? '',
});

/** What the API takes: empty fields as null, the office and FTE as numbers. */
export const contactBody = (v: ContactValues) => ({
  lastName: v.lastName.trim(),
  firstName: v.firstName.trim(),
  email: v.email.trim(),
  jobTitle: v.jobTitle.trim() || null,
  phone: v.phone.trim() || null,
  mobilePhone: v.mobilePhone.trim() || null,
  language: v.language || undefined,
  officeLocationId: v.officeLocationId ? Number(v.officeLocationId) : null,
  positionType: v.positionType || null,
  fte: v.fte.trim() ? Number(v.fte.replace(',', '.')) : null,
  startDate: v.startDate || null,
  endDate: v.endDate || null,
});

export function ContactFields<V extends ContactValues>({ form, org }: { form: FormState<V>; org: Organisation }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const staffing = org.clientTracking;
  return (
    <>
      <div className="form-row">
        <TextField form={form} name="lastName" label={w('lastName')} required autoComplete="off" />
        <TextField form={form} name="firstName" label={w('firstName')} required autoComplete="off" />
      </div>
      <div className="form-row">
        <TextField form={form} name="email" label={w('email')} type="email" required autoComplete="off" />
        <TextField form={form} name="jobTitle" label={w('jobTitle')} />
      </div>
      <div className="form-row">
        <TextField form={form} name="phone" label={w('phone')} type="tel" />
        <TextField form={form} name="mobilePhone" label={w('mobilePhone')} type="tel" />
        <SelectField
          form={form}
          name="language"
          label={w('language')}
          options={Object.entries(CONTACT_LANGUAGES).map(([value, l]) => ({ value, label: label(l) }))}
        />
      </div>
      <div className="form-row">
        <SelectField
          form={form}
          name="officeLocationId"
          label={w('officeLocation')}
          required={staffing}
          options={org.officeLocations.map((o) => ({ value: String(o.id), label: o.name }))}
        />
        <SelectField
          form={form}
          name="positionType"
          label={w('positionType')}
          required={staffing}
          options={Object.entries(POSITION_TYPES).map(([value, l]) => ({ value, label: label(l) }))}
        />
        <TextField form={form} name="fte" label={w('fteField')} required={staffing} />
      </div>
      <div className="form-row">
        <TextField form={form} name="startDate" label={w('startDate')} type="date" />
        <TextField form={form} name="endDate" label={w('endDate')} type="date" />
      </div>
    </>
  );
}

/** The profiles to give, as checkboxes grouped by family; only grantable ones, so a family may have none. */
export function ProfilePicker<V extends { profiles: string[] }>({
  form,
  org,
}: {
  form: FormState<V>;
  org: Organisation;
}) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const id = useId();
  const error = form.errors.profiles ?? form.errors['invitation.profiles'];
  const chosen = form.values.profiles;
  const toggle = (code: string, on: boolean) =>
    form.set('profiles', (on ? [...chosen, code] : chosen.filter((c) => c !== code)) as V['profiles']);
  return (
    <fieldset
      className={`field profile-picker ${error ? 'field-invalid' : ''}`}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend>
        {w('profilesToGrant')}
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <p className="hint" id={`${id}-hint`}>
        {w('profilesHint')}
      </p>
      {org.profileFamilies
        .map((f) => ({ ...f, profiles: f.profiles.filter((p) => p.grantable) }))
        .filter((f) => f.profiles.length)
        .map((f) => (
          <div key={f.family} className="profile-family">
            <p className="profile-family-name">{label(f.label)}</p>
            {f.profiles.map((p) => (
              <div className="field field-check" key={p.code}>
                <input
                  id={`${id}-${p.code}`}
                  type="checkbox"
                  checked={chosen.includes(p.code)}
                  onChange={(e) => toggle(p.code, e.target.checked)}
                />
                <label htmlFor={`${id}-${p.code}`}>{label(p.label)}</label>
              </div>
            ))}
          </div>
        ))}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
