// The document conversion workflow's public surface (R-DOC-03), shared by the workflow and the use cases that start it.

/** One workflow per file of a document: a replacement's file gets its own. */
export const documentPdfWorkflowId = (documentId: number, version: number) => `document-pdf-${documentId}-${version}`;

export interface DocumentPdfInput {
  documentId: number;
  /** The document's file this conversion is for (1 first, then one more per replacement). */
  version: number;
  caseId: number;
  organisationId: number;
}
