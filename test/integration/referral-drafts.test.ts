// Notes and documents on a draft referral (seed 000, lines 104-107 and 121; R-REF-21) on the real servers: attached
// while the referral is written, refused once it is sent, read by the receiving organisation with the referral and
// by nobody else.
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { apiUrl, bearerToken, signIn, type Client } from '../support/http.ts';
import { openOrm, type Orm } from '../../db/orm.ts';

let orm: Orm;
let halifax: TestOrg;
let capeBreton: TestOrg;
let valley: TestOrg;
let sender: Client;
let receiver: Client;
let outsider: Client;
let senderToken: string;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  halifax = await createOrg(orm, 'Halifax Draft Referrals Centre');
  capeBreton = await createOrg(orm, 'Cape Breton Draft Referrals Centre');
  valley = await createOrg(orm, 'Valley Draft Referrals Association');
  sender = await signIn(halifax, 'manager');
  receiver = await signIn(capeBreton, 'manager');
  outsider = await signIn(valley, 'manager');
  senderToken = await bearerToken(halifax, 'manager');
});
afterAll(() => orm.close());

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);

function upload(caseId: number, draftId: string, fileName: string) {
  const query = new URLSearchParams({ fileName, topic: 'Supplementary Information', referralId: draftId });
  return fetch(`${apiUrl()}/api/cases/${caseId}/documents?${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${senderToken}`, 'content-type': 'application/octet-stream' },
    body: pdf(fileName),
  }).then(async (res) => ({ status: res.status, body: await res.json() }));
}

async function draftOnNewCase(firstName: string) {
  const person = await createIndividual(orm, halifax, { firstName, lastName: 'Doucet', dateOfBirth: '1990-05-17' });
  const opened = await sender.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  const caseId = opened.body.id as number;
  const draft = await sender.post(`/api/cases/${caseId}/referral-drafts`);
  expect(draft.status).toBe(201);
  return { caseId, draftId: draft.body.id as string };
}

const referral = (draftId: string) => ({
  type: 'INFO_WITHIN_LAMPSS',
  toOrganisationId: capeBreton.id,
  contactPerson: 'Luc Arsenault',
  emailedTo: 'referrals@example.org',
  language: 'EN',
  subject: 'Client referral',
  body: 'We refer a client to your employment services.',
  confirmed: true,
  draftId,
});

const NO_LONGER_DRAFT = {
  en:
    'This referral is no longer a draft: it has been sent, so notes and documents can no longer be added to it or ' +
    'removed from it.',
  fr:
    "Ce renvoi n'est plus une ébauche : il a été envoyé, et il n'est donc plus possible d'y ajouter ou d'en " +
    'retirer des notes et des documents.',
};

