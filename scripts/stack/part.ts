// A part of a running Pathway as a handle: it starts, stops and starts again on the same port and data (the fault
// run stops and restarts parts under load); the worker and the API also name their process, and one running as a
// child process can be killed outright.

export interface Part {
  readonly name: string;
  up(): boolean;
  start(): Promise<void>;
  /** A clean stop (SIGTERM or the server's own shutdown). */
  stop(): Promise<void>;
}

/** A server started from code, such as PostgreSQL or the SMTP sink. */
export interface ServerPart<T> extends Part {
  /** The running server, while it runs. */
  running(): T | undefined;
}

/** A worker or the API. */
export interface ServicePart extends Part {
  /** The process it runs in: its own, or this one when it runs in process. */
  pid(): number | undefined;
}

export interface ProcessPart extends ServicePart {
  /** SIGKILL: no shutdown of any kind. */
  kill(): Promise<void>;
}

/** A part of a server that `open` starts and whose stop() ends it; without `open`, one run elsewhere (a no-op). */
export function serverPart<T extends { stop(): Promise<unknown> }>(
  name: string,
  open?: () => Promise<T>,
): ServerPart<T> {
  let current: T | undefined;
  return {
    name,
    up: () => !open || current !== undefined,
    running: () => current,
    async start() {
      if (open) current ??= await open();
    },
    async stop() {
      const c = current;
      current = undefined;
      await c?.stop();
    },
  };
}
