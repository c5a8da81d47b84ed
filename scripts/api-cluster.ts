// API_PROCESSES copies of the API (api/main.ts) sharing one port, with Node's cluster module: the primary holds the
// listening socket and hands each new connection to the next copy in turn. Chosen over a reverse proxy because it
// adds no hop and no code that handles HTTP (keep-alive, streaming, timeouts), and each copy still sees the
// client's own address (the sign-in throttle counts per address) without trusting a forwarded header. The primary
// starts a copy again when one dies, and passes SIGTERM and SIGINT on, then exits when all have ended.
import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import { projectRoot } from './project-root.ts';

const count = Number(process.env.API_PROCESSES ?? 2);
if (!Number.isInteger(count) || count < 1 || count > 64)
  throw new Error(`API_PROCESSES expects a whole number of API processes from 1 to 64 (found ${count})`);

let stopping = false;
cluster.setupPrimary({ exec: path.join(projectRoot, 'api/main.ts') });

const fork = (): Worker => {
  const worker = cluster.fork();
  worker.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`api process ${worker.process.pid} exited (${signal ?? code}); starting another`);
    // A copy that cannot start at all (bad configuration) would be restarted in a tight loop: wait a little.
    setTimeout(fork, 1000);
  });
  return worker;
};
for (let i = 0; i < count; i++) fork();

for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.once(signal, () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    let left = workers.length;
    if (!left) process.exit(0);
    for (const w of workers) {
      w.once('exit', () => --left === 0 && process.exit(0));
      w.process.kill('SIGTERM');
    }
  });
