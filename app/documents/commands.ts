// Storing case documents (spec 02 §3.10, R-DOC): a file is checked for its type and size before anything is written
// and kept with its SHA-256 checksum, then converted to PDF in the background (R-DOC-03); replacing one keeps its
// name, topic and context; deleting one is refused while the rules say so. The file is read only once the case may
// take it.
import type { z } from 'zod';
import { LockMode } from '@mikro-orm/postgresql';
import { CaseDocument, CaseDocumentVersion, ReferralRow } from '../../db/entities.ts';
import { businessDate } from '../../domain/dates.ts';
import {
  DOCUMENT_TYPES,
  validateDocumentDelete,
  validateDocumentReplace,
  validateUpload,
} from '../../domain/documents.ts';
import { closedCaseViolation } from '../../domain/closed-case.ts';
import { validateDraftAttachment } from '../../domain/referral-drafts.ts';
import { assertNoViolations } from '../../domain/refusals.ts';
import type { documentReplaceSchema, documentUploadSchema } from '../../domain/schemas/funding.ts';
import { loadCase } from '../cases/queries.ts';
import type { AppContext } from '../context.ts';
import { sha256Of } from '../../infra/checksum.ts';
import { openDraft } from '../referrals/drafts.ts';
import { pdfOfNewFile, startPdfConversion } from './pdf-conversion.ts';
import { documentView, inSubmittedPackage, loadDocument } from './queries.ts';

/** The file a request carries and what the user says of it, read when the use case asks for it. */
export type FileOf<M> = () => Promise<{ meta: M; bytes: Buffer }>;

/** R-DOC-01/02: the file's content type, once its name, content and size are accepted. */
function contentTypeOf(fileName: string, bytes: Buffer): string {
  const { violations, extension } = validateUpload({ fileName, bytes });
  assertNoViolations(violations);
  return DOCUMENT_TYPES[extension!].contentType;
}

/** R-REF-21: the receiving organisation reads a sent referral's documents as they were sent. */
async function assertNotInSentReferral(ctx: AppContext, d: { referralId?: string | null }) {
  if (d.referralId)
    assertNoViolations(validateDraftAttachment((await ctx.em.count(ReferralRow, { id: d.referralId })) > 0));
}

export async function uploadDocument(
  ctx: AppContext,
  caseId: number,
  file: FileOf<z.infer<typeof documentUploadSchema>>,
) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  assertNoViolations(closedCaseViolation(c));
  const { meta, bytes } = await file();
  const contentType = contentTypeOf(meta.fileName, bytes);
  const today = businessDate(new Date());
  const d = await ctx.em.transactional(async (tx) => {
    // R-REF-21: attached to a draft referral that stays a draft until the document is written.
    if (meta.referralId) await openDraft(tx, ctx.user, c.id, meta.referralId, true);
    const d = tx.create(CaseDocument, {
      caseId: c.id,
      referralId: meta.referralId ?? null,
      context: meta.context,
      fileName: meta.fileName,
      documentName: meta.documentName ?? meta.fileName.replace(/\.[^.]*$/, ''),
      topic: meta.topic,
      contentType,
      sizeBytes: bytes.length,
      sha256: sha256Of(bytes),
      content: bytes,
      createdBy: ctx.user.id,
      createdOn: today,
      changedOn: today,
      ...pdfOfNewFile(contentType),
    });
    await tx.flush();
    await startPdfConversion(ctx, c, d);
    return d;
  });
  return documentView(d);
}

/** R-DOC-05: replace keeps name, topic and context, swaps the file and keeps the one it replaces as a version. */
export async function replaceDocument(
  ctx: AppContext,
  caseId: number,
  documentId: number,
  file: FileOf<z.infer<typeof documentReplaceSchema>>,
) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const d = await loadDocument(ctx, c, documentId);
  assertNoViolations(validateDocumentReplace(c.status, await inSubmittedPackage(ctx, c.id, d.id)));
  await assertNotInSentReferral(ctx, d);
  const { meta, bytes } = await file();
  const contentType = contentTypeOf(meta.fileName, bytes);
  await ctx.em.transactional(async (tx) => {
    // The row is locked while its current file becomes a version: two replacements at once make two versions.
    const current = await tx.findOneOrFail(
      CaseDocument,
      { id: d.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true, populate: ['content'] },
    );
    tx.create(CaseDocumentVersion, {
      documentId: current.id,
      version: current.version,
      fileName: current.fileName,
      contentType: current.contentType,
      sizeBytes: current.sizeBytes,
      sha256: current.sha256,
      content: current.content,
      createdBy: current.createdBy,
      createdOn: current.changedOn,
      replacedBy: ctx.user.id,
    });
    Object.assign(current, {
      fileName: meta.fileName,
      contentType,
      sizeBytes: bytes.length,
      sha256: sha256Of(bytes),
      content: bytes,
      changedOn: businessDate(new Date()),
      version: current.version + 1,
      ...pdfOfNewFile(contentType),
    });
    // R-DOC-05: the new file is converted anew; the conversion of the file it replaces finds it gone and stops.
    await tx.flush();
    await startPdfConversion(ctx, c, current);
  });
  return documentView(await loadDocument(ctx, c, d.id));
}

export async function deleteDocument(ctx: AppContext, caseId: number, documentId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const d = await loadDocument(ctx, c, documentId);
  const inSubmitted = await inSubmittedPackage(ctx, c.id, d.id);
  assertNoViolations(validateDocumentDelete(d.createdOn, businessDate(new Date()), inSubmitted));
  await assertNotInSentReferral(ctx, d);
  await ctx.em.nativeUpdate(CaseDocument, { id: d.id }, { deletedAt: new Date() });
}
