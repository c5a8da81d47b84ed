// A new enhanced service (/services/new, A2 / R-ES-01): what it is, when, where and for how many; once saved, its page
// opens to add participants.
import type { createService } from '../../../../app/services/commands.ts';
import { INTERVENTION_TYPES } from '../../../../domain/reference.ts';
import { serviceSchema } from '../../../../domain/schemas/services.ts';
import { SERVICE_FORMATS, SERVICE_VISIBILITIES } from '../../../../domain/services.ts';
import { api } from '../../api/client.ts';
import { Link, navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Form, SelectField, TextArea, TextField, useForm } from '../../ui/form.tsx';
import { Card, PageHeader } from '../../ui/layout.tsx';
import { optionsOf } from './options.ts';
import { WORDS } from './services-words.ts';

type Created = Awaited<ReturnType<typeof createService>>;

const INITIAL = {
  serviceFormat: 'GROUP',
  accountabilityReporting: '',
  name: '',
  description: '',
  serviceType: '',
  primaryAudience: '',
  startDate: '',
  endDate: '',
  startTime: '',
  endTime: '',
  minParticipants: '1',
  maxParticipants: '',
  location: '',
  visibility: 'PRIVATE',
  additionalDetails: '',
};

/** Empty optional fields are left out; counts are numbers. */
const toBody = (v: typeof INITIAL) => {
  const body: Record<string, unknown> = Object.fromEntries(Object.entries(v).filter(([, x]) => x.trim() !== ''));
  for (const k of ['minParticipants', 'maxParticipants']) if (typeof body[k] === 'string') body[k] = Number(body[k]);
  return body;
};

export function NewServicePage() {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const form = useForm({
    initial: INITIAL,
    schema: serviceSchema,
    toBody,
    send: (body, key) => api.post<Created>('/api/services', { body, idempotencyKey: key }),
    success: (r) => w('created', { name: r.service.name }),
    done: (r) => navigate(`/services/${r.service.id}`),
  });
  return (
    <>
      <PageHeader title={w('createTitle')} subtitle={w('createSubtitle')} />
      <Card>
        <Form
          form={form}
          label={w('createTitle')}
          submit={w('create')}
          className="services-form"
          secondary={
            <Link to="/services" className="button-link secondary">
              {w('back')}
            </Link>
          }
        >
          <div className="form-row">
            <SelectField
              form={form}
              name="serviceFormat"
              label={w('serviceFormat')}
              required
              options={optionsOf(SERVICE_FORMATS, label)}
            />
            <SelectField
              form={form}
              name="serviceType"
              label={w('serviceType')}
              required
              options={optionsOf(INTERVENTION_TYPES, label)}
            />
          </div>
          <TextField form={form} name="name" label={w('name')} required />
          <TextArea form={form} name="description" label={w('description')} required rows={3} />
          <TextField
            form={form}
            name="accountabilityReporting"
            label={w('accountabilityReporting')}
            hint={w('accountabilityHint')}
            required
          />
          <TextField form={form} name="primaryAudience" label={w('primaryAudience')} />
          <div className="form-row">
            <TextField form={form} name="startDate" type="date" label={w('startDate')} required />
            <TextField form={form} name="endDate" type="date" label={w('endDate')} required />
          </div>
          <div className="form-row">
            <TextField form={form} name="startTime" label={w('startTime')} hint={w('timeHint')} />
            <TextField form={form} name="endTime" label={w('endTime')} hint={w('timeHint')} />
          </div>
          <div className="form-row">
            <TextField form={form} name="minParticipants" type="number" label={w('minParticipants')} />
            <TextField form={form} name="maxParticipants" type="number" label={w('maxParticipants')} required />
          </div>
          <TextField form={form} name="location" label={w('location')} required />
          <SelectField
            form={form}
            name="visibility"
            label={w('visibility')}
            hint={w('visibilityHint')}
            required
            options={optionsOf(SERVICE_VISIBILITIES, label)}
          />
          <TextArea form={form} name="additionalDetails" label={w('additionalDetails')} rows={3} />
        </Form>
      </Card>
    </>
  );
}
