// Evidence (security issue, item 6): a document a submitted funding application rests on is frozen, so ENS reads
// the file the case manager submitted; replacing any other document keeps the file it replaces; a closed case's
// documents are not replaced.
import { randomBytes } from 'node:crypto';
import { openOrm, type Orm } from '../../db/orm.ts';
import { createOrg, type TestOrg } from '../support/fixtures.ts';
import { fundingCases, pdf } from '../support/funding-cases.ts';
import { apiUrl, bearerToken, signIn, type Client } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let other: TestOrg;
let manager: Client;
let token: string;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Evidence Employment Services');
  other = await createOrg(orm, 'Other Employment Services');
  manager = await signIn(org, 'manager');
  token = await bearerToken(org, 'manager');
});
afterAll(() => orm?.close());

const { upload, readyPackage, submitted, fundedCase } = fundingCases(() => ({ orm, org, manager, token }));

function replace(caseId: number, documentId: number, fileName: string, bytes: Uint8Array, as = token) {
  return fetch(`${apiUrl()}/api/cases/${caseId}/documents/${documentId}/content?fileName=${fileName}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${as}`, 'content-type': 'application/octet-stream' },
    body: new Blob([bytes as BlobPart]),
  }).then(async (r) => ({ status: r.status, body: await r.json() }));
}

const download = (path: string, as = token) =>
  fetch(`${apiUrl()}${path}`, { headers: { authorization: `Bearer ${as}` } }).then(async (r) => ({
    status: r.status,
    text: await r.text(),
  }));

test(
  'a document in a submitted funding application cannot ' + 'be replaced: the file on record is the one submitted',
  async () => {
    const { caseId, packageId } = await readyPackage();
    const sent = await submitted(packageId);
    const docId = sent.documents.find((d: { code: string }) => d.code === 'RESUME').attachments[0].id;
    const swapped = await replace(caseId, docId, 'resume.pdf', pdf('a different resume'));
    expect(swapped.status).toBe(409);
    expect(swapped.body.error).toBe('ERR_DOC_IN_SUBMITTED_PACKAGE');
    expect(swapped.body.message).toContain('cannot be replaced now. Add the new file as a new document instead.');
    const read = await download(`/api/cases/${caseId}/documents/${docId}/content`);
    expect(read.text).toContain('% resume');
    expect(read.text).not.toContain('a different resume');
  },
);

test('replacing a document keeps the file it replaces as a version, which can still be downloaded', async () => {
  const { caseId } = await fundedCase({ sign: false });
  const doc = (await upload(caseId, 'plan.pdf', pdf('first plan'))).body;
  const replaced = await replace(caseId, doc.id, 'plan.pdf', pdf('second plan'));
  expect(replaced.status).toBe(200);
  expect(replaced.body.version).toBe(2);
  const versions = await manager.get(`/api/cases/${caseId}/documents/${doc.id}/versions`);
  expect(versions.body.earlier).toMatchObject([{ version: 1, fileName: 'plan.pdf' }]);
  const first = await download(`/api/cases/${caseId}/documents/${doc.id}/versions/1/content`);
  expect(first.text).toContain('first plan');
  expect((await download(`/api/cases/${caseId}/documents/${doc.id}/content`)).text).toContain('second plan');
  // Another organisation reaches neither the document nor its versions.
  const outsider = await bearerToken(other, 'manager');
  expect((await download(`/api/cases/${caseId}/documents/${doc.id}/versions/1/content`, outsider)).status).toBe(404);
  expect((await replace(caseId, doc.id, 'plan.pdf', randomBytes(8), outsider)).status).toBe(404);
});

test("a closed case's documents cannot be replaced", async () => {
  const { caseId } = await fundedCase({ sign: false });
  const doc = (await upload(caseId, 'letter.pdf', pdf('letter'))).body;
  expect((await manager.post(`/api/cases/${caseId}/close`, { reason: 'ABANDONED', confirmed: true })).status).toBe(200);
  const refused = await replace(caseId, doc.id, 'letter.pdf', pdf('changed'));
  expect(refused.status).toBe(409);
  expect(refused.body.error).toBe('E-CLOSE-01');
});
