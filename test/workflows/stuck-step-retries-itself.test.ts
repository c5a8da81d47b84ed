// R-OPS-03: an email stuck while the mail server is down goes out by itself once the server is back, without an
// operator, exactly once. Time is skipped while the step waits for its automatic retry.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { openCase } from '../../app/cases/opening.ts';
import { StuckStep } from '../../db/entities.ts';
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { eventually } from '../support/http.ts';
import { mailsWithSubject } from '../support/mailbox.ts';
import { smtpControl } from '../support/smtp-control.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';
import { caseWorkflowId } from '../../workflows/case-api.ts';
import { SEARCH_ATTRIBUTE } from '../../workflows/search-attributes.ts';

const MINUTE = 60_000;
const world = useTimeSkippingWorld();

afterAll(() => smtpControl.start().catch(() => undefined)); // already running unless the test failed midway

test(
  'R-OPS-03 R-OPS-01 an email stuck while the mail server is down goes out by itself, once, when the server ' +
    'is back',
  async () => {
    await smtpControl.stop();
    const person = await createIndividual(world.orm, world.org);
    const caseId = await openCase(
      { em: world.orm.em.fork(), temporal: world.env.client, user: world.org.users.manager },
      {
        individualId: person.id,
        accountabilityReporting: 'PRIVATE',
        registration: REGISTRATION,
      },
    );
    const stepId = `email:case-assigned:${caseId}:opened`;
    const stuck = await eventually(
      () => world.orm.em.fork().findOne(StuckStep, { id: stepId, status: 'STUCK' }),
      60_000,
    );
    expect(stuck.attempts).toBe(4);
    // Operations see when it retries by itself: five minutes after it got stuck.
    expect(stuck.nextRetryAt!.getTime() - stuck.lastFailedAt.getTime()).toBeGreaterThanOrEqual(5 * MINUTE - 1000);
    expect(stuck.nextRetryAt!.getTime() - stuck.lastFailedAt.getTime()).toBeLessThanOrEqual(5 * MINUTE + 1000);
    // Temporal's tools find it too (the time-skipping server has the search attributes registered).
    const handle = world.env.client.workflow.getHandle(caseWorkflowId(caseId));
    const hasStuckStep = async () => (await handle.describe()).typedSearchAttributes.get(SEARCH_ATTRIBUTE.HasStuckStep);
    expect(await eventually(async () => (await hasStuckStep()) === true)).toBe(true);

    await smtpControl.start();
    await world.env.sleep(6 * MINUTE);
    try {
      const resolved = await eventually(
        () => world.orm.em.fork().findOne(StuckStep, { id: stepId, status: 'RESOLVED' }),
        30_000,
      );
      expect(resolved).toMatchObject({ retries: 0, retriedBy: null, nextRetryAt: null });
      expect(await mailsWithSubject(`Pathway: case ${caseId} is assigned to you`)).toBe(1);
      expect(await eventually(async () => (await hasStuckStep()) === false)).toBe(true);
    } finally {
      // RECORD_HISTORIES=1 refreshes the recorded history of a case whose email got stuck, for the replay test.
      if (process.env.RECORD_HISTORIES) {
        const file = path.join(
          path.dirname(fileURLToPath(import.meta.url)),
          '../replay/histories/case-stuck-email.json',
        );
        await writeFile(file, historyToJSON(await handle.fetchHistory()));
      }
    }
  },
);
