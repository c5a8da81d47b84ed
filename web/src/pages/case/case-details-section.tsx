// The Case Details tab (spec 01 §4.12; seed 001): the registration details entered when the case was opened, which a
// case manager updates here while the case is open (employment situation, correspondence language, preferred contact
// method, EI details). Reassigning the case, the screen's other half, is in the header.
import { useState } from 'react';
import type { RegistrationInput } from '../../../../domain/schemas/case.ts';
import { registrationUpdateSchema } from '../../../../domain/schemas/case.ts';
import { api } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { FormDialog } from '../../ui/form-dialog.tsx';
import { useForm } from '../../ui/form.tsx';
import {
  RegistrationFields,
  registrationMissing,
  registrationOf,
  registrationValues,
} from '../people/registration-fields.tsx';
import { RegistrationSummary } from './registration-summary.tsx';
import type { CaseDetails, SectionProps } from './section.ts';
import { CASE_WORDS } from './words.ts';

const WORDS = defineWords({
  en: {
    title: 'Update the registration details of case {id}',
    save: 'Save',
    done: 'The registration details of case {id} are updated.',
  },
  fr: {
    title: "Mettre à jour les détails de l'inscription du cas {id}",
    save: 'Enregistrer',
    done: "Les détails de l'inscription du cas {id} sont mis à jour.",
  },
});

export function CaseDetailsSection(props: SectionProps) {
  const w = useWords(WORDS);
  const cw = useWords(CASE_WORDS);
  const { can } = useSession();
  const { lang, t } = useI18n();
  const { c } = props;
  const [open, setOpen] = useState(false);
  const current = () => registrationValues(c.registration as Partial<RegistrationInput> | null, lang);
  const form = useForm({
    initial: current(),
    check: (v) => registrationMissing(v, t),
    schema: registrationUpdateSchema,
    toBody: (v) => ({ registration: registrationOf(v) }),
    send: (body, key) => api.put<CaseDetails>(`/api/cases/${c.id}/registration`, { body, idempotencyKey: key }),
    success: (r) => w('done', { id: r.id }),
    done: (r) => {
      setOpen(false);
      props.replace(r);
    },
  });
  const editable = c.status !== 'CLOSED' && can('case.update');
  return (
    <section>
      <RegistrationSummary c={c} />
      {editable && (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            form.reset(current());
            setOpen(true);
          }}
        >
          {cw('edit')}
        </button>
      )}
      <FormDialog
        open={open}
        title={w('title', { id: c.id })}
        form={form}
        submit={w('save')}
        onClose={() => setOpen(false)}
      >
        <RegistrationFields form={form} />
      </FormDialog>
    </section>
  );
}
