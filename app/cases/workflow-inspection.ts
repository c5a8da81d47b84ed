// What a supervisor sees of a case's workflow: its stage, pending timers with their fire times, open tasks
// and a readable timeline built from the Temporal history, with a link to the case in Temporal's Web UI.
import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import { caseViewQuery, type CaseView } from '../../workflows/case-api.ts';

const EventType = proto.temporal.api.enums.v1.EventType;
type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;

function describe(e: HistoryEvent): string | null {
  switch (e.eventType) {
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED:
      return 'Case workflow started';
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED:
      return `Action accepted: ${e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name ?? 'update'}`;
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED:
      return 'Action completed';
    case EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED:
      return `Step scheduled: ${e.activityTaskScheduledEventAttributes?.activityType?.name}`;
    case EventType.EVENT_TYPE_ACTIVITY_TASK_COMPLETED:
      return 'Step completed';
    case EventType.EVENT_TYPE_ACTIVITY_TASK_FAILED:
      return `Step failed: ${e.activityTaskFailedEventAttributes?.failure?.message ?? ''}`;
    case EventType.EVENT_TYPE_TIMER_STARTED: {
      const seconds = Number(e.timerStartedEventAttributes?.startToFireTimeout?.seconds ?? 0);
      return `Timer set for ${new Date(Number(e.eventTime?.seconds ?? 0) * 1000 + seconds * 1000).toISOString()}`;
    }
    case EventType.EVENT_TYPE_TIMER_FIRED:
      return 'Timer fired';
    case EventType.EVENT_TYPE_TIMER_CANCELED:
      return 'Timer cancelled';
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW:
      return 'Continued as new (history trimmed, state carried over)';
    case EventType.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED:
      return 'Case workflow completed (case closed)';
    default:
      return null;
  }
}

export async function inspectWorkflow(
  client: Client,
  workflowId: string,
  uiUrl: string | undefined,
  namespace: string,
) {
  const handle = client.workflow.getHandle(workflowId);
  const description = await handle.describe();
  const history = await handle.fetchHistory();
  const timeline = (history.events ?? [])
    .map((e) => ({
      at: new Date(Number(e.eventTime?.seconds ?? 0) * 1000).toISOString(),
      eventId: Number(e.eventId),
      what: describe(e),
    }))
    .filter((e) => e.what !== null);
  const view: CaseView | null = description.status.name === 'RUNNING' ? await handle.query(caseViewQuery) : null;
  return {
    workflowId,
    runId: description.runId,
    status: description.status.name,
    startTime: description.startTime,
    historyLength: description.historyLength,
    stage: view?.state.status ?? null,
    timers: view?.timers ?? [],
    openTasks: view?.state.tasks.filter((t) => t.state === 'OPEN') ?? [],
    alerts: view?.state.alerts ?? [],
    timeline,
    temporalUiUrl: uiUrl
      ? `${uiUrl}/namespaces/${encodeURIComponent(namespace)}/workflows/${encodeURIComponent(workflowId)}`
      : null,
  };
}

/** The workflow's side of a case for the case page: its stage and pending timers. Degrades to null if Temporal is away.
 */
export async function workflowSummary(client: Client, workflowId: string, closed: boolean) {
  if (closed) return { running: false, stage: 'CLOSED', timers: [] };
  try {
    const view = await Promise.race([
      client.workflow.getHandle(workflowId).query(caseViewQuery),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('Temporal did not answer within 3 s')), 3000),
      ),
    ]);
    return { running: true, stage: view.state.status, timers: view.timers, historyLength: view.historyLength };
  } catch (e) {
    return { running: null, stage: null, timers: [], error: (e as Error).message };
  }
}
