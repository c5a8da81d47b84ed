// Closing a case by hand (R-CASE-23, R-CLOSE-03, R-CLOSE-04): a reason the stage allows, an optional note, and a
// warning that a closed case never reopens (R-CASE-25).
import { useState } from 'react';
import { MANUAL_CLOSURE_REASONS, REASON_LABELS, type CaseStatus } from '../../../../domain/case-model.ts';
import { closeCaseSchema } from '../../../../domain/schemas/case.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { RadioGroup, TextArea, useForm } from '../../ui/form.tsx';
import type { CaseDetails, SectionProps } from './section.ts';

const WORDS = defineWords({
  en: {
    closeCase: 'Close case',
    title: 'Close case {id}',
    warning: 'A closed case can never be reopened: its open tasks are cancelled and it becomes read only.',
    reason: 'Reason',
    note: 'Note (optional)',
    noteHint: 'Kept with the case notes.',
    notAchievable: 'Use it after three attempts to reach the client by different means (phone, email, letter).',
    confirm: 'Close the case',
    done: 'Case {id} is closed: {reason}.',
  },
  fr: {
    closeCase: 'Fermer le cas',
    title: 'Fermer le cas {id}',
    warning:
      'Un cas fermé ne peut jamais être rouvert : ses tâches ouvertes sont annulées et il passe en lecture seule.',
    reason: 'Raison',
    note: 'Note (facultative)',
    noteHint: 'Conservée avec les notes du cas.',
    notAchievable:
      'À utiliser après trois tentatives pour joindre le client ' +
      'par des moyens différents (téléphone, courriel, lettre).',
    confirm: 'Fermer le cas',
    done: 'Le cas {id} est fermé : {reason}.',
  },
});

export function CloseCaseButton(props: SectionProps) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const { c } = props;
  const [open, setOpen] = useState(false);
  const form = useForm({
    initial: { reason: '', note: '' },
    schema: closeCaseSchema,
    toBody: (v) => ({ reason: v.reason || undefined, note: v.note.trim() || undefined, confirmed: true }),
    send: (body, key) => api.post<CaseDetails>(`/api/cases/${c.id}/close`, { body, idempotencyKey: key }),
    success: (r) => w('done', { id: r.id, reason: label(REASON_LABELS[r.closedReason as keyof typeof REASON_LABELS]) }),
    done: (r) => {
      setOpen(false);
      form.reset();
      props.replace(r);
    },
  });
  const reasons = MANUAL_CLOSURE_REASONS[c.status as CaseStatus] ?? [];
  return (
    <>
      <button type="button" className="secondary danger-outline" onClick={() => setOpen(true)}>
        {w('closeCase')}
      </button>
      <FormDialog
        open={open}
        title={w('title', { id: c.id })}
        form={form}
        submit={w('confirm')}
        onClose={() => setOpen(false)}
      >
        <div className="notice notice-warning">{w('warning')}</div>
        <RadioGroup
          form={form}
          name="reason"
          label={w('reason')}
          required
          options={reasons.map((r) => ({
            value: r,
            label: label(REASON_LABELS[r]),
            hint: r === 'FOLLOW_UPS_NOT_ACHIEVABLE' ? w('notAchievable') : undefined,
          }))}
        />
        <TextArea form={form} name="note" label={w('note')} hint={w('noteHint')} rows={3} />
      </FormDialog>
    </>
  );
}
