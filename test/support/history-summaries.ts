// The lines Temporal's Web UI shows for a workflow's history (user metadata): the workflow's summary, then each
// activity's and timer's, in history order, with the payloads as Temporal keeps them.
import type { Payload } from '@temporalio/common';
import type proto from '@temporalio/proto';

type History = proto.temporal.api.history.v1.IHistory;

export interface SummaryPayload {
  /** What the line is on: the workflow, an activity's type, or a timer. */
  on: string;
  payload: Payload;
}

export function summaryPayloads(history: History): SummaryPayload[] {
  return (history.events ?? []).flatMap((e) => {
    const summary = e.userMetadata?.summary as Payload | undefined;
    if (!summary) return [];
    const on = e.workflowExecutionStartedEventAttributes
      ? 'workflow'
      : e.activityTaskScheduledEventAttributes
        ? `activity ${e.activityTaskScheduledEventAttributes.activityType?.name}`
        : e.timerStartedEventAttributes
          ? 'timer'
          : `event ${e.eventType}`;
    return [{ on, payload: summary }];
  });
}
