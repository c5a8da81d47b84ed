// A user action reaches a case workflow as an Update: accepted, its events are recorded once under the Update's id
// and the caller gets the new state; refused by the validator, the caller gets the violation and nothing is recorded.
import { refusalFromUpdate } from '../../app/updates.ts';
import { addNote, closeCase } from '../../domain/case-actions/index.ts';
import { foldEvents } from '../../domain/case-state.ts';
import { caseUpdate, caseViewQuery } from '../../workflows/case-api.ts';
import { CaseRun } from '../domain/helpers.ts';
import { useWorkflowsOnFakes } from '../support/workflows-on-fakes.ts';
import { serverToday, startCase } from './helpers.ts';

const world = useWorkflowsOnFakes();
const actor = { userId: 31 };

test(
  'R-NOTE-01 an accepted note is recorded once under the Update id; the Update answers with the new ' +
    "note's id, not the whole state",
  async () => {
    const today = await serverToday(world.env);
    const run = new CaseRun(today, 2101, actor.userId);
    const handle = await startCase(world.env, run.state);

    const answered = await handle.executeUpdate(caseUpdate(addNote), {
      updateId: 'add-note-1',
      args: [{ text: 'Client prefers mornings', context: 'EDUCATION_EXPERIENCE', actor }],
    });

    const recorded = world.fakes.done('recordCaseEvents');
    expect(recorded).toEqual([
      {
        caseId: 2101,
        commandId: 'add-note-1',
        actorId: actor.userId,
        at: expect.any(String),
        events: [
          {
            type: 'NoteAdded',
            noteId: expect.any(String),
            text: 'Client prefers mornings',
            context: 'EDUCATION_EXPERIENCE',
            authorId: actor.userId,
            date: today,
          },
        ],
      },
    ]);
    const noteId = (recorded[0].events[0] as { noteId: string }).noteId;
    expect(answered).toEqual({
      caseId: 2101,
      status: run.state.status,
      caseManagerId: run.state.caseManagerId,
      events: 1,
      created: [noteId],
    });
    expect((await handle.query(caseViewQuery)).state).toEqual(foldEvents(run.state, recorded[0].events));
  },
);

test(
  'R-CASE-23 closing a case in Intake with a Follow-up reason is refused by the validator: the caller ' +
    'gets the violation, nothing is recorded',
  async () => {
    const run = new CaseRun(await serverToday(world.env), 2102, actor.userId);
    const handle = await startCase(world.env, run.state);

    const refused = await handle
      .executeUpdate(caseUpdate(closeCase), {
        args: [{ reason: 'FOLLOW_UPS_NOT_ACHIEVABLE', confirmed: true, actor }],
      })
      .catch((e: unknown) => e);

    expect(refusalFromUpdate(refused)?.violations).toEqual([
      {
        rule: 'R-CASE-23',
        code: 'E-CLOSE-03',
        message:
          'The reason Follow-ups not achievable cannot be used for a case in status Intake. ' +
          'Allowed: Abandoned, Found Employment, Started a business, Left labour force.',
        messageFr: expect.stringContaining('Raisons permises') as string,
        field: 'reason',
      },
    ]);
    expect(world.fakes.done('recordCaseEvents')).toEqual([]);
    expect((await handle.query(caseViewQuery)).state).toEqual(run.state);
  },
);
