// Idempotency keys (security issue, item 8): a retried request is applied once and answered like the first, however
// many arrive at once; a key cannot be reused for another request; each user's keys are their own.
import { randomUUID } from 'node:crypto';
import { openOrm, type Orm } from '../../db/orm.ts';
import { Case } from '../../db/entities.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { signIn } from '../support/http.ts';

let orm: Orm;
let hcln: TestOrg;
let cbcc: TestOrg;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  hcln = await createOrg(orm, 'Halifax Community Learning Network');
  cbcc = await createOrg(orm, 'Cape Breton Career Centre');
});
afterAll(() => orm?.close());

test('five parallel retries of opening a case with one key open one case, and all five get its answer', async () => {
  const person = await createIndividual(orm, hcln);
  const manager = await signIn(hcln, 'manager');
  const key = { 'Idempotency-Key': randomUUID() };
  const body = { individualId: person.id, registration: REGISTRATION };
  const replies = await Promise.all(Array.from({ length: 5 }, () => manager.post('/api/cases', body, key)));
  expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
  expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
  expect(await orm.em.fork().count(Case, { individualId: person.id })).toBe(1);
});

test('a key reused for another request is refused, for a new case and for a change to a case', async () => {
  const [first, second] = [await createIndividual(orm, hcln), await createIndividual(orm, hcln)];
  const manager = await signIn(hcln, 'manager');
  const key = { 'Idempotency-Key': randomUUID() };
  const opened = await manager.post('/api/cases', { individualId: first.id, registration: REGISTRATION }, key);
  expect(opened.status).toBe(201);
  const other = await manager.post('/api/cases', { individualId: second.id, registration: REGISTRATION }, key);
  expect(other.status).toBe(422);
  expect(other.body.error).toBe('IDEMPOTENCY_KEY_REUSED');

  const noteKey = { 'Idempotency-Key': randomUUID() };
  expect((await manager.post(`/api/cases/${opened.body.id}/notes`, { text: 'first note' }, noteKey)).status).toBe(200);
  const again = await manager.post(`/api/cases/${opened.body.id}/notes`, { text: 'first note' }, noteKey);
  expect(again.status).toBe(200);
  const changed = await manager.post(`/api/cases/${opened.body.id}/notes`, { text: 'another note' }, noteKey);
  expect(changed.status).toBe(422);
  expect(changed.body.message).toBe('This Idempotency-Key was already used for a different request; use a new key.');
  const page = await manager.get(`/api/cases/${opened.body.id}`);
  expect(page.body.notes.map((n: { text: string }) => n.text)).toEqual(['first note']);
});

test("a refused change frees its key for the corrected request; another user's same key is theirs", async () => {
  const person = await createIndividual(orm, hcln);
  const manager = await signIn(hcln, 'manager');
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  const key = { 'Idempotency-Key': randomUUID() };
  const refused = await manager.post(
    `/api/cases/${opened.body.id}/close`,
    { reason: 'FOLLOW_UPS_NOT_ACHIEVABLE', confirmed: true },
    key,
  );
  expect(refused.status).toBe(422);
  const corrected = await manager.post(
    `/api/cases/${opened.body.id}/close`,
    { reason: 'ABANDONED', confirmed: true },
    key,
  );
  expect(corrected.status).toBe(200);
  expect(corrected.body.status).toBe('CLOSED');

  const elsewhere = await createIndividual(orm, cbcc);
  const cbccManager = await signIn(cbcc, 'manager');
  const theirs = await cbccManager.post('/api/cases', { individualId: elsewhere.id, registration: REGISTRATION }, key);
  expect(theirs.status).toBe(201);
});
