// Who a case can be opened for, and by whom (R-CASE-01, R-CASE-03, R-CASE-05, R-CASE-09, R-FUP-02): the facts come
// from the database, the rules are here so the API, the seed and the tests all refuse alike.
import type { Label } from './case-model.ts';
import { violation, type Violation } from './refusals.ts';
import type { RegistrationInput } from './schemas/case.ts';

export interface CaseOpeningFacts {
  individual: { sharedWithGovernment: boolean; sin: string | null };
  caseManager: { id: number; assignable: boolean };
  /** The individual's open case, at any organisation. */
  openCase: { id: number; status: string; organisationName: string } | null;
  /** The earlier case the registration is copied from, if one was chosen: whether it is this individual's here. */
  previousCase: { id: number; found: boolean } | null;
}

/** R-CASE-09: one open case per individual across organisations; the database's constraint says so too. */
export const secondOpenCase = (where: string) =>
  violation(
    'R-CASE-09',
    'R-CASE-09',
    `This individual already has an open case at ${where}. A case in Follow-up must first be closed ` +
      `with "New case required"; an earlier-stage case moves through a Case Transfer referral.`,
    { kind: 'conflict' },
  );

export function validateCaseOpening(f: CaseOpeningFacts): Violation[] {
  const v: Violation[] = [];
  const missing = [
    !f.individual.sharedWithGovernment && 'be shared with the government (Privacy & Sharing)',
    !f.individual.sin && 'have a social insurance number',
  ].filter(Boolean);
  if (missing.length) {
    v.push(
      violation(
        'R-CASE-01',
        'R-CASE-01',
        `A case can be created only for an individual who is shared with the government and has a SIN: this ` +
          `individual must first ${missing.join(' and ')}.`,
      ),
    );
  }
  if (!f.caseManager.assignable) {
    v.push(
      violation(
        'R-CASE-03',
        'R-CASE-03',
        `User ${f.caseManager.id} is not an active case manager of your organisation; choose one who holds ECM ` +
          `Case Manager.`,
        { field: 'caseManagerId' },
      ),
    );
  }
  if (f.openCase?.status === 'FOLLOW_UP') {
    const { id, organisationName: org } = f.openCase;
    v.push(
      violation(
        'R-FUP-02',
        'ERR_CASE_IN_FOLLOWUP',
        `This individual's case ${id} at ${org} is in Follow-up; ${org} must first close it with "New case ` +
          `required" (R-FUP-02).`,
        { kind: 'conflict' },
      ),
    );
  } else if (f.openCase) {
    v.push(secondOpenCase(`${f.openCase.organisationName} (case ${f.openCase.id})`));
  }
  if (f.previousCase && !f.previousCase.found) {
    v.push(
      violation(
        'R-CASE-05',
        'R-CASE-05',
        `Case ${f.previousCase.id} is not a previous case of this individual at your organisation; choose one from ` +
          `the individual's cases.`,
        { field: 'copyFromCaseId' },
      ),
    );
  }
  return v;
}

/** The registration details' choices (spec 01 §3.7) in both languages. */
export const REGISTRATION_LABELS: {
  employmentStatus: Record<RegistrationInput['employmentStatus'], Label>;
  correspondenceLanguage: Record<RegistrationInput['correspondenceLanguage'], Label>;
  preferredContactMethod: Record<RegistrationInput['preferredContactMethod'], Label>;
  eiClaimType: Record<NonNullable<RegistrationInput['eiClaimType']>, Label>;
} = {
  employmentStatus: {
    UNEMPLOYED: { en: 'Unemployed', fr: 'Sans emploi' },
    EMPLOYED: { en: 'Employed', fr: 'En emploi' },
    SELF_EMPLOYED: { en: 'Self-employed', fr: 'Travailleur autonome' },
    NOT_IN_LABOUR_FORCE: { en: 'Not in labour force', fr: 'Hors de la population active' },
  },
  correspondenceLanguage: { EN: { en: 'English', fr: 'Anglais' }, FR: { en: 'French', fr: 'Français' } },
  preferredContactMethod: {
    TELEPHONE: { en: 'Telephone', fr: 'Téléphone' },
    EMAIL: { en: 'Email', fr: 'Courriel' },
    MAIL: { en: 'Mail', fr: 'Poste' },
  },
  eiClaimType: {
    REGULAR: { en: 'Regular', fr: 'Prestations régulières' },
    FISHING: { en: 'Fishing', fr: 'Pêche' },
    SICKNESS: { en: 'Sickness', fr: 'Maladie' },
    MATERNITY_PARENTAL: { en: 'Maternity or parental', fr: 'Maternité ou parentales' },
    COMPASSIONATE_CARE: { en: 'Compassionate care', fr: 'Soignant (compassion)' },
    OTHER: { en: 'Other', fr: 'Autre' },
  },
};

/** R-CASE-04: accountability reporting that is not an EAS agreement's number (a case left out of EAS reports). */
export const REPORTING_LABELS: Record<string, Label> = { PRIVATE: { en: 'Private', fr: 'Privé' } };
