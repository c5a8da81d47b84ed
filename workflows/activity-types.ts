// The activities the case workflow calls, declared here so workflow code depends on a contract,
// not on the I/O code behind it (activities/ implements it).
import type { CaseEventBatch } from '../domain/case-state.ts';
import type { StepReport } from '../domain/stuck-steps.ts';
import type { FundingEventBatch } from '../domain/funding.ts';

export interface CaseActivities {
  recordCaseEvents(batch: CaseEventBatch): Promise<void>;
  /** Emails the case manager that a case is theirs; `key` makes the email go out once per assignment. */
  notifyCaseManagerAssigned(input: { caseId: number; caseManagerId: number; key: string }): Promise<void>;
  /** Emails a referral (or, later, the reminder of a waiting transfer) to its receiving organisation, once. */
  sendReferralEmail(input: {
    caseId: number;
    referralId: string;
    kind: 'REFERRAL' | 'TRANSFER_REMINDER';
  }): Promise<void>;
  /** Tells the former case manager that the case was transferred to another organisation (N-3), once. */
  notifyTransferCompleted(input: { caseId: number; referralId: string; previousCaseManagerId: number }): Promise<void>;
}

export interface StuckStepActivities {
  /** Writes a step's state for operations; idempotent (an upsert of the report). */
  recordStepState(report: StepReport): Promise<void>;
}

export interface SearchAttributeActivities {
  /** The code of the organisation managing the case (e.g. HCLN), for the workflow's search attributes; read only. */
  organisationCodeOfCase(input: { caseId: number }): Promise<string>;
}

export interface AccessActivities {
  /** Sends the invitation's email from the outbox, unless the invitation is no longer pending; idempotent. */
  sendInvitationEmail(input: { invitationId: number }): Promise<void>;
  /** Sends an email queued in the outbox under `key`; idempotent. */
  sendQueuedEmail(input: { key: string }): Promise<void>;
  /** PENDING → EXPIRED with an INVITATION_EXPIRED audit row by the system; does nothing otherwise. */
  expireInvitation(input: { invitationId: number; at: string }): Promise<boolean>;
}

export interface CreatedAgreement {
  agreementId: number;
  status: string;
  statusDate: string;
  agreementManager: string;
}

export interface FundingActivities {
  recordFundingEvents(batch: FundingEventBatch): Promise<void>;
  /** the statement as a PDF case document, once per submission; returns its document id. */
  renderStatement(input: {
    packageId: number;
    caseId: number;
    submissionNo: number;
    actorId: number | null;
  }): Promise<number>;
  /** creates the agreement in the funding system; keyed by the package, so never two agreements. */
  createAgreement(input: {
    packageId: number;
    caseId: number;
    program: string;
    startDate: string;
    endDate: string;
    /** The how-manieth request for this package (1 if left out): an operator may ask for a new agreement number. */
    request?: number;
  }): Promise<CreatedAgreement>;
  /** hands a (re)submission to the funding system; keyed by package and submission number. */
  sendSubmission(input: {
    packageId: number;
    agreementId: number;
    submissionNo: number;
    statementDocumentId: number;
  }): Promise<void>;
  /** Asks the funding system for the approved agreement's first payment; keyed by the package, so never two. */
  requestPayment(input: { packageId: number; agreementId: number }): Promise<{ paymentId: number }>;
}

export interface DocumentPdfActivities {
  /**
   * R-DOC-03: converts file `version` of the document to PDF and stores it beside the original; does nothing when
   * that PDF is already there or the file has since been replaced or deleted. A file LibreOffice cannot convert (or
   * no LibreOffice) fails at once with the problem explained, for operations.
   */
  convertDocumentToPdf(input: { documentId: number; version: number }): Promise<'CONVERTED' | 'DONE' | 'SUPERSEDED'>;
  /** The document list says the conversion failed, unless its PDF was made meanwhile; idempotent. */
  markDocumentPdfFailed(input: { documentId: number; version: number }): Promise<void>;
}
