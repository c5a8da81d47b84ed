// A case's history in Temporal's Web UI reads in words: the workflow carries its case number and organisation code
// from its start, each activity says what it does. These lines are payloads like any other: Temporal keeps them
// encrypted, bound to the case's workflow, so only Pathway's codec reads them, and they hold no personal information.
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { defaultPayloadConverter } from '@temporalio/common';
import { openOrm, type Orm } from '../../db/orm.ts';
import { describePayload, EncryptionCodec, payloadKeysFromConfig } from '../../infra/payload-codec.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { summaryPayloads } from '../support/history-summaries.ts';
import { eventually, signIn } from '../support/http.ts';

let orm: Orm;
let org: TestOrg;
let connection: Connection;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Yarmouth Employment Services');
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
});
afterAll(async () => {
  await connection?.close();
  await orm?.close();
});

test("a case's summaries in Temporal's history are encrypted for its workflow and read as the case's steps", async () => {
  const person = await createIndividual(orm, org, { firstName: 'Marguerite', lastName: 'Doucette' });
  const manager = await signIn(org, 'manager');
  const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
  expect(opened.status).toBe(201);
  const id = opened.body.id as number;
  expect((await manager.post(`/api/cases/${id}/notes`, { text: 'Marguerite called about her resume.' })).status).toBe(
    200,
  );
  // Temporal as anyone who reaches it sees it: no payload key.
  const raw = new TemporalClient({ connection, namespace: process.env.TEMPORAL_NAMESPACE });
  const summaries = await eventually(async () => {
    const found = summaryPayloads(await raw.workflow.getHandle(`case-${id}`).fetchHistory());
    return found.some((s) => s.on === 'activity notifyCaseManagerAssigned') && found;
  });
  for (const s of summaries)
    expect(describePayload(s.payload)).toMatchObject({ encrypted: true, boundTo: `case-${id}` });

  const codec = new EncryptionCodec(payloadKeysFromConfig(process.env)!);
  const lines = await Promise.all(
    summaries.map(
      async (s) => `${s.on}: ${defaultPayloadConverter.fromPayload<string>((await codec.decode([s.payload]))[0])}`,
    ),
  );
  expect(lines).toEqual(
    expect.arrayContaining([
      `workflow: Case ${id} of ${org.code} · Cas ${id} de ${org.code}`,
      `activity notifyCaseManagerAssigned: Case ${id}: Email telling the case manager the case is theirs · ` +
        `Cas ${id} : Courriel avisant le gestionnaire de cas que le cas lui est confié`,
      `activity recordCaseEvents: Case ${id}: records 1 change(s) in Pathway · ` +
        `Cas ${id} : enregistre 1 changement(s) dans Pathway`,
    ]),
  );
  expect(lines.join('\n')).not.toMatch(/Marguerite|Doucette|resume/);
});
