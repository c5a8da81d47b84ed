// "Start an intervention from a service": the registered participant's action plan gets the service (its type and
// dates) as an intervention, through their case like any plan change.
import { useEffect, useId } from 'react';
import type { startInterventionFromService } from '../../../../app/services/intervention-from-service.ts';
import { FUNDING_TYPES } from '../../../../domain/reference.ts';
import { interventionFromServiceSchema } from '../../../../domain/schemas/services.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useWords } from '../../i18n/words.ts';
import { Form, SelectField, TextArea, useForm } from '../../ui/form.tsx';
import { Card } from '../../ui/layout.tsx';
import { optionsOf } from './options.ts';
import type { Participant, ServiceData } from './service-types.ts';
import { WORDS } from './services-words.ts';

type Started = Awaited<ReturnType<typeof startInterventionFromService>>;

export function InterventionForm(props: {
  service: ServiceData['service'];
  participant: Participant;
  path: string;
  onDone(): void;
}) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const p = props.participant;
  const title = w('interventionTitle', { service: props.service.name, name: p.name });
  const id = useId();
  // The form opens below the list: the keyboard and the eye go to it.
  useEffect(() => {
    const first = document.getElementById(id)?.querySelector('select');
    first?.focus();
    first?.scrollIntoView({ block: 'center' });
  }, [id, p.id]);
  const form = useForm({
    initial: { fundingType: 'EDMT', description: '' },
    schema: interventionFromServiceSchema,
    toBody: (v) => ({ fundingType: v.fundingType, description: v.description.trim() || undefined }),
    send: (body, key) =>
      api.post<Started>(`${props.path}/participants/${p.id}/intervention`, { body, idempotencyKey: key }),
    success: w('interventionAdded', { id: p.caseId ?? '' }),
    done: props.onDone,
  });
  return (
    <Card title={title} id={id}>
      <Form
        form={form}
        label={title}
        className="services-form"
        submit={w('createIntervention')}
        secondary={
          <button type="button" className="secondary" onClick={props.onDone}>
            {w('closeEdit')}
          </button>
        }
      >
        <SelectField
          form={form}
          name="fundingType"
          label={w('fundingType')}
          required
          options={optionsOf(FUNDING_TYPES, label)}
        />
        <TextArea
          form={form}
          name="description"
          label={w('interventionDescription')}
          hint={w('interventionHint')}
          rows={2}
        />
      </Form>
    </Card>
  );
}
