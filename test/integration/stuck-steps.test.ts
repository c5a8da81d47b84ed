// An email that keeps failing becomes a stuck step: operations see it with its error and attempts, retry it,
// and it goes out exactly once; meanwhile the case goes on.
import { openOrm, type Orm } from '../../db/orm.ts';
import { createIndividual, createOrg, REGISTRATION, type TestOrg } from '../support/fixtures.ts';
import { eventually, signIn, type Client } from '../support/http.ts';
import { smtpControl } from '../support/smtp-control.ts';
import { receivedMails } from '../support/mailbox.ts';

let orm: Orm;
let org: TestOrg;
let manager: Client;
let operations: Client;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  org = await createOrg(orm, 'Pictou County Employment Services');
  manager = await signIn(org, 'manager');
  operations = await signIn(org, 'operations');
});
afterAll(async () => {
  await smtpControl.start().catch(() => undefined); // already running unless a test failed midway
  await orm.close();
});

const assignmentEmails = async (caseId: number) =>
  (await receivedMails()).filter((m) => m.subject === `Pathway: case ${caseId} is assigned to you`);

test(
  'R-OPS-01 an email that keeps failing waits as a stuck step; R-OPS-02 one operator retry sends it exactly ' + 'once',
  async () => {
    await smtpControl.stop();
    const person = await createIndividual(orm, org, { firstName: 'Rosalie', lastName: 'Comeau' });
    const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as number;
    const stepId = `email:case-assigned:${caseId}:opened`;

    const stuck = await eventually(async () => {
      const list = await operations.get('/api/operations/stuck-steps');
      return (list.body.items as any[]).find((s) => s.id === stepId && s.status === 'STUCK');
    }, 30_000);
    expect(stuck).toMatchObject({
      kind: 'EMAIL',
      caseId,
      organisation: org.name,
      attempts: 4,
      retries: 0,
      workflowId: `case-${caseId}`,
    });
    expect(stuck.lastError).toMatch(/ECONNREFUSED|connect/i);
    // R-OPS-03: unless an operator retries first, it retries by itself five minutes after it got stuck.
    expect(Date.parse(stuck.nextAutomaticRetryAt) - Date.parse(stuck.lastFailedAt)).toBeGreaterThanOrEqual(
      5 * 60_000 - 1000,
    );
    expect(Date.parse(stuck.nextAutomaticRetryAt) - Date.parse(stuck.lastFailedAt)).toBeLessThanOrEqual(
      5 * 60_000 + 1000,
    );
    expect(stuck.description).not.toContain('Rosalie');

    // The case is not held up by its email.
    expect((await manager.post(`/api/cases/${caseId}/notes`, { text: 'Met the client.' })).status).toBe(200);
    // Only operations may retry.
    expect((await manager.post(`/api/operations/stuck-steps/${encodeURIComponent(stepId)}/retry`)).status).toBe(403);

    await smtpControl.start();
    const retried = await operations.post(`/api/operations/stuck-steps/${encodeURIComponent(stepId)}/retry`);
    expect(retried.status).toBe(202);
    const again = await operations.post(`/api/operations/stuck-steps/${encodeURIComponent(stepId)}/retry`);
    expect([409, 422]).toContain(again.status);
    expect(again.body.message).toMatch(/already been retried|went through/);

    const resolved = await eventually(async () => {
      const list = await operations.get('/api/operations/stuck-steps?status=resolved');
      return (list.body.items as any[]).find((s) => s.id === stepId);
    }, 20_000);
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      retries: 1,
      lastRetriedBy: 'Tester, operations',
      nextAutomaticRetryAt: null,
    });
    expect(await assignmentEmails(caseId)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await assignmentEmails(caseId)).toHaveLength(1);
    expect(
      (await operations.get('/api/operations/stuck-steps')).body.items.find((s: { id: string }) => s.id === stepId),
    ).toBeUndefined();
  },
);

test('R-OPS-02 retrying a step that does not exist is a 404 that names it', async () => {
  const res = await operations.post('/api/operations/stuck-steps/email%3Anothing/retry');
  expect(res.status).toBe(404);
  expect(res.body.message).toBe('No stuck step email:nothing.');
});
