// R-DOC-03: one short workflow per uploaded file converts it to PDF. The conversion is an external step: LibreOffice
// failing (not installed, a damaged file, too slow) leaves a stuck step that operations retry from the Operations
// page, and the document list says the conversion failed meanwhile; the original is never touched.
import { proxyActivities } from '@temporalio/workflow';
import { documentPdfStepId } from '../domain/document-pdf.ts';
import { DOCUMENT_PDF_ACTIVITY_SUMMARIES } from '../domain/history-summaries.ts';
import { ATTEMPTS_BEFORE_STUCK } from '../domain/stuck-steps.ts';
import type { DocumentPdfActivities } from './activity-types.ts';
import type { DocumentPdfInput } from './document-pdf-api.ts';
import { INTERNAL_STEP, operatorRetries } from './stuck-steps.ts';
import { summarised } from './summarised-activities.ts';

const conversion = summarised(
  proxyActivities<DocumentPdfActivities>({
    // LibreOffice is stopped after 90 seconds (infra/pdf-converter.ts); the rest is a wait for a free converter.
    startToCloseTimeout: '5 minutes',
    retry: {
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '30 seconds',
      maximumAttempts: ATTEMPTS_BEFORE_STUCK,
    },
  }),
  DOCUMENT_PDF_ACTIVITY_SUMMARIES,
);
const recording = summarised(proxyActivities<DocumentPdfActivities>(INTERNAL_STEP), DOCUMENT_PDF_ACTIVITY_SUMMARIES);

export async function documentPdfWorkflow(input: DocumentPdfInput): Promise<void> {
  const withOperatorRetry = operatorRetries();
  const file = { documentId: input.documentId, version: input.version };
  await withOperatorRetry(
    {
      id: documentPdfStepId(input.documentId, input.version),
      kind: 'DOCUMENT_PDF',
      description: `Case ${input.caseId}: document ${input.documentId} (file ${input.version}) converted to PDF`,
      caseId: input.caseId,
      organisationId: input.organisationId,
    },
    () => conversion.convertDocumentToPdf(file),
    () => recording.markDocumentPdfFailed(file),
  );
}
