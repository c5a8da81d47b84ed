// A workflow that sleeps on one durable timer: the fault run sets it to fall due while the Temporal server is
// down, as a case's alert timer would, and checks that it fires once the server is back.
import { sleep, workflowInfo } from '@temporalio/workflow';

export async function timerProbe(ms: number): Promise<{ firedAt: number; attempt: number }> {
  await sleep(ms);
  return { firedAt: Date.now(), attempt: workflowInfo().attempt };
}
