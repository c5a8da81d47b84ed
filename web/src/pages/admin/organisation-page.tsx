// The organisation page (/organisation): its information as the Organisation Contacts header gives it (R-ORG-10), an
// administrator's form to change it (R-ORG-06), the programs it takes part in and its office locations.
import type { organisationDetails } from '../../../../app/access/queries.ts';
import { ORGANISATION_TYPES } from '../../../../domain/access.ts';
import { officeLocationSchema, organisationChangeSchema } from '../../../../domain/schemas/access.ts';
import { api } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { Link } from '../../app/router.tsx';
import { useUser } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { EditableCard } from '../../ui/editable-card.tsx';
import { Form, SelectField, TextField, useForm } from '../../ui/form.tsx';
import { PrintableFormsCard } from './printable-forms-card.tsx';
import { Card, Empty, Facts, Loaded, PageHeader } from '../../ui/layout.tsx';
import { WORDS } from './organisation-words.ts';

export type Organisation = Awaited<ReturnType<typeof organisationDetails>>;

export const organisationPath = (id: number) => `/api/organisations/${id}`;

/** A code's label where the domain has one; an organisation type Operations Support added later shows as stored. */
export const typeLabel = (type: string | null) =>
  type && type in ORGANISATION_TYPES ? ORGANISATION_TYPES[type as keyof typeof ORGANISATION_TYPES] : null;

const PROGRAMS = [
  'activeFundingAgreement',
  'externalCaseManagement',
  'clientTracking',
  'serviceEnrolment',
  'privateCareerCollege',
  'learnerManagement',
] as const;

export function OrganisationPage() {
  const user = useUser();
  const w = useWords(WORDS);
  const state = useApi<Organisation>(organisationPath(user.organisationId));
  return (
    <Loaded state={state}>
      {(org) => (
        <>
          <PageHeader
            title={org.name}
            subtitle={w('subtitle', { code: org.code })}
            actions={
              <>
                <Link to="/organisation/contacts" className="button">
                  {w('contacts')}
                </Link>
                <Link to="/business-partners" className="button secondary">
                  {w('businessPartners')}
                </Link>
                {org.can.viewAudit && (
                  <Link to="/organisation/audit" className="button secondary">
                    {w('accessHistory')}
                  </Link>
                )}
                {org.can.manageContacts && (
                  <Link to="/organisation/access-review" className="button secondary">
                    {w('accessReview')}
                  </Link>
                )}
              </>
            }
          />
          <Information org={org} reload={state.reload} />
          <Programs org={org} />
          <Offices org={org} reload={state.reload} />
          <PrintableFormsCard />
        </>
      )}
    </Loaded>
  );
}

function Information({ org, reload }: { org: Organisation; reload(): void }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const a = org.address;
  return (
    <EditableCard
      title={w('information')}
      editLabel={w('edit')}
      canEdit={org.can.update}
      form={(close) => (
        <EditForm
          org={org}
          close={close}
          done={() => {
            close();
            reload();
          }}
        />
      )}
    >
      <Facts
        items={[
          [w('type'), label(typeLabel(org.type)) || org.type],
          [w('address'), [a.line1, a.city, a.province, a.postalCode].filter(Boolean).join(', ')],
          [w('phone'), org.phone],
          [
            w('primaryContact'),
            org.primaryContact && (
              <Link to={`/organisation/contacts/${org.primaryContact.id}`}>{org.primaryContact.name}</Link>
            ),
          ],
          [w('inactive'), org.inactive ? w('yes') : w('no')],
        ]}
      />
    </EditableCard>
  );
}

function EditForm({ org, close, done }: { org: Organisation; close(): void; done(): void }) {
  const w = useWords(WORDS);
  const { label, t } = useI18n();
  const form = useForm({
    initial: {
      name: org.name,
      type: org.type ?? '',
      addressLine1: org.address.line1 ?? '',
      city: org.address.city ?? '',
      province: org.address.province ?? '',
      postalCode: org.address.postalCode ?? '',
      phone: org.phone ?? '',
    },
    schema: organisationChangeSchema,
    toBody: (v) => ({
      ...Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x.trim() || null])),
      name: v.name,
      type: v.type || undefined,
      version: org.version,
    }),
    send: (body, key) => api.patch(organisationPath(org.id), { body, idempotencyKey: key }),
    success: w('saved'),
    done,
  });
  const types = Object.entries(ORGANISATION_TYPES).map(([value, l]) => ({ value, label: label(l) }));
  if (org.type && !(org.type in ORGANISATION_TYPES)) types.push({ value: org.type, label: org.type });
  return (
    <Form
      form={form}
      label={w('editForm')}
      submit={w('save')}
      secondary={
        <button type="button" className="secondary" onClick={close}>
          {t('cancel')}
        </button>
      }
    >
      <div className="form-row">
        <TextField form={form} name="name" label={w('name')} required />
        <SelectField form={form} name="type" label={w('type')} options={types} />
      </div>
      <TextField form={form} name="addressLine1" label={w('addressLine1')} autoComplete="street-address" />
      <div className="form-row">
        <TextField form={form} name="city" label={w('city')} />
        <TextField form={form} name="province" label={w('province')} />
        <TextField form={form} name="postalCode" label={w('postalCode')} />
      </div>
      <TextField form={form} name="phone" label={w('phone')} type="tel" />
    </Form>
  );
}

function Programs({ org }: { org: Organisation }) {
  const w = useWords(WORDS);
  return (
    <Card title={w('programs')}>
      <p className="hint card-intro">{w('programsHint')}</p>
      <Facts items={PROGRAMS.map((p) => [w(p), org[p] ? w('yes') : w('no')])} />
    </Card>
  );
}

function Offices({ org, reload }: { org: Organisation; reload(): void }) {
  const w = useWords(WORDS);
  const form = useForm({
    initial: { name: '' },
    schema: officeLocationSchema,
    send: (body, key) =>
      api.post<{ id: number; name: string }>(`${organisationPath(org.id)}/office-locations`, {
        body,
        idempotencyKey: key,
      }),
    success: (o) => w('officeAdded', { name: o.name }),
    done: () => {
      form.reset();
      reload();
    },
  });
  return (
    <Card title={w('offices')}>
      {org.officeLocations.length ? (
        <ul className="plain-list">
          {org.officeLocations.map((o) => (
            <li key={o.id}>{o.name}</li>
          ))}
        </ul>
      ) : (
        <Empty>{w('noOffices')}</Empty>
      )}
      {org.can.update && (
        <Form form={form} label={w('addOfficeForm')} submit={w('addOffice')} className="inline-form">
          <TextField form={form} name="name" label={w('officeName')} required />
        </Form>
      )}
    </Card>
  );
}
