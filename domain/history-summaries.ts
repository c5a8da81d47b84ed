// What Temporal's Web UI shows beside a workflow, its timers and its activities (Temporal's user metadata), so that
// a case's history there reads like the case's own timeline. One line each, English then French (the UI has one
// language). Case numbers and organisation codes only: never a name, a SIN or anything a client said. Temporal keeps
// these lines as payloads, so they are encrypted like the rest and read through Pathway's codec.
import type { Label } from './case-model.ts';
import { ALERT_KIND_LABELS, type PendingTimer } from './case-timers.ts';
import { describeStep, type StepReport, type StuckStepStatus } from './stuck-steps.ts';

/** English, then French, on one line. */
export const summaryLine = (l: Label): string => `${l.en} · ${l.fr}`;

const forCase = (caseId: number, what: Label): string =>
  summaryLine({ en: `Case ${caseId}: ${what.en}`, fr: `Cas ${caseId} : ${what.fr}` });

/** The case workflow's own line, set when it starts. */
export const caseWorkflowSummary = (caseId: number, organisationCode: string): string =>
  summaryLine({ en: `Case ${caseId} of ${organisationCode}`, fr: `Cas ${caseId} de ${organisationCode}` });

/** The case workflow's details, set when it starts: where the case is read in words. */
export const caseWorkflowDetails = (caseId: number): string =>
  [
    `Pathway case ${caseId}: its stages, alerts, referrals and emails, in the order they happened. ` +
      `Pathway's own page of the case is /cases/${caseId}/timeline.`,
    `Cas ${caseId} de Pathway : ses étapes, alertes, aiguillages et courriels, dans l'ordre où ils ont eu lieu. ` +
      `La page du cas dans Pathway est /cases/${caseId}/timeline.`,
  ].join('\n\n');

/** The timer a case sleeps on until its next alert is raised. */
export const alertTimerSummary = (caseId: number, timer: Pick<PendingTimer, 'kind' | 'fireOn'>): string => {
  const alert = ALERT_KIND_LABELS[timer.kind];
  return forCase(caseId, {
    en: `alert "${alert.en}" on ${timer.fireOn}`,
    fr: `alerte « ${alert.fr} » le ${timer.fireOn}`,
  });
};

/** The timer of a stuck step: it retries by itself when it ends, unless an operator retries it first. */
export const automaticRetryTimerSummary = (step: Pick<StepReport, 'id' | 'kind' | 'description'>): string => {
  const what = describeStep(step);
  return summaryLine({
    en: `${what.en}: automatic retry, unless an operator retries first`,
    fr: `${what.fr} : nouvelle tentative automatique, sauf si un opérateur relance avant`,
  });
};

const STEP_STATES: Record<StuckStepStatus, Label> = {
  STUCK: { en: 'stuck, waits for a retry', fr: 'bloquée, attend une nouvelle tentative' },
  RETRYING: { en: 'retrying', fr: 'nouvelle tentative' },
  RESOLVED: { en: 'went through', fr: 'aboutie' },
};

