// Changing a service once scheduled: what the API lets change (status, visibility, location, seats). Completing or
// cancelling it moves its waitlist to history (T-12); fewer seats than are taken is refused beside the field (R-WL-08).
import type { changeService } from '../../../../app/services/commands.ts';
import { serviceChangeSchema } from '../../../../domain/schemas/services.ts';
import { SERVICE_STATUSES, SERVICE_VISIBILITIES } from '../../../../domain/services.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Form, SelectField, TextField, useForm } from '../../ui/form.tsx';
import { Card } from '../../ui/layout.tsx';
import { optionsOf } from './options.ts';
import type { ServiceData } from './service-types.ts';
import { WORDS } from './services-words.ts';

type Changed = Awaited<ReturnType<typeof changeService>>;

export function EditService(props: { service: ServiceData['service']; onDone(next?: Changed): void }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const s = props.service;
  const form = useForm({
    initial: {
      status: s.status,
      visibility: s.visibility,
      location: s.location,
      maxParticipants: String(s.summary.maximum),
    },
    schema: serviceChangeSchema,
    toBody: (v) => ({ ...v, maxParticipants: v.maxParticipants === '' ? undefined : Number(v.maxParticipants) }),
    send: (body, key) => api.patch<Changed>(`/api/services/${s.id}`, { body, idempotencyKey: key }),
    success: w('saved'),
    done: (next) => props.onDone(next),
  });
  return (
    <Card title={w('editTitle')}>
      <Form
        form={form}
        label={w('editTitle')}
        className="services-form"
        submit={w('saveChanges')}
        secondary={
          <button type="button" className="secondary" onClick={() => props.onDone()}>
            {w('closeEdit')}
          </button>
        }
      >
        <div className="form-row">
          <SelectField
            form={form}
            name="status"
            label={w('status')}
            required
            options={optionsOf(SERVICE_STATUSES, label)}
          />
          <SelectField
            form={form}
            name="visibility"
            label={w('visibility')}
            hint={w('visibilityHint')}
            required
            options={optionsOf(SERVICE_VISIBILITIES, label)}
          />
          <TextField form={form} name="maxParticipants" type="number" label={w('maxParticipants')} required />
        </div>
        <TextField form={form} name="location" label={w('location')} required />
      </Form>
    </Card>
  );
}
