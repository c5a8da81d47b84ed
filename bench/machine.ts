// Machine notes for the report, and how busy the machine was with other work while each step ran: the CPU
// time of the whole machine (/proc/stat) minus that of this benchmark and every process it started (itself,
// its live descendants and, through cutime/cstime, the ones already reaped), plus the time the hypervisor
// stole. On a shared two-core machine a figure measured while others compile or test is not a figure of
// the service alone; the report says so next to each step.
import { execFileSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import { projectRoot } from '../scripts/project-root.ts';
import { resolveTemporalExecutable } from '../scripts/services/temporal.ts';
import { round } from './stats.ts';

export interface CpuSnapshot {
  atMs: number;
  /** Jiffies the machine spent busy (user, nice, system, irq, softirq) and stolen by the hypervisor. */
  busy: number;
  steal: number;
  /** Jiffies of this process tree. */
  mine: number;
  /** Jiffies of this process tree by part: bench (this process), worker, api, temporal, postgres, postgres-temporal,
   * other. */
  byPart: Record<string, number>;
}

/** Which process is which part of the service (set once the stack runs). */
export const partOfPid = new Map<number, string>();

/** VmRSS of a process in bytes, from /proc (0 once it is gone). */
export async function rssOf(pid: number | undefined): Promise<number> {
  if (!pid) return 0;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function procStat(pid: string): Promise<{ ppid: number; cpu: number; comm: string } | null> {
  try {
    const text = await readFile(`/proc/${pid}/stat`, 'utf8');
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const comm = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
    return {
      ppid: Number(rest[1]),
      cpu: Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14]),
      comm,
    };
  } catch {
    return null;
  }
}

/**
 * A PostgreSQL backend serving the Temporal server's databases (temporal, temporal_visibility) is 'postgres-temporal';
 * Pathway's backends, the server's own processes and the CPU of exited backends are 'postgres'.
 */
async function postgresPart(pid: number): Promise<string> {
  try {
    const title = (await readFile(`/proc/${pid}/cmdline`, 'utf8')).replace(/\0/g, ' ');
    return /^postgres: \S+ temporal(_visibility)? /.test(title) ? 'postgres-temporal' : 'postgres';
  } catch {
    return 'postgres';
  }
}

export async function cpuSnapshot(): Promise<CpuSnapshot> {
  const atMs = Date.now();
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = line;
  const children = new Map<number, number[]>();
  const stats = new Map<number, { cpu: number; comm: string }>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = await procStat(entry);
    if (!s) continue;
    stats.set(Number(entry), s);
    children.set(s.ppid, [...(children.get(s.ppid) ?? []), Number(entry)]);
  }
  let mine = 0;
  const byPart: Record<string, number> = {};
  const queue = [process.pid];
  while (queue.length) {
    const pid = queue.pop()!;
    const s = stats.get(pid);
    if (s) {
      mine += s.cpu;
      const part =
        pid === process.pid
          ? 'bench'
          : (partOfPid.get(pid) ?? (s.comm === 'postgres' ? await postgresPart(pid) : 'other'));
      byPart[part] = (byPart[part] ?? 0) + s.cpu;
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return { atMs, busy: user + nice + system + irq + softirq, steal, mine, byPart };
}

export interface CpuShare {
  seconds: number;
  /** Shares of the machine's capacity (cores × wall time), in percent. */
  benchmarkPercent: number;
  otherPercent: number;
  stealPercent: number;
  /** CPU seconds used by each part of the benchmark's process tree. */
  cpuSecondsByPart: Record<string, number>;
}

export function cpuShare(a: CpuSnapshot, b: CpuSnapshot): CpuShare {
  const hz = 100;
  const capacity = ((b.atMs - a.atMs) / 1000) * os.cpus().length * hz;
  const mine = b.mine - a.mine;
  const pct = (x: number) => round(capacity > 0 ? (Math.max(0, x) / capacity) * 100 : 0);
  const cpuSecondsByPart = Object.fromEntries(
    Object.keys(b.byPart)
      .map((k) => [k, round((b.byPart[k] - (a.byPart[k] ?? 0)) / hz)] as const)
      .filter(([, v]) => v > 0),
  );
  return {
    seconds: round((b.atMs - a.atMs) / 1000),
    benchmarkPercent: pct(mine),
    otherPercent: pct(b.busy - a.busy - mine),
    stealPercent: pct(b.steal - a.steal),
    cpuSecondsByPart,
  };
}

export function machineNotes() {
  const run = (file: string, args: string[]) => {
    try {
      return execFileSync(file, args, {
        cwd: projectRoot,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return null;
    }
  };
  const temporal = resolveTemporalExecutable('cli');
  return {
    host: os.hostname(),
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryMB: Math.round(os.totalmem() / 1024 / 1024),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    temporal: temporal.type === 'existing-path' ? run(temporal.path, ['--version']) : 'downloaded by the SDK',
    commit: run('git', ['rev-parse', '--short', 'HEAD']),
    uncommittedFiles: (run('git', ['status', '--porcelain']) ?? '').split('\n').filter(Boolean).length,
    loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
  };
}

/**
 * Waits (up to `maxMs`) until processes outside the benchmark use less than `thresholdPercent` of the CPUs
 * over 3 s, so a step does not start in the middle of someone else's build; returns the last share seen.
 * With `service: true` the service's own processes count too: a load then starts only once the background work
 * of the previous one (emails of opened cases, workflow tasks still queued) is done, and is not charged for it.
 */
export async function waitForQuiet(
  log: (s: string) => void,
  maxMs: number,
  opts: { thresholdPercent?: number; service?: boolean } = {},
): Promise<number> {
  const threshold = opts.thresholdPercent ?? 15;
  const who = opts.service ? 'the service and other processes' : 'other processes';
  const started = Date.now();
  const deadline = started + maxMs;
  let warned = false;
  for (;;) {
    const a = await cpuSnapshot();
    await new Promise((r) => setTimeout(r, opts.service ? 1000 : 3000));
    const share = cpuShare(a, await cpuSnapshot());
    const busy = round(share.otherPercent + (opts.service ? share.benchmarkPercent : 0));
    if (busy < threshold || Date.now() > deadline) {
      if (warned || busy >= threshold)
        log(`machine: ${who} at ${busy}% of the CPUs after ${((Date.now() - started) / 1000).toFixed(0)} s; going on`);
      return busy;
    }
    if (!warned)
      log(`machine: ${who} use ${busy}% of the CPUs; waiting up to ${Math.round(maxMs / 1000)} s for them to finish`);
    warned = true;
  }
}
