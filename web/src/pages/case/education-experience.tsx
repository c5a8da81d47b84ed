// Education & Experience (R-ASM-06..12): the highest level reached, education and training, employment history and
// other skills, saved as one screen; at least one education row (R-ASM-07), dates in order (R-ASM-11), a non-blocking
// reminder when the history does not reach back five years (R-ASM-12).
import { EDUCATION_LEVELS, educationExperienceSchema } from '../../../../domain/schemas/case.ts';
import type { EducationExperienceInput } from '../../../../domain/schemas/case.ts';
import {
  EDUCATION_LEVEL_LABELS,
  EDUCATION_RESULT_LABELS,
  EMPLOYMENT_TYPE_LABELS,
  LEAVING_REASON_LABELS,
  SALARY_UNIT_LABELS,
} from '../../../../domain/education.ts';
import { NOC_CODES } from '../../../../domain/reference.ts';
import { api } from '../../api/client.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { defineWords, useWords } from '../../i18n/words.ts';
import { Form, SelectField, TextField, useForm } from '../../ui/form.tsx';
import { Empty, Facts } from '../../ui/layout.tsx';
import { factRows, labelOf, optionsOf } from './codes.ts';
import { useNocTitle } from './needs-determination.tsx';
import { RecentEmployerSelect } from './recent-employer-select.tsx';
import { RowFields, Rows, rowError } from './rows.tsx';
import type { CaseDetails, SectionProps } from './section.ts';

const WORDS = defineWords({
  en: {
    title: 'Education & Experience',
    funding: 'Education and employment history are both needed before a funding package can be submitted.',
    fiveYears:
      'Record the employment of the last 5 years, and any job held 5 years or more with the same employer when ' +
      'it matters to an ENS funding request.',
    level: 'Highest level of education',
    year: 'Year completed',
    education: 'Education, training and licences',
    educationRow: 'Education {n}',
    name: 'Education, training or licence',
    source: 'Source or location (school, for example)',
    result: 'Result',
    fromDate: 'From',
    toDate: 'To',
    addEducation: 'Add an education row',
    removeEducation: 'Remove education {n}',
    employment: 'Employment history',
    employer: 'Employer',
    street: 'Employer street address',
    city: 'City or town',
    province: 'Province',
    postalCode: 'Postal code',
    jobTitle: 'Job title',
    noc: 'NOC code',
    salary: 'Salary',
    salaryUnit: 'Salary per',
    employmentType: 'Employment type',
    hours: 'Average hours per week',
    duties: 'Job duties',
    leaving: 'Reason for leaving',
    otherDetails: 'Other details',
    addEmployment: 'Add a job',
    removeEmployment: 'Remove job {n}',
    skills: 'Other skills and knowledge',
    skillType: 'Skill type (25 characters at most)',
    skillDetails: 'Details',
    addSkill: 'Add a skill',
    removeSkill: 'Remove skill {n}',
    save: 'Save Education & Experience',
    saved: 'Education & Experience saved.',
    none: 'Nothing recorded yet.',
    current: 'current',
  },
  fr: {
    title: 'Études et expérience',
    funding:
      'Les études et les antécédents professionnels sont tous deux requis pour soumettre une demande de financement.',
    fiveYears:
      'Inscrivez les emplois des 5 dernières années, et tout emploi occupé 5 ans ou plus chez le même employeur ' +
      "lorsqu'il compte pour une demande de financement d'ENE.",
    level: "Plus haut niveau d'études",
    year: "Année d'obtention",
    education: 'Études, formations et permis',
    educationRow: 'Études {n}',
    name: 'Études, formation ou permis',
    source: 'Source ou lieu (école, par exemple)',
    result: 'Résultat',
    fromDate: 'Du',
    toDate: 'Au',
    addEducation: 'Ajouter des études',
    removeEducation: 'Retirer les études {n}',
    employment: 'Antécédents professionnels',
    employer: 'Employeur',
    street: "Adresse municipale de l'employeur",
    city: 'Ville ou village',
    province: 'Province',
    postalCode: 'Code postal',
    jobTitle: 'Titre du poste',
    noc: 'Code CNP',
    salary: 'Salaire',
    salaryUnit: 'Salaire par',
    employmentType: "Type d'emploi",
    hours: 'Heures moyennes par semaine',
    duties: 'Tâches',
    leaving: 'Raison du départ',
    otherDetails: 'Autres précisions',
    addEmployment: 'Ajouter un emploi',
    removeEmployment: "Retirer l'emploi {n}",
    skills: 'Autres compétences et connaissances',
    skillType: 'Type de compétence (25 caractères au plus)',
    skillDetails: 'Précisions',
    addSkill: 'Ajouter une compétence',
    removeSkill: 'Retirer la compétence {n}',
    save: "Enregistrer les études et l'expérience",
    saved: 'Études et expérience enregistrées.',
    none: "Rien d'enregistré pour l'instant.",
    current: 'en cours',
  },
});