test(
  'R-REF-21 notes and documents attach to a draft referral; once sent they are refused in English and French, the ' +
    'receiving organisation sees them and a third organisation gets 404',
  async () => {
    const { caseId, draftId } = await draftOnNewCase('Rosalie');
    const note = await sender.post(`/api/cases/${caseId}/notes`, {
      text: 'Client prefers morning appointments.',
      context: 'REFERRAL',
      referralId: draftId,
    });
    expect(note.status).toBe(200);
    const doc = await upload(caseId, draftId, 'Résumé.pdf');
    expect(doc.status).toBe(201);
    const draft = await sender.get(`/api/cases/${caseId}/referral-drafts/${draftId}`);
    expect(draft.body).toMatchObject({
      id: draftId,
      sent: false,
      notes: [{ text: 'Client prefers morning appointments.' }],
      documents: [{ id: doc.body.id, fileName: 'Résumé.pdf' }],
    });
    // Before it is sent, the draft's document is its own organisation's only.
    expect((await receiver.get(`/api/referrals/${draftId}/documents/${doc.body.id}/content`)).status).toBe(404);

    const sent = await sender.post(`/api/cases/${caseId}/referrals`, referral(draftId));
    expect(sent.status).toBe(201);
    expect(sent.body.referrals[0]).toMatchObject({
      id: draftId,
      notes: [{ text: 'Client prefers morning appointments.' }],
      documents: [{ documentName: 'Résumé' }],
    });
    expect(sent.body.referralDrafts).toEqual([]);

    // Sent: nothing more is attached or taken off, in the reader's language.
    const lateNote = await sender.post(`/api/cases/${caseId}/notes`, { text: 'One more thing.', referralId: draftId });
    expect(lateNote.status).toBe(409);
    expect(lateNote.body).toMatchObject({ error: 'E-REF-11', message: NO_LONGER_DRAFT.en });
    const inFrench = await sender.post(
      `/api/cases/${caseId}/notes`,
      { text: 'Encore une chose.', referralId: draftId },
      { 'accept-language': 'fr-CA' },
    );
    expect(inFrench.status).toBe(409);
    expect(inFrench.body.message).toBe(NO_LONGER_DRAFT.fr);
    const lateDoc = await upload(caseId, draftId, 'late.pdf');
    expect(lateDoc.status).toBe(409);
    expect(lateDoc.body.message).toBe(NO_LONGER_DRAFT.en);
    const takenOff = await sender.del(`/api/cases/${caseId}/referral-drafts/${draftId}/documents/${doc.body.id}`);
    expect(takenOff.status).toBe(409);
    expect(takenOff.body.message).toBe(NO_LONGER_DRAFT.en);
    expect((await sender.del(`/api/cases/${caseId}/documents/${doc.body.id}`)).status).toBe(409);
    const editNote = await sender.patch(`/api/cases/${caseId}/notes/${sent.body.referrals[0].notes[0].id}`, {
      text: 'Changed after sending.',
    });
    expect(editNote.status).toBe(409);
    expect(editNote.body.message).toBe(NO_LONGER_DRAFT.en);
    const again = await sender.post(`/api/cases/${caseId}/referrals`, referral(draftId));
    expect(again.status).toBe(409);
    expect(again.body.error).toBe('E-REF-03');
    expect((await sender.del(`/api/cases/${caseId}/referral-drafts/${draftId}`)).status).toBe(409);

    // The receiving organisation reads the notes and documents with the referral, and downloads the file.
    const summary = await receiver.get(`/api/cases/${caseId}`);
    expect(summary.status).toBe(200);
    expect(summary.body.referrals[0]).toMatchObject({
      id: draftId,
      notes: [{ text: 'Client prefers morning appointments.' }],
      documents: [{ id: doc.body.id, documentName: 'Résumé' }],
    });
    const file = await receiver.get<string>(`/api/referrals/${draftId}/documents/${doc.body.id}/content`);
    expect(file.status).toBe(200);
    expect(file.body).toContain('Résumé.pdf');

    // A third organisation sees none of it.
    expect((await outsider.get(`/api/referrals/${draftId}/documents/${doc.body.id}/content`)).status).toBe(404);
    expect((await outsider.get(`/api/cases/${caseId}`)).status).toBe(404);
    expect((await outsider.get(`/api/cases/${caseId}/referral-drafts/${draftId}`)).status).toBe(404);
  },
);

test('R-REF-21 a document is taken off a draft and stays in the case; a cancelled draft keeps its notes', async () => {
  const { caseId, draftId } = await draftOnNewCase('Philomène');
  const doc = await upload(caseId, draftId, 'assessment.pdf');
  expect(doc.status).toBe(201);
  const takenOff = await sender.del(`/api/cases/${caseId}/referral-drafts/${draftId}/documents/${doc.body.id}`);
  expect(takenOff.status).toBe(200);
  expect(takenOff.body.documents).toEqual([]);
  const docs = await sender.get(`/api/cases/${caseId}/documents`);
  expect(docs.body.items).toContainEqual(expect.objectContaining({ id: doc.body.id }));
  await sender.post(`/api/cases/${caseId}/notes`, { text: 'Draft note.', context: 'REFERRAL', referralId: draftId });
  expect((await sender.del(`/api/cases/${caseId}/referral-drafts/${draftId}`)).status).toBe(204);
  expect((await sender.get(`/api/cases/${caseId}/referral-drafts/${draftId}`)).status).toBe(404);
  const c = await sender.get(`/api/cases/${caseId}`);
  expect(c.body.notes).toContainEqual(expect.objectContaining({ text: 'Draft note.' }));
  // Another organisation cannot attach to this case's draft.
  const foreign = await outsider.post(`/api/cases/${caseId}/notes`, { text: 'x', referralId: draftId });
  expect(foreign.status).toBe(404);
});
