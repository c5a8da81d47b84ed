// Case notes (R-NOTE): any case manager adds them; only the author edits one, through day 30; then it is locked.
import { openCase } from '../../app/cases/opening.ts';
import { refusalFromUpdate } from '../../app/updates.ts';
import { CaseNote } from '../../db/entities.ts';
import { addDays, businessDate } from '../../domain/dates.ts';
import { caseWorkflowId, caseUpdate } from '../../workflows/case-api.ts';
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';
import { addNote, editNote } from '../../domain/case-actions/index.ts';

const DAY = 86_400_000;
const world = useTimeSkippingWorld();

test(
  'R-NOTE-02 R-NOTE-03 R-NOTE-04 the author edits a note ' + 'through day 30; others cannot; then it is locked',
  async () => {
    const author = { userId: world.org.users.manager.id };
    const colleague = { userId: world.org.users.manager2.id };
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
    const written = businessDate(new Date(await world.env.currentTimeMs()));

    const state = await handle.executeUpdate(caseUpdate(addNote), {
      args: [{ text: 'Client prefers mornings', context: 'EDUCATION_EXPERIENCE', actor: author }],
    });
    const [noteId] = state.created;
    const stored = await world.orm.em.fork().findOneOrFail(CaseNote, { id: noteId });
    expect([stored.createdBy, stored.context]).toEqual([author.userId, 'EDUCATION_EXPERIENCE']);

    const byColleague = await handle
      .executeUpdate(caseUpdate(editNote), { args: [{ noteId, text: 'x', actor: colleague }] })
      .catch((e) => e);
    expect(refusalFromUpdate(byColleague)?.violations?.[0].code).toBe('ERR_NOT_AUTHOR');

    await world.env.sleep(30 * DAY); // day 30: still editable
    await handle.executeUpdate(caseUpdate(editNote), {
      args: [{ noteId, text: 'Client prefers mornings, not Mondays', actor: author }],
    });
    expect((await world.orm.em.fork().findOneOrFail(CaseNote, { id: noteId })).text).toBe(
      'Client prefers mornings, not Mondays',
    );

    await world.env.sleep(1 * DAY);
    const locked = await handle
      .executeUpdate(caseUpdate(editNote), { args: [{ noteId, text: 'too late', actor: author }] })
      .catch((e) => e);
    expect(refusalFromUpdate(locked)?.violations).toEqual([
      {
        rule: 'R-NOTE-03',
        code: 'ERR_NOTE_LOCKED',
        message:
          `This note was locked on ${addDays(written, 31)}, 30 ` + `days after it was written; add a new note instead.`,
        messageFr: expect.stringContaining('Cette note a été verrouillée le') as string,
      },
    ]);
    expect((await world.orm.em.fork().findOneOrFail(CaseNote, { id: noteId })).text).toBe(
      'Client prefers mornings, not Mondays',
    );
  },
);
