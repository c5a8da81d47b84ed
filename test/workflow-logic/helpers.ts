// Starting the case workflow in a workflow-logic test, from a state the domain's own decisions reached
// (test/domain/helpers.ts), on the test server's clock.
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { CaseState } from '../../domain/case-state.ts';
import { businessDate, type IsoDate } from '../../domain/dates.ts';
import { CASE_TASK_QUEUE, caseWorkflowId } from '../../workflows/case-api.ts';
import type { caseWorkflow } from '../../workflows/case-workflow.ts';

/** Today in Halifax by the test server's clock, skipped time included. */
export async function serverToday(env: TestWorkflowEnvironment): Promise<IsoDate> {
  return businessDate(new Date(await env.currentTimeMs()));
}

/** Starts the workflow of the case `state` is in, as opening a case does (app/cases/opening.ts). */
export function startCase(env: TestWorkflowEnvironment, state: CaseState) {
  return env.client.workflow.start<typeof caseWorkflow>('caseWorkflow', {
    workflowId: caseWorkflowId(state.caseId),
    taskQueue: CASE_TASK_QUEUE,
    args: [{ state }],
  });
}
