// Education & Experience (R-ASM-06..12): editable from Intake to RTWAP Mgmt, at least one education row,
// date ranges in order; a non-blocking hint when the employment history does not cover five years.
import type { Label } from './case-model.ts';
import type { CaseState } from './case-state.ts';
import { formatLongDate, type IsoDate } from './dates.ts';
import { NOC_CODES } from './reference.ts';
import { violation, type Violation } from './refusals.ts';
import { closedCaseViolation } from './closed-case.ts';
import { type EDUCATION_LEVELS, type EducationExperienceInput } from './schemas/case.ts';

const EDITABLE = new Set(['INTAKE', 'ASSESSMENT', 'RTWAP_DEV', 'RTWAP_MGMT']);

export function validateEducationExperience(
  s: CaseState,
  input: EducationExperienceInput,
  today: IsoDate,
): Violation[] {
  const closed = closedCaseViolation(s);
  if (closed.length) return closed;
  const v: Violation[] = [];
  if (!EDITABLE.has(s.status)) {
    v.push(
      violation('R-ASM-06', 'ERR_STAGE', {
        en: 'Education & Experience can be changed from Intake to RTWAP Mgmt only.',
        fr: "L'écran Études et expérience ne peut être modifié que de l'Accueil à la Gestion du PARAT.",
      }),
    );
  }
  if (input.educationRecords.length === 0) {
    v.push(
      violation(
        'R-ASM-07',
        'ERR_EDUCATION_REQUIRED',
        {
          en: 'At least one Education/Training/License entry is required.',
          fr: 'Au moins une rangée Études/Formation/Permis est obligatoire.',
        },
        {
          field: 'educationRecords',
        },
      ),
    );
  }
  const ranges: [string, { fromDate: IsoDate; toDate?: IsoDate }[]][] = [
    ['educationRecords', input.educationRecords],
    ['employmentRecords', input.employmentRecords],
  ];
  for (const [list, rows] of ranges) {
    rows.forEach((r, i) => {
      if (r.toDate && r.toDate < r.fromDate) {
        v.push(
          violation(
            'R-ASM-11',
            'ERR_DATE_ORDER',
            {
              en: `Row ${i + 1}: the end date must be on or after the start date (${r.fromDate}).`,
              fr:
                `Rangée ${i + 1} : la date de fin doit être identique ou postérieure à la date de début ` +
                `(${formatLongDate(r.fromDate, 'fr')}).`,
            },
            { field: `${list}.${i}.toDate` },
          ),
        );
      }
      if (r.fromDate > today) {
        v.push(
          violation(
            'R-ASM-11',
            'ERR_FUTURE_DATE',
            {
              en: `Row ${i + 1}: the start date cannot be after today (${today}).`,
              fr:
                `Rangée ${i + 1} : la date de début ne peut pas être postérieure à aujourd'hui ` +
                `(${formatLongDate(today, 'fr')}).`,
            },
            { field: `${list}.${i}.fromDate` },
          ),
        );
      }
    });
  }
  // An employment row's NOC code comes from the NOC search, as a job preference's does (R-ND-04; spec 01's
  // EmploymentRecord: "via NOC search"); R-ASM-08 is about deleting rows, not codes.
  input.employmentRecords.forEach((r, i) => {
    if (r.nocCode && !NOC_CODES[r.nocCode]) {
      v.push(
        violation(
          'R-ND-04',
          'ERR_NOC',
          {
            en: `Employment ${i + 1}: select a valid NOC code from the lookup (${r.nocCode} is not one).`,
            fr:
              `Emploi ${i + 1} : choisissez un code de la CNP valide à l'aide de la recherche ` +
              `(${r.nocCode} n'en est pas un).`,
          },
          { field: `employmentRecords.${i}.nocCode` },
        ),
      );
    }
  });
  return v;
}

