// Read models of case documents (spec 02 §3.10): a case's documents, one document's file, and whether a submitted
// funding application holds a document (R-DOC-06).
import type { InferEntity } from '@mikro-orm/postgresql';
import { CaseDocument, CaseDocumentVersion, ReferralRow, type ICase } from '../../db/entities.ts';
import { PDF_CONTENT_TYPE, pdfStateOf } from '../../domain/document-pdf.ts';
import { notFound, Refusal } from '../../domain/refusals.ts';
import { loadCase } from '../cases/queries.ts';
import type { AppContext } from '../context.ts';

export type DocumentRecord = InferEntity<typeof CaseDocument>;

export const documentView = (d: DocumentRecord, sentReferralIds: ReadonlySet<string> = new Set()) => ({
  id: d.id,
  caseId: d.caseId,
  context: d.context,
  fileName: d.fileName,
  documentName: d.documentName,
  topic: d.topic,
  contentType: d.contentType,
  sizeBytes: d.sizeBytes,
  sha256: d.sha256,
  createdOn: d.createdOn,
  changedOn: d.changedOn,
  /** 1 for the first file; each replacement adds one and keeps the earlier file (documentVersions). */
  version: d.version,
  /** R-DOC-03: the PDF beside the original: PROCESSING until its conversion ends, READY, or FAILED (operations are
   * told); NONE for a file kept before conversion existed. */
  pdf: pdfStateOf(d),
  /** R-REF-21: attached to a referral that has been sent, so it can no longer be replaced or deleted. */
  sentWithReferral: !!d.referralId && sentReferralIds.has(d.referralId),
});

/** A document of the case that is not deleted, else 404. */
export async function loadDocument(ctx: AppContext, c: ICase, documentId: number): Promise<DocumentRecord> {
  const d = await ctx.em.findOne(CaseDocument, { id: documentId, caseId: c.id, deletedAt: null }, { refresh: true });
  if (!d) throw notFound({ en: `Document ${documentId}`, fr: `Le document ${documentId}` });
  return d;
}

export async function caseDocuments(ctx: AppContext, caseId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const docs = await ctx.em.find(CaseDocument, { caseId: c.id, deletedAt: null }, { orderBy: { id: 'asc' } });
  const referralIds = [...new Set(docs.map((d) => d.referralId).filter((id): id is string => id !== null))];
  const sent = referralIds.length
    ? new Set((await ctx.em.find(ReferralRow, { id: { $in: referralIds } }, { fields: ['id'] })).map((r) => r.id))
    : new Set<string>();
  return { items: docs.map((d) => documentView(d, sent)) };
}

/** The stored file, with what a download needs to name and check it. */
export async function documentFile(ctx: AppContext, caseId: number, documentId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const d = await loadDocument(ctx, c, documentId);
  await ctx.em.populate(d, ['content']);
  return { contentType: d.contentType, fileName: d.fileName, sha256: d.sha256, content: d.content };
}

/** R-DOC-03: the document's PDF, to open: the original itself when it is a PDF, else its conversion once made. */
export async function documentPdf(ctx: AppContext, caseId: number, documentId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const d = await loadDocument(ctx, c, documentId);
  const fileName = `${d.documentName.replace(/\.pdf$/i, '')}.pdf`;
  if (d.contentType === PDF_CONTENT_TYPE) {
    await ctx.em.populate(d, ['content']);
    return { contentType: PDF_CONTENT_TYPE, fileName, sha256: d.sha256, content: d.content };
  }
  await ctx.em.populate(d, ['pdfContent']);
  if (d.pdfStatus !== 'READY' || !d.pdfContent) throw pdfNotReady(documentId, pdfStateOf(d));
  return { contentType: PDF_CONTENT_TYPE, fileName, sha256: d.pdfSha256 ?? '', content: d.pdfContent };
}

function pdfNotReady(documentId: number, state: string): Refusal {
  const said =
    state === 'PROCESSING'
      ? {
          en: `The PDF of document ${documentId} is still being made. Try again in a moment.`,
          fr: `Le PDF du document ${documentId} est en cours de création. Réessayez dans un instant.`,
        }
      : state === 'FAILED'
        ? {
            en: `Document ${documentId} could not be converted to PDF; operations have been told. Open the original.`,
            fr:
              `Le document ${documentId} n'a pas pu être converti en PDF; l'équipe des opérations a été avisée. ` +
              "Ouvrez l'original.",
          }
        : {
            en: `Document ${documentId} was added before files were converted to PDF. Replace its file to get one.`,
            fr:
              `Le document ${documentId} a été ajouté avant la conversion des fichiers en PDF. ` +
              'Remplacez son fichier pour en obtenir un.',
          };
  return new Refusal('conflict', 'PDF_NOT_READY', said);
}

/** R-DOC-05: the files a document held before its replacements, newest first. */
export async function documentVersions(ctx: AppContext, caseId: number, documentId: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const d = await loadDocument(ctx, c, documentId);
  const versions = await ctx.em.find(CaseDocumentVersion, { documentId: d.id }, { orderBy: { version: 'desc' } });
  return {
    current: documentView(d),
    earlier: versions.map((v) => ({
      version: v.version,
      fileName: v.fileName,
      contentType: v.contentType,
      sizeBytes: v.sizeBytes,
      sha256: v.sha256,
      createdOn: v.createdOn,
      replacedAt: v.replacedAt,
    })),
  };
}

/** An earlier file of a document, to download. */
export async function documentVersionFile(ctx: AppContext, caseId: number, documentId: number, version: number) {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const d = await loadDocument(ctx, c, documentId);
  const v = await ctx.em.findOne(CaseDocumentVersion, { documentId: d.id, version }, { populate: ['content'] });
  if (!v)
    throw notFound({
      en: `Version ${version} of document ${documentId}`,
      fr: `La version ${version} du document ${documentId}`,
    });
  return { contentType: v.contentType, fileName: v.fileName, sha256: v.sha256, content: v.content };
}

/** R-DOC-06: whether a funding application being submitted or reviewed holds the document. */
export async function inSubmittedPackage(ctx: AppContext, caseId: number, documentId: number): Promise<boolean> {
  const [inSubmitted] = await ctx.em.execute<{ n: number }[]>(
    `select count(*)::int as n from funding_package p, jsonb_array_elements(p.snapshot->'checklist') item
      where p.case_id = ? and p.state in ('SUBMITTING', 'SUBMITTED', 'RESUBMITTING') and item->'documentIds' @>
        to_jsonb(?::int)`,
    [caseId, documentId],
  );
  return inSubmitted.n > 0;
}
