// The benchmark's worker: worker.ts as shipped (same workflows, activities, cache, shared modules) plus the
// benchmark's clock-shift interceptor (bench/clock-shift.ts), which changes nothing for a workflow that does not ask.
import { fileURLToPath } from 'node:url';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { parseConfig, temporalProcessNeeds } from '../infra/config.ts';
import { startWorker } from '../worker.ts';

const config = parseConfig(process.env, temporalProcessNeeds(process.env));
Runtime.install({ logger: new DefaultLogger('WARN') });
startWorker(config as Parameters<typeof startWorker>[0], {
  interceptors: { workflowModules: [fileURLToPath(new URL('./clock-shift.ts', import.meta.url))] },
})
  .then((started) => started.run)
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
