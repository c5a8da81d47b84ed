// The walking skeleton through every layer, against the real servers: a case is opened through the API,
// its row written and its workflow started, idempotently; the case manager is emailed without client data.
import { randomUUID } from 'node:crypto';
import { Case } from '../../db/entities.ts';
import { openOrm, type Orm } from '../../db/orm.ts';
import { createIndividual, createOrg, type TestOrg, REGISTRATION } from '../support/fixtures.ts';
import { eventually, request, signIn, type Client } from '../support/http.ts';
import { receivedMails } from '../support/mailbox.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Cape Breton Career Centre');
  manager = await signIn(org, 'manager');
});
afterAll(() => orm.close());

test('health: /healthz is alive and /readyz reports the database, Temporal and SMTP reachable', async () => {
  expect((await request('GET', '/healthz')).status).toBe(200);
  const ready = await request('GET', '/readyz');
  expect(ready.status).toBe(200);
  expect(ready.body).toMatchObject({
    status: 'ready',
    down: [],
    checks: { database: { ok: true }, temporal: { ok: true }, smtp: { ok: true } },
  });
});

test(
  'R-CASE-07 opening a case writes the row, starts case-<id>, and a retried request with the same ' +
    'Idempotency-Key creates nothing twice',
  async () => {
    const person = await createIndividual(orm, org, {
      firstName: 'Evangeline',
      lastName: 'Thibodeau',
      dateOfBirth: '1990-07-04',
    });
    const key = randomUUID();
    const first = await manager.post(
      '/api/cases',
      { individualId: person.id, registration: REGISTRATION },
      { 'Idempotency-Key': key },
    );
    expect(first.status).toBe(201);
    const again = await manager.post(
      '/api/cases',
      { individualId: person.id, registration: REGISTRATION },
      { 'Idempotency-Key': key },
    );
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);
    expect(await orm.em.fork().count(Case, { individualId: person.id })).toBe(1);

    const caseId = first.body.id as number;
    const shown = await manager.get(`/api/cases/${caseId}`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      id: caseId,
      workflowId: `case-${caseId}`,
      status: 'INTAKE',
      statusHistory: [{ status: 'INTAKE', endDate: null, reason: 'NEW_CASE_CREATED', reasonLabel: 'New Case Created' }],
      tasks: [{ type: 'COMPLETE_INTAKE', state: 'OPEN' }],
      workflow: { stage: 'INTAKE', running: true },
    });

    // The case manager's email, read back from the SMTP server: the case number, never the client.
    const mail = await eventually(async () => (await receivedMails()).find((m) => m.subject.includes(String(caseId))));
    expect(mail.to).toContain(org.users.manager.email);
    expect(mail.subject).toBe(`Pathway: case ${caseId} is assigned to you`);
    for (const personal of ['Evangeline', 'Thibodeau', '1990', person.sin!, person.sin!.slice(0, 3)]) {
      expect(`${mail.subject}\n${mail.text}`).not.toContain(personal);
    }
  },
);

test('the OpenAPI document describes the routes with the schemas that validate them', async () => {
  const doc = await request('GET', '/api/openapi.json');
  expect(doc.status).toBe(200);
  expect(doc.body.openapi).toBe('3.0.3');
  const open = doc.body.paths['/api/cases'].post;
  expect(open.requestBody.content['application/json'].schema.$ref).toBe('#/components/schemas/OpenCase');
  expect(doc.body.components.schemas.OpenCase.required).toContain('individualId');
  expect(Object.keys(doc.body.paths)).toEqual(
    expect.arrayContaining(['/api/cases/{caseId}/outcomes', '/api/individuals', '/readyz']),
  );
});