/** R-ASM-12 (guidance, never blocking): the employment history should reach back five years. */
export function employmentHistoryHint(
  records: { fromDate: IsoDate; toDate?: IsoDate }[],
  today: IsoDate,
): string | null {
  const [y, m, d] = today.split('-');
  const fiveYearsAgo = m === '02' && d === '29' ? `${+y - 5}-02-28` : `${+y - 5}-${m}-${d}`;
  const earliest = records.reduce<IsoDate | null>((m, r) => (m === null || r.fromDate < m ? r.fromDate : m), null);
  if (earliest !== null && earliest <= fiveYearsAgo) return null;
  return (
    `Record the employment of the last 5 years (since ${fiveYearsAgo}) and any job held 5 years or more ` +
    `with the same employer when it matters to an ENS funding request.`
  );
}

type EducationRecord = EducationExperienceInput['educationRecords'][number];
type EmploymentRecord = EducationExperienceInput['employmentRecords'][number];

/** The screen's choices (spec 01 §3.10) in both languages. */
export const EDUCATION_LEVEL_LABELS: Record<(typeof EDUCATION_LEVELS)[number], Label> = {
  LESS_THAN_HIGH_SCHOOL: { en: 'Less than high school', fr: 'Études secondaires non terminées' },
  HIGH_SCHOOL_COMPLETE: { en: 'High School Complete', fr: 'Études secondaires terminées' },
  SOME_POST_SECONDARY: { en: 'Some post-secondary', fr: 'Études postsecondaires partielles' },
  APPRENTICESHIP_TRADES: { en: 'Apprenticeship or trades certificate', fr: "Certificat d'apprenti ou de métier" },
  COLLEGE_DIPLOMA: { en: 'College diploma', fr: "Diplôme d'études collégiales" },
  BACHELORS_DEGREE: { en: "Bachelor's degree", fr: 'Baccalauréat' },
  GRADUATE_DEGREE: { en: 'Graduate degree', fr: "Diplôme d'études supérieures" },
};

export const EDUCATION_RESULT_LABELS: Record<NonNullable<EducationRecord['result']>, Label> = {
  DIPLOMA: { en: 'Diploma', fr: 'Diplôme' },
  CERTIFICATE: { en: 'Certificate', fr: 'Certificat' },
  DEGREE: { en: 'Degree', fr: 'Grade' },
  INCOMPLETE: { en: 'Incomplete', fr: 'Non terminé' },
  IN_PROGRESS: { en: 'In progress', fr: 'En cours' },
};

export const SALARY_UNIT_LABELS: Record<NonNullable<EmploymentRecord['salaryUnit']>, Label> = {
  PER_HOUR: { en: 'Per hour', fr: "De l'heure" },
  PER_WEEK: { en: 'Per week', fr: 'Par semaine' },
  PER_MONTH: { en: 'Per month', fr: 'Par mois' },
  PER_YEAR: { en: 'Per year', fr: 'Par année' },
};

export const EMPLOYMENT_TYPE_LABELS: Record<NonNullable<EmploymentRecord['employmentType']>, Label> = {
  FULL_TIME: { en: 'Full time', fr: 'Temps plein' },
  PART_TIME: { en: 'Part time', fr: 'Temps partiel' },
  SEASONAL: { en: 'Seasonal', fr: 'Saisonnier' },
  CONTRACT: { en: 'Contract', fr: 'Contrat' },
};

export const LEAVING_REASON_LABELS: Record<NonNullable<EmploymentRecord['reasonForLeaving']>, Label> = {
  BUSINESS_CLOSURE: { en: 'Business closure', fr: "Fermeture de l'entreprise" },
  LAID_OFF: { en: 'Laid off', fr: 'Mise à pied' },
  QUIT: { en: 'Quit', fr: 'Départ volontaire' },
  DISMISSED: { en: 'Dismissed', fr: 'Congédiement' },
  END_OF_CONTRACT: { en: 'End of contract', fr: 'Fin de contrat' },
  HEALTH: { en: 'Health', fr: 'Santé' },
  OTHER: { en: 'Other', fr: 'Autre' },
};
