// Opening a case (R-CASE-01..08): the case manager among the organisation's case managers, me by default (R-CASE-03);
// accountability reporting, Private or an EAS agreement (R-CASE-04); optionally a previous case to copy key data from
// (R-CASE-05); the Registration Details of the Add Case screen, with the answers some of them make required (an
// employed client's hours and wage, the type of an EI claim). The new case's page opens next.
import type { caseManagers } from '../../../../app/cases/case-pages.ts';
import type { caseDetails } from '../../../../app/cases/queries.ts';
import { STATUS_LABELS, type CaseStatus } from '../../../../domain/case-model.ts';
import {
  CONTACT_METHOD_LABELS,
  CORRESPONDENCE_LANGUAGE_LABELS,
  EI_CLAIM_TYPE_LABELS,
  EMPLOYMENT_STATUS_LABELS,
  PRIVATE_REPORTING,
} from '../../../../domain/registration.ts';
import { openCaseSchema } from '../../../../domain/schemas/case.ts';
import type { Label } from '../../../../domain/case-model.ts';
import { api } from '../../api/client.ts';
import { navigate } from '../../app/router.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Form, RadioGroup, SelectField, TextField, useForm, type Option } from '../../ui/form.tsx';
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
    registration: 'Registration details',
    employmentStatus: 'Employment status',
    workHoursPerWeek: 'Work hours per week',
    hourlyWage: 'Hourly wage ($)',
    expectedLayoffDate: 'Expected layoff date',
    student: 'Is the client a student?',
    correspondenceLanguage: 'Correspondence language',
    preferredContactMethod: 'Preferred contact method',
    eiInLast36Months: 'Applied for or received Employment Insurance in the last 36 months?',
    eiClaimType: 'What type of claim?',
    eiClaimStartedLast60Months: 'Had a claim that started in the last 60 months?',
    legallyEntitledToWork: 'Legally entitled to work in Canada?',
    eiHint: 'As the client declares it: Pathway does not check EI answers.',
    yes: 'Yes',
    no: 'No',
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
    registration: "Détails de l'inscription",
    employmentStatus: "Situation d'emploi",
    workHoursPerWeek: 'Heures de travail par semaine',
    hourlyWage: 'Salaire horaire ($)',
    expectedLayoffDate: 'Date de mise à pied prévue',
    student: 'Le client est-il étudiant?',
    correspondenceLanguage: 'Langue de correspondance',
    preferredContactMethod: 'Moyen de communication préféré',
    eiInLast36Months: "A demandé ou reçu des prestations d'assurance-emploi au cours des 36 derniers mois?",
    eiClaimType: 'Quel type de demande?',
    eiClaimStartedLast60Months: 'A eu une demande qui a commencé au cours des 60 derniers mois?',
    legallyEntitledToWork: 'A légalement le droit de travailler au Canada?',
    eiHint: "Selon la déclaration du client : Pathway ne vérifie pas les réponses sur l'AE.",
    yes: 'Oui',
    no: 'Non',
    open: 'Créer le cas',
    cancel: 'Annuler',
    opened: "Le cas {id} a été créé pour {name} : sa première tâche est Terminer l'accueil.",
  },
});

type Word = keyof (typeof WORDS)['en'];

type OpenValues = {
  caseManagerId: string;
  reporting: string;
  accountabilityReporting: string;
  copyFromCaseId: string;
  'registration.employmentStatus': string;
  'registration.workHoursPerWeek': string;
  'registration.hourlyWage': string;
  'registration.expectedLayoffDate': string;
  'registration.student': string;
  'registration.correspondenceLanguage': string;
  'registration.preferredContactMethod': string;
  'registration.eiInLast36Months': string;
  'registration.eiClaimType': string;
  'registration.eiClaimStartedLast60Months': string;
  'registration.legallyEntitledToWork': string;
};

const answer = (v: string) => (v === 'yes' ? true : v === 'no' ? false : undefined);
const amount = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));

