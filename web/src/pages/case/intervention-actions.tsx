// What can be done to one intervention, each in the page: change its planned dates (R-INT-08); once the plan is
// signed, start it (R-PM-01/02) or close it as Complete or Not Complete with its actual end date and, when not
// completed, the reason (R-PM-04/05/06); delete a Planned one (R-INT-07, R-PM-03).
import { useState } from 'react';
import { businessDate } from '../../../../domain/dates.ts';
import { INTERVENTION_STATUS_LABELS, NON_COMPLETION_REASON_LABELS } from '../../../../domain/interventions.ts';
import { INTERVENTION_TYPES } from '../../../../domain/reference.ts';
import { interventionChangeSchema } from '../../../../domain/schemas/case.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { Form, SelectField, TextField, useForm } from '../../ui/form.tsx';
import { labelOf, optionsOf } from './codes.ts';
import type { CaseDetails, SectionProps } from './section.ts';

const WORDS = defineWords({
  en: {
    changeDates: 'Change dates…',
    start: 'Start',
    complete: 'Complete…',
    notComplete: 'Not completed…',
    delete: 'Delete…',
    datesTitle: 'Planned dates of {type}',
    plannedStart: 'Planned start date',
    plannedEnd: 'Planned end date',
    saveDates: 'Save the dates',
    datesSaved: 'Dates of {type} saved.',
    started: '{type} is in progress.',
    completeTitle: 'Complete {type}',
    notCompleteTitle: 'Not completed: {type}',
    actualEnd: 'Actual end date',
    actualEndHint: 'Today or earlier.',
    reason: 'Reason it was not completed',
    lock: 'Once saved, the intervention can no longer be changed; notes and documents can still be added.',
    markComplete: 'Mark as Complete',
    markNotComplete: 'Mark as Not Complete',
    closed: '{type}: {status}.',
    deleteTitle: 'Delete {type}?',
    deleteText: 'A deleted intervention is gone for good, with its progress-check notification.',
    confirmDelete: 'Delete the intervention',
    deleted: '{type} deleted from the plan.',
    actionsFor: 'Actions for {type}',
  },
  fr: {
    changeDates: 'Modifier les dates…',
    start: 'Commencer',
    complete: 'Terminer…',
    notComplete: 'Non terminée…',
    delete: 'Supprimer…',
    datesTitle: 'Dates prévues : {type}',
    plannedStart: 'Date de début prévue',
    plannedEnd: 'Date de fin prévue',
    saveDates: 'Enregistrer les dates',
    datesSaved: 'Dates enregistrées : {type}.',
    started: '{type} : en cours.',
    completeTitle: 'Terminer : {type}',
    notCompleteTitle: 'Non terminée : {type}',
    actualEnd: 'Date de fin réelle',
    actualEndHint: "Aujourd'hui ou avant.",
    reason: 'Raison de non-réalisation',
    lock:
      "Une fois enregistrée, l'intervention ne peut plus être modifiée; on peut encore y ajouter des notes et des " +
      'documents.',
    markComplete: 'Marquer comme terminée',
    markNotComplete: 'Marquer comme non terminée',
    closed: '{type} : {status}.',
    deleteTitle: 'Supprimer : {type} ?',
    deleteText: 'Une intervention supprimée disparaît pour de bon, avec son avis de suivi.',
    confirmDelete: "Supprimer l'intervention",
    deleted: '{type} : supprimée du plan.',
    actionsFor: 'Actions : {type}',
  },
});

type Intervention = CaseDetails['actionPlan']['interventions'][number];
type Dialog = 'dates' | 'complete' | 'notComplete' | 'delete' | null;

export function InterventionActions(props: SectionProps & { i: Intervention }) {
  const { c, i } = props;
  const w = useWords(WORDS);
  const { label } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const type = label(labelOf(INTERVENTION_TYPES, i.interventionType));
  const open = i.status === 'PLANNED' || i.status === 'IN_PROGRESS';
  const managed = c.status === 'RTWAP_MGMT';
  if (!open) return null;
  const close = () => setDialog(null);
  const dialogProps = { ...props, type, onClose: close };
  return (
    <div className="row-actions" role="group" aria-label={w('actionsFor', { type })}>
      {i.status === 'PLANNED' && managed && <StartButton {...dialogProps} />}
      {managed && (
        <>
          <button type="button" className="secondary" onClick={() => setDialog('complete')}>
            {w('complete')}
          </button>
          <button type="button" className="secondary" onClick={() => setDialog('notComplete')}>
            {w('notComplete')}
          </button>
        </>
      )}
      <button type="button" className="secondary" onClick={() => setDialog('dates')}>
        {w('changeDates')}
      </button>
      {i.status === 'PLANNED' && (
        <button type="button" className="secondary" onClick={() => setDialog('delete')}>
          {w('delete')}
        </button>
      )}
      {dialog === 'dates' && <DatesDialog {...dialogProps} />}
      {dialog === 'complete' && <CloseDialog {...dialogProps} status="COMPLETED" />}
      {dialog === 'notComplete' && <CloseDialog {...dialogProps} status="NOT_COMPLETED" />}
      {dialog === 'delete' && <DeleteDialog {...dialogProps} />}
    </div>
  );
}

