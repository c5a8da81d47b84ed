// Requesting LaMPSS access for a new organisation (/request-access, §3.12), open to visitors who are not signed in:
// who is asking, for which organisation and program; Operations Support decides (R-ORG-03) and answers by email.
import { useState } from 'react';
import { CONTACT_LANGUAGES, ORGANISATION_TYPES } from '../../../../domain/access.ts';
import { FAMILY_LABELS } from '../../../../domain/permissions.ts';
import { accessRequestSchema } from '../../../../domain/schemas/access.ts';
import { api } from '../../api/client.ts';
import { Link } from '../../app/router.tsx';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Form, SelectField, TextField, useForm } from '../../ui/form.tsx';
import { Card, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './access-words.ts';

/** The programs an organisation may ask access for (spec 04 §3.12). */
const REQUESTABLE = ['OFA', 'PCC'] as const;

const options = (table: Record<string, { en: string; fr: string }>, label: I18n['label']) =>
  Object.entries(table).map(([value, l]) => ({ value, label: label(l) }));

export function AccessRequestPage() {
  const w = useWords(WORDS);
  const [sent, setSent] = useState<{ organisation: string; email: string } | null>(null);
  return (
    <div className="public-form">
      <PageHeader title={sent ? w('submittedTitle') : w('requestTitle')} />
      {sent ? (
        <Card>
          <p role="status">{w('submittedText', sent)}</p>
          <Link to="/sign-in">{w('signIn')}</Link>
        </Card>
      ) : (
        <RequestForm done={setSent} />
      )}
    </div>
  );
}

function RequestForm({ done }: { done(s: { organisation: string; email: string }): void }) {
  const w = useWords(WORDS);
  const { label, lang } = useI18n();
  const form = useForm({
    initial: {
      lastName: '',
      firstName: '',
      email: '',
      phone: '',
      jobTitle: '',
      language: lang === 'fr' ? 'FR' : 'EN',
      organisationName: '',
      organisationType: 'PRIVATE_NON_PROFIT',
      addressLine1: '',
      city: '',
      province: 'NS',
      postalCode: '',
      organisationPhone: '',
      family: 'OFA',
    },
    schema: accessRequestSchema,
    toBody: (v) => ({ ...v, phone: v.phone.trim() || null, jobTitle: v.jobTitle.trim() || null }),
    send: (body, key) => api.post('/api/access-requests', { body, idempotencyKey: key }),
    success: w('submitted'),
    done: () => done({ organisation: form.values.organisationName, email: form.values.email }),
  });
  const families = Object.fromEntries(REQUESTABLE.map((f) => [f, FAMILY_LABELS[f]]));
  return (
    <Card>
      <p>{w('requestIntro')}</p>
      <Form form={form} label={w('requestForm')} submit={w('submit')}>
        <fieldset className="fieldset">
          <legend>{w('aboutYou')}</legend>
          <div className="form-row">
            <TextField form={form} name="lastName" label={w('lastName')} required autoComplete="family-name" />
            <TextField form={form} name="firstName" label={w('firstName')} required autoComplete="given-name" />
          </div>
          <div className="form-row">
            <TextField form={form} name="email" label={w('email')} type="email" required autoComplete="email" />
            <TextField form={form} name="phone" label={w('phone')} type="tel" autoComplete="tel" />
          </div>
          <div className="form-row">
            <TextField form={form} name="jobTitle" label={w('jobTitle')} autoComplete="organization-title" />
            <SelectField
              form={form}
              name="language"
              label={w('language')}
              required
              options={options(CONTACT_LANGUAGES, label)}
            />
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{w('aboutOrganisation')}</legend>
          <div className="form-row">
            <TextField
              form={form}
              name="organisationName"
              label={w('organisationName')}
              required
              autoComplete="organization"
            />
            <SelectField
              form={form}
              name="organisationType"
              label={w('organisationType')}
              required
              options={options(ORGANISATION_TYPES, label)}
            />
          </div>
          <TextField form={form} name="addressLine1" label={w('addressLine1')} required autoComplete="address-line1" />
          <div className="form-row">
            <TextField form={form} name="city" label={w('city')} required autoComplete="address-level2" />
            <TextField form={form} name="province" label={w('province')} required autoComplete="address-level1" />
            <TextField form={form} name="postalCode" label={w('postalCode')} required autoComplete="postal-code" />
          </div>
          <div className="form-row">
            <TextField form={form} name="organisationPhone" label={w('organisationPhone')} type="tel" required />
          </div>
          <SelectField form={form} name="family" label={w('family')} required options={options(families, label)} />
        </fieldset>
      </Form>
    </Card>
  );
}
