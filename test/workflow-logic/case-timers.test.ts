// A case workflow sleeps on a durable timer until its next alert is due, and raises it then; time is skipped.
import { ALERT_HOUR } from '../../domain/case-timers.ts';
import { businessInstant } from '../../domain/dates.ts';
import { followUpSchedule } from '../../domain/followup.ts';
import { caseViewQuery } from '../../workflows/case-api.ts';
import { followUpCase } from '../domain/helpers.ts';
import { useWorkflowsOnFakes } from '../support/workflows-on-fakes.ts';
import { serverToday, startCase } from './helpers.ts';

const MINUTE = 60_000;
const world = useWorkflowsOnFakes();

test(
  'R-TMR-01 a case in Follow-up sleeps until 06:00 on its 24-week alert date, then records the ' + 'AlertRaised event',
  async () => {
    const run = followUpCase(await serverToday(world.env));
    const handle = await startCase(world.env, run.state);
    const alertOn = followUpSchedule(run.state.followUp!).alertAt24;
    const fireAt = businessInstant(alertOn, ALERT_HOUR).getTime();
    expect((await handle.query(caseViewQuery)).timers[0]).toMatchObject({
      key: 'WEEK_24_DUE',
      fireAt: new Date(fireAt).toISOString(),
    });

    await world.env.sleep(fireAt - (await world.env.currentTimeMs()) - MINUTE);
    expect(world.fakes.done('recordCaseEvents')).toEqual([]);
    await world.env.sleep(2 * MINUTE);

    const batch = await world.fakes.waitFor('recordCaseEvents');
    expect(batch).toEqual({
      caseId: run.state.caseId,
      commandId: `timer:WEEK_24_DUE:${alertOn}`,
      actorId: null,
      at: expect.any(String),
      events: [
        {
          type: 'AlertRaised',
          alert: { key: 'WEEK_24_DUE', kind: 'WEEK_24_DUE', raisedOn: alertOn, dueDate: alertOn, ref: null },
        },
      ],
    });
    expect(Date.parse(batch.at)).toBeGreaterThanOrEqual(fireAt);
    expect((await handle.query(caseViewQuery)).timers.map((t) => t.key)).toEqual(['WEEK_52_DUE']);
  },
);
