// Temporal as a back door (security issue, item 4): what reaches a case's workflow comes through Pathway's API,
// encrypted and bound to that workflow; Temporal's Web UI reads only the caller's organisation's payloads.
import { Client, Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { openOrm, type Orm } from '../../db/orm.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { request, signIn } from '../support/http.ts';

let orm: Orm;
let hcln: TestOrg;
let cbcc: TestOrg;
let connection: Connection;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  hcln = await createOrg(orm, 'Halifax Community Learning Network');
  cbcc = await createOrg(orm, 'Cape Breton Career Centre');
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
});
afterAll(async () => {
  await connection?.close();
  await orm?.close();
});

/** A case of `org` with a note, and the note's Update payload as Temporal's Web UI sends it to the codec. */
async function caseWithNote(org: TestOrg, text: string) {
  const person = await createIndividual(orm, org);
  const manager = await signIn(org, 'manager');
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect((await manager.post(`/api/cases/${opened.body.id}/notes`, { text })).status).toBe(200);
  const raw = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE });
  const history = await raw.workflow.getHandle(`case-${opened.body.id}`).fetchHistory();
  const payloads = (history.events ?? []).flatMap(
    (e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.args?.payloads ?? [],
  );
  const body = proto.temporal.api.common.v1.Payloads.toObject(
    proto.temporal.api.common.v1.Payloads.create({ payloads }),
    { bytes: String },
  );
  return { caseId: opened.body.id as number, body, manager };
}

const textOf = (reply: { body: { payloads: { data: string }[] } }) =>
  reply.body.payloads.map((p) => Buffer.from(p.data, 'base64').toString()).join('');

test('a CBCC supervisor cannot decode an HCLN payload; the HCLN supervisor can', async () => {
  const secret = 'HCLN only: the client disclosed a health condition';
  const { body } = await caseWithNote(hcln, secret);
  const outsider = await (await signIn(cbcc, 'supervisor')).post('/api/codec/decode', body);
  expect(outsider.status).toBe(200);
  expect(textOf(outsider)).not.toContain(secret);
  expect(outsider.body.payloads).toEqual(body.payloads);
  const own = await (await signIn(hcln, 'supervisor')).post('/api/codec/decode', body);
  expect(textOf(own)).toContain(secret);
});

test(
  "Operations Support decodes another organisation's " + 'payload, and the reading is audited for that organisation',
  async () => {
    const secret = 'read by operations support';
    const { caseId, body } = await caseWithNote(hcln, secret);
    const ops = await (await signIn(cbcc, 'operations')).post('/api/codec/decode', body);
    expect(textOf(ops)).toContain(secret);
    const [row] = await orm.em
      .fork()
      .execute(`select actor_id, action, target_id from access_audit where organisation_id = ? and action = ?`, [
        hcln.id,
        'PAYLOADS_DECODED',
      ]);
    expect(row).toMatchObject({ actor_id: cbcc.users.operations.id, target_id: `case-${caseId}` });
  },
);

test("nobody can have a payload encoded for Temporal's Web UI", async () => {
  const { body } = await caseWithNote(hcln, 'x');
  const refused = await (await signIn(hcln, 'supervisor')).post('/api/codec/encode', body);
  expect(refused.status).toBe(403);
  expect(refused.body.message).toBe(
    "Pathway does not encode payloads for Temporal's Web UI: make changes to a case in Pathway.",
  );
});

test('malformed codec input is a 400 that says what is wrong, never a 500', async () => {
  const supervisor = await signIn(hcln, 'supervisor');
  for (const body of [{ payloads: 'x' }, { payloads: [{ data: 'not base64!' }] }, { payloads: [{ metadata: 5 }] }]) {
    const reply = await supervisor.post('/api/codec/decode', body);
    expect(reply.status).toBe(400);
    expect(reply.body.error).toBe('INVALID_INPUT');
  }
});

test('the codec endpoint reads no body before its caller is signed in', async () => {
  const big = JSON.stringify({ payloads: [{ data: 'A'.repeat(1_900_000) }] });
  const reply = await request('POST', '/api/codec/decode', { body: big });
  expect(reply.status).toBe(401);
});

test('a plaintext Update sent straight to Temporal is refused, and the case goes on working', async () => {
  const { caseId, manager } = await caseWithNote(hcln, 'the only note');
  const raw = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE });
  const forged = raw.workflow
    .getHandle(`case-${caseId}`)
    .executeUpdate('addNote', { args: [{ text: 'forged by someone who reached Temporal', actor: { userId: 1 } }] });
  // Refused by the workflow's validator (its answer is encrypted, so this client cannot even read why).
  await expect(forged).rejects.toThrow();
  // The case goes on as before: its own users' changes are applied.
  expect((await manager.post(`/api/cases/${caseId}/notes`, { text: 'a real note afterwards' })).status).toBe(200);
  const page = await manager.get(`/api/cases/${caseId}`);
  expect(JSON.stringify(page.body)).not.toContain('forged');
  expect(JSON.stringify(page.body)).toContain('a real note afterwards');
});

test("an Update payload copied from one case's history to another case is refused", async () => {
  const { body } = await caseWithNote(hcln, 'written for the first case');
  const second = await caseWithNote(hcln, 'the second case');
  const raw = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE });
  const copied = proto.temporal.api.common.v1.Payloads.fromObject(body).payloads;
  const handle = raw.workflow.getHandle(`case-${second.caseId}`);
  // The encrypted payload as it is, sent to another case's workflow under the same Update name.
  const forged = raw.workflowService.updateWorkflowExecution({
    namespace: process.env.TEMPORAL_NAMESPACE,
    workflowExecution: { workflowId: handle.workflowId },
    waitPolicy: { lifecycleStage: 3 },
    request: { meta: { updateId: 'copied-payload' }, input: { name: 'addNote', args: { payloads: copied } } },
  });
  const outcome = await forged;
  expect(outcome.outcome?.failure).toBeTruthy();
  const page = await second.manager.get(`/api/cases/${second.caseId}`);
  expect(JSON.stringify(page.body)).not.toContain('written for the first case');
  expect((await second.manager.post(`/api/cases/${second.caseId}/notes`, { text: 'still works' })).status).toBe(200);
});
