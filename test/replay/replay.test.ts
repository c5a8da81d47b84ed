// Determinism: every recorded history under test/replay/histories replays against the current workflow code.
// A change that would break running cases fails here; guard it with patched() (see README).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from '@temporalio/worker';
import { sdkLogsToFile } from '../support/logs.ts';
import { workflowBundle } from '../support/workflow-bundle.ts';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'histories');

test('recorded case histories replay against the current workflow code', async () => {
  sdkLogsToFile();
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json'));
  expect(files.length).toBeGreaterThan(0);
  const bundle = await workflowBundle();
  for (const file of files) {
    const history = JSON.parse(await readFile(path.join(dir, file), 'utf8'));
    await expect(Worker.runReplayHistory({ workflowBundle: bundle }, history, file)).resolves.toBeUndefined();
  }
});
