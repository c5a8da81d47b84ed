// A funding request's durable timers on the time-skipping test server (spec 02 §6): the mailed-documents
// reminder on day 7 and deadline on day 10 (T-04), the resubmission due date (T-05), all cancelled by what
// they wait for. Also records the history the replay test checks every change of the workflow against.
import { writeFile } from 'node:fs/promises';
import { refusalFromUpdate } from '../../app/updates.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { historyToJSON } from '@temporalio/common/lib/proto-utils.js';
import { openCase } from '../../app/cases/opening.ts';
import { CaseNotification } from '../../db/entities.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { FUNDING_PROGRAMS, newPackage, notificationKey, type FundingState } from '../../domain/funding.ts';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';
import { fundingViewQuery, fundingWorkflowId, fundingUpdate } from '../../workflows/funding-api.ts';
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';
import {
  changeAgreementStatus,
  requestChanges,
  saveChecklistItem,
  saveStatement,
  submitPackage,
} from '../../domain/funding-actions/index.ts';

const DAY = 86_400_000;
const world = useTimeSkippingWorld();
const complete = { NEEDS_DETERMINATION: 'COMPLETE', EMPLOYMENT_HISTORY: 'COMPLETE', EDUCATION: 'COMPLETE' } as const;

async function notifications(caseId: number) {
  return (await world.orm.em.fork().find(CaseNotification, { caseId })).map((n) => [
    n.key.split(':')[0],
    n.priority,
    n.dueDate,
  ]);
}

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}

test(
  'T-04 T-05 R-FUND-14 mailed documents are chased on day 7 and day 10; a resubmission is due on its date; ' +
    'each reminder ends with what it waits for',
  async () => {
    const actor = { userId: world.org.users.manager.id };
    const person = await createIndividual(world.orm, world.org);
    const caseId = await openCase(
      { em: world.orm.em.fork(), temporal: world.env.client, user: world.org.users.manager },
      {
        individualId: person.id,
        accountabilityReporting: 'PRIVATE',
        registration: REGISTRATION,
      },
    );
    const day0 = businessDate(new Date(await world.env.currentTimeMs()));
    const [row] = await world.orm.em
      .fork()
      .execute<{ id: number }[]>(
        `insert into funding_package (case_id, intervention_id, program_code, state, workflow_id, snapshot) ` +
          `values (?, 'i-1', 'SDIA', 'DRAFT', '', '{}') returning id`,
        [caseId],
      );
    const state: FundingState = newPackage({
      packageId: row.id,
      caseId,
      caseManagerId: actor.userId,
      interventionId: 'i-1',
      programCode: 'SDIA',
      interventionStart: addDays(day0, 30),
      interventionEnd: addDays(day0, 200),
    });
    await world.orm.em
      .fork()
      .execute('update funding_package set workflow_id = ?, snapshot = ? where id = ?', [
        fundingWorkflowId(row.id),
        JSON.stringify(state),
        row.id,
      ]);
    const handle = await world.env.client.workflow.start('fundingRequestWorkflow', {
      workflowId: fundingWorkflowId(row.id),
      taskQueue: CASE_TASK_QUEUE,
      args: [{ state }],
    });

    for (const doc of FUNDING_PROGRAMS.SDIA.documents.filter((d) => d.requirement === 'REQUIRED')) {
      await handle.executeUpdate(fundingUpdate(saveChecklistItem), {
        args: [{ code: doc.code, paper: true, documentIds: [], caseStatus: 'RTWAP_MGMT', actor }],
      });
    }
    await handle.executeUpdate(fundingUpdate(saveStatement), {
      args: [
        {
          statement: {
            supportsPlan: 'YES',
            signedByBoth: 'YES',
            spouseConsentSigned: 'YES',
            justification: 'Supported.',
          },
          caseStatus: 'RTWAP_MGMT',
          actor,
        },
      ],
    });
    const early = await handle
      .executeUpdate(fundingUpdate(submitPackage), {
        args: [{ confirmed: true, caseStatus: 'RTWAP_DEV', caseElements: complete, actor }],
      })
      .catch((e) => e);
    expect(refusalFromUpdate(early)?.violations?.map((v) => v.rule)).toEqual(['R-FUND-03']);
    await handle.executeUpdate(fundingUpdate(submitPackage), {
      args: [{ confirmed: true, caseStatus: 'RTWAP_MGMT', caseElements: complete, actor }],
    });
    await until(async () => (await handle.query(fundingViewQuery)).state === 'SUBMITTED');
    const submittedOn = businessDate(new Date(await world.env.currentTimeMs()));
    expect(await notifications(caseId)).toEqual([]);

    await world.env.sleep(7 * DAY);
    await until(async () => (await notifications(caseId)).length === 1);
    expect(await notifications(caseId)).toEqual([['FUNDING_MAILED_REMINDER', 'Medium', addDays(submittedOn, 10)]]);
    await world.env.sleep(3 * DAY);
    await until(async () => (await notifications(caseId)).length === 2);
    expect((await notifications(caseId)).map((n) => n[0]).sort()).toEqual([
      'FUNDING_MAILED_DEADLINE',
      'FUNDING_MAILED_REMINDER',
    ]);

    // ENS returns it, due in 5 days; the reminder comes on that date unless it is resubmitted first.
    const now = businessDate(new Date(await world.env.currentTimeMs()));
    await handle.executeUpdate(fundingUpdate(requestChanges), {
      args: [{ message: 'Paper documents not received', dueDate: addDays(now, 5), actor }],
    });
    await world.env.sleep(5 * DAY);
    await until(
      async () =>
        (await world.orm.em
          .fork()
          .count(CaseNotification, { caseId, key: notificationKey.resubmissionDue(row.id, 1) })) === 1,
    );
    await handle.executeUpdate(fundingUpdate(submitPackage), {
      args: [{ confirmed: true, caseStatus: 'RTWAP_MGMT', caseElements: complete, actor }],
    });
    await until(async () => (await handle.query(fundingViewQuery)).submissions.length === 2);
    // A resubmission answers every reminder of the package.
    await until(async () => (await notifications(caseId)).length === 0);

    // Approval ends the mailed-documents chase of the new submission: nothing more is raised.
    for (const status of ['ASSESSMENT', 'ASSESSED', 'APPROVED'] as const) {
      await handle.executeUpdate(fundingUpdate(changeAgreementStatus), { args: [{ status, reason: null, actor }] });
    }
    await until(async () => (await handle.query(fundingViewQuery)).payment !== null);
    await world.env.sleep(12 * DAY);
    expect(await notifications(caseId)).toEqual([]);
    await handle.executeUpdate(fundingUpdate(changeAgreementStatus), {
      args: [{ status: 'CLOSED', reason: 'AGREEMENT_ENDED', actor }],
    });
    expect((await handle.result()).state).toBe('CLOSED');

    if (process.env.RECORD_HISTORIES) {
      const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../replay/histories/funding-request.json');
      await writeFile(file, historyToJSON(await handle.fetchHistory()));
    }
  },
);
