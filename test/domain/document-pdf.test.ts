// R-DOC-03: where a document's PDF stands, and a failed conversion explained to operations in both languages.
import { pdfStateOf, pdfStatusOnUpload } from '../../domain/document-pdf.ts';
import { explainProblem, problemOf, resolutionsFor } from '../../domain/step-problems.ts';

test('R-DOC-03 a PDF upload is its own PDF; any other file waits for its conversion', () => {
  expect(pdfStatusOnUpload('application/pdf')).toBeNull();
  expect(pdfStatusOnUpload('text/plain; charset=utf-8')).toBe('PROCESSING');
  expect(pdfStateOf({ contentType: 'application/pdf', pdfStatus: null })).toBe('READY');
  expect(pdfStateOf({ contentType: 'image/png', pdfStatus: 'FAILED' })).toBe('FAILED');
  // A file kept before conversion existed has no PDF until it is replaced.
  expect(pdfStateOf({ contentType: 'image/png', pdfStatus: null })).toBe('NONE');
});

test('R-DOC-03 without LibreOffice, operations are told in both languages to install it and retry', () => {
  const problem = problemOf([
    {
      attempts: 1,
      problem: { code: 'PDF_CONVERSION_FAILED', reason: 'CONVERTER_MISSING', documentId: 7, caseId: 100 },
    },
  ]);
  expect(problem && explainProblem(problem)).toEqual({
    en:
      'Document 7 of case 100 could not be converted to PDF. Its original file is kept. LibreOffice (soffice) is ' +
      'not installed on the worker server: install it, then retry.',
    fr:
      "Le document 7 du cas 100 n'a pas pu être converti en PDF. Son fichier d'origine est conservé. " +
      "LibreOffice (soffice) n'est pas installé sur le serveur des traitements (worker) : installez-le, puis relancez.",
  });
  // A retry is the only resolution, and a problem of another shape is not taken for one.
  expect(resolutionsFor(problem)).toEqual([]);
  expect(problemOf([{ attempts: 1, problem: { code: 'PDF_CONVERSION_FAILED', reason: 'OTHER' } }])).toBeNull();
});
