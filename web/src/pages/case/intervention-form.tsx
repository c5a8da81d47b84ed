// Adding an intervention to the action plan (R-INT-01..06, R-PLAN-01, R-PM-07): the type follows the dimension,
// the delivering organisation is asked only when the delivery is external, and the plan's reminders show where
// they apply (EDMT for accountability reporting, R-INT-05; a funded one added later needs a new signature, R-PM-08).
import { REPORTING_LABELS } from '../../../../domain/case-opening.ts';
import {
  DELIVERY_MODELS,
  EMPLOYABILITY_DIMENSIONS,
  FUNDING_TYPES,
  INTERVENTION_TYPES,
} from '../../../../domain/reference.ts';
import { interventionSchema } from '../../../../domain/schemas/case.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Checkbox, Form, SelectField, TextArea, TextField, useForm } from '../../ui/form.tsx';
import { PartnerPicker } from '../partners/partner-picker.tsx';
import { labelOf, optionsOf } from './codes.ts';
import type { CaseDetails, SectionProps } from './section.ts';

export const INTERVENTION_WORDS = defineWords({
  en: {
    add: 'Add the intervention',
    title: 'New intervention',
    dimension: 'Employability dimension',
    type: 'Intervention type',
    chooseDimension: 'Choose the dimension first.',
    fundingType: 'Funding type',
    edmtOnly: 'Only EDMT counts in the accountability reporting of this case.',
    deliveryModel: 'Delivery model',
    deliveringOrganisation: 'Delivering organisation',
    plannedStart: 'Planned start date',
    plannedEnd: 'Planned end date',
    description: 'Description (printed on the plan)',
    fundingRequested: 'A funding request will be submitted for this intervention',
    resign: 'A funded intervention added now needs a newly signed plan: print it and sign it with the client.',
    added: 'Intervention added: {type}.',
  },
  fr: {
    add: "Ajouter l'intervention",
    title: 'Nouvelle intervention',
    dimension: "Dimension de l'employabilité",
    type: "Type d'intervention",
    chooseDimension: "Choisissez d'abord la dimension.",
    fundingType: 'Type de financement',
    edmtOnly: "Seul l'EDMT compte dans le rapport de responsabilisation de ce cas.",
    deliveryModel: 'Modèle de prestation',
    deliveringOrganisation: 'Organisme de prestation',
    plannedStart: 'Date de début prévue',
    plannedEnd: 'Date de fin prévue',
    description: 'Description (imprimée sur le plan)',
    fundingRequested: 'Une demande de financement sera présentée pour cette intervention',
    resign:
      'Une intervention financée ajoutée maintenant exige un plan signé de nouveau : imprimez-le et faites-le ' +
      'signer au client.',
    added: 'Intervention ajoutée : {type}.',
  },
});

/** R-INT-03: the chosen Business Partner, by id when it uses Pathway (R-DLV-03), else by its name. */
function deliveringOf(v: { deliveryModel: string; deliveringOrganisation: string; deliveringOrganisationId: string }) {
  if (v.deliveryModel !== 'EXTERNAL') return { deliveringOrganisation: undefined, deliveringOrganisationId: undefined };
  return v.deliveringOrganisationId
    ? { deliveringOrganisation: undefined, deliveringOrganisationId: Number(v.deliveringOrganisationId) }
    : { deliveringOrganisation: v.deliveringOrganisation || undefined, deliveringOrganisationId: undefined };
}

export function InterventionForm(props: SectionProps & { onClose(): void }) {
  const { c } = props;
  const w = useWords(INTERVENTION_WORDS);
  const { label } = useI18n();
  const form = useForm({
    initial: {
      dimension: '',
      interventionType: '',
      fundingType: 'EDMT',
      deliveryModel: '',
      deliveringOrganisation: '',
      // R-DLV-03: set when the chosen partner is an organisation using Pathway, so the case is shared with it.
      deliveringOrganisationId: '',
      plannedStartDate: '',
      plannedEndDate: '',
      description: '',
      fundingRequested: false,
    },
    schema: interventionSchema,
    toBody: (v) => ({
      ...v,
      dimension: v.dimension || undefined,
      // A type chosen under another dimension is not this one's: the list shows the dimension's types only.
      interventionType:
        INTERVENTION_TYPES[v.interventionType as keyof typeof INTERVENTION_TYPES]?.dimension === v.dimension
          ? v.interventionType
          : undefined,
      fundingType: v.fundingType || undefined,
      deliveryModel: v.deliveryModel || undefined,
      ...deliveringOf(v),
    }),
    send: (body, key) => api.post<CaseDetails>(`/api/cases/${c.id}/interventions`, { body, idempotencyKey: key }),
    success: (r) => {
      const added = r.actionPlan.interventions.find((i) => !c.actionPlan.interventions.some((o) => o.id === i.id));
      return w('added', { type: label(labelOf(INTERVENTION_TYPES, added?.interventionType)) });
    },
    done: (r) => {
      props.replace(r);
      props.onClose();
    },
  });
  const v = form.values;
  const types = Object.entries(INTERVENTION_TYPES)
    .filter(([, t]) => t.dimension === v.dimension)
    .map(([value, t]) => ({ value, label: label(t) }));
  // R-INT-05: a case reported against an EAS agreement (not Private) counts only EDMT interventions.
  const reported = !(c.accountabilityReporting in REPORTING_LABELS);
  return (
    <Form form={form} label={w('title')} submit={w('add')} className="intervention-form">
      <div className="form-row">
        <SelectField
          form={form}
          name="dimension"
          label={w('dimension')}
          required
          options={optionsOf(EMPLOYABILITY_DIMENSIONS, label)}
        />
        <SelectField
          form={form}
          name="interventionType"
          label={w('type')}
          required
          hint={v.dimension ? undefined : w('chooseDimension')}
          options={types}
        />
      </div>
      <div className="form-row">
        <SelectField
          form={form}
          name="fundingType"
          label={w('fundingType')}
          required
          hint={reported && v.fundingType !== 'EDMT' ? w('edmtOnly') : undefined}
          options={optionsOf(FUNDING_TYPES, label)}
        />
        <SelectField
          form={form}
          name="deliveryModel"
          label={w('deliveryModel')}
          required
          options={optionsOf(DELIVERY_MODELS, label)}
        />
        {v.deliveryModel === 'EXTERNAL' && (
          <PartnerPicker
            label={w('deliveringOrganisation')}
            value={v.deliveringOrganisation}
            error={form.errors.deliveringOrganisation ?? form.errors.deliveringOrganisationId}
            onChoose={(p) => {
              form.set('deliveringOrganisation', p.name);
              form.set('deliveringOrganisationId', p.organisationId === null ? '' : String(p.organisationId));
            }}
          />
        )}
      </div>
      <div className="form-row">
        <TextField form={form} name="plannedStartDate" label={w('plannedStart')} type="date" required />
        <TextField form={form} name="plannedEndDate" label={w('plannedEnd')} type="date" required />
      </div>
      <TextArea form={form} name="description" label={w('description')} required rows={3} />
      <Checkbox form={form} name="fundingRequested" label={w('fundingRequested')} />
      {v.fundingRequested && c.status === 'RTWAP_MGMT' && <div className="notice notice-warning">{w('resign')}</div>}
    </Form>
  );
}
