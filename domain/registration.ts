// The codes of a case's Registration Details (spec 01 §3.7; the request shape is domain/schemas/case.ts's
// registrationSchema) with their labels in English and French, as the Add Case and Case Details screens show them.
import type { z } from 'zod';
import type { Label } from './case-model.ts';
import type { registrationSchema } from './schemas/case.ts';

type Registration = z.infer<typeof registrationSchema>;

export const EMPLOYMENT_STATUS_LABELS: Record<Registration['employmentStatus'], Label> = {
  UNEMPLOYED: { en: 'Unemployed', fr: 'Sans emploi' },
  EMPLOYED: { en: 'Employed', fr: 'Employé' },
  SELF_EMPLOYED: { en: 'Self-employed', fr: 'Travailleur autonome' },
  NOT_IN_LABOUR_FORCE: { en: 'Not in the labour force', fr: 'Hors de la population active' },
};

export const EI_CLAIM_TYPE_LABELS: Record<NonNullable<Registration['eiClaimType']>, Label> = {
  REGULAR: { en: 'Regular', fr: 'Ordinaire' },
  FISHING: { en: 'Fishing', fr: 'Pêche' },
  SICKNESS: { en: 'Sickness', fr: 'Maladie' },
  MATERNITY_PARENTAL: { en: 'Maternity or parental', fr: 'Maternité ou parentales' },
  COMPASSIONATE_CARE: { en: 'Compassionate care', fr: 'Soignant (compassion)' },
  OTHER: { en: 'Other', fr: 'Autre' },
};

export const CORRESPONDENCE_LANGUAGE_LABELS: Record<Registration['correspondenceLanguage'], Label> = {
  EN: { en: 'English', fr: 'Anglais' },
  FR: { en: 'French', fr: 'Français' },
};

export const CONTACT_METHOD_LABELS: Record<Registration['preferredContactMethod'], Label> = {
  TELEPHONE: { en: 'Telephone', fr: 'Téléphone' },
  EMAIL: { en: 'Email', fr: 'Courriel' },
  MAIL: { en: 'Mail', fr: 'Courrier' },
};

/** The Private choice of Accountability Reporting (R-CASE-04): a case left out of the EAS activity reports. */
export const PRIVATE_REPORTING = 'PRIVATE';

/** The registration details' fields by name, as the Case Details screen and the Case Details Report title them. */
export const REGISTRATION_FIELD_LABELS: Record<keyof Registration, Label> = {
  employmentStatus: { en: 'Employment status', fr: "Situation d'emploi" },
  workHoursPerWeek: { en: 'Work hours per week', fr: 'Heures de travail par semaine' },
  hourlyWage: { en: 'Hourly wage', fr: 'Salaire horaire' },
  expectedLayoffDate: { en: 'Expected layoff date', fr: 'Date de mise à pied prévue' },
  student: { en: 'Student', fr: 'Aux études' },
  correspondenceLanguage: { en: 'Correspondence language', fr: 'Langue de correspondance' },
  preferredContactMethod: { en: 'Preferred contact method', fr: 'Mode de communication préféré' },
  eiInLast36Months: {
    en: 'Employment Insurance in the last 36 months',
    fr: 'Assurance-emploi au cours des 36 derniers mois',
  },
  eiClaimType: { en: 'Type of claim', fr: 'Type de demande' },
  eiClaimStartedLast60Months: {
    en: 'Claim started in the last 60 months',
    fr: 'Demande commencée au cours des 60 derniers mois',
  },
  legallyEntitledToWork: { en: 'Legally entitled to work in Canada', fr: 'Légalement autorisé à travailler au Canada' },
};

/** The fields an update changes, in the order the screens show them; an answer left out counts as none (null). */
export function registrationChanges(before: Partial<Registration> | null, after: Registration) {
  const fields = Object.keys(REGISTRATION_FIELD_LABELS) as (keyof Registration)[];
  return fields
    .map((field) => ({ field, from: before?.[field] ?? null, to: after[field] ?? null }))
    .filter((c) => c.from !== c.to);
}

const YES_NO: Record<'true' | 'false', Label> = { true: { en: 'Yes', fr: 'Oui' }, false: { en: 'No', fr: 'Non' } };
const CODE_LABELS: Partial<Record<keyof Registration, Record<string, Label>>> = {
  employmentStatus: EMPLOYMENT_STATUS_LABELS,
  correspondenceLanguage: CORRESPONDENCE_LANGUAGE_LABELS,
  preferredContactMethod: CONTACT_METHOD_LABELS,
  eiClaimType: EI_CLAIM_TYPE_LABELS,
};

/** A registration answer as a person reads it: a code by its label, yes/no in words; null when there is none. */
export function registrationValueLabel(field: keyof Registration, value: unknown): Label | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return YES_NO[`${value}`];
  const text = String(value);
  return CODE_LABELS[field]?.[text] ?? { en: text, fr: text };
}
