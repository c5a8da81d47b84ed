// Recording or correcting an employment outcome (ACT-OUT-01/02): the type the follow-up dates call for (R-OUT-04), the
// employment details of the latest outcome (R-OUT-05), and for an employed client every field R-OUT-09 requires,
// province included, chosen by the user. A date rule's refusal names its earliest date beside the date field; the
// 52-week outcome closes the case, so it is saved only once the user answers that question (C-OUT-01).
import { useRef, useState } from 'react';
import { z, type ZodType } from 'zod';
import type { EmploymentDetails } from '../../../../../domain/case-state.ts';
import {
  EMPLOYMENT_DETAILS_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  JOB_LEAD_SOURCE_LABELS,
  OUTCOME_TYPE_LABELS,
  PROVINCE_OF_EMPLOYMENT_LABELS,
} from '../../../../../domain/outcomes.ts';
import { NOC_CODES } from '../../../../../domain/reference.ts';
import { outcomeChangeSchema, outcomeSchema, type OutcomeInput } from '../../../../../domain/schemas/case.ts';
import { ApiError, api } from '../../../api/client.ts';
import { useApi } from '../../../api/use-api.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { ConfirmDialog } from '../../../ui/confirm.tsx';
import { Checkbox, Form, SelectField, TextField, useForm } from '../../../ui/form.tsx';
import { Loaded } from '../../../ui/layout.tsx';
import type { CaseDetails } from '../section.ts';
import { isEmployed, type Outcome, type OutcomeType } from './outcome.ts';
import { outcomeWords } from './words.ts';

type CaseAnswer = Omit<CaseDetails, 'workflow'>;

type OutcomeValues = {
  type: string;
  actualOutcomeDate: string;
  employmentStatus: string;
  employerName: string;
  provinceOfEmployment: string;
  jobTitle: string;
  nocCode: string;
  hoursPerWeek: string;
  hoursUnknown: boolean;
  hourlyWage: string;
  wageUnknown: boolean;
  employmentDetails: string;
  jobLeadSource: string;
  inPreferredField: boolean;
};

interface Defaults {
  type: OutcomeType | null;
  actualOutcomeDate: string;
  details: Partial<EmploymentDetails>;
}

const valuesOf = (type: string, actualOutcomeDate: string, d: Partial<EmploymentDetails>): OutcomeValues => ({
  type,
  actualOutcomeDate,
  employmentStatus: d.employmentStatus ?? '',
  employerName: d.employerName ?? '',
  provinceOfEmployment: d.provinceOfEmployment ?? '',
  jobTitle: d.jobTitle ?? '',
  nocCode: d.nocCode ?? '',
  hoursPerWeek: typeof d.hoursPerWeek === 'number' ? String(d.hoursPerWeek) : '',
  hoursUnknown: d.hoursPerWeek === 'UNKNOWN',
  hourlyWage: typeof d.hourlyWage === 'number' ? String(d.hourlyWage) : '',
  wageUnknown: d.hourlyWage === 'UNKNOWN',
  employmentDetails: d.employmentDetails ?? '',
  jobLeadSource: d.jobLeadSource ?? '',
  inPreferredField: d.inPreferredField ?? false,
});

const number = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(',', '.')));

/** What is sent: the job's fields only for an employed client (R-OUT-09 hides them otherwise). */
function bodyOf(v: OutcomeValues) {
  const job = isEmployed(v.employmentStatus)
    ? {
        employerName: v.employerName.trim() || undefined,
        provinceOfEmployment: v.provinceOfEmployment || undefined,
        jobTitle: v.jobTitle.trim() || undefined,
        nocCode: v.nocCode || undefined,
        hoursPerWeek: v.hoursUnknown ? 'UNKNOWN' : number(v.hoursPerWeek),
        hourlyWage: v.wageUnknown ? 'UNKNOWN' : number(v.hourlyWage),
        employmentDetails: v.employmentDetails || undefined,
        jobLeadSource: v.jobLeadSource || undefined,
        inPreferredField: v.inPreferredField,
      }
    : {};
  return { actualOutcomeDate: v.actualOutcomeDate, employmentStatus: v.employmentStatus || undefined, ...job };
}

