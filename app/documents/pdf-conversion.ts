// R-DOC-03: a document's file is converted to PDF by its own workflow, started in the transaction that stores the
// file, so a Temporal outage refuses the upload (503) instead of leaving a file whose PDF nobody makes.
import type { ICase } from '../../db/entities.ts';
import { pdfStatusOnUpload } from '../../domain/document-pdf.ts';
import { documentPdfWorkflowId } from '../../workflows/document-pdf-api.ts';
import { startWorkflow } from '../access/notices.ts';
import type { AppContext } from '../context.ts';

/** What a new file of a document holds about its PDF: none made yet. */
export const pdfOfNewFile = (contentType: string) => ({
  pdfStatus: pdfStatusOnUpload(contentType),
  pdfContent: null,
  pdfSizeBytes: null,
  pdfSha256: null,
});

/** Starts the conversion of file `version` of the document, unless it is a PDF already. */
export async function startPdfConversion(
  ctx: Pick<AppContext, 'temporal'>,
  c: ICase,
  d: { id: number; version: number; contentType: string },
): Promise<void> {
  if (!pdfStatusOnUpload(d.contentType)) return;
  await startWorkflow(ctx, 'documentPdfWorkflow', documentPdfWorkflowId(d.id, d.version), {
    documentId: d.id,
    version: d.version,
    caseId: c.id,
    organisationId: c.organisationId,
  });
}
