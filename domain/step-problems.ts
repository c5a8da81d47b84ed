// Failures Pathway understands, told to operators in words, and what an operator may do about them besides a retry.
// A conflicting answer from an outside system (the funding system returning an agreement number another funding
// request already holds) will not get better by retrying: the step waits until the outside system is fixed and an
// operator retries, or an operator takes the action that resolves it.
import type { Label } from './case-model.ts';
import { explainPdfProblem, pdfProblemOf, type PdfConversionProblem } from './document-pdf.ts';

/** What an operator may do to a stuck step instead of retrying it as it is. */
export const STEP_RESOLUTIONS = ['NEW_AGREEMENT'] as const;
export type StepResolution = (typeof STEP_RESOLUTIONS)[number];

export const STEP_RESOLUTION_LABELS: Record<StepResolution, Label> = {
  NEW_AGREEMENT: { en: 'Request a new agreement number', fr: "Demander un nouveau numéro d'entente" },
};

/** The funding system gave this request an agreement number that another funding request already holds. */
export interface AgreementConflict {
  code: 'AGREEMENT_CONFLICT';
  agreementId: number;
  otherPackageId: number | null;
  otherCaseId: number | null;
}

export type StepProblem = AgreementConflict | PdfConversionProblem;

/** The resolutions a problem offers, besides a retry once the outside system is fixed. */
export const resolutionsFor = (problem: StepProblem | null | undefined): StepResolution[] =>
  problem?.code === 'AGREEMENT_CONFLICT' ? ['NEW_AGREEMENT'] : [];

/** The problem, what it means and what to do, in both languages. */
export function explainProblem(p: StepProblem): Label {
  if (p.code === 'PDF_CONVERSION_FAILED') return explainPdfProblem(p);
  const other =
    p.otherPackageId == null
      ? { en: 'another funding request', fr: 'une autre demande de financement' }
      : {
          en: `funding request ${p.otherPackageId}${p.otherCaseId == null ? '' : ` (case ${p.otherCaseId})`}`,
          fr: `la demande de financement ${p.otherPackageId}${p.otherCaseId == null ? '' : ` (cas ${p.otherCaseId})`}`,
        };
  return {
    en:
      `The funding system answered with agreement ${p.agreementId}, which is already linked to ${other.en}. ` +
      `Nothing was recorded. Once the funding system has corrected its agreement, retry; or request a new ` +
      `agreement number for this funding request.`,
    fr:
      `Le système de financement a répondu avec l'entente ${p.agreementId}, déjà liée à ${other.fr}. ` +
      `Rien n'a été enregistré. Une fois l'entente corrigée dans le système de financement, relancez; ou ` +
      `demandez un nouveau numéro d'entente pour cette demande de financement.`,
  };
}

/** What an activity that gave up on a step says in its failure's first detail. */
export interface GivenUp {
  /** Attempts it made before giving up. */
  attempts: number;
  problem?: StepProblem;
}

/** The problem an activity failure carries in its details, if it is one Pathway understands. */
export function problemOf(details: readonly unknown[] | undefined): StepProblem | null {
  const p = (details?.[0] as Partial<GivenUp> | undefined)?.problem as Partial<AgreementConflict> | undefined;
  if ((p?.code as string) === 'PDF_CONVERSION_FAILED') return pdfProblemOf(p as Partial<PdfConversionProblem>);
  return p?.code === 'AGREEMENT_CONFLICT' && typeof p.agreementId === 'number'
    ? {
        code: 'AGREEMENT_CONFLICT',
        agreementId: p.agreementId,
        otherPackageId: p.otherPackageId ?? null,
        otherCaseId: p.otherCaseId ?? null,
      }
    : null;
}
