// The deploy check: replays the histories of running and recently closed workflows of every type against the
// workflow code about to be deployed, so a change that would break running cases (one not guarded by patched())
// is found before it reaches them. `npm run replay:check` reads them from the configured Temporal server;
// `npm run replay:check -- --histories <folder>` replays recorded histories (JSON files) instead.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client, Connection, type WorkflowClient } from '@temporalio/client';
import type { HistoryAndWorkflowId } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import type { DataConverter } from '@temporalio/common';
import { parseConfig } from '../infra/config.ts';
import { dataConverterFor, payloadKeysFromConfig } from '../infra/payload-codec.ts';
import { temporalConnectionOptions } from '../infra/temporal-connection.ts';
import * as workflows from '../workflows/index.ts';
import { sharedWorkflowModules, workflowsPath } from '../worker.ts';

/** One history that does not replay: which workflow, and the error that names the first event that diverged. */
export interface ReplayFailure {
  workflowId: string;
  runId: string;
  message: string;
}

export const WORKFLOW_TYPES = Object.keys(workflows);

/** The workflow code as the worker bundles it (worker.ts), or another entry point's (a test's changed workflow). */
export async function bundleFor(entry = workflowsPath): Promise<string> {
  const quiet = { log() {}, info() {}, warn() {}, error: console.error, debug() {}, trace() {} };
  return (await bundleWorkflowCode({ workflowsPath: entry, preloadModules: sharedWorkflowModules, logger: quiet }))
    .code;
}

/** Replays every history; resolves to those that fail, with the count replayed. */
export async function replayAll(
  code: string,
  histories: AsyncIterable<HistoryAndWorkflowId> | Iterable<HistoryAndWorkflowId>,
  dataConverter?: DataConverter,
): Promise<{ replayed: number; failures: ReplayFailure[] }> {
  const failures: ReplayFailure[] = [];
  let replayed = 0;
  for await (const result of Worker.runReplayHistories({ workflowBundle: { code }, dataConverter }, histories)) {
    replayed++;
    if (result.error)
      failures.push({ workflowId: result.workflowId, runId: result.runId, message: result.error.message });
  }
  return { replayed, failures };
}

/** The JSON histories in a folder (as `temporal workflow show --output json` writes them), named by file. */
export async function* historiesIn(folder: string): AsyncIterable<HistoryAndWorkflowId> {
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.json')).sort()) {
    yield { workflowId: file, history: JSON.parse(await readFile(path.join(folder, file), 'utf8')) };
  }
}

/** Up to `sample` running and `sample` closed workflows of each type, the newest first. */
export async function* serverHistories(client: WorkflowClient, sample: number): AsyncIterable<HistoryAndWorkflowId> {
  for (const type of WORKFLOW_TYPES) {
    for (const status of [`ExecutionStatus = 'Running'`, `ExecutionStatus != 'Running'`]) {
      const query = `WorkflowType = '${type}' AND ${status}`;
      let taken = 0;
      for await (const history of client.list({ query, pageSize: sample }).intoHistories()) {
        yield history;
        if (++taken >= sample) break;
      }
    }
  }
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const folder = option(args, '--histories');
  const sample = Number(option(args, '--sample') ?? 50);
  const code = await bundleFor();
  if (folder) {
    const { replayed, failures } = await replayAll(code, historiesIn(folder));
    return report(replayed, failures, folder);
  }
  // The histories' payloads are encrypted: PAYLOAD_KEYS (and PAYLOAD_KEY_ID) as the worker has them.
  const config = parseConfig(process.env, ['TEMPORAL_ADDRESS']);
  const address = config.TEMPORAL_ADDRESS!;
  const connection = await Connection.connect(temporalConnectionOptions({ ...config, TEMPORAL_ADDRESS: address }));
  try {
    const dataConverter = dataConverterFor(payloadKeysFromConfig(config));
    const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE, dataConverter });
    const { replayed, failures } = await replayAll(code, serverHistories(client.workflow, sample), dataConverter);
    return report(replayed, failures, `${address} (${config.TEMPORAL_NAMESPACE})`);
  } finally {
    await connection.close();
  }
}

function report(replayed: number, failures: ReplayFailure[], source: string): number {
  for (const f of failures) console.error(`NOT DETERMINISTIC ${f.workflowId} (run ${f.runId}): ${f.message}`);
  console.log(`replay:check: ${replayed} histories from ${source} replayed, ${failures.length} failed`);
  return failures.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      process.exit(2);
    },
  );
}
