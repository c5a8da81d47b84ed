// R-DOC-03: every upload is kept as it came and converted to PDF; both can be opened. The conversion runs after the
// upload, in its own workflow: until it ends the list says the PDF is being made; a conversion that fails waits for
// operations (a stuck step they retry) and the original stays as it was.
import type { Label } from './case-model.ts';

export const PDF_CONTENT_TYPE = 'application/pdf';

/** Where a document's PDF stands: being made, made, or failed (operations are told). */
export const PDF_STATUSES = ['PROCESSING', 'READY', 'FAILED'] as const;
export type PdfStatus = (typeof PDF_STATUSES)[number];

/** What the list shows: NONE is a file kept before conversion existed; replacing the file makes its PDF. */
export type PdfState = PdfStatus | 'NONE';

/** A PDF original is its own PDF; any other file starts its conversion. */
export const pdfStatusOnUpload = (contentType: string): PdfStatus | null =>
  contentType === PDF_CONTENT_TYPE ? null : 'PROCESSING';

export const pdfStateOf = (d: { contentType: string; pdfStatus?: string | null }): PdfState =>
  d.contentType === PDF_CONTENT_TYPE ? 'READY' : ((d.pdfStatus as PdfStatus | null | undefined) ?? 'NONE');

/** The operator step that converts one file of a document (each replacement is converted anew). */
export const documentPdfStepId = (documentId: number, version: number) => `document-pdf:${documentId}:${version}`;

/** Why a conversion failed, in terms an operator can act on. */
export const PDF_CONVERSION_FAILURES = ['CONVERTER_MISSING', 'UNREADABLE', 'TIMEOUT'] as const;
export type PdfConversionFailure = (typeof PDF_CONVERSION_FAILURES)[number];

/** A conversion that will not go through by retrying alone: an operator fixes the cause, then retries. */
export interface PdfConversionProblem {
  code: 'PDF_CONVERSION_FAILED';
  reason: PdfConversionFailure;
  documentId: number;
  caseId: number;
}

export function explainPdfProblem(p: PdfConversionProblem): Label {
  const what = {
    en: `Document ${p.documentId} of case ${p.caseId} could not be converted to PDF. Its original file is kept.`,
    fr:
      `Le document ${p.documentId} du cas ${p.caseId} n'a pas pu être converti en PDF. ` +
      "Son fichier d'origine est conservé.",
  };
  const why: Record<PdfConversionFailure, Label> = {
    CONVERTER_MISSING: {
      en: 'LibreOffice (soffice) is not installed on the worker server: install it, then retry.',
      fr: "LibreOffice (soffice) n'est pas installé sur le serveur des traitements (worker) : installez-le, puis relancez.",
    },
    UNREADABLE: {
      en:
        'LibreOffice could not read the file (damaged, or not what its name says). Ask the case manager to replace ' +
        'it with a readable copy: the new file is converted by itself, and a retry here then closes this step.',
      fr:
        "LibreOffice n'a pas pu lire le fichier (endommagé, ou pas ce que son nom indique). Demandez au " +
        'gestionnaire de cas de le remplacer par une copie lisible : le nouveau fichier est converti de lui-même, ' +
        'et une nouvelle tentative ici clôt ensuite cette étape.',
    },
    TIMEOUT: {
      en: 'LibreOffice took too long and was stopped. Retry when the worker server is less busy.',
      fr:
        'LibreOffice a pris trop de temps et a été arrêté. Relancez quand le serveur des traitements (worker) ' +
        'sera moins occupé.',
    },
  };
  return { en: `${what.en} ${why[p.reason].en}`, fr: `${what.fr} ${why[p.reason].fr}` };
}

/** The problem a conversion failure carries in its details, if it is one. */
export function pdfProblemOf(p: Partial<PdfConversionProblem> | undefined): PdfConversionProblem | null {
  return p?.code === 'PDF_CONVERSION_FAILED' &&
    (PDF_CONVERSION_FAILURES as readonly string[]).includes(p.reason ?? '') &&
    typeof p.documentId === 'number' &&
    typeof p.caseId === 'number'
    ? { code: p.code, reason: p.reason!, documentId: p.documentId, caseId: p.caseId }
    : null;
}
