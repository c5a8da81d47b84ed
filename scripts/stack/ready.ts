// Readiness, asked one way everywhere: the API answers /readyz 200 (its database, Temporal and SMTP reachable), and
// a worker polls the case task queue.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { CASE_TASK_QUEUE } from '../../workflows/case-api.ts';

/** true when ready, else what is not ready yet; a check that throws ends the wait. */
export type Check = () => Promise<true | string>;

export function apiReady(url: string): Check {
  return async () => {
    const res = await fetch(`${url}/readyz`).catch((e: Error) => e);
    if (res instanceof Error) return `${url}/readyz: ${res.message}`;
    return res.ok || `${url}/readyz answered ${res.status} ${await res.text()}`;
  };
}

/**
 * A worker polls the case task queue: the one of process `pid` when it names one (a worker's identity is pid@host,
 * and a killed worker stays in the poller list for a while), else any.
 */
export function workerPolling(temporal: Client, namespace: string, pid: () => number | undefined): Check {
  return async () => {
    const queue = await temporal.workflowService
      .describeTaskQueue({ namespace, taskQueue: { name: CASE_TASK_QUEUE }, taskQueueType: 1 })
      .catch((e: Error) => e);
    if (queue instanceof Error) return `the task queue could not be described: ${queue.message}`;
    const p = pid();
    const polling = (queue.pollers ?? []).some((q) => p === undefined || q.identity?.startsWith(`${p}@`));
    return polling || `no worker${p === undefined ? '' : ` of process ${p}`} polls ${CASE_TASK_QUEUE}`;
  };
}

export async function waitUntilReady(checks: Check[], timeoutMs: number, intervalMs = 250): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const waiting = (await Promise.all(checks.map((check) => check()))).filter((a) => a !== true);
    if (!waiting.length) return;
    if (Date.now() > deadline) throw new Error(`not ready within ${timeoutMs / 1000} s: ${waiting.join('; ')}`);
    await sleep(intervalMs);
  }
}
