// R-DOC-03 through the API: every upload keeps its original and gets a PDF made by LibreOffice in the background;
// the list says "processing" until it is there; a file LibreOffice cannot read shows the conversion failed, waits on
// the Operations page explained in both languages, and an operator's retry settles it; the original is never lost.
import { openOrm, type Orm } from '../../db/orm.ts';
import { documentPdfStepId } from '../../domain/document-pdf.ts';
import { createOrg, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, bearerToken, eventually, signIn, type Client } from '../support/http.ts';
import { pdf } from '../support/funding-cases.ts';
import { damagedDocx, officeFile } from '../support/office-files.ts';
import { openedCase } from '../support/case-walk.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let operations: Client;
let token: string;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Antigonish Document Services');
  [manager, operations] = await Promise.all([signIn(org, 'manager'), signIn(org, 'operations')]);
  token = await bearerToken(org, 'manager');
});
afterAll(() => orm.close());

const openCase = () => openedCase(orm, org, manager);

function send(method: 'POST' | 'PUT', path: string, fileName: string, bytes: Uint8Array) {
  const q = new URLSearchParams({ fileName, topic: 'Supplementary Information' });
  return fetch(`${apiUrl()}${path}?${q}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: new Blob([bytes as BlobPart]),
  }).then(async (r) => ({ status: r.status, body: await r.json() }));
}

const upload = (caseId: number, fileName: string, bytes: Uint8Array) =>
  send('POST', `/api/cases/${caseId}/documents`, fileName, bytes);

const download = (path: string, bearer = token) =>
  fetch(`${apiUrl()}${path}`, { headers: { authorization: `Bearer ${bearer}` } }).then(async (r) => ({
    status: r.status,
    type: r.headers.get('content-type'),
    bytes: Buffer.from(await r.arrayBuffer()),
  }));

/** The document as the case's list shows it, once its PDF is no longer being made. */
const settled = (caseId: number, documentId: number, timeoutMs = 60_000) =>
  eventually(async () => {
    const items = (await manager.get(`/api/cases/${caseId}/documents`)).body.items as { id: number; pdf: string }[];
    const d = items.find((i) => i.id === documentId);
    return d && d.pdf !== 'PROCESSING' && d;
  }, timeoutMs);

const isPdf = (b: Buffer) => b.subarray(0, 5).toString('latin1') === '%PDF-';

test('R-DOC-03 converts a Word upload to a PDF the case manager can open, and keeps the original', async () => {
  const caseId = await openCase();
  const docx = await officeFile('Letter of reference from the employer.', 'docx');
  const added = await upload(caseId, 'reference.docx', docx);
  expect(added.status).toBe(201);
  // Until the conversion ends the list says the PDF is being made.
  expect(added.body.pdf).toBe('PROCESSING');

  expect(await settled(caseId, added.body.id)).toMatchObject({ pdf: 'READY' });
  const opened = await download(`/api/cases/${caseId}/documents/${added.body.id}/pdf`);
  expect(opened.status).toBe(200);
  expect(opened.type).toBe('application/pdf');
  expect(isPdf(opened.bytes)).toBe(true);
  // Both are viewable: the original is the file as uploaded.
  const original = await download(`/api/cases/${caseId}/documents/${added.body.id}/content`);
  expect(original.bytes.equals(docx)).toBe(true);

  // Only the case's own organisation reads it, exactly like the original.
  const other = await createOrg(orm, 'Inverness Document Services');
  const outsider = await bearerToken(other, 'manager');
  expect((await download(`/api/cases/${caseId}/documents/${added.body.id}/pdf`, outsider)).status).toBe(404);
});

test('R-DOC-03 a text file is converted too; a PDF upload is its own PDF at once', async () => {
  const caseId = await openCase();
  const text = await upload(caseId, 'call-notes.txt', new TextEncoder().encode('Appel avec la cliente : été 2026.'));
  expect(text.status).toBe(201);
  const scan = await upload(caseId, 'scan.pdf', pdf('signed plan'));
  expect(scan.body.pdf).toBe('READY');
  const same = await download(`/api/cases/${caseId}/documents/${scan.body.id}/pdf`);
  expect(same.bytes.equals(Buffer.from(pdf('signed plan')))).toBe(true);

  expect(await settled(caseId, text.body.id)).toMatchObject({ pdf: 'READY' });
  expect(isPdf((await download(`/api/cases/${caseId}/documents/${text.body.id}/pdf`)).bytes)).toBe(true);
});

test(
  'R-DOC-03 R-OPS-02 a file LibreOffice cannot read shows the conversion failed, waits for operations explained in ' +
    'both languages, keeps its original, and a retry settles it once the file is replaced',
  async () => {
    const caseId = await openCase();
    const damaged = damagedDocx();
    const added = await upload(caseId, 'broken.docx', damaged);
    expect(added.status).toBe(201);
    const documentId = added.body.id as number;
    expect(await settled(caseId, documentId)).toMatchObject({ pdf: 'FAILED' });
    const notYet = await download(`/api/cases/${caseId}/documents/${documentId}/pdf`);
    expect(notYet.status).toBe(409);

    const stepId = documentPdfStepId(documentId, 1);
    const stuck = await eventually(async () => {
      const list = await operations.get('/api/operations/stuck-steps');
      return (list.body.items as any[]).find((s) => s.id === stepId && s.status === 'STUCK');
    }, 30_000);
    expect(stuck).toMatchObject({ kind: 'DOCUMENT_PDF', caseId, organisation: org.name, attempts: 1 });
    expect(stuck.lastError).toMatch(/LibreOffice could not convert the \.docx file to PDF/);
    expect(stuck.problem.en).toContain(`Document ${documentId} of case ${caseId} could not be converted to PDF.`);
    expect(stuck.problem.en).toContain('Its original file is kept.');
    expect(stuck.problem.fr).toContain(`n'a pas pu être converti en PDF`);
    // A problem only a person can fix does not retry by itself.
    expect(stuck.nextAutomaticRetryAt).toBeNull();
    const original = await download(`/api/cases/${caseId}/documents/${documentId}/content`);
    expect(original.bytes.equals(damaged)).toBe(true);

    // Retried while the file is still damaged: it fails again, and the list says so again.
    const retry = () => operations.post(`/api/operations/stuck-steps/${encodeURIComponent(stepId)}/retry`);
    expect((await retry()).status).toBe(202);
    await eventually(async () => {
      const list = await operations.get('/api/operations/stuck-steps');
      return (list.body.items as any[]).find((s) => s.id === stepId && s.status === 'STUCK' && s.retries === 1);
    }, 30_000);
    expect(await settled(caseId, documentId)).toMatchObject({ pdf: 'FAILED' });

    // The case manager replaces the file (R-DOC-05): its PDF is made; the retry of the old file's step settles it.
    const good = await officeFile('The same letter, saved again.', 'docx');
    const replaced = await send('PUT', `/api/cases/${caseId}/documents/${documentId}/content`, 'letter.docx', good);
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ version: 2, pdf: 'PROCESSING' });
    expect(await settled(caseId, documentId)).toMatchObject({ pdf: 'READY' });
    expect((await retry()).status).toBe(202);
    const resolved = await eventually(async () => {
      const list = await operations.get('/api/operations/stuck-steps?status=resolved');
      return (list.body.items as any[]).find((s) => s.id === stepId);
    }, 30_000);
    expect(resolved).toMatchObject({ status: 'RESOLVED', lastRetriedBy: 'Tester, operations' });
    expect(isPdf((await download(`/api/cases/${caseId}/documents/${documentId}/pdf`)).bytes)).toBe(true);
  },
);