/** The registration as the API takes it: only the answers the others make relevant. */
function registrationOf(v: OpenValues) {
  const r = (k: string) => v[`registration.${k}` as keyof OpenValues];
  const employed = r('employmentStatus') === 'EMPLOYED';
  const working = employed || r('employmentStatus') === 'SELF_EMPLOYED';
  const ei = r('eiInLast36Months') === 'yes';
  return {
    employmentStatus: r('employmentStatus') || undefined,
    ...(employed && { workHoursPerWeek: amount(r('workHoursPerWeek')), hourlyWage: amount(r('hourlyWage')) }),
    ...(working && r('expectedLayoffDate') && { expectedLayoffDate: r('expectedLayoffDate') }),
    student: answer(r('student')),
    correspondenceLanguage: r('correspondenceLanguage') || undefined,
    preferredContactMethod: r('preferredContactMethod') || undefined,
    eiInLast36Months: answer(r('eiInLast36Months')),
    ...(ei && {
      eiClaimType: r('eiClaimType') || undefined,
      eiClaimStartedLast60Months: answer(r('eiClaimStartedLast60Months')),
    }),
    legallyEntitledToWork: answer(r('legallyEntitledToWork')),
  };
}

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
      'registration.employmentStatus': '',
      'registration.workHoursPerWeek': '',
      'registration.hourlyWage': '',
      'registration.expectedLayoffDate': '',
      'registration.student': '',
      'registration.correspondenceLanguage': lang === 'fr' ? 'FR' : 'EN',
      'registration.preferredContactMethod': '',
      'registration.eiInLast36Months': '',
      'registration.eiClaimType': '',
      'registration.eiClaimStartedLast60Months': '',
      'registration.legallyEntitledToWork': '',
    },
    // The answers some others make required, said in the person's words before the schema's own.
    check: (v) => {
      const missing: Record<string, string> = {};
      if (v.copyFromCaseId) return missing;
      if (v['registration.employmentStatus'] === 'EMPLOYED') {
        if (!v['registration.workHoursPerWeek'].trim()) missing['registration.workHoursPerWeek'] = t('fieldRequired');
        if (!v['registration.hourlyWage'].trim()) missing['registration.hourlyWage'] = t('fieldRequired');
      }
      if (v['registration.eiInLast36Months'] === 'yes' && !v['registration.eiClaimType'])
        missing['registration.eiClaimType'] = t('fieldChoose');
      return missing;
    },
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
  const options = (labels: Record<string, Label>): Option[] =>
    Object.entries(labels).map(([value, l]) => ({ value, label: label(l) }));
  const yesNo = (name: keyof OpenValues & `registration.${string}`, question: Word, required: boolean, hint?: Word) => (
    <RadioGroup
      form={form}
      name={name}
      label={w(question)}
      hint={hint && w(hint)}
      required={required}
      inline
      options={[
        { value: 'yes', label: w('yes') },
        { value: 'no', label: w('no') },
      ]}
    />
  );
  const status = v['registration.employmentStatus'];
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
        <fieldset className="fieldset">
          <legend>{w('registration')}</legend>
          <div className="form-row">
            <SelectField
              form={form}
              name="registration.employmentStatus"
              label={w('employmentStatus')}
              required
              options={options(EMPLOYMENT_STATUS_LABELS)}
            />
            {status === 'EMPLOYED' && (
              <>
                <TextField
                  form={form}
                  name="registration.workHoursPerWeek"
                  label={w('workHoursPerWeek')}
                  type="number"
                  required
                />
                <TextField form={form} name="registration.hourlyWage" label={w('hourlyWage')} type="number" required />
              </>
            )}
            {(status === 'EMPLOYED' || status === 'SELF_EMPLOYED') && (
              <TextField
                form={form}
                name="registration.expectedLayoffDate"
                label={w('expectedLayoffDate')}
                type="date"
              />
            )}
          </div>
          <div className="form-row">
            <SelectField
              form={form}
              name="registration.correspondenceLanguage"
              label={w('correspondenceLanguage')}
              required
              options={options(CORRESPONDENCE_LANGUAGE_LABELS)}
            />
            <SelectField
              form={form}
              name="registration.preferredContactMethod"
              label={w('preferredContactMethod')}
              required
              options={options(CONTACT_METHOD_LABELS)}
            />
          </div>
          <div className="form-row">
            {yesNo('registration.student', 'student', true)}
            {yesNo('registration.legallyEntitledToWork', 'legallyEntitledToWork', true)}
          </div>
          {yesNo('registration.eiInLast36Months', 'eiInLast36Months', true, 'eiHint')}
          {v['registration.eiInLast36Months'] === 'yes' && (
            <div className="form-row">
              <SelectField
                form={form}
                name="registration.eiClaimType"
                label={w('eiClaimType')}
                required
                options={options(EI_CLAIM_TYPE_LABELS)}
              />
              {yesNo('registration.eiClaimStartedLast60Months', 'eiClaimStartedLast60Months', false)}
            </div>
          )}
        </fieldset>
      )}
    </Form>
  );
}
