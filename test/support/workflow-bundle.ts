// The workflow code bundled once per test run (webpack takes seconds): whichever global setup needs it first makes
// it and names its file in WORKFLOW_BUNDLE_PATH; the other setup and every test file's worker load that file.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import { projectRoot } from '../../scripts/project-root.ts';
import { sharedWorkflowModules, workflowsPath } from '../../worker.ts';

/** The run's bundle: the one WORKFLOW_BUNDLE_PATH names, or a new one written to test-results/ and named there. */
export async function publishWorkflowBundle(): Promise<string> {
  if (process.env.WORKFLOW_BUNDLE_PATH) return readFile(process.env.WORKFLOW_BUNDLE_PATH, 'utf8');
  // As the worker bundles it (worker.ts), so the tests run the code production runs.
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    preloadModules: sharedWorkflowModules,
    logger: { log() {}, info() {}, warn() {}, error: console.error, debug() {}, trace() {} },
  });
  const file = path.join(projectRoot, 'test-results/workflow-bundle.js');
  await mkdir(path.dirname(file), { recursive: true });
  // Written aside and renamed: a run started meanwhile in the same checkout never reads half a file.
  await writeFile(`${file}.${process.pid}`, code);
  await rename(`${file}.${process.pid}`, file);
  process.env.WORKFLOW_BUNDLE_PATH = file;
  return code;
}

/** The global setup of the workflow-logic tests, which start no servers. */
export default async function setup(): Promise<void> {
  await publishWorkflowBundle();
}

/** For a test file's worker: the bundle its run's global setup published. */
export async function workflowBundle() {
  return { code: await readFile(process.env.WORKFLOW_BUNDLE_PATH!, 'utf8') };
}
