// Funding requests through the API against the local funding system (spec 02 §4.C): programs, the package and
// its checklist, case documents, the statement, submission, ENS's decisions, resubmission, and a stuck step
// retried by an operator with exactly one agreement and one payment at the end.
import { Case, CaseDocument, CaseNotification, FundingPackage, Individual } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { createIndividual, createOrg, createUser, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, bearerToken, eventually, signIn, type Client } from '../support/http.ts';
import { fundingCases, pdf, statement } from '../support/funding-cases.ts';
import { receivedMails } from '../support/mailbox.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let ens: Client;
let operations: Client;
let token: string;
const today = businessDate(new Date());
const funding = () => process.env.FUNDING_API_URL!;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Funding Services');
  await createUser(orm, org, 'ens', ['ENS_AGREEMENT_MANAGER']);
  [manager, ens, operations] = await Promise.all([
    signIn(org, 'manager'),
    signIn(org, 'ens'),
    signIn(org, 'operations'),
  ]);
  token = await bearerToken(org, 'manager');
});
afterEach(() => fundingMode('succeed'));
afterAll(() => orm.close());

async function fundingMode(mode: string, count?: number) {
  await fetch(`${funding()}/control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode, count }),
  });
}
const fundingSystem = async (): Promise<{
  agreements: { agreementId: number; packageId: number; submissions: unknown[] }[];
  payments: { agreementId: number }[];
}> => (await fetch(`${funding()}/agreements`)).json();

const { upload, fundedCase, readyPackage, submitted, arrived } = fundingCases(() => ({
  orm,
  org,
  manager,
  token,
}));

test(
  'R-FUND-01 R-FUND-02 programs are offered only for a ' + 'funded intervention, primary first, alternatives after',
  async () => {
    const plain = await fundedCase({ fundingRequested: false });
    const none = await manager.get(`/api/cases/${plain.caseId}/interventions/${plain.interventionId}/funding-programs`);
    expect(none.body).toMatchObject({ fundingRequested: false, programs: [], alternatives: [] });
    const refused = await manager.post(
      `/api/cases/${plain.caseId}/interventions/${plain.interventionId}/funding-package`,
      { programCode: 'SDIA' },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.violations[0]).toMatchObject({ rule: 'R-FUND-01', code: 'ERR_NOT_FUNDED' });
    const funded = await fundedCase();
    const offered = await manager.get(
      `/api/cases/${funded.caseId}/interventions/${funded.interventionId}/funding-programs`,
    );
    expect(offered.body.programs.map((p: { name: string }) => p.name)).toEqual(['Skills Development IFA']);
    expect(
      offered.body.alternatives.map((p: { name: string; typeOfFunding: string }) => [p.name, p.typeOfFunding]),
    ).toEqual([['Skills Up IFA', 'Federal LMA']]);
    const wrong = await manager.post(
      `/api/cases/${funded.caseId}/interventions/${funded.interventionId}/funding-package`,
      { programCode: 'TARGETED_WAGE_SUBSIDIES' },
    );
    expect(wrong.body.violations[0]).toMatchObject({ rule: 'R-FUND-02', code: 'ERR_PROGRAM_NOT_ELIGIBLE' });
  },
);

test(
  'R-FUND-04 R-FUND-05 R-FUND-06 R-FUND-21 one package per intervention; rows from the program template; case ' +
    'elements read from the case',
  async () => {
    const { caseId, interventionId } = await fundedCase({ sign: false });
    const created = await manager.post(`/api/cases/${caseId}/interventions/${interventionId}/funding-package`, {
      programCode: 'SDIA',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ state: 'DRAFT', buttonLabel: 'Edit Application' });
    expect(
      created.body.caseElements.map((e: { name: string; statusLabel: string }) => [e.name, e.statusLabel]),
    ).toEqual([
      ['Needs Determination', 'Complete'],
      ['Employment History', 'Complete'],
      ['Education', 'Complete'],
    ]);
    expect(created.body.documents).toHaveLength(14);
    expect(
      created.body.documents.slice(0, 2).map((d: { name: string; statusLabel: string }) => [d.name, d.statusLabel]),
    ).toEqual([
      ['Resume', 'Missing'],
      ['Family Size and Financial Statement', 'Missing'],
    ]);
    expect(created.body.documents.find((d: { code: string }) => d.code === 'CHILD_CARE_LETTER').statusLabel).toBe(
      'Optional',
    );
    const second = await manager.post(`/api/cases/${caseId}/interventions/${interventionId}/funding-package`, {
      programCode: 'SKILLS_UP',
    });
    expect(second.status).toBe(422);
    expect(second.body.violations[0]).toMatchObject({ rule: 'R-FUND-04' });
    const notARow = await manager.put(`/api/funding-packages/${created.body.id}/checklist`, {
      code: 'PASSPORT',
      paper: true,
    });
    expect(notARow.body.violations[0]).toMatchObject({ rule: 'R-FUND-05', code: 'ERR_NOT_IN_CHECKLIST' });
  },
);

test('R-FUND-04 two Apply Now saves at once make one package; the other is told why', async () => {
  const { caseId, interventionId } = await fundedCase({ sign: false });
  const url = `/api/cases/${caseId}/interventions/${interventionId}/funding-package`;
  const results = await Promise.all(['SDIA', 'SKILLS_UP'].map((programCode) => manager.post(url, { programCode })));
  expect(results.map((r) => r.status).sort()).toEqual([201, 422]);
  expect(results.find((r) => r.status === 422)!.body).toMatchObject({
    error: 'ERR_PACKAGE_EXISTS',
    message:
      'This intervention already has an application package; a new one can be started once it is deleted or closed.',
    violations: [{ rule: 'R-FUND-04' }],
  });
  const packages = (await manager.get(`/api/cases/${caseId}/funding-packages`)).body.items;
  expect(packages).toHaveLength(1);
});

test('R-FUND-07 a row is Attached or Mailed On, dated the day it changed', async () => {
  const { caseId, interventionId } = await fundedCase({ sign: false });
  const packageId = (
    await manager.post(`/api/cases/${caseId}/interventions/${interventionId}/funding-package`, { programCode: 'SDIA' })
  ).body.id;
  const doc = await upload(caseId, 'Letter of Reference for Jane Johnson.pdf', pdf('reference'));
  const attached = await manager.put(`/api/funding-packages/${packageId}/checklist`, {
    code: 'LETTER_FROM_EMPLOYER',
    documentIds: [doc.body.id],
  });
  expect(attached.body.documents.find((d: { code: string }) => d.code === 'LETTER_FROM_EMPLOYER')).toMatchObject({
    status: 'ATTACHED',
    date: today,
    attachments: [{ id: doc.body.id, documentName: 'Letter of Reference for Jane Johnson' }],
  });
  const mailed = await manager.put(`/api/funding-packages/${packageId}/checklist`, {
    code: 'CHILD_CARE_LETTER',
    paper: true,
  });
  expect(mailed.body.documents.find((d: { code: string }) => d.code === 'CHILD_CARE_LETTER')).toMatchObject({
    status: 'MAILED_ON',
    statusLabel: 'Mailed On',
    date: today,
  });
  // Another case's document cannot be attached.
  const other = await fundedCase({ sign: false });
  const foreign = await upload(other.caseId, 'resume.pdf', pdf());
  const refused = await manager.put(`/api/funding-packages/${packageId}/checklist`, {
    code: 'RESUME',
    documentIds: [foreign.body.id],
  });
  expect(refused.status).toBe(422);
});

test('R-DOC-01 R-DOC-02 documents are refused for their type and their size, and nothing is stored', async () => {
  const { caseId } = await fundedCase({ sign: false });
  const before = await orm.em.fork().count(CaseDocument, { caseId });
  const exe = await upload(caseId, 'setup.exe', new Uint8Array([0x4d, 0x5a, 0x90, 0x00]));
  expect(exe.status).toBe(415);
  expect(exe.body).toMatchObject({
    error: 'ERR_FILE_TYPE',
    message: 'Files of type "exe" cannot be attached. Accepted types: pdf, docx, doc, rtf, png, jpg, jpeg, txt.',
  });
  const renamed = await upload(caseId, 'resume.pdf', new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]));
  expect(renamed.status).toBe(415);
  expect(renamed.body.message).toContain('is not a PDF file, although its name ends in .pdf');
  const big = new Uint8Array(10 * 1024 * 1024 + 1);
  big.set([0x25, 0x50, 0x44, 0x46]);
  const tooLarge = await upload(caseId, 'scan.pdf', big);
  expect(tooLarge.status).toBe(413);
  expect(tooLarge.body).toMatchObject({
    error: 'ERR_FILE_TOO_LARGE',
    message: 'The maximum allowable file size is 10 MB.',
  });
  const noTopic = await fetch(`${apiUrl()}/api/cases/${caseId}/documents?fileName=a.pdf`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: pdf(),
  });
  expect(noTopic.status).toBe(400);
  expect(await orm.em.fork().count(CaseDocument, { caseId })).toBe(before);
  // Exactly 10 MB is accepted, stored with its size and checksum.
  const limit = new Uint8Array(10 * 1024 * 1024);
  limit.set([0x25, 0x50, 0x44, 0x46]);
  const ok = await upload(caseId, 'scan.pdf', limit);
  expect(ok.status).toBe(201);
  expect(ok.body).toMatchObject({
    documentName: 'scan',
    sizeBytes: 10 * 1024 * 1024,
    sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
  });
  const back = await fetch(`${apiUrl()}/api/cases/${caseId}/documents/${ok.body.id}/content`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect((await back.arrayBuffer()).byteLength).toBe(10 * 1024 * 1024);
});

test(
  'R-ASM-14 R-PLAN-07 the scanned signed plan is attached to the case from its action plan, and a document to a ' +
    'barrier; the case lists each with where it was attached',
  async () => {
    const { caseId } = await fundedCase();
    const signed = await upload(caseId, 'signed-rtwap.pdf', pdf('signed plan'), {
      documentName: 'Signed RTWAP',
      topic: 'Correspondence',
      context: 'Action Plan',
    });
    expect(signed.status).toBe(201);
    const barrier = await upload(caseId, 'doctor-note.pdf', pdf('note'), {
      topic: 'Medical Information',
      context: 'Needs Determination – Barrier: Mat Supp-Transport',
    });
    expect(barrier.status).toBe(201);
    const listed = (await manager.get(`/api/cases/${caseId}/documents`)).body.items;
    expect(listed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ documentName: 'Signed RTWAP', topic: 'Correspondence', context: 'Action Plan' }),
        expect.objectContaining({
          documentName: 'doctor-note',
          topic: 'Medical Information',
          context: 'Needs Determination – Barrier: Mat Supp-Transport',
        }),
      ]),
    );
  },
);

test('R-CLOSE-01 a closed case takes no new document', async () => {
  const person = await createIndividual(orm, org);
  const caseId = (await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION })).body.id;
  const closed = await manager.post(`/api/cases/${caseId}/close`, { reason: 'ABANDONED', confirmed: true });
  expect(closed.status).toBe(200);
  const refused = await upload(caseId, 'resume.pdf', pdf());
  expect(refused.status).toBe(409);
  expect(refused.body).toMatchObject({
    error: 'E-CLOSE-01',
    message: 'This case is closed and cannot be reopened or changed.',
  });
  expect(await orm.em.fork().count(CaseDocument, { caseId })).toBe(0);
});

test('R-DOC-04 R-DOC-05 a document is replaced keeping its name and topic; deleted only within 30 days', async () => {
  const { caseId } = await fundedCase({ sign: false });
  const doc = (await upload(caseId, 'resume.pdf', pdf('v1'), { documentName: 'Resume of the client' })).body;
  const q = new URLSearchParams({ fileName: 'resume-2.docx' });
  const replaced = await fetch(`${apiUrl()}/api/cases/${caseId}/documents/${doc.id}/content?${q}`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
    body: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]),
  });
  expect(replaced.status).toBe(200);
  expect(await replaced.json()).toMatchObject({
    documentName: 'Resume of the client',
    topic: 'Supplementary Information',
    fileName: 'resume-2.docx',
    sizeBytes: 6,
  });
  const back = await fetch(`${apiUrl()}/api/cases/${caseId}/documents/${doc.id}/content`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(back.headers.get('content-disposition')).toBe('attachment; filename="resume-2.docx"');
  expect(new Uint8Array(await back.arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]));
  await orm.em.fork().nativeUpdate(CaseDocument, { id: doc.id }, { createdOn: addDays(today, -31) });
  const old = await manager.del(`/api/cases/${caseId}/documents/${doc.id}`);
  expect(old.status).toBe(422);
  expect(old.body.violations[0]).toMatchObject({ rule: 'R-DOC-04', code: 'ERR_DOC_DELETE_TOO_OLD' });
  const fresh = (await upload(caseId, 'notes.txt', new TextEncoder().encode('Called the college.'))).body;
  expect((await manager.del(`/api/cases/${caseId}/documents/${fresh.id}`)).status).toBe(204);
});

test('R-FUND-03 a package is prepared before the plan is signed but submitted only in RTWAP Management', async () => {
  const { packageId } = await readyPackage({ sign: false });
  const res = await manager.post(`/api/funding-packages/${packageId}/submit`, { confirmed: true });
  expect(res.status).toBe(422);
  expect(res.body.violations).toEqual([
    {
      rule: 'R-FUND-03',
      code: 'ERR_SUBMIT_STAGE',
      message: 'The application can only be submitted when the case is in RTWAP Management.',
    },
  ]);
});

test('R-FUND-08 every reason a submission is refused is listed together', async () => {
  const { caseId, interventionId } = await fundedCase();
  const packageId = (
    await manager.post(`/api/cases/${caseId}/interventions/${interventionId}/funding-package`, { programCode: 'SDIA' })
  ).body.id;
  await manager.put(`/api/funding-packages/${packageId}/statement`, {
    ...statement,
    signedByBoth: 'NO',
    spouseConsentSigned: 'NO',
  });
  const res = await manager.post(`/api/funding-packages/${packageId}/submit`, { confirmed: true });
  expect(res.status).toBe(422);
  expect(res.body.violations.map((v: { code: string }) => v.code)).toEqual([
    ...Array(7).fill('ERR_REQUIRED_DOC_MISSING'),
    'ERR_STATEMENT_NOT_SIGNED',
    'ERR_SPOUSE_CONSENT',
  ]);
  expect(res.body.violations[0].message).toBe('Resume is missing: attach it or mark it as sent on paper.');
  expect((await manager.get(`/api/funding-packages/${packageId}`)).body.state).toBe('DRAFT');
});

test(
  'R-FUND-09 R-FUND-10 R-FUND-11 R-FUND-12 a confirmed submission creates the agreement; the package is then ' +
    'read-only',
  async () => {
    const { caseId, packageId } = await readyPackage();
    await manager.put(`/api/funding-packages/${packageId}/statement`, {
      ...statement,
      supportsPlan: 'NO',
      justification: 'I do not support it: the client has not confirmed a seat.',
    });
    const unconfirmed = await manager.post(`/api/funding-packages/${packageId}/submit`, {});
    expect(unconfirmed.status).toBe(409);
    expect(unconfirmed.body).toMatchObject({
      error: 'CONFIRM_SUBMIT',
      message: 'Are you sure you want to submit this application?',
    });
    const done = await submitted(packageId);
    const system = await fundingSystem();
    const mine = system.agreements.filter((a) => a.packageId === packageId);
    expect(mine).toHaveLength(1);
    expect(done.agreement).toMatchObject({
      agreementId: mine[0].agreementId,
      status: 'APPLICATION',
      agreementManager: 'HRI PA Intake, ENS (1225)',
      program: 'SDA(LAE-ENS)',
    });
    expect(done.successMessage).toBe(
      `The application has been successfully submitted. An agreement has been created. The agreement number ` +
        `is ${mine[0].agreementId}. Please make sure all supporting documents you marked as mailed are sent ` +
        `promptly to avoid delays in processing.`,
    );
    expect(done).toMatchObject({
      buttonLabel: 'View Application',
      message: 'This application package cannot currently be edited or submitted.',
    });
    expect(done.history.map((h: { type: string }) => h.type)).toEqual(
      expect.arrayContaining([
        'PackageCreated',
        'ChecklistItemSaved',
        'StatementSaved',
        'SubmissionStarted',
        'AgreementCreated',
        'SubmissionCompleted',
      ]),
    );
    const locked = await manager.put(`/api/funding-packages/${packageId}/checklist`, { code: 'RESUME', paper: true });
    expect(locked.status).toBe(422);
    expect(locked.body.violations[0]).toMatchObject({ rule: 'R-FUND-12', code: 'INFO_PACKAGE_LOCKED' });
    // The statement went to the case documents as a PDF.
    const docs = (await manager.get(`/api/cases/${caseId}/documents`)).body.items;
    expect(docs.find((d: { topic: string }) => d.topic === 'Case Manager Statement')).toMatchObject({
      contentType: 'application/pdf',
    });
    const home = await manager.get(`/api/agreements/${mine[0].agreementId}`);
    expect(home.body).toMatchObject({
      agreementId: mine[0].agreementId,
      status: 'APPLICATION',
      caseId,
      startDate: addDays(today, 30),
      endDate: addDays(today, 300),
    });
  },
);

test(
  'R-FUND-13 R-FUND-15 R-FUND-16 R-NOTIF-09 ENS returns the application; the case manager gets a High ' +
    'notification and resubmits on the same agreement',
  async () => {
    const { caseId, packageId } = await readyPackage();
    const first = await submitted(packageId);
    const agreementId = first.agreement.agreementId;
    expect(
      (
        await manager.post(`/api/agreements/${agreementId}/request-changes`, {
          message: 'Program cost list is missing',
        })
      ).status,
    ).toBe(403);
    // R-FUND-13: ENS sees the package: what was attached and what is coming on paper.
    expect(
      (await ens.get(`/api/funding-packages/${packageId}`)).body.documents.find(
        (d: { code: string }) => d.code === 'FAMILY_FINANCIAL',
      ).status,
    ).toBe('MAILED_ON');
    const returned = await ens.post(`/api/agreements/${agreementId}/request-changes`, {
      message: 'Program cost list is missing',
      dueDate: addDays(today, 7),
    });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      state: 'CHANGES_REQUIRED',
      editable: true,
      message:
        'The Agreement Manager has indicated changes are required. Please provide updates and re-submit this ' +
        'application package.',
    });
    const notes = (await manager.get(`/api/cases/${caseId}`)).body.notifications;
    expect(notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: 'INFO',
          priority: 'High',
          message: 'Application requires resubmission. Information missing',
          dueDate: addDays(today, 7),
        }),
      ]),
    );
    await manager.put(`/api/funding-packages/${packageId}/checklist`, { code: 'PROGRAM_COST_LIST', paper: true });
    const again = await submitted(packageId);
    expect(again.agreement.agreementId).toBe(agreementId);
    expect(again.submissions).toHaveLength(2);
    const system = await fundingSystem();
    expect(system.agreements.filter((a) => a.packageId === packageId)).toHaveLength(1);
    expect(system.agreements.find((a) => a.agreementId === agreementId)!.submissions).toHaveLength(2);
    expect(
      await orm.em
        .fork()
        .count(CaseNotification, { caseId, message: 'Application requires resubmission. Information missing' }),
    ).toBe(0);
  },
);

test(
  'R-FUND-17 R-FUND-18 only ENS moves the agreement, ' + 'one status at a time; closing it closes the package',
  async () => {
    const { packageId } = await readyPackage();
    const { agreement } = await submitted(packageId);
    const id = agreement.agreementId;
    expect((await manager.post(`/api/agreements/${id}/status`, { status: 'ASSESSMENT' })).status).toBe(403);
    const skip = await ens.post(`/api/agreements/${id}/status`, { status: 'APPROVED' });
    expect(skip.status).toBe(422);
    expect(skip.body.message).toBe('An agreement in status APPLICATION cannot move to APPROVED.');
    const assessing = await ens.post(`/api/agreements/${id}/status`, {
      status: 'ASSESSMENT',
      agreementManager: 'Grace, Amanda (13241)',
    });
    expect(assessing.body.agreement).toMatchObject({
      status: 'ASSESSMENT',
      statusDate: today,
      agreementManager: 'Grace, Amanda (13241)',
    });
    const noReason = await ens.post(`/api/agreements/${id}/status`, { status: 'CLOSED' });
    expect(noReason.body.violations[0]).toMatchObject({ rule: 'R-FUND-17' });
    const closed = await ens.post(`/api/agreements/${id}/status`, {
      status: 'CLOSED',
      reason: 'DOCUMENTS_NOT_RECEIVED',
    });
    expect(closed.body).toMatchObject({
      state: 'CLOSED',
      agreement: { status: 'CLOSED', closedReason: 'DOCUMENTS_NOT_RECEIVED' },
    });
    expect((await manager.get(`/api/agreements/${id}`)).body.status).toBe('CLOSED');
  },
);

test('R-FUND-19 R-DOC-06 a Draft is deleted; a submitted application is not, nor the documents it holds', async () => {
  const draft = await fundedCase({ sign: false });
  const draftId = (
    await manager.post(`/api/cases/${draft.caseId}/interventions/${draft.interventionId}/funding-package`, {
      programCode: 'SDIA',
    })
  ).body.id;
  const deleted = await manager.del(`/api/funding-packages/${draftId}`);
  expect(deleted.status).toBe(200);
  expect(deleted.body.state).toBe('DELETED');
  // R-FUND-04: a new package can be started once the previous one is deleted.
  expect(
    (
      await manager.post(`/api/cases/${draft.caseId}/interventions/${draft.interventionId}/funding-package`, {
        programCode: 'SKILLS_UP',
      })
    ).status,
  ).toBe(201);
  const { caseId, packageId } = await readyPackage();
  const sent = await submitted(packageId);
  const refused = await manager.del(`/api/funding-packages/${packageId}`);
  expect(refused.status).toBe(422);
  expect(refused.body.violations[0]).toMatchObject({ rule: 'R-FUND-19' });
  const docId = sent.documents.find((d: { code: string }) => d.code === 'RESUME').attachments[0].id;
  const docDelete = await manager.del(`/api/cases/${caseId}/documents/${docId}`);
  expect(docDelete.status).toBe(422);
  expect(docDelete.body.violations[0]).toMatchObject({ rule: 'R-DOC-06' });
});

test(
  'R-FUND-10 a funding system that keeps failing leaves a stuck step; an operator retries it and exactly one ' +
    'agreement exists',
  async () => {
    const { packageId } = await readyPackage();
    await fundingMode('fail');
    expect((await manager.post(`/api/funding-packages/${packageId}/submit`, { confirmed: true })).status).toBe(200);
    const stuck = await eventually(async () => {
      const list = (await operations.get('/api/operations/stuck-steps')).body.items as {
        id: string;
        kind: string;
        status: string;
      }[];
      return list.find((s) => s.id === `funding-${packageId}:agreement` && s.status === 'STUCK');
    }, 60_000);
    expect(stuck).toMatchObject({
      kind: 'FUNDING_AGREEMENT',
      attempts: 4,
      lastError: expect.stringContaining('503'),
      lastFailedAt: expect.any(String),
    });
    const waiting = (await manager.get(`/api/funding-packages/${packageId}`)).body;
    expect(waiting).toMatchObject({
      state: 'SUBMITTING',
      message: 'Submission is waiting for operations: a step could not be completed, and operations have been told.',
      processing: [{ kind: 'FUNDING_AGREEMENT', status: 'STUCK' }],
    });
    // The funding system recovers, but its first answer is lost after the agreement was made: the retry must not make a
    // second.
    await fundingMode('fail-after-success', 1);
    const retried = await operations.post(`/api/operations/stuck-steps/${encodeURIComponent(stuck.id)}/retry`);
    expect(retried.status).toBe(202);
    const done = await arrived(packageId);
    const mine = (await fundingSystem()).agreements.filter((a) => a.packageId === packageId);
    expect(mine).toHaveLength(1);
    expect(done.agreement.agreementId).toBe(mine[0].agreementId);
    expect(await orm.em.fork().count(FundingPackage, { agreementId: mine[0].agreementId })).toBe(1);
  },
);

test(
  'R-FUND-22 the client hears of the decision from ENS, outside Pathway: the case manager sees the agreement ' +
    'approved, and Pathway emails the client nothing',
  async () => {
    const { caseId, packageId } = await readyPackage();
    const { individualId } = await orm.em.fork().findOneOrFail(Case, { id: caseId });
    const clientEmail = `client.${caseId}@example.org`;
    await orm.em.fork().nativeUpdate(Individual, { id: individualId }, { email: clientEmail });
    const { agreement } = await submitted(packageId);
    for (const status of ['ASSESSMENT', 'ASSESSED', 'APPROVED'])
      expect((await ens.post(`/api/agreements/${agreement.agreementId}/status`, { status })).status).toBe(200);
    expect((await manager.get(`/api/agreements/${agreement.agreementId}`)).body).toMatchObject({
      status: 'APPROVED',
      statusDate: today,
    });
    await eventually(async () => (await manager.get(`/api/funding-packages/${packageId}`)).body.payment, 30_000);
    expect((await receivedMails()).filter((m) => m.to.includes(clientEmail))).toEqual([]);
  },
);

test('R-FUND-18 an approval requests one payment, even when the funding system loses its first answer', async () => {
  const { packageId } = await readyPackage();
  const { agreement } = await submitted(packageId);
  // ENS moves the agreement as soon as the package reads Submitted, before its workflow has taken that in.
  expect((await ens.post(`/api/agreements/${agreement.agreementId}/status`, { status: 'ASSESSMENT' })).status).toBe(
    200,
  );
  expect((await ens.post(`/api/agreements/${agreement.agreementId}/status`, { status: 'ASSESSED' })).status).toBe(200);
  await fundingMode('fail-after-success', 1);
  await ens.post(`/api/agreements/${agreement.agreementId}/status`, { status: 'APPROVED' });
  const paid = await eventually(async () => {
    const p = (await manager.get(`/api/funding-packages/${packageId}`)).body;
    return p.payment ? p : null;
  }, 30_000);
  const payments = (await fundingSystem()).payments.filter((p) => p.agreementId === agreement.agreementId);
  expect(payments).toHaveLength(1);
  expect(paid.payment.paymentId).toBe((payments[0] as unknown as { paymentId: number }).paymentId);
});

test(
  'R-PM-03 R-PM-12 a Planned intervention with a submitted application is not deleted but can start ' +
    'meanwhile; with a Draft, the Draft goes with it',
  async () => {
    const sent = await readyPackage();
    await submitted(sent.packageId);
    const interventionId = (await manager.get(`/api/funding-packages/${sent.packageId}`)).body.interventionId;
    const refused = await manager.del(`/api/cases/${sent.caseId}/interventions/${interventionId}`);
    expect(refused.status).toBe(422);
    expect(refused.body.violations[0]).toMatchObject({ rule: 'R-PM-03', code: 'ERR_DELETE_FUNDED' });
    // R-PM-12 / Q-12: the plan goes on while ENS processes the application.
    expect(
      (await manager.patch(`/api/cases/${sent.caseId}/interventions/${interventionId}`, { status: 'IN_PROGRESS' }))
        .status,
    ).toBe(200);
    const draft = await fundedCase();
    const packageId = (
      await manager.post(`/api/cases/${draft.caseId}/interventions/${draft.interventionId}/funding-package`, {
        programCode: 'SDIA',
      })
    ).body.id;
    expect((await manager.del(`/api/cases/${draft.caseId}/interventions/${draft.interventionId}`)).status).toBe(200);
    expect((await manager.get(`/api/funding-packages/${packageId}`)).body.state).toBe('DELETED');
  },
);
