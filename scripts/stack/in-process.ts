// The worker and the API inside this process (the test run: one process, no start-up per part), started as
// worker.ts and api/main.ts start them, with a configuration parsed from the environment they would get as
// child processes.
import type { WorkerOptions } from '@temporalio/worker';
import { startApi } from '../../api/main.ts';
import { parseConfig } from '../../infra/config.ts';
import { startWorker } from '../../worker.ts';
import { serverPart, type ServicePart } from './part.ts';

function serviceConfig(env: NodeJS.ProcessEnv) {
  const config = parseConfig(env, ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SMTP_URL']);
  return config as typeof config & { DATABASE_URL: string; TEMPORAL_ADDRESS: string; SMTP_URL: string };
}

function inProcessPart<T extends { stop(): Promise<unknown> }>(name: string, open: () => Promise<T>): ServicePart {
  const part = serverPart(name, open);
  return { ...part, pid: () => (part.up() ? process.pid : undefined) };
}

export function inProcessWorker(name: string, env: NodeJS.ProcessEnv, options: Partial<WorkerOptions>): ServicePart {
  return inProcessPart(name, async () => {
    const worker = await startWorker(serviceConfig(env), options);
    return { stop: () => worker.shutdown() };
  });
}

export function inProcessApi(env: NodeJS.ProcessEnv): ServicePart {
  return inProcessPart('api', () => startApi(serviceConfig(env)));
}
