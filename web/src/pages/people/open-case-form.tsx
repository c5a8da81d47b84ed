// Opening a case (R-CASE-01..08): the case manager among the organisation's case managers, me by default (R-CASE-03);
// accountability reporting, Private or an EAS agreement (R-CASE-04); optionally a previous case to copy key data from
// (R-CASE-05); the Registration Details of the Add Case screen, with the answers some of them make required (an
// employed client's hours and wage, the type of an EI claim). The new case's page opens next.
import type { caseManagers } from '../../../../app/cases/case-pages.ts';
import type { caseDetails } from '../../../../app/cases/queries.ts';
import { STATUS_LABELS, type CaseStatus } from '../../../../domain/case-model.ts';
import { PRIVATE_REPORTING } from '../../../../domain/registration.ts';
import { openCaseSchema } from '../../../../domain/schemas/case.ts';
import { api } from '../../api/client.ts';
import { navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Form, RadioGroup, SelectField, TextField, useForm } from '../../ui/form.tsx';
import {
  RegistrationFields,
  registrationMissing,
  registrationOf,
  registrationValues,
  type RegistrationValues,
} from './registration-fields.tsx';
import type { Person } from './person.ts';

export type CaseManagers = Awaited<ReturnType<typeof caseManagers>>;
type OpenedCase = Awaited<ReturnType<typeof caseDetails>>;

const WORDS = defineWords({
  en: {
    form: 'Open a case',
    setup: 'Case set-up',
    caseManager: 'Case manager',
    me: '{name} (me)',
    reporting: 'Accountability reporting',
    private: 'Private: left out of your EAS activity reports',
    eas: 'An EAS agreement of your organisation',
    agreement: 'EAS agreement ID',
    copyFrom: 'Copy key data from a previous case',
    copyHint: 'Registration details, case information and education are copied; they stay editable.',
    noCopy: 'Do not copy: enter the registration details',
    previousCase: 'Case {id} ({stage}, {date})',
    copied: 'The registration details are copied from case {id}; change them later on the case’s details.',
    open: 'Open the case',
    cancel: 'Cancel',
    opened: 'Case {id} opened for {name}: its first task is Complete Intake.',
  },
  fr: {
    form: 'Créer un cas',
    setup: 'Configuration du cas',
    caseManager: 'Gestionnaire de cas',
    me: '{name} (moi)',
    reporting: 'Rapport de responsabilisation',
    private: "Privé : exclu des rapports d'activités des SAE de votre organisme",
    eas: 'Une entente de SAE de votre organisme',
    agreement: "Identifiant de l'entente de SAE",
    copyFrom: "Copier les données clés d'un cas précédent",
    copyHint:
      "Les détails de l'inscription, les renseignements sur le cas et les études sont copiés; ils restent modifiables.",
    noCopy: "Ne pas copier : saisir les détails de l'inscription",
    previousCase: 'Cas {id} ({stage}, {date})',
    copied: "Les détails de l'inscription sont copiés du cas {id}; modifiez-les ensuite dans les détails du cas.",
    open: 'Créer le cas',
    cancel: 'Annuler',
    opened: "Le cas {id} a été créé pour {name} : sa première tâche est Terminer l'accueil.",
  },
});

type OpenValues = RegistrationValues & {
  caseManagerId: string;
  reporting: string;
  accountabilityReporting: string;
  copyFromCaseId: string;
};

export function OpenCaseForm(props: { person: Person; managers: CaseManagers; onCancel(): void }) {
  const w = useWords(WORDS);
  const { label, lang, date, t } = useI18n();
  const { person, managers } = props;
  const previous = person.cases.filter((c) => c.status === 'CLOSED');
  const me = managers.find((m) => m.isMe);
  const form = useForm<OpenValues, unknown, OpenedCase>({
    initial: {
      caseManagerId: me ? String(me.id) : '',
      reporting: PRIVATE_REPORTING,
      accountabilityReporting: '',
      copyFromCaseId: '',
      ...registrationValues(null, lang),
    },
    // The answers some others make required, said in the person's words before the schema's own.
    check: (v) => (v.copyFromCaseId ? {} : registrationMissing(v, t)),
    schema: openCaseSchema,
    toBody: (v) => ({
      individualId: person.id,
      caseManagerId: v.caseManagerId ? Number(v.caseManagerId) : undefined,
      accountabilityReporting: v.reporting === PRIVATE_REPORTING ? PRIVATE_REPORTING : v.accountabilityReporting.trim(),
      ...(v.copyFromCaseId ? { copyFromCaseId: Number(v.copyFromCaseId) } : { registration: registrationOf(v) }),
    }),
    send: (body, key) => api.post<OpenedCase>('/api/cases', { body, idempotencyKey: key }),
    success: (c) => w('opened', { id: c.id, name: `${person.firstName} ${person.lastName}` }),
    done: (c) => navigate(`/cases/${c.id}`),
  });
  const v = form.values;
  return (
    <Form
      form={form}
      label={w('form')}
      submit={w('open')}
      secondary={
        <button type="button" className="secondary" onClick={props.onCancel}>
          {w('cancel')}
        </button>
      }
    >
      <fieldset className="fieldset">
        <legend>{w('setup')}</legend>
        <SelectField
          form={form}
          name="caseManagerId"
          label={w('caseManager')}
          required
          options={managers.map((m) => ({ value: String(m.id), label: m.isMe ? w('me', { name: m.name }) : m.name }))}
        />
        <RadioGroup
          form={form}
          name="reporting"
          label={w('reporting')}
          required
          options={[
            { value: PRIVATE_REPORTING, label: w('private') },
            { value: 'EAS', label: w('eas') },
          ]}
        />
        {v.reporting !== PRIVATE_REPORTING && (
          <TextField form={form} name="accountabilityReporting" label={w('agreement')} required />
        )}
        {previous.length > 0 && (
          <SelectField
            form={form}
            name="copyFromCaseId"
            label={w('copyFrom')}
            hint={w('copyHint')}
            placeholder={w('noCopy')}
            options={previous.map((c) => ({
              value: String(c.id),
              label: w('previousCase', {
                id: c.id,
                stage: label(STATUS_LABELS[c.status as CaseStatus]),
                date: date(c.statusSince),
              }),
            }))}
          />
        )}
      </fieldset>
      {v.copyFromCaseId ? (
        <p className="notice">{w('copied', { id: v.copyFromCaseId })}</p>
      ) : (
        <RegistrationFields form={form} />
      )}
    </Form>
  );
}
