// The Registration Details fields (spec 01 §3.7), with the answers some of them make required (an employed client's
// hours and wage, the type of an EI claim): entered when a case is opened, updated later on its Case Details (§4.12).
import type { Label } from '../../../../domain/case-model.ts';
import {
  CONTACT_METHOD_LABELS,
  CORRESPONDENCE_LANGUAGE_LABELS,
  EI_CLAIM_TYPE_LABELS,
  EMPLOYMENT_STATUS_LABELS,
} from '../../../../domain/registration.ts';
import type { RegistrationInput } from '../../../../domain/schemas/case.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { RadioGroup, SelectField, TextField, type FormState, type Option } from '../../ui/form.tsx';

const WORDS = defineWords({
  en: {
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
  },
  fr: {
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
  },
});

type Word = keyof (typeof WORDS)['en'];

/** The form's values of the registration fields, as typed. */
export type RegistrationValues = {
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

const yesNoOf = (b: boolean | undefined) => (b === undefined ? '' : b ? 'yes' : 'no');
const answer = (v: string) => (v === 'yes' ? true : v === 'no' ? false : undefined);
const amount = (v: string) => (v.trim() === '' ? undefined : Number(v.replace(',', '.')));

/** The fields filled in from saved details, or empty (the correspondence language then the page's). */
export function registrationValues(r: Partial<RegistrationInput> | null, lang: string): RegistrationValues {
  return {
    'registration.employmentStatus': r?.employmentStatus ?? '',
    'registration.workHoursPerWeek': r?.workHoursPerWeek === undefined ? '' : String(r.workHoursPerWeek),
    'registration.hourlyWage': r?.hourlyWage === undefined ? '' : String(r.hourlyWage),
    'registration.expectedLayoffDate': r?.expectedLayoffDate ?? '',
    'registration.student': yesNoOf(r?.student),
    'registration.correspondenceLanguage': r?.correspondenceLanguage ?? (lang === 'fr' ? 'FR' : 'EN'),
    'registration.preferredContactMethod': r?.preferredContactMethod ?? '',
    'registration.eiInLast36Months': yesNoOf(r?.eiInLast36Months),
    'registration.eiClaimType': r?.eiClaimType ?? '',
    'registration.eiClaimStartedLast60Months': yesNoOf(r?.eiClaimStartedLast60Months),
    'registration.legallyEntitledToWork': yesNoOf(r?.legallyEntitledToWork),
  };
}

/** The registration as the API takes it: only the answers the others make relevant. */
export function registrationOf(v: RegistrationValues) {
  const r = (k: string) => v[`registration.${k}` as keyof RegistrationValues];
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

/** The answers some others make required, said in the person's words before the schema's own. */
export function registrationMissing(
  v: RegistrationValues,
  t: (key: 'fieldRequired' | 'fieldChoose') => string,
): Record<string, string> {
  const missing: Record<string, string> = {};
  if (v['registration.employmentStatus'] === 'EMPLOYED') {
    if (!v['registration.workHoursPerWeek'].trim()) missing['registration.workHoursPerWeek'] = t('fieldRequired');
    if (!v['registration.hourlyWage'].trim()) missing['registration.hourlyWage'] = t('fieldRequired');
  }
  if (v['registration.eiInLast36Months'] === 'yes' && !v['registration.eiClaimType'])
    missing['registration.eiClaimType'] = t('fieldChoose');
  return missing;
}

export function RegistrationFields<V extends RegistrationValues>({ form }: { form: FormState<V> }) {
  const w = useWords(WORDS);
  const { label } = useI18n();
  const v = form.values;
  const options = (labels: Record<string, Label>): Option[] =>
    Object.entries(labels).map(([value, l]) => ({ value, label: label(l) }));
  const yesNo = (name: keyof RegistrationValues, question: Word, required: boolean, hint?: Word) => (
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
          <TextField form={form} name="registration.expectedLayoffDate" label={w('expectedLayoffDate')} type="date" />
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
  );
}
