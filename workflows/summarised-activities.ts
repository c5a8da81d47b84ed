// Activities that carry a summary in Temporal's history (user metadata), written from their input, so that each
// scheduled activity says in words what it does for the case (domain/history-summaries.ts). The summary is metadata
// of the same command: the kind and the order of commands are unchanged, so running cases replay as before.
import type { ActivityInterfaceFor, LocalActivityInterfaceFor } from '@temporalio/workflow';

type Activities = ActivityInterfaceFor<object> | LocalActivityInterfaceFor<object>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each summary takes its own activity's input
type Summaries = Record<string, (input: any) => string>;

/** The proxy's activities, those named in `summaries` scheduled with the summary of their first argument. */
export function summarised<A extends Activities>(activities: A, summaries: Summaries): A {
  return new Proxy(activities, {
    get(target, name: string) {
      const activity = Reflect.get(target, name) as A[keyof A] & {
        executeWithOptions(options: { summary: string }, args: unknown[]): Promise<unknown>;
      };
      const summary = summaries[name];
      if (!summary) return activity;
      return (...args: unknown[]) => activity.executeWithOptions({ summary: summary(args[0]) }, args);
    },
  });
}
