// Reassigning the case to another case manager of the organisation (R-CASE-11): its open tasks and alerts follow it
// (R-TMR-07) and the new case manager is told.
import { useState } from 'react';
import { reassignSchema } from '../../../../domain/schemas/case.ts';
import { api } from '../../api/client.ts';
import { defineWords, useWords } from '../../i18n/words.ts';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { SelectField, useForm } from '../../ui/form.tsx';
import type { CaseManager } from './case-manager.ts';
import type { CaseDetails, SectionProps } from './section.ts';

const WORDS = defineWords({
  en: {
    reassign: 'Reassign',
    title: 'Reassign case {id}',
    current: 'Now assigned to {name}. Its open tasks and alerts move to the case manager you choose, who is told.',
    caseManager: 'New case manager',
    me: '{name} (me)',
    done: 'Case {id} is now assigned to {name}.',
  },
  fr: {
    reassign: 'Réassigner',
    title: 'Réassigner le cas {id}',
    current:
      'Actuellement assigné à {name}. Ses tâches et alertes ouvertes passent au gestionnaire de cas choisi, qui ' +
      'en est avisé.',
    caseManager: 'Nouveau gestionnaire de cas',
    me: '{name} (moi)',
    done: 'Le cas {id} est maintenant assigné à {name}.',
  },
});

export function ReassignButton(props: SectionProps & { managers: CaseManager[] }) {
  const w = useWords(WORDS);
  const { c } = props;
  const [open, setOpen] = useState(false);
  const form = useForm({
    initial: { caseManagerId: '' },
    schema: reassignSchema,
    toBody: (v) => ({ caseManagerId: Number(v.caseManagerId) || undefined }),
    send: (body, key) => api.post<CaseDetails>(`/api/cases/${c.id}/reassign`, { body, idempotencyKey: key }),
    success: (r) => w('done', { id: r.id, name: r.caseManager.name }),
    done: (r) => {
      setOpen(false);
      form.reset();
      props.replace(r);
    },
  });
  const choices = props.managers.filter((m) => m.id !== c.caseManager.id);
  return (
    <>
      <button type="button" className="secondary" onClick={() => setOpen(true)}>
        {w('reassign')}
      </button>
      <FormDialog
        open={open}
        title={w('title', { id: c.id })}
        form={form}
        submit={w('reassign')}
        onClose={() => setOpen(false)}
      >
        <p>{w('current', { name: c.caseManager.name })}</p>
        <SelectField
          form={form}
          name="caseManagerId"
          label={w('caseManager')}
          required
          options={choices.map((m) => ({ value: String(m.id), label: m.isMe ? w('me', { name: m.name }) : m.name }))}
        />
      </FormDialog>
    </>
  );
}