/** The API's schema, with R-OUT-09's required fields when the client is employed, so the browser says what is
 * missing before anything is sent. */
function schemaOf<S extends typeof outcomeSchema | typeof outcomeChangeSchema>(base: S, v: OutcomeValues) {
  if (!isEmployed(v.employmentStatus)) return base;
  const shape = outcomeChangeSchema.shape;
  return base.extend({
    employerName: z.string().trim().min(1),
    provinceOfEmployment: shape.provinceOfEmployment.unwrap(),
    jobTitle: z.string().trim().min(1),
    hoursPerWeek: v.hoursUnknown ? z.literal('UNKNOWN') : z.number().positive().max(168),
    hourlyWage: v.wageUnknown ? z.literal('UNKNOWN') : z.number().positive().max(999_999.99),
    employmentDetails: shape.employmentDetails.unwrap(),
  });
}

/** The types a new outcome may have at the case's stage (R-OUT-02/03, R-FU-01..03). */
export function typesOpen(c: CaseDetails, outcomes: Outcome[]): OutcomeType[] {
  const has = (t: OutcomeType) => outcomes.some((o) => o.type === t);
  if (c.status === 'RTWAP_MGMT') return has('RTWAP_CLOSURE') ? [] : ['RTWAP_CLOSURE'];
  if (c.status !== 'FOLLOW_UP') return [];
  return [...(has('WEEK_24') ? [] : ['WEEK_24' as const]), ...(has('WEEK_52') ? [] : ['WEEK_52' as const]), 'RANDOM'];
}

export function NewOutcome(props: { c: CaseDetails; outcomes: Outcome[]; done(c: CaseAnswer): void; cancel(): void }) {
  const defaults = useApi<Defaults>(`/api/cases/${props.c.id}/outcomes/defaults`);
  const types = typesOpen(props.c, props.outcomes);
  return (
    <Loaded state={defaults}>
      {(d) => (
        <OutcomeFields
          {...props}
          types={types}
          initial={valuesOf(d.type && types.includes(d.type) ? d.type : types[0], d.actualOutcomeDate, d.details)}
          prefilled={isEmployed(d.details.employmentStatus)}
        />
      )}
    </Loaded>
  );
}

export function EditOutcome(props: { c: CaseDetails; outcome: Outcome; done(c: CaseAnswer): void; cancel(): void }) {
  const o = props.outcome;
  return <OutcomeFields {...props} outcomes={[]} types={[o.type]} initial={valuesOf(o.type, o.actualOutcomeDate, o)} />;
}

