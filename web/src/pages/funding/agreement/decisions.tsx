// ENS decisions on an agreement (C10, R-FUND-15/17/18): move it forward one status at a time (naming the agreement
// manager who takes it), close it with a reason after a question, or return the application for changes with a due
// date (a week unless ENS says otherwise).
import { useState } from 'react';
import { addDays, businessDate } from '../../../../../domain/dates.ts';
import {
  AGREEMENT_CLOSURE_REASON_LABELS,
  AGREEMENT_STATUS_LABELS,
  AGREEMENT_STATUSES,
  type AgreementStatus,
} from '../../../../../domain/funding.ts';
import { agreementStatusSchema, requestChangesSchema } from '../../../../../domain/schemas/funding.ts';
import { api } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { useWords } from '../../../i18n/words.ts';
import { ConfirmDialog } from '../../../ui/confirm.tsx';
import { Form, SelectField, TextArea, TextField, useForm } from '../../../ui/form.tsx';
import { Card } from '../../../ui/layout.tsx';
import type { Agreement } from './agreement.ts';
import { agreementWords } from './words.ts';

export function Decisions(props: { a: Agreement; changed(): void }) {
  const w = useWords(agreementWords);
  const { a } = props;
  const processing = a.packageState === 'SUBMITTING' || a.packageState === 'RESUBMITTING';
  if (a.status === 'CLOSED') return <Card title={w('decideTitle')}>{<p className="muted">{w('noDecision')}</p>}</Card>;
  const next = AGREEMENT_STATUSES[AGREEMENT_STATUSES.indexOf(a.status as AgreementStatus) + 1];
  const reviewable = a.packageState === 'SUBMITTED' && ['APPLICATION', 'ASSESSMENT', 'ASSESSED'].includes(a.status);
  return (
    <Card title={w('decideTitle')}>
      {processing && <p className="notice">{w('processing')}</p>}
      <div className="decisions">
        {next && next !== 'CLOSED' && <MoveForm a={a} to={next} changed={props.changed} />}
        <CloseForm a={a} changed={props.changed} />
        {reviewable && <ChangesForm a={a} changed={props.changed} />}
      </div>
    </Card>
  );
}

const statusPath = (id: number) => `/api/agreements/${id}/status`;

function MoveForm(props: { a: Agreement; to: AgreementStatus; changed(): void }) {
  const { label } = useI18n();
  const w = useWords(agreementWords);
  const status = label(AGREEMENT_STATUS_LABELS[props.to]);
  const form = useForm({
    initial: { agreementManager: '' },
    schema: agreementStatusSchema,
    toBody: (v) => ({ status: props.to, agreementManager: v.agreementManager.trim() || undefined }),
    send: (body, key) => api.post(statusPath(props.a.agreementId), { body, idempotencyKey: key }),
    success: w('moved', { status }),
    done: props.changed,
  });
  return (
    <section aria-labelledby="move-title">
      <h3 id="move-title">{w('moveTitle')}</h3>
      <Form form={form} label={w('moveTitle')} submit={w('moveTo', { status })}>
        <TextField form={form} name="agreementManager" label={w('assign')} hint={w('assignHint')} />
      </Form>
    </section>
  );
}

function CloseForm(props: { a: Agreement; changed(): void }) {
  const { label } = useI18n();
  const w = useWords(agreementWords);
  const [asking, setAsking] = useState(false);
  const form = useForm({
    initial: { reason: '' },
    schema: agreementStatusSchema,
    toBody: (v) => ({ status: 'CLOSED', reason: v.reason || undefined }),
    send: (body, key) => api.post(statusPath(props.a.agreementId), { body, idempotencyKey: key }),
    success: w('closed'),
    done: props.changed,
  });
  return (
    <section aria-labelledby="close-title">
      <h3 id="close-title">{w('closeTitle')}</h3>
      <form
        className="form"
        aria-label={w('closeTitle')}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!form.values.reason) void form.onSubmit();
          else setAsking(true);
        }}
      >
        {form.problems.length > 0 && (
          <div className="notice notice-error" role="alert">
            {form.problems.join(' ')}
          </div>
        )}
        <SelectField
          form={form}
          name="reason"
          label={w('reason')}
          required
          options={(
            Object.keys(AGREEMENT_CLOSURE_REASON_LABELS) as (keyof typeof AGREEMENT_CLOSURE_REASON_LABELS)[]
          ).map((value) => ({ value, label: label(AGREEMENT_CLOSURE_REASON_LABELS[value]) }))}
        />
        <div className="form-actions">
          <button type="submit" className="danger" disabled={form.submitting}>
            {w('close')}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={asking}
        title={w('confirmCloseTitle')}
        confirm={w('close')}
        danger
        onConfirm={() => {
          setAsking(false);
          void form.onSubmit();
        }}
        onCancel={() => setAsking(false)}
      >
        <p>{w('confirmCloseText')}</p>
      </ConfirmDialog>
    </section>
  );
}

function ChangesForm(props: { a: Agreement; changed(): void }) {
  const w = useWords(agreementWords);
  const form = useForm({
    initial: { message: '', dueDate: addDays(businessDate(new Date()), 7) },
    schema: requestChangesSchema,
    send: (body, key) =>
      api.post(`/api/agreements/${props.a.agreementId}/request-changes`, { body, idempotencyKey: key }),
    success: w('requested'),
    done: props.changed,
  });
  return (
    <section aria-labelledby="changes-title">
      <h3 id="changes-title">{w('changesTitle')}</h3>
      <p className="hint">{w('changesHint')}</p>
      <Form form={form} label={w('changesTitle')} submit={w('requestChanges')}>
        <TextArea form={form} name="message" label={w('message')} rows={3} required />
        <TextField form={form} name="dueDate" type="date" label={w('dueDate')} required />
      </Form>
    </section>
  );
}
