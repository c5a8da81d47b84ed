// A case transfer that waits: after 14 days both sides are reminded (an alert on the case, an email to the
// receiving organisation), once; the transfer itself never expires (R-TMR-10). Time is skipped between actions.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { openCase } from '../../app/cases/opening.ts';
import { CaseAlert, ReferralRow } from '../../db/entities.ts';
import { caseViewQuery, caseWorkflowId, caseUpdate } from '../../workflows/case-api.ts';
import { createIndividual, createOrg, REGISTRATION } from '../support/fixtures.ts';
import { eventually } from '../support/http.ts';
import { mailsWithSubject } from '../support/mailbox.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';
import { submitReferral } from '../../domain/case-actions/index.ts';

const DAY = 86_400_000;
const world = useTimeSkippingWorld();

test(
  'R-TMR-10 R-REF-14 a transfer waiting 14 days raises a reminder alert and emails the receiving organisation ' +
    'once',
  async () => {
    const receiving = await createOrg(world.orm, 'Antigonish Works Centre');
    const person = await createIndividual(world.orm, world.org);
    const caseId = await openCase(
      { em: world.orm.em.fork(), temporal: world.env.client, user: world.org.users.manager },
      {
        individualId: person.id,
        accountabilityReporting: 'PRIVATE',
        registration: REGISTRATION,
      },
    );
    const handle = world.env.client.workflow.getHandle(caseWorkflowId(caseId));
    const state = await handle.executeUpdate(caseUpdate(submitReferral), {
      args: [
        {
          type: 'CASE_TRANSFER',
          toOrganisationId: receiving.id,
          contactPerson: 'Mary Chisholm',
          emailedTo: 'intake@antigonish.example.org',
          language: 'EN',
          subject: `Case transfer referral – case ${caseId}`,
          body: `Please take over case ${caseId}.`,
          confirmed: true,
          fromOrganisationId: world.org.id,
          fromOrganisationName: world.org.name,
          receiving: { id: receiving.id, name: receiving.name, eligible: true },
          actor: { userId: world.org.users.manager.id },
        },
      ],
    });
    const [referralId] = state.created;
    await eventually(
      async () => (await world.orm.em.fork().findOneOrFail(ReferralRow, { id: referralId })).status === 'EMAILED',
    );

    await world.env.sleep(13 * DAY);
    expect((await world.orm.em.fork().find(CaseAlert, { caseId, clearedOn: null })).map((a) => a.kind)).toEqual([
      'TRANSFER_PENDING',
    ]);

    await world.env.sleep(2 * DAY);
    await eventually(async () =>
      (await handle.query(caseViewQuery)).state.alerts.some((a) => a.kind === 'TRANSFER_REMINDER'),
    );
    const alerts = await world.orm.em.fork().find(CaseAlert, { caseId, clearedOn: null }, { orderBy: { kind: 'asc' } });
    expect(alerts.map((a) => a.kind)).toEqual(['TRANSFER_PENDING', 'TRANSFER_REMINDER']);
    await eventually(async () => (await mailsWithSubject(`Reminder: transfer of case ${caseId} is waiting`)) === 1);

    // Once only, and the transfer stays pending (no expiry).
    await world.env.sleep(30 * DAY);
    const view = await handle.query(caseViewQuery);
    expect(view.state.referrals![0].transferOutcome).toBe('PENDING');
    expect(view.timers).toEqual([]);
    expect(await mailsWithSubject(`Reminder: transfer of case ${caseId} is waiting`)).toBe(1);

    // RECORD_HISTORIES=1 refreshes the recorded history of a case with a waiting transfer, for the replay test.
    if (process.env.RECORD_HISTORIES) {
      const file = path.join(
        path.dirname(fileURLToPath(import.meta.url)),
        '../replay/histories/case-transfer-reminder.json',
      );
      await writeFile(file, historyToJSON(await handle.fetchHistory()));
    }
  },
);
