// An account-administration email written with its change is sent by its own workflow; its recorded history is
// replayed against every change of the workflow code (test/replay).
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { EmailOutbox } from '../../db/entities.ts';
import { queueEmail } from '../../infra/mailer.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';
import { noticeWorkflowId } from '../../workflows/invitation-api.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';

const world = useTimeSkippingWorld();

test('SR-14 an access notice queued with its change is sent once by its workflow', async () => {
  const key = `access-notice-${Date.now()}`;
  const email = { key, kind: 'ACCESS_NOTICE', recipient: 'admin@example.org', organisationId: world.org.id };
  await queueEmail(world.orm.em.fork(), email, { subject: 'Access changed', text: 'Your access changed.' });
  const handle = await world.env.client.workflow.start('queuedEmailWorkflow', {
    workflowId: noticeWorkflowId(key),
    taskQueue: CASE_TASK_QUEUE,
    args: [{ key, kind: email.kind, organisationId: world.org.id }],
  });
  await handle.result();
  const sent = await world.orm.em.fork().findOneOrFail(EmailOutbox, { id: key });
  expect([sent.status, sent.subject]).toEqual(['SENT', 'Access changed']);

  // RECORD_HISTORIES=1 refreshes the recorded history that the replay test checks every change against.
  if (process.env.RECORD_HISTORIES) {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../replay/histories/queued-email.json');
    await writeFile(file, historyToJSON(await handle.fetchHistory()));
  }
});
