// Case documents' rules the use cases ask before they write (spec 02 §3.10, R-DOC).
import { validateAttachments } from '../../domain/documents.ts';

test('R-DOC-01 a checklist row attaches documents of its own case only', () => {
  expect(validateAttachments([4, 5, 4], [4, 5])).toEqual([]);
  expect(validateAttachments([4, 9], [4])).toEqual([
    {
      rule: 'R-DOC-01',
      code: 'ERR_DOCUMENT_NOT_IN_CASE',
      message: 'Attach documents of this case only (upload them to the case first).',
      field: 'documentIds',
    },
  ]);
});