/** The activities of a case workflow and of its stuck steps, by the input each one receives. */
export const ACTIVITY_SUMMARIES = {
  recordCaseEvents: (i: { caseId: number; events: unknown[] }) =>
    forCase(i.caseId, {
      en: `records ${i.events.length} change(s) in Pathway`,
      fr: `enregistre ${i.events.length} changement(s) dans Pathway`,
    }),
  notifyCaseManagerAssigned: (i: { caseId: number; key: string }) =>
    forCase(i.caseId, describeStep({ id: `email:case-assigned:${i.caseId}:${i.key}`, kind: 'EMAIL', description: '' })),
  sendReferralEmail: (i: { caseId: number; referralId: string; kind: 'REFERRAL' | 'TRANSFER_REMINDER' }) => {
    const what = i.kind === 'REFERRAL' ? 'referral' : 'transfer-reminder';
    return forCase(i.caseId, describeStep({ id: `email:${what}:${i.referralId}`, kind: 'EMAIL', description: '' }));
  },
  notifyTransferCompleted: (i: { caseId: number; referralId: string }) =>
    forCase(i.caseId, describeStep({ id: `email:transfer-completed:${i.referralId}`, kind: 'EMAIL', description: '' })),
  organisationCodeOfCase: (i: { caseId: number }) =>
    forCase(i.caseId, {
      en: "looks up its organisation's code for Temporal's search attributes",
      fr: 'cherche le code de son organisme pour les attributs de recherche de Temporal',
    }),
  recordStepState: (r: Pick<StepReport, 'id' | 'kind' | 'description' | 'status'>) => {
    const what = describeStep(r);
    const state = STEP_STATES[r.status];
    return summaryLine({ en: `${what.en}: ${state.en}`, fr: `${what.fr} : ${state.fr}` });
  },
};

const forFundingRequest = (i: { packageId: number; caseId?: number }, what: Label): string =>
  summaryLine({
    en: `Funding request ${i.packageId}${i.caseId ? ` (case ${i.caseId})` : ''}: ${what.en}`,
    fr: `Demande de financement ${i.packageId}${i.caseId ? ` (cas ${i.caseId})` : ''} : ${what.fr}`,
  });

/** The activities of a funding request's workflow, by the input each one receives. */
export const FUNDING_ACTIVITY_SUMMARIES = {
  recordFundingEvents: (i: { packageId: number; caseId: number; events: unknown[] }) =>
    forFundingRequest(i, {
      en: `records ${i.events.length} change(s) in Pathway`,
      fr: `enregistre ${i.events.length} changement(s) dans Pathway`,
    }),
  renderStatement: (i: { packageId: number; caseId: number; submissionNo: number }) =>
    forFundingRequest(i, {
      en: `writes the statement of submission ${i.submissionNo} as a PDF`,
      fr: `rédige en PDF l'état de la soumission ${i.submissionNo}`,
    }),
  createAgreement: (i: { packageId: number; caseId: number; request?: number }) =>
    forFundingRequest(i, {
      en: `asks the funding system for an agreement${(i.request ?? 1) > 1 ? ` (request ${i.request})` : ''}`,
      fr: `demande une entente au système de financement${(i.request ?? 1) > 1 ? ` (demande ${i.request})` : ''}`,
    }),
  sendSubmission: (i: { packageId: number; agreementId: number; submissionNo: number }) =>
    forFundingRequest(i, {
      en: `hands submission ${i.submissionNo} of agreement ${i.agreementId} to the funding system`,
      fr: `remet la soumission ${i.submissionNo} de l'entente ${i.agreementId} au système de financement`,
    }),
  requestPayment: (i: { packageId: number; agreementId: number }) =>
    forFundingRequest(i, {
      en: `asks the funding system to pay agreement ${i.agreementId}`,
      fr: `demande au système de financement de payer l'entente ${i.agreementId}`,
    }),
};

const forDocument = (i: { documentId: number; version: number }, what: Label): string =>
  summaryLine({
    en: `Document ${i.documentId} (file ${i.version}): ${what.en}`,
    fr: `Document ${i.documentId} (fichier ${i.version}) : ${what.fr}`,
  });

/** The activities of a document's conversion to PDF (R-DOC-03). */
export const DOCUMENT_PDF_ACTIVITY_SUMMARIES = {
  convertDocumentToPdf: (i: { documentId: number; version: number }) =>
    forDocument(i, {
      en: 'converts the file to PDF with LibreOffice',
      fr: 'convertit le fichier en PDF avec LibreOffice',
    }),
  markDocumentPdfFailed: (i: { documentId: number; version: number }) =>
    forDocument(i, {
      en: 'shows the case manager that the conversion failed',
      fr: 'indique au gestionnaire de cas que la conversion a échoué',
    }),
};
