// Case documents' rules the use cases ask before they write (spec 02 §3.10, R-DOC).
import { closedCaseViolation } from '../../domain/closed-case.ts';
import { MAX_DOCUMENT_BYTES, validateAttachments, validateUpload } from '../../domain/documents.ts';

test('R-DOC-01 a checklist row attaches documents of its own case only', () => {
  expect(validateAttachments([4, 5, 4], [4, 5])).toEqual([]);
  expect(validateAttachments([4, 9], [4])).toMatchObject([
    {
      rule: 'R-DOC-01',
      code: 'ERR_DOCUMENT_NOT_IN_CASE',
      message: 'Attach documents of this case only (upload them to the case first).',
      field: 'documentIds',
    },
  ]);
});

test('R-DOC-02 a file of another type is refused as an unsupported type, one over 10 MB as too large', () => {
  expect(validateUpload({ fileName: 'setup.exe', bytes: new Uint8Array([0x4d, 0x5a]) }).violations).toMatchObject([
    {
      rule: 'R-DOC-02',
      code: 'ERR_FILE_TYPE',
      message: 'Files of type "exe" cannot be attached. Accepted types: pdf, docx, doc, rtf, png, jpg, jpeg, txt.',
      field: 'fileName',
      kind: 'unsupported-type',
    },
  ]);
  expect(validateUpload({ fileName: 'empty.txt', bytes: new Uint8Array() }).violations[0]).toMatchObject({
    message: 'The file is empty.',
    kind: 'unsupported-type',
  });
  const scan = new Uint8Array(MAX_DOCUMENT_BYTES + 1);
  scan.set([0x25, 0x50, 0x44, 0x46]);
  expect(validateUpload({ fileName: 'scan.pdf', bytes: scan }).violations).toMatchObject([
    {
      rule: 'R-DOC-02',
      code: 'ERR_FILE_TOO_LARGE',
      message: 'The maximum allowable file size is 10 MB.',
      field: 'file',
      kind: 'too-large',
    },
  ]);
  expect(validateUpload({ fileName: 'scan.pdf', bytes: scan.subarray(0, MAX_DOCUMENT_BYTES) }).violations).toEqual([]);
});

test('R-CLOSE-01 a closed case takes no new document', () => {
  expect(closedCaseViolation({ status: 'RTWAP_MGMT' })).toEqual([]);
  expect(closedCaseViolation({ status: 'CLOSED' })).toMatchObject([
    {
      rule: 'R-CLOSE-01',
      code: 'E-CLOSE-01',
      message: 'This case is closed and cannot be reopened or changed.',
      kind: 'conflict',
    },
  ]);
});