function OutcomeFields(props: {
  c: CaseDetails;
  outcomes: Outcome[];
  outcome?: Outcome;
  types: OutcomeType[];
  initial: OutcomeValues;
  prefilled?: boolean;
  done(c: CaseAnswer): void;
  cancel(): void;
}) {
  const i18n = useI18n();
  const { label, date, t } = i18n;
  const w = useWords(outcomeWords);
  const editing = props.outcome;
  const [closing, setClosing] = useState(false);
  const confirmClose = useRef(false);
  const options = <T extends string>(labels: Record<T, { en: string; fr: string }>) =>
    (Object.keys(labels) as T[]).map((value) => ({ value, label: label(labels[value]) }));

  const form = useForm<OutcomeValues, OutcomeInput, CaseAnswer>({
    initial: props.initial,
    schema: (v) =>
      (editing ? schemaOf(outcomeChangeSchema, v) : schemaOf(outcomeSchema, v)) as unknown as ZodType<OutcomeInput>,
    toBody: (v) => (editing ? bodyOf(v) : { ...bodyOf(v), type: v.type, confirmClose: confirmClose.current }),
    send: async (body, key) => {
      const path = `/api/cases/${props.c.id}/outcomes${editing ? `/${editing.id}` : ''}`;
      try {
        return await (editing ? api.patch<CaseAnswer> : api.post<CaseAnswer>)(path, { body, idempotencyKey: key });
      } catch (e) {
        // R-FU-01/02: the earliest date the server names, beside the date field.
        if (e instanceof ApiError)
          e.body.violations = e.body.violations.map((v) =>
            v.earliestDate
              ? {
                  ...v,
                  field: 'actualOutcomeDate',
                  message: w('earliest', { type: label(OUTCOME_TYPE_LABELS[body.type]), date: date(v.earliestDate) }),
                }
              : v,
          );
        throw e;
      }
    },
    success: editing ? w('corrected') : w('saved'),
    done: props.done,
    refused: (e) => {
      if (!e.body.violations.some((v) => v.code === 'C-OUT-01')) return false;
      setClosing(true);
      return true;
    },
  });
  const v = form.values;
  const employed = isEmployed(v.employmentStatus);
  const unknown24 = props.outcomes.find((o) => o.type === 'WEEK_24')?.employmentStatus === 'UNKNOWN';

  return (
    <>
      <Form
        form={form}
        label={editing ? w('editTitle', { type: label(OUTCOME_TYPE_LABELS[editing.type]) }) : w('newTitle')}
        submit={editing ? w('saveCorrection') : w('save')}
        className="outcome-form"
        secondary={
          <button type="button" className="secondary" onClick={props.cancel}>
            {t('cancel')}
          </button>
        }
      >
        <h3>{editing ? w('editTitle', { type: label(OUTCOME_TYPE_LABELS[editing.type]) }) : w('newTitle')}</h3>
        <div className="form-row">
          {editing ? (
            <p>{w('typeFixed', { type: label(OUTCOME_TYPE_LABELS[editing.type]) })}</p>
          ) : (
            <SelectField
              form={form}
              name="type"
              label={w('type')}
              hint={w('typeHint')}
              required
              options={props.types.map((value) => ({ value, label: label(OUTCOME_TYPE_LABELS[value]) }))}
            />
          )}
          <TextField form={form} name="actualOutcomeDate" type="date" label={w('date')} hint={w('dateHint')} required />
          <SelectField
            form={form}
            name="employmentStatus"
            label={w('status')}
            required
            options={options(EMPLOYMENT_STATUS_LABELS)}
          />
        </div>
        {employed && (
          <>
            {props.prefilled && <p className="notice">{w('prefilled')}</p>}
            <div className="form-row">
              <TextField form={form} name="employerName" label={w('employer')} hint={w('unknownHint')} required />
              <TextField form={form} name="jobTitle" label={w('jobTitle')} hint={w('unknownHint')} required />
              <SelectField
                form={form}
                name="provinceOfEmployment"
                label={w('province')}
                required
                options={options(PROVINCE_OF_EMPLOYMENT_LABELS)}
              />
            </div>
            <div className="form-row">
              <div className="field-group">
                <TextField
                  form={form}
                  name="hoursPerWeek"
                  type="number"
                  label={w('hours')}
                  required={!v.hoursUnknown}
                />
                <Checkbox form={form} name="hoursUnknown" label={w('hoursUnknown')} />
              </div>
              <div className="field-group">
                <TextField form={form} name="hourlyWage" type="number" label={w('wage')} required={!v.wageUnknown} />
                <Checkbox form={form} name="wageUnknown" label={w('wageUnknown')} />
              </div>
              <SelectField
                form={form}
                name="employmentDetails"
                label={w('details')}
                required
                options={options(EMPLOYMENT_DETAILS_LABELS)}
              />
            </div>
            <div className="form-row">
              <SelectField
                form={form}
                name="nocCode"
                label={w('noc')}
                placeholder={w('nocNone')}
                options={Object.entries(NOC_CODES).map(([value, title]) => ({ value, label: `${value} – ${title}` }))}
              />
              <SelectField
                form={form}
                name="jobLeadSource"
                label={w('leadSource')}
                options={options(JOB_LEAD_SOURCE_LABELS)}
              />
            </div>
            <Checkbox form={form} name="inPreferredField" label={w('preferred')} />
          </>
        )}
      </Form>
      <ConfirmDialog
        open={closing}
        title={w('closeTitle')}
        confirm={w('closeConfirm')}
        danger
        onConfirm={() => {
          setClosing(false);
          confirmClose.current = true;
          void form.onSubmit();
        }}
        onCancel={() => setClosing(false)}
      >
        <p>{w('closeText')}</p>
        {unknown24 && <p>{w('closeUnknown24')}</p>}
      </ConfirmDialog>
    </>
  );
}
