// Start-up: from spawning `npm start` (sh scripts/node.sh scripts/start.ts) to /readyz 200, on existing data.
// A first start in a temporary PATHWAY_DATA_DIR creates the data (PostgreSQL cluster, Temporal database, demo
// organisation and cases), Ctrl-C (SIGINT) stops it, and the second start is the one timed. Every embedded
// port is a free one, so a running instance is not disturbed.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import { projectRoot } from '../scripts/project-root.ts';
import { freePort } from '../scripts/services/ports.ts';
import { waitUntilReady, workerPolling } from '../scripts/stack/ready.ts';

export interface StartupResult {
  firstStartMs: number;
  secondStartMs: number;
  /** From spawning the second start to the worker polling its task queue (null: not seen within 60 s). */
  workerPollingMs: number | null;
  stopMs: number;
}

async function untilWorkerPolls(address: string, t0: number): Promise<number | null> {
  const connection = await Connection.connect({ address });
  try {
    const polling = workerPolling(new Client({ connection }), 'default', () => undefined);
    return await waitUntilReady([polling], 60_000, 100).then(
      () => Math.round(performance.now() - t0),
      () => null,
    );
  } finally {
    await connection.close();
  }
}

const running = new Set<ChildProcess>();

/** Stops what this module started (used by the benchmark's exit hook). */
export async function stopStartupChildren(): Promise<void> {
  await Promise.all([...running].map((c) => stopChild(c)));
}

async function stopChild(c: ChildProcess): Promise<number> {
  const t0 = performance.now();
  if (c.exitCode === null && c.signalCode === null) {
    const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
    c.kill('SIGINT');
    const inTime = await Promise.race([exited.then(() => true), sleep(60_000).then(() => false)]);
    // Last resort: its whole process group (it was started detached, so that is only what it started).
    if (!inTime && c.pid) {
      try {
        process.kill(-c.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await exited;
    }
  }
  running.delete(c);
  return performance.now() - t0;
}

export async function runStartup(log: (s: string) => void): Promise<StartupResult> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pathway-bench-start-'));
  await chmod(dir, 0o755); // PostgreSQL runs as its own user when started as root
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PATHWAY_DATA_DIR: path.join(dir, 'data'),
      EMBEDDED_PG_PORT: String(await freePort()),
      EMBEDDED_TEMPORAL_PORT: String(await freePort()),
      EMBEDDED_TEMPORAL_UI_PORT: String(await freePort()),
      EMBEDDED_SMTP_PORT: String(await freePort()),
      PORT: String(await freePort()),
    };
    for (const name of [
      'DATABASE_URL',
      'TEMPORAL_ADDRESS',
      'SMTP_URL',
      'MAILBOX_DIR',
      'PUBLIC_URL',
      'TEMPORAL_UI_URL',
      'LOG_LEVEL',
      'NODE_ENV',
      'PAYLOAD_KEYS',
      'PAYLOAD_KEY_ID',
    ])
      delete env[name];
    const url = `http://127.0.0.1:${env.PORT}/readyz`;

    const start = async (which: string) => {
      const t0 = performance.now();
      const child = spawn(
        'sh',
        [path.join(projectRoot, 'scripts/node.sh'), path.join(projectRoot, 'scripts/start.ts')],
        {
          cwd: projectRoot,
          env,
          detached: true,
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      running.add(child);
      let output = '';
      child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
      const deadline = t0 + 120_000;
      for (;;) {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`npm start (${which}) exited before it was ready:\n${output.slice(-2000)}`);
        const ok = await fetch(url)
          .then((r) => r.status === 200)
          .catch(() => false);
        if (ok) break;
        if (performance.now() > deadline) {
          await stopChild(child);
          throw new Error(`npm start (${which}) was not ready within 120 s:\n${output.slice(-2000)}`);
        }
        await sleep(50);
      }
      const ms = performance.now() - t0;
      log(`startup: ${which} start ready in ${(ms / 1000).toFixed(1)} s`);
      return { child, ms, t0 };
    };

    const first = await start('first (creates the data)');
    await stopChild(first.child);
    const second = await start('second (existing data)');
    // Not part of the target, but worth knowing: /readyz does not ask about the worker, which bundles the
    // workflow code before it polls; until then workflows wait (nothing is lost).
    const workerPollingMs = await untilWorkerPolls(`127.0.0.1:${env.EMBEDDED_TEMPORAL_PORT}`, second.t0);
    const stopMs = await stopChild(second.child);
    return {
      firstStartMs: Math.round(first.ms),
      secondStartMs: Math.round(second.ms),
      workerPollingMs,
      stopMs: Math.round(stopMs),
    };
  } finally {
    await stopStartupChildren();
    await rm(dir, { recursive: true, force: true });
  }
}
