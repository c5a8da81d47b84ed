// What one case action costs, counted rather than timed (the benchmark times it): the SQL statements the API and the
// worker send, the events and bytes it adds to the case's history, and the size of the Update's answer, which
// Temporal stores (encrypted, in production) on every action. Bounds keep the action path lean.
import pg from 'pg';
import { temporal } from '@temporalio/proto';
import { performCaseAction } from '../../app/cases/actions.ts';
import { openCase } from '../../app/cases/opening.ts';
import { addNote, completeTask } from '../../domain/case-actions/index.ts';
import type { CaseAction } from '../../domain/case-action.ts';
import { caseViewQuery, caseWorkflowId } from '../../workflows/case-api.ts';
import { createIndividual, REGISTRATION } from '../support/fixtures.ts';
import { eventually } from '../support/http.ts';
import { openStageTaskId } from '../support/tasks.ts';
import { useTimeSkippingWorld } from '../support/temporal-worker.ts';

const world = useTimeSkippingWorld();
const EventType = temporal.api.enums.v1.EventType;

/** Every statement any pool client of this process sends (the API's use case and the worker's activities). */
function countStatements(): { stop(): number } {
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  let n = 0;
  proto.query = function (this: unknown, ...args: unknown[]) {
    n += 1;
    return original.apply(this, args);
  };
  return {
    stop() {
      proto.query = original;
      return n;
    },
  };
}

async function history(caseId: number) {
  return world.env.client.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory();
}

const bytesOf = (h: temporal.api.history.v1.IHistory) => temporal.api.history.v1.History.encode(h).finish().length;

async function measure(
  caseId: number,
  action: CaseAction<never>,
  input: { body: unknown; params: Record<string, string> },
) {
  const before = await history(caseId);
  let statements = 0;
  const sql = countStatements();
  const answer = await performCaseAction(
    { em: world.orm.em.fork(), temporal: world.env.client, user: world.org.users.manager },
    action,
    caseId,
    input,
  ).finally(() => (statements = sql.stop()));
  const after = await history(caseId);
  const added = after.events!.slice(before.events!.length);
  const completed = added.find((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED);
  const result = completed?.workflowExecutionUpdateCompletedEventAttributes?.outcome?.success?.payloads?.[0];
  return {
    statements,
    events: added.length,
    historyBytes: bytesOf(after) - bytesOf(before),
    updateResultBytes: result?.data?.length ?? 0,
    kinds: added.map((e) => EventType[e.eventType!].replace('EVENT_TYPE_', '')),
    answer,
  };
}

test('one case action: its SQL statements, history events and bytes, and the size of its Update answer', async () => {
  const person = await createIndividual(world.orm, world.org);
  const manager = world.org.users.manager;
  const caseId = await openCase(
    { em: world.orm.em.fork(), temporal: world.env.client, user: manager },
    { individualId: person.id, accountabilityReporting: 'PRIVATE', registration: REGISTRATION },
  );
  // The assignment email goes out in the background: wait for it, so only the action's own events are counted.
  await eventually(async () => {
    const events = (await history(caseId)).events!;
    return (
      events.some((e) => e.eventType === EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED) &&
      events.at(-1)!.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED
    );
  });
  const note = (text: string) => ({ body: { text }, params: {} });
  // A run's first action also records its patch markers (once per run); the next ones show the steady cost.
  const first = await measure(caseId, addNote as CaseAction<never>, note('Client prefers mornings'));
  const view = await world.env.client.workflow.getHandle(caseWorkflowId(caseId)).query(caseViewQuery);
  const task = await measure(caseId, completeTask as CaseAction<never>, {
    body: { outcome: 'INTAKE_COMPLETE' },
    params: { taskId: openStageTaskId(view.state.tasks) },
  });
  const second = await measure(caseId, addNote as CaseAction<never>, note('Client called back'));
  const figures = { firstAddNote: first, completeTask: task, addNote: second };
  console.log(
    Object.entries(figures)
      .map(([k, { answer: _answer, ...v }]) => `${k} ${JSON.stringify(v)}`)
      .join('\n'),
  );

  // The answer is the case page as stored afterwards.
  expect(second.answer).toMatchObject({ id: caseId, notes: [{ text: 'Client called back' }, {}] });
  expect(task.answer).toMatchObject({ id: caseId, status: 'ASSESSMENT' });
  for (const f of [task, second]) {
    // One workflow task takes the Update and schedules the recording; one takes its result and answers.
    expect(f.kinds).toEqual([
      'WORKFLOW_TASK_SCHEDULED',
      'WORKFLOW_TASK_STARTED',
      'WORKFLOW_TASK_COMPLETED',
      'WORKFLOW_EXECUTION_UPDATE_ACCEPTED',
      'ACTIVITY_TASK_SCHEDULED',
      'ACTIVITY_TASK_STARTED',
      'ACTIVITY_TASK_COMPLETED',
      'WORKFLOW_TASK_SCHEDULED',
      'WORKFLOW_TASK_STARTED',
      'WORKFLOW_TASK_COMPLETED',
      ...(f === task ? ['UPSERT_WORKFLOW_SEARCH_ATTRIBUTES'] : []),
      'WORKFLOW_EXECUTION_UPDATE_COMPLETED',
    ]);
    // The Update answers with the case's stage and what it created, not the whole state.
    expect(f.updateResultBytes).toBeLessThan(200);
  }
  // A note: the case checked before, its recording (a transaction of two inserts), the page read back at once.
  expect(second.statements).toBeLessThanOrEqual(6);
});
