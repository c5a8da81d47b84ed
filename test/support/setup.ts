import { DefaultLogger, Runtime } from '@temporalio/worker';
import { startFullStack } from './stack.ts';

/** Starts the servers once for the run; PATHWAY_TEST_SERVERS=none skips them (pure domain tests). */
export default async function setup() {
  if (process.env.PATHWAY_TEST_SERVERS === 'none') return;
  Runtime.install({ logger: new DefaultLogger('WARN') });
  await startFullStack();
}
