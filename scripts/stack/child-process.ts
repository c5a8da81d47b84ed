// The worker or the API as a child process running one of the repository's scripts with its own environment, so
// that its memory, CPU and crashes are its own: its output goes to a log file (or the console), it stops on
// SIGTERM (SIGKILL if it has not exited 20 s later) and can be killed outright.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root.ts';
import type { ProcessPart } from './part.ts';

const STOP_GRACE_MS = 20_000;

export interface ChildProcessOptions {
  name: string;
  /** The script, from the repository's root. */
  script: string;
  env: NodeJS.ProcessEnv;
  nodeArgs?: string[];
  /** Where its output goes (appended, across restarts); the console when omitted. */
  logFile?: string;
  /** Output on its stderr that names an error. */
  onError?: (text: string) => void;
  /** It exited without being told to. */
  onExit(how: string): void;
}

export function childProcessPart(o: ChildProcessOptions): ProcessPart {
  let child: ChildProcess | undefined;
  let out: WriteStream | undefined;
  const end = async (signal: NodeJS.Signals) => {
    const c = child;
    child = undefined;
    if (!c) return;
    const exited = new Promise((resolve) => c.once('exit', resolve));
    c.kill(signal);
    const timer = setTimeout(() => c.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  return {
    name: o.name,
    up: () => child !== undefined,
    pid: () => child?.pid,
    async start() {
      if (child) return;
      const c = spawn(process.execPath, [...(o.nodeArgs ?? []), path.join(projectRoot, o.script)], {
        env: o.env,
        stdio: o.logFile ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      });
      if (o.logFile) {
        out ??= createWriteStream(o.logFile, { flags: 'a' });
        c.stdout!.pipe(out, { end: false });
        c.stderr!.pipe(out, { end: false });
      }
      if (o.onError)
        c.stderr?.on('data', (d: Buffer) => {
          const text = d.toString();
          if (/error|fatal/i.test(text)) o.onError!(text.trim().slice(0, 500));
        });
      c.on('exit', (code, signal) => {
        if (child !== c) return;
        child = undefined;
        o.onExit(String(signal ?? code));
      });
      child = c;
    },
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
