// What the scripts that run a whole stack share (the fault run, the cluster run): log lines stamped with the
// seconds since the start, and the stack stopped however the script ends (its end, an error, Ctrl-C or SIGTERM),
// with the exit code its main function gave.
import exitHook from 'async-exit-hook';
import type { Stack } from '../../scripts/stack/stack.ts';

export interface StackScript {
  log(text: string): void;
  /** The stack to stop at the end. */
  stops<S extends Stack<'child-process'>>(stack: S): S;
  /** Runs main, stops the stack, and exits with main's code (1 when it throws). */
  run(main: () => Promise<number>): void;
}

export function stackScript(prefix: string): StackScript {
  const t0 = Date.now();
  let stack: Stack<'child-process'> | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () => (cleaning ??= (async () => void (await stack?.stop()))());
  exitHook.forceExitTimeout(60_000);
  exitHook((done: () => void) => void cleanup().then(done));
  return {
    log: (text) => console.log(`${prefix} ▸ ${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s  ${text}`),
    stops(s) {
      stack = s;
      return s;
    },
    run(main) {
      void main()
        .catch((e: unknown) => {
          console.error(e);
          return 1;
        })
        .then(async (code) => {
          await cleanup();
          process.exit(code);
        });
    },
  };
}
