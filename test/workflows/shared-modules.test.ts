// The worker loads the domain modules once and shares them between workflows (worker.ts): a domain module the
// workflows start using must join that list, or every cached workflow carries its own copy again.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedWorkflowModules } from '../../worker.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test('every domain module in the workflow bundle is shared between workflows, and nothing else is', async () => {
  const code = await readFile(process.env.WORKFLOW_BUNDLE_PATH!, 'utf8');
  const bundled = new Set([...code.matchAll(/\/\*\*\*\/ "\.\/(domain\/[\w/-]+\.ts)"/g)].map((m) => m[1]));
  expect([...bundled].sort()).toEqual(sharedWorkflowModules.map((m) => path.relative(root, m)).sort());
});
