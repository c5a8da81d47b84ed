// One action at a time inside a workflow: an Update validated while another was being written is run (and
// checked again) only once the first is done. Used by every workflow that applies Updates through activities.
import { condition } from '@temporalio/workflow';

export interface WorkflowLock {
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  readonly busy: boolean;
}

export function workflowLock(): WorkflowLock {
  let busy = false;
  return {
    async exclusive<T>(fn: () => Promise<T>): Promise<T> {
      await condition(() => !busy);
      busy = true;
      try {
        return await fn();
      } finally {
        busy = false;
      }
    },
    get busy() {
      return busy;
    },
  };
}
