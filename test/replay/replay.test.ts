// Determinism: recorded histories, and the histories of the workflows this test run started on the Temporal server,
// replay against the current workflow code (what `npm run replay:check` does before a deploy). A change that would
// break running cases fails here; guard it with patched() (see CONTRIBUTING.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { createActivities } from '../../activities/index.ts';
import { openOrm } from '../../db/orm.ts';
import { createMailer, queueEmail } from '../../infra/mailer.ts';
import { noticeWorkflowId } from '../../workflows/invitation-api.ts';
import { createOrg } from '../support/fixtures.ts';
import { dataConverterFor, payloadKeysFromConfig } from '../../infra/payload-codec.ts';
import { bundleFor, historiesIn, replayAll, serverHistories } from '../../scripts/replay-check.ts';
import { sdkLogsToFile } from '../support/logs.ts';
import { workflowBundle } from '../support/workflow-bundle.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const recorded = path.join(here, 'histories');

beforeAll(() => sdkLogsToFile());

test('recorded case histories replay against the current workflow code', async () => {
  const { replayed, failures } = await replayAll((await workflowBundle()).code, historiesIn(recorded));
  expect(failures).toEqual([]);
  expect(replayed).toBeGreaterThanOrEqual(12);
});

test(
  'replay:check names the history a change made without ' + 'patched() breaks, and the event where it diverges',
  async () => {
    const changed = await bundleFor(path.join(here, 'fixtures/changed-workflows.ts'));
    const { failures } = await replayAll(changed, historiesIn(recorded));
    const lifecycle = failures.find((f) => f.workflowId === 'case-lifecycle.json');
    expect(lifecycle?.message).toMatch(/nondetermin/i);
    // Only case workflows changed: the invitation and funding histories still replay.
    expect(failures.map((f) => f.workflowId)).not.toContain('invitation-expiry.json');
    expect(failures.map((f) => f.workflowId)).not.toContain('funding-request.json');
  },
);

test(
  'replay:check replays workflows read from the Temporal ' + 'server, queued emails included, payloads decrypted',
  async () => {
    const orm = await openOrm(process.env.DATABASE_URL!);
    const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    const dataConverter = dataConverterFor(payloadKeysFromConfig(process.env));
    const mailer = createMailer(process.env.SMTP_URL!, 'pathway@localhost');
    const taskQueue = `replay-check-${randomUUID()}`;
    const worker = await Worker.create({
      connection,
      taskQueue,
      workflowBundle: await workflowBundle(),
      activities: createActivities({ orm, mailer, publicUrl: '' }),
      dataConverter,
    });
    try {
      // An account-administration email sent by its workflow: the server then holds at least that history.
      const org = await createOrg(orm, 'Replay Check Services');
      const key = `replay-check-${randomUUID()}`;
      const email = { key, kind: 'ACCESS_NOTICE', recipient: 'admin@example.org', organisationId: org.id };
      await queueEmail(orm.em.fork(), email, { subject: 'Access changed', text: 'Your access changed.' });
      const client = new Client({
        connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }),
        dataConverter,
      });
      await worker.runUntil(
        client.workflow.execute('queuedEmailWorkflow', {
          workflowId: noticeWorkflowId(key),
          taskQueue,
          args: [{ key, kind: email.kind, organisationId: org.id }],
        }),
      );
      const { failures, replayed } = await replayAll(
        (await workflowBundle()).code,
        serverHistories(client.workflow, 5),
        dataConverter,
      );
      expect(failures).toEqual([]);
      expect(replayed).toBeGreaterThan(0);
      await client.connection.close();
    } finally {
      mailer.close();
      await connection.close();
      await orm.close();
    }
  },
);
