// Workflow interceptor of the benchmark's worker (bench/worker.ts): a case workflow started with
// `benchClockShiftMs` in its input sees its clock moved forward by that much, and nothing else changes. Alerts fire at
// 06:00 Halifax time on a date (R-TMR-01), so without it thousands of real case workflows can only fall due together
// at 06:00; with it, each sleeps on its own durable timer until an instant the benchmark chooses (the server's timer
// fires then, as it would at 06:00) and the wake-up runs the case workflow's own code, replaying when the worker has
// evicted it. Deterministic: the shift comes from the input, which every replay reads again.
import type { WorkflowInterceptors } from '@temporalio/workflow';

/** What the benchmark adds to a case workflow's input. */
export interface ClockShift {
  benchClockShiftMs?: number;
}

interface Activator {
  now: number;
  payloadConverter: { fromPayload<T>(payload: unknown): T };
}
const activator = () => (globalThis as unknown as { __TEMPORAL_ACTIVATOR__: Activator }).__TEMPORAL_ACTIVATOR__;

export const interceptors = (): WorkflowInterceptors => {
  let shiftMs = 0;
  return {
    internals: [
      {
        activate(input, next) {
          const start = input.activation.jobs?.[0]?.initializeWorkflow;
          const first = start?.arguments?.[0];
          if (first) {
            try {
              const arg = activator().payloadConverter.fromPayload<ClockShift | null>(first);
              shiftMs = typeof arg?.benchClockShiftMs === 'number' ? arg.benchClockShiftMs : 0;
            } catch {
              shiftMs = 0; // not the benchmark's input
            }
          }
          // The SDK set `now` from this activation's time just before; the workflow's Date reads it.
          if (shiftMs) activator().now += shiftMs;
          return next(input);
        },
      },
    ],
  };
};
