// Pathway's pages link to the right run in Temporal's Web UI (TEMPORAL_UI_URL): the namespace, the workflow and the
// run, as Temporal itself names them, from a supervisor's case workflow page and from the Operations page's stuck
// steps.
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { openOrm, type Orm } from '../../db/orm.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { eventually, signIn, type Client } from '../support/http.ts';
import { smtpControl } from '../support/smtp-control.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let connection: Connection;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Antigonish Employment Services');
  manager = await signIn(org, 'manager');
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
});
afterAll(async () => {
  await smtpControl.start().catch(() => undefined); // already running unless a test failed midway
  await connection?.close();
  await orm?.close();
});

async function openCase(): Promise<number> {
  const person = await createIndividual(orm, org);
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  return opened.body.id as number;
}

/** The address of the case's current run in Temporal's Web UI, from what Temporal says of the workflow. */
async function runAddress(caseId: number): Promise<string> {
  const namespace = process.env.TEMPORAL_NAMESPACE!;
  const temporal = new TemporalClient({ connection, namespace });
  const { runId } = await temporal.workflow.getHandle(`case-${caseId}`).describe();
  return `${process.env.TEMPORAL_UI_URL}/namespaces/${namespace}/workflows/case-${caseId}/${runId}/history`;
}

test("a supervisor's case workflow page links to the case's run in Temporal's Web UI", async () => {
  const caseId = await openCase();
  const page = await (await signIn(org, 'supervisor')).get(`/api/cases/${caseId}/workflow`);
  expect(page.status).toBe(200);
  expect(page.body.temporalUiUrl).toBe(await runAddress(caseId));
});

test("R-OPS-01 a stuck step on the Operations page links to the run it got stuck in, in Temporal's Web UI", async () => {
  await smtpControl.stop();
  const caseId = await openCase();
  const operations = await signIn(org, 'operations');
  const stuck = await eventually(async () => {
    const list = await operations.get('/api/operations/stuck-steps');
    return (list.body.items as { caseId: number; status: string; temporalUiUrl: string }[]).find(
      (s) => s.caseId === caseId && s.status === 'STUCK',
    );
  }, 30_000);
  expect(stuck.temporalUiUrl).toBe(await runAddress(caseId));
  await smtpControl.start();
});