type Saved = Partial<EducationExperienceInput>;
const blankEducation = () => ({ name: '', sourceLocation: '', result: '', fromDate: '', toDate: '' });
const blankEmployment = () => ({
  employerName: '',
  employerStreet: '',
  employerCity: '',
  employerProvince: '',
  employerPostalCode: '',
  jobTitle: '',
  nocCode: '',
  fromDate: '',
  toDate: '',
  salary: '',
  salaryUnit: '',
  employmentType: '',
  avgHoursPerWeek: '',
  jobDuties: '',
  reasonForLeaving: '',
  otherDetails: '',
});
const blankSkill = () => ({ skillType: '', details: '' });

/** Text fields as the form keeps them: every value a string, an empty one meaning "not given". */
const asText = <T extends object>(blank: T, row: object) =>
  Object.fromEntries(Object.keys(blank).map((k) => [k, String((row as Record<string, unknown>)[k] ?? '')])) as Record<
    keyof T,
    string
  >;
const optional = (s: string) => s.trim() || undefined;
const numberOrNot = (s: string) => (s.trim() === '' ? undefined : Number(s));

export function EducationForm(props: SectionProps & { onDone?(): void }) {
  const { c } = props;
  const w = useWords(WORDS);
  const { label } = useI18n();
  const noc = useNocTitle();
  const saved = (c.educationExperience ?? {}) as Saved;
  const form = useForm({
    initial: {
      highestEducationLevel: saved.highestEducationLevel ?? '',
      highestEducationYear: saved.highestEducationYear ? String(saved.highestEducationYear) : '',
      // R-ASM-07: a new case starts with one empty row.
      educationRecords: saved.educationRecords?.length
        ? saved.educationRecords.map((r) => asText(blankEducation(), r))
        : [blankEducation()],
      employmentRecords: (saved.employmentRecords ?? []).map((r) => asText(blankEmployment(), r)),
      otherSkills: (saved.otherSkills ?? []).map((r) => asText(blankSkill(), r)),
    },
    schema: educationExperienceSchema,
    toBody: (v) => ({
      highestEducationLevel: v.highestEducationLevel || undefined,
      highestEducationYear: numberOrNot(v.highestEducationYear),
      educationRecords: v.educationRecords.map((r) => ({
        name: r.name,
        sourceLocation: r.sourceLocation,
        result: optional(r.result),
        fromDate: r.fromDate,
        toDate: optional(r.toDate),
      })),
      employmentRecords: v.employmentRecords.map((r) => ({
        employerName: r.employerName,
        employerStreet: optional(r.employerStreet),
        employerCity: optional(r.employerCity),
        employerProvince: optional(r.employerProvince),
        employerPostalCode: optional(r.employerPostalCode),
        jobTitle: r.jobTitle,
        nocCode: optional(r.nocCode),
        fromDate: r.fromDate,
        toDate: optional(r.toDate),
        salary: numberOrNot(r.salary),
        salaryUnit: optional(r.salaryUnit),
        employmentType: optional(r.employmentType),
        avgHoursPerWeek: numberOrNot(r.avgHoursPerWeek),
        jobDuties: optional(r.jobDuties),
        reasonForLeaving: optional(r.reasonForLeaving),
        otherDetails: optional(r.otherDetails),
      })),
      otherSkills: v.otherSkills.map((r) => ({ skillType: r.skillType, details: optional(r.details) })),
    }),
    send: (body, key) => api.put<CaseDetails>(`/api/cases/${c.id}/education-experience`, { body, idempotencyKey: key }),
    success: w('saved'),
    done: (r) => {
      props.replace(r);
      props.onDone?.();
    },
  });
  const { values, errors } = form;
  const nocOptions = Object.keys(NOC_CODES).map((code) => ({ value: code, label: noc(code) }));
  return (
    <Form form={form} label={w('title')} submit={w('save')}>
      <p className="hint">{w('funding')}</p>
      {c.employmentHistoryHint && <div className="notice">{w('fiveYears')}</div>}
      <div className="form-row">
        <SelectField
          form={form}
          name="highestEducationLevel"
          label={w('level')}
          required
          options={EDUCATION_LEVELS.map((l) => ({ value: l, label: label(EDUCATION_LEVEL_LABELS[l]) }))}
        />
        <TextField form={form} name="highestEducationYear" label={w('year')} type="number" />
      </div>
      <Rows
        legend={w('education')}
        rows={values.educationRecords}
        onChange={(rows) => form.set('educationRecords', rows)}
        blank={blankEducation}
        add={w('addEducation')}
        remove={(i) => w('removeEducation', { n: i + 1 })}
        error={errors.educationRecords}
      >
        {(row, i, set) => (
          <RowFields
            row={row}
            set={set}
            error={(f) => rowError(errors, 'educationRecords', i, f)}
            fields={[
              { name: 'name', label: w('name'), required: true },
              { name: 'sourceLocation', label: w('source'), required: true },
              {
                name: 'result',
                label: w('result'),
                kind: 'select',
                options: optionsOf(EDUCATION_RESULT_LABELS, label),
              },
              { name: 'fromDate', label: w('fromDate'), kind: 'date', required: true },
              { name: 'toDate', label: w('toDate'), kind: 'date' },
            ]}
          />
        )}
      </Rows>
      <Rows
        legend={w('employment')}
        rows={values.employmentRecords}
        onChange={(rows) => form.set('employmentRecords', rows)}
        blank={blankEmployment}
        add={w('addEmployment')}
        remove={(i) => w('removeEmployment', { n: i + 1 })}
        error={errors.employmentRecords}
      >
        {(row, i, set) => (
          <>
            <RecentEmployerSelect employers={c.recentEmployers} onChoose={set} />
            <RowFields
              row={row}
              set={set}
              error={(f) => rowError(errors, 'employmentRecords', i, f)}
              fields={[
                { name: 'employerName', label: w('employer'), required: true },
                { name: 'employerStreet', label: w('street') },
                { name: 'employerCity', label: w('city') },
                { name: 'employerProvince', label: w('province') },
                { name: 'employerPostalCode', label: w('postalCode') },
                { name: 'jobTitle', label: w('jobTitle'), required: true },
                { name: 'nocCode', label: w('noc'), kind: 'select', options: nocOptions },
                { name: 'fromDate', label: w('fromDate'), kind: 'date', required: true },
                { name: 'toDate', label: w('toDate'), kind: 'date' },
                { name: 'salary', label: w('salary'), kind: 'number' },
                {
                  name: 'salaryUnit',
                  label: w('salaryUnit'),
                  kind: 'select',
                  options: optionsOf(SALARY_UNIT_LABELS, label),
                },
                {
                  name: 'employmentType',
                  label: w('employmentType'),
                  kind: 'select',
                  options: optionsOf(EMPLOYMENT_TYPE_LABELS, label),
                },
                { name: 'avgHoursPerWeek', label: w('hours'), kind: 'number' },
                {
                  name: 'reasonForLeaving',
                  label: w('leaving'),
                  kind: 'select',
                  options: optionsOf(LEAVING_REASON_LABELS, label),
                },
                { name: 'jobDuties', label: w('duties'), kind: 'textarea' },
                { name: 'otherDetails', label: w('otherDetails'), kind: 'textarea' },
              ]}
            />
          </>
        )}
      </Rows>
      <Rows
        legend={w('skills')}
        rows={values.otherSkills}
        onChange={(rows) => form.set('otherSkills', rows)}
        blank={blankSkill}
        add={w('addSkill')}
        remove={(i) => w('removeSkill', { n: i + 1 })}
        error={errors.otherSkills}
      >
        {(row, i, set) => (
          <RowFields
            row={row}
            set={set}
            error={(f) => rowError(errors, 'otherSkills', i, f)}
            fields={[
              { name: 'skillType', label: w('skillType'), required: true },
              { name: 'details', label: w('skillDetails') },
            ]}
          />
        )}
      </Rows>
    </Form>
  );
}

