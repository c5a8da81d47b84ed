// R-DOC-03: LibreOffice converts case documents to PDF, each run with a profile of its own, within a time limit; a
// missing LibreOffice or a file it cannot read is a failure that says so.
import { convertToPdf, PdfConversionError } from '../../infra/pdf-converter.ts';
import { damagedDocx, officeFile } from '../support/office-files.ts';

const isPdf = (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-';

test('R-DOC-03 converts a Word document, an OpenDocument text and a text to PDF, several at once', async () => {
  const [docx, odt] = await Promise.all([
    officeFile('Lettre de référence pour Jeanne Comeau', 'docx'),
    officeFile('Letter of reference', 'odt'),
  ]);
  const pdfs = await Promise.all([
    convertToPdf(docx, 'docx'),
    convertToPdf(odt, 'odt'),
    convertToPdf(Buffer.from('Plain text, été.\n'), 'txt'),
  ]);
  for (const pdf of pdfs) expect(isPdf(pdf)).toBe(true);
});

test('R-DOC-03 a damaged file is refused as unreadable, with what LibreOffice said', async () => {
  const failure = await convertToPdf(damagedDocx(), 'docx').catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(PdfConversionError);
  expect(failure).toMatchObject({ reason: 'UNREADABLE' });
  expect((failure as Error).message).toMatch(/could not convert the \.docx file/);
});

test('R-DOC-03 without LibreOffice the conversion fails saying LibreOffice is not installed', async () => {
  const failure = await convertToPdf(Buffer.from('text'), 'txt', { soffice: 'soffice-not-installed' }).catch(
    (e: unknown) => e,
  );
  expect(failure).toMatchObject({ reason: 'CONVERTER_MISSING' });
  expect((failure as Error).message).toMatch(/LibreOffice is not installed/);
});

test('R-DOC-03 a conversion that takes too long is stopped', async () => {
  const failure = await convertToPdf(Buffer.from('text'), 'txt', { timeoutMs: 1 }).catch((e: unknown) => e);
  expect(failure).toMatchObject({ reason: 'TIMEOUT' });
});
