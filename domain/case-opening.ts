// Who a case can be opened for, and by whom (R-CASE-01, R-CASE-03, R-CASE-05, R-CASE-09, R-FUP-02): the facts come
// from the database, the rules are here so the API, the seed and the tests all refuse alike.
import type { Label } from './case-model.ts';
import { violation, type Bilingual, type Violation } from './refusals.ts';
import {
  CONTACT_METHOD_LABELS,
  CORRESPONDENCE_LANGUAGE_LABELS,
  EI_CLAIM_TYPE_LABELS,
  EMPLOYMENT_STATUS_LABELS,
} from './registration.ts';
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
export const secondOpenCase = (where: Bilingual) =>
  violation(
    'R-CASE-09',
    'R-CASE-09',
    {
      en:
        `This individual already has an open case at ${where.en}. A case in Follow-up must first be closed ` +
        `with "New case required"; an earlier-stage case moves through a Case Transfer referral.`,
      fr:
        `Cet individu a déjà un cas ouvert chez ${where.fr}. Un cas à l'état Suivi doit d'abord être fermé ` +
        `avec la raison « Nouveau cas requis »; un cas à une étape antérieure passe par un renvoi de type ` +
        `« Transfert de dossier ».`,
    },
    { kind: 'conflict' },
  );

export function validateCaseOpening(f: CaseOpeningFacts): Violation[] {
  const v: Violation[] = [];
  const missing = [
    !f.individual.sharedWithGovernment && {
      en: 'be shared with the government (Privacy & Sharing)',
      fr: "être communiqué au gouvernement (écran de communication du dossier de l'individu)",
    },
    !f.individual.sin && { en: 'have a social insurance number', fr: "avoir un numéro d'assurance sociale" },
  ].filter((m) => m !== false);
  if (missing.length) {
    v.push(
      violation('R-CASE-01', 'R-CASE-01', {
        en:
          `A case can be created only for an individual who is shared with the government and has a SIN: this ` +
          `individual must first ${missing.map((m) => m.en).join(' and ')}.`,
        fr:
          `Un cas ne peut être créé que pour un individu communiqué au gouvernement et qui a un NAS : cet ` +
          `individu doit d'abord ${missing.map((m) => m.fr).join(' et ')}.`,
      }),
    );
  }
  if (!f.caseManager.assignable) {
    v.push(
      violation(
        'R-CASE-03',
        'R-CASE-03',
        {
          en:
            `User ${f.caseManager.id} is not an active case manager of your organisation; choose one who holds ECM ` +
            `Case Manager.`,
          fr:
            `L'utilisateur ${f.caseManager.id} n'est pas un gestionnaire de cas actif de votre organisme; choisissez ` +
            `un utilisateur qui a le profil Gestionnaire de cas de la Gestion externe de cas.`,
        },
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
        {
          en:
            `This individual's case ${id} at ${org} is in Follow-up; ${org} must first close it with "New case ` +
            `required" (R-FUP-02).`,
          fr:
            `Le cas ${id} de cet individu chez ${org} est à l'état Suivi; ${org} doit d'abord le fermer avec la ` +
            `raison « Nouveau cas requis » (R-FUP-02).`,
        },
        { kind: 'conflict' },
      ),
    );
  } else if (f.openCase) {
    const { id, organisationName: org } = f.openCase;
    v.push(secondOpenCase({ en: `${org} (case ${id})`, fr: `${org} (cas ${id})` }));
  }
  if (f.previousCase && !f.previousCase.found) {
    v.push(
      violation(
        'R-CASE-05',
        'R-CASE-05',
        {
          en:
            `Case ${f.previousCase.id} is not a previous case of ` +
            `this individual at your organisation; choose one from ` +
            `the individual's cases.`,
          fr:
            `Le cas ${f.previousCase.id} n'est pas un cas antérieur de cet individu dans votre organisme; ` +
            `choisissez-en un parmi les cas de l'individu.`,
        },
        { field: 'copyFromCaseId' },
      ),
    );
  }
  return v;
}

/** The registration details' choices (spec 01 §3.7) in both languages: the Add Case screen's, shown everywhere. */
export const REGISTRATION_LABELS: {
  employmentStatus: Record<RegistrationInput['employmentStatus'], Label>;
  correspondenceLanguage: Record<RegistrationInput['correspondenceLanguage'], Label>;
  preferredContactMethod: Record<RegistrationInput['preferredContactMethod'], Label>;
  eiClaimType: Record<NonNullable<RegistrationInput['eiClaimType']>, Label>;
} = {
  employmentStatus: EMPLOYMENT_STATUS_LABELS,
  correspondenceLanguage: CORRESPONDENCE_LANGUAGE_LABELS,
  preferredContactMethod: CONTACT_METHOD_LABELS,
  eiClaimType: EI_CLAIM_TYPE_LABELS,
};

/** R-CASE-04: accountability reporting that is not an EAS agreement's number (a case left out of EAS reports). */
export const REPORTING_LABELS: Record<string, Label> = { PRIVATE: { en: 'Private', fr: 'Privé' } };