/** What the case has recorded, read only. */
export function EducationSummary({ c }: Pick<SectionProps, 'c'>) {
  const w = useWords(WORDS);
  const { label, date } = useI18n();
  const noc = useNocTitle();
  const saved = c.educationExperience as Saved | null;
  if (!saved) return <Empty>{w('none')}</Empty>;
  const span = (from: string, to?: string) => `${date(from)} – ${to ? date(to) : w('current')}`;
  return (
    <Facts
      items={factRows(
        [
          w('level'),
          `${label(labelOf(EDUCATION_LEVEL_LABELS, saved.highestEducationLevel))}${
            saved.highestEducationYear ? ` (${saved.highestEducationYear})` : ''
          }`,
        ],
        [
          w('education'),
          <ul className="plain">
            {(saved.educationRecords ?? []).map((r, i) => (
              <li key={i}>
                {r.name}, {r.sourceLocation}
                {r.result && ` · ${label(labelOf(EDUCATION_RESULT_LABELS, r.result))}`} · {span(r.fromDate, r.toDate)}
              </li>
            ))}
          </ul>,
        ],
        !!saved.employmentRecords?.length && [
          w('employment'),
          <ul className="plain">
            {saved.employmentRecords.map((r, i) => (
              <li key={i}>
                {r.jobTitle}, {r.employerName}
                {r.nocCode && ` (${noc(r.nocCode)})`} · {span(r.fromDate, r.toDate)}
              </li>
            ))}
          </ul>,
        ],
        !!saved.otherSkills?.length && [
          w('skills'),
          <ul className="plain">
            {saved.otherSkills.map((s, i) => (
              <li key={i}>
                {s.skillType}
                {s.details && ` · ${s.details}`}
              </li>
            ))}
          </ul>,
        ],
      )}
    />
  );
}
