// What one action adds to its case workflow's history, read through the Temporal client: the events (and their
// types) and the bytes, whole events and their payloads (encrypted as stored), between a read before the action and
// one once the service has finished it.
import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import { caseWorkflowId } from '../workflows/case-api.ts';
import { round } from './stats.ts';

type HistoryEvent = proto.temporal.api.history.v1.IHistoryEvent;

export interface HistoryGrowth {
  actions: number;
  eventsPerAction: number;
  bytesPerAction: number;
  payloadBytesPerAction: number;
  /** The event types one action added (the first one measured). */
  eventTypes: string[];
}

/** Bytes of every payload in an event, found wherever the event's attributes hold one. */
function payloadBytes(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  if (value instanceof Uint8Array) return 0;
  const v = value as { data?: unknown; metadata?: unknown };
  if (v.data instanceof Uint8Array && v.metadata && typeof v.metadata === 'object') {
    const meta = Object.values(v.metadata as Record<string, Uint8Array>).reduce((n, m) => n + m.length, 0);
    return v.data.length + meta;
  }
  return Object.values(value).reduce((n: number, child) => n + payloadBytes(child), 0);
}

const eventBytes = (e: HistoryEvent) => proto.temporal.api.history.v1.HistoryEvent.encode(e).finish().length;

async function historyOf(temporal: Client, caseId: number): Promise<HistoryEvent[]> {
  return (await temporal.workflow.getHandle(caseWorkflowId(caseId)).fetchHistory()).events ?? [];
}

/** Waits until the case's workflow has finished what it was given: no workflow task or activity pending, and its
 * history no longer growing. */
async function idle(temporal: Client, caseId: number): Promise<void> {
  const handle = temporal.workflow.getHandle(caseWorkflowId(caseId));
  const deadline = Date.now() + 30_000;
  let length = -1;
  while (Date.now() < deadline) {
    const d = await handle.describe();
    if (!d.raw.pendingActivities?.length && !d.raw.pendingWorkflowTask) {
      if (d.historyLength === length) return;
      length = d.historyLength;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Runs each action in turn and measures what its case's history gained, once the workflow has finished with it
 * (an opened case's assignment email included). An action names its case beforehand (an Update) or returns the one
 * it created (opening a case).
 */
export async function historyGrowth(
  temporal: Client,
  actions: { caseId?: number; run(): Promise<number> }[],
): Promise<HistoryGrowth> {
  let events = 0;
  let bytes = 0;
  let payload = 0;
  let eventTypes: string[] = [];
  for (const action of actions) {
    const before = action.caseId === undefined ? [] : await historyOf(temporal, action.caseId);
    const caseId = await action.run();
    await idle(temporal, caseId);
    const added = (await historyOf(temporal, caseId)).slice(before.length);
    events += added.length;
    bytes += added.reduce((n, e) => n + eventBytes(e), 0);
    payload += added.reduce((n, e) => n + payloadBytes(e), 0);
    if (!eventTypes.length)
      eventTypes = added.map((e) =>
        proto.temporal.api.enums.v1.EventType[e.eventType ?? 0].replace(/^EVENT_TYPE_/, '').toLowerCase(),
      );
  }
  const n = actions.length;
  return {
    actions: n,
    eventsPerAction: round(events / n),
    bytesPerAction: Math.round(bytes / n),
    payloadBytesPerAction: Math.round(payload / n),
    eventTypes,
  };
}
