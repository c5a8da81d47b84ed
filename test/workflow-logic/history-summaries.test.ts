// Temporal's timeline of a case reads like the case's: the timer a case sleeps on and the activities it runs carry
// a line in words (English, then French) in the workflow's history, which Temporal's Web UI shows beside them.
import { defaultPayloadConverter } from '@temporalio/common';
import { followUpSchedule } from '../../domain/followup.ts';
import { followUpCase } from '../domain/helpers.ts';
import { summaryPayloads } from '../support/history-summaries.ts';
import { useWorkflowsOnFakes } from '../support/workflows-on-fakes.ts';
import { serverToday, startCase } from './helpers.ts';

const world = useWorkflowsOnFakes();

test("R-TMR-01 the 24-week alert's timer and the case's email are named in words in Temporal's history", async () => {
  const run = followUpCase(await serverToday(world.env));
  const handle = await startCase(world.env, run.state);
  await world.fakes.waitFor('notifyCaseManagerAssigned');
  const alertOn = followUpSchedule(run.state.followUp!).alertAt24;
  const id = run.state.caseId;
  const lines = summaryPayloads(await handle.fetchHistory()).map(
    (s) => `${s.on}: ${defaultPayloadConverter.fromPayload<string>(s.payload)}`,
  );
  expect(lines).toEqual(
    expect.arrayContaining([
      `activity notifyCaseManagerAssigned: Case ${id}: Email telling the case manager the case is theirs · ` +
        `Cas ${id} : Courriel avisant le gestionnaire de cas que le cas lui est confié`,
      `timer: Case ${id}: alert "24 Week follow-up due" on ${alertOn} · ` +
        `Cas ${id} : alerte « Suivi à 24 semaines à faire » le ${alertOn}`,
    ]),
  );
});