interface DialogProps extends SectionProps {
  i: Intervention;
  type: string;
  onClose(): void;
}

/** A dialog's change is done: the page takes the case as stored and the dialog closes. */
const finish = (p: DialogProps) => (r: CaseDetails) => {
  p.replace(r);
  p.onClose();
};

/** The PATCH every change of an intervention goes through; the answer is the case as stored. */
const change = (p: DialogProps) => (body: unknown, key: string) =>
  api.patch<CaseDetails>(`/api/cases/${p.c.id}/interventions/${p.i.id}`, { body, idempotencyKey: key });

function StartButton(p: DialogProps) {
  const w = useWords(WORDS);
  const form = useForm({
    initial: {},
    toBody: () => ({ status: 'IN_PROGRESS' }),
    send: change(p),
    success: w('started', { type: p.type }),
    done: p.replace,
  });
  return (
    <Form form={form} label={w('start')} submit={w('start')} className="inline-form">
      {null}
    </Form>
  );
}

function DatesDialog(p: DialogProps) {
  const w = useWords(WORDS);
  const form = useForm({
    initial: { plannedStartDate: p.i.plannedStartDate, plannedEndDate: p.i.plannedEndDate },
    schema: interventionChangeSchema,
    send: change(p),
    success: w('datesSaved', { type: p.type }),
    done: finish(p),
  });
  return (
    <FormDialog open title={w('datesTitle', { type: p.type })} form={form} submit={w('saveDates')} onClose={p.onClose}>
      <TextField form={form} name="plannedStartDate" label={w('plannedStart')} type="date" required />
      <TextField form={form} name="plannedEndDate" label={w('plannedEnd')} type="date" required />
    </FormDialog>
  );
}

function CloseDialog(p: DialogProps & { status: 'COMPLETED' | 'NOT_COMPLETED' }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const done = p.status === 'COMPLETED';
  const form = useForm({
    initial: { actualEndDate: businessDate(new Date()), nonCompletionReason: '' },
    schema: interventionChangeSchema,
    toBody: (v) => ({
      status: p.status,
      actualEndDate: v.actualEndDate || undefined,
      nonCompletionReason: done ? undefined : v.nonCompletionReason || undefined,
    }),
    send: change(p),
    success: w('closed', { type: p.type, status: label(INTERVENTION_STATUS_LABELS[p.status]) }),
    done: finish(p),
  });
  return (
    <FormDialog
      open
      title={done ? w('completeTitle', { type: p.type }) : w('notCompleteTitle', { type: p.type })}
      form={form}
      submit={done ? w('markComplete') : w('markNotComplete')}
      onClose={p.onClose}
    >
      <TextField
        form={form}
        name="actualEndDate"
        label={w('actualEnd')}
        hint={w('actualEndHint')}
        type="date"
        required
      />
      {!done && (
        <SelectField
          form={form}
          name="nonCompletionReason"
          label={w('reason')}
          required
          options={optionsOf(NON_COMPLETION_REASON_LABELS, label)}
        />
      )}
      <div className="notice notice-warning">{w('lock')}</div>
    </FormDialog>
  );
}

function DeleteDialog(p: DialogProps) {
  const w = useWords(WORDS);
  const form = useForm({
    initial: {},
    send: (_body, key) =>
      api.delete<CaseDetails>(`/api/cases/${p.c.id}/interventions/${p.i.id}`, { idempotencyKey: key }),
    success: w('deleted', { type: p.type }),
    done: finish(p),
  });
  return (
    <FormDialog
      open
      title={w('deleteTitle', { type: p.type })}
      form={form}
      submit={w('confirmDelete')}
      onClose={p.onClose}
    >
      <p>{w('deleteText')}</p>
    </FormDialog>
  );
}
