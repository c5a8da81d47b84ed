// R-DOC-03: the conversion of a document's file to PDF, stored beside the original in the same table. Idempotent: a
// PDF already made, or a file since replaced or deleted, is left alone; the PDF is written only while the document
// still holds the file it was made from. A failure LibreOffice gives (or no LibreOffice) is a problem explained to
// operations at once: retrying the same file a second later would give the same answer.
import { ApplicationFailure, Context } from '@temporalio/activity';
import { CaseDocument } from '../db/entities.ts';
import type { Orm } from '../db/orm.ts';
import { PDF_CONTENT_TYPE } from '../domain/document-pdf.ts';
import { extensionOf } from '../domain/documents.ts';
import type { GivenUp } from '../domain/step-problems.ts';
import { ATTEMPTS_BEFORE_STUCK } from '../domain/stuck-steps.ts';
import { convertToPdf, PdfConversionError, type PdfConverterOptions } from '../infra/pdf-converter.ts';
import { sha256Of } from '../infra/checksum.ts';
import type { DocumentPdfActivities } from '../workflows/activity-types.ts';

export function documentPdfActivities(orm: Orm, converter: PdfConverterOptions = {}): DocumentPdfActivities {
  return {
    async convertDocumentToPdf({ documentId, version }) {
      const em = orm.em.fork();
      const d = await em.findOne(CaseDocument, { id: documentId }, { populate: ['content'] });
      // The upload starts this workflow just before it commits: a document not there yet is waited for a little.
      if (!d && Context.current().info.attempt < ATTEMPTS_BEFORE_STUCK)
        throw new Error(`Document ${documentId} is not stored yet.`);
      if (!d || d.deletedAt || d.version !== version) return 'SUPERSEDED';
      if (d.contentType === PDF_CONTENT_TYPE || d.pdfStatus === 'READY') return 'DONE';
      const same = { id: documentId, version, deletedAt: null };
      // An operator's retry: the list says "Processing" again while it runs.
      if (d.pdfStatus === 'FAILED') await em.nativeUpdate(CaseDocument, same, { pdfStatus: 'PROCESSING' });
      let pdf: Buffer;
      try {
        pdf = await convertToPdf(d.content, extensionOf(d.fileName), converter);
      } catch (e) {
        if (!(e instanceof PdfConversionError)) throw e;
        const detail: GivenUp = {
          attempts: Context.current().info.attempt,
          problem: { code: 'PDF_CONVERSION_FAILED', reason: e.reason, documentId, caseId: d.caseId },
        };
        throw ApplicationFailure.create({
          type: 'StepProblem',
          message: e.message,
          nonRetryable: true,
          details: [detail],
        });
      }
      await em.nativeUpdate(CaseDocument, same, {
        pdfStatus: 'READY',
        pdfContent: pdf,
        pdfSizeBytes: pdf.length,
        pdfSha256: sha256Of(pdf),
      });
      return 'CONVERTED';
    },
    async markDocumentPdfFailed({ documentId, version }) {
      await orm.em
        .fork()
        .nativeUpdate(CaseDocument, { id: documentId, version, pdfStatus: { $ne: 'READY' } }, { pdfStatus: 'FAILED' });
    },
  };
}
