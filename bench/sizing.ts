// The sizing guide's arithmetic: from the benchmark's own figures (CPU milliseconds per operation per process,
// resident memory, bytes stored per case), the cores and memory of each part for a workload. Pure, so the README's
// guide can be regenerated from any run's JSON and its assumptions are tested (test/bench/sizing.test.ts).

/** CPU milliseconds one operation costs each part of the service. */
export interface PartMs {
  api?: number;
  worker?: number;
  temporal?: number;
  /** Pathway's PostgreSQL backends and the database server's own processes. */
  postgres?: number;
  /** The backends serving the Temporal server's databases (the real server only). */
  'postgres-temporal'?: number;
}

export interface Measured {
  /** CPU per operation: a case opened, an Update (a case note), an alert raised by its timer, a read (mean over the
   * reads measured). */
  cpuMs: { open: PartMs; update: PartMs; alert: PartMs; read: PartMs };
  memoryMB: { workerIdle: number; workerKBPerCachedWorkflow: number; api: number; temporal: number };
  /** Bytes each case takes in Pathway's database, and each open workflow in Temporal's store. */
  bytes: { pathwayPerCase: number; temporalPerWorkflow: number };
}

export interface Workload {
  name: string;
  openCases: number;
  caseManagers: number;
  actionsPerDay: number;
  /** Alerts falling due together (06:00). */
  alertsAtOnce: number;
}

export const PROVINCE: Workload = {
  name: 'a province',
  openCases: 50_000,
  caseManagers: 500,
  actionsPerDay: 20_000,
  alertsAtOnce: 5_000,
};
export const times = (w: Workload, k: number): Workload => ({
  name: `${k} × ${w.name}`,
  openCases: w.openCases * k,
  caseManagers: w.caseManagers * k,
  actionsPerDay: w.actionsPerDay * k,
  alertsAtOnce: w.alertsAtOnce * k,
});

/** What the guide assumes beyond the workload; each is printed with the guide. */
export const ASSUMPTIONS = {
  /** The day's actions fall in these working hours… */
  workingHours: 8,
  /** …and the busiest hour sees this many times the working hours' mean. */
  peakFactor: 3,
  /** Pages read (caseload, case, search) per action. */
  readsPerAction: 5,
  /** A case stays open about a year: openings a day = open cases ÷ 250 working days. */
  workingDaysPerCaseOpen: 250,
  /** Every alert due at 06:00 is raised within this many seconds. */
  alertWindowS: 300,
  /** Parts run at most at this share of their cores at the peak. */
  utilisation: 0.5,
  /** Cases kept in Pathway's database per open case (closed ones stay). */
  casesKeptPerOpenCase: 3,
  /** The PostgreSQL cache holds this share of the data. */
  cachedDataShare: 0.5,
  /** Memory headroom over the measured resident memory. */
  headroom: 1.25,
};

export interface PartSize {
  part: 'Temporal server' | 'workers' | 'API' | 'PostgreSQL';
  /** Cores at the steady peak (users' actions and reads) and for the 06:00 burst; the part gets the larger. */
  steadyCores: number;
  burstCores: number;
  cores: number;
  memoryMB: number;
  /** How the memory was found, in words with the figures. */
  memoryBasis: string;
}

export interface Sizing {
  workload: Workload;
  actionsPerSecond: number;
  readsPerSecond: number;
  openingsPerSecond: number;
  workerCache: number;
  parts: PartSize[];
  totalCores: number;
  totalMemoryMB: number;
  /** The part that needs the most cores, and why it is the next limit. */
  nextLimit: string;
}

const PARTS: Record<PartSize['part'], (keyof PartMs)[]> = {
  'Temporal server': ['temporal'],
  workers: ['worker'],
  API: ['api'],
  PostgreSQL: ['postgres', 'postgres-temporal'],
};

/** Rounds cores up to the next half core, at least half a core. */
const halfCores = (c: number) => Math.max(0.5, Math.ceil(c * 2 - 1e-9) / 2);
/** Rounds memory up to the next 256 MB. */
const roundMB = (mb: number) => Math.max(256, Math.ceil(mb / 256) * 256);

export function sizeFor(m: Measured, w: Workload, a = ASSUMPTIONS): Sizing {
  const actionsPerSecond = (w.actionsPerDay / (a.workingHours * 3600)) * a.peakFactor;
  const readsPerSecond = actionsPerSecond * a.readsPerAction;
  const openingsPerSecond = (w.openCases / a.workingDaysPerCaseOpen / (a.workingHours * 3600)) * a.peakFactor;
  const ms = (op: PartMs, part: PartSize['part']) => PARTS[part].reduce((n, k) => n + (op[k] ?? 0), 0);
  // The worker cache holds the cases touched in the busiest hour (at least the shipped 2,000), so a user's next
  // action on a case finds it cached; a 06:00 wake-up of an evicted case replays it, which the alert's CPU includes.
  const workerCache = Math.min(w.openCases, Math.max(2000, Math.round(actionsPerSecond * 3600)));
  const sizes = (Object.keys(PARTS) as PartSize['part'][]).map((part): PartSize => {
    const steady =
      (actionsPerSecond * ms(m.cpuMs.update, part) +
        readsPerSecond * ms(m.cpuMs.read, part) +
        openingsPerSecond * ms(m.cpuMs.open, part)) /
      1000;
    const burst = (w.alertsAtOnce * ms(m.cpuMs.alert, part)) / 1000 / a.alertWindowS;
    const cores = halfCores(Math.max(steady, burst) / a.utilisation);
    // One Node process uses one core: workers and API processes are one per core.
    const processes = Math.ceil(cores);
    let memoryMB: number;
    let memoryBasis: string;
    if (part === 'workers') {
      const cacheMB = (workerCache * m.memoryMB.workerKBPerCachedWorkflow) / 1024;
      memoryMB = roundMB((processes * m.memoryMB.workerIdle + cacheMB) * a.headroom);
      memoryBasis =
        `${processes} × ${m.memoryMB.workerIdle} MB idle + ${workerCache.toLocaleString('en')} cached ` +
        `workflows × ${m.memoryMB.workerKBPerCachedWorkflow} KB`;
    } else if (part === 'API') {
      memoryMB = roundMB(processes * m.memoryMB.api * a.headroom);
      memoryBasis = `${processes} × ${m.memoryMB.api} MB`;
    } else if (part === 'Temporal server') {
      memoryMB = roundMB(m.memoryMB.temporal * a.headroom * Math.max(1, w.openCases / 50_000) ** 0.5);
      memoryBasis = `${m.memoryMB.temporal} MB measured, growing with the square root of the open cases`;
    } else {
      const dataMB =
        (w.openCases * (a.casesKeptPerOpenCase * m.bytes.pathwayPerCase + m.bytes.temporalPerWorkflow)) / 1024 / 1024;
      memoryMB = roundMB(Math.max(1024, dataMB * a.cachedDataShare));
      memoryBasis =
        `${Math.round(dataMB).toLocaleString('en')} MB of data (${a.casesKeptPerOpenCase} kept cases × ` +
        `${Math.round(m.bytes.pathwayPerCase / 1024)} KB + a workflow × ` +
        `${Math.round(m.bytes.temporalPerWorkflow / 1024)} KB per open case), ${a.cachedDataShare * 100} % cached`;
    }
    return {
      part,
      steadyCores: Math.round(steady * 100) / 100,
      burstCores: Math.round(burst * 100) / 100,
      cores,
      memoryMB,
      memoryBasis,
    };
  });
  const biggest = [...sizes].sort((x, y) => y.cores - x.cores)[0];
  const why =
    biggest.part === 'PostgreSQL'
      ? 'one primary takes every write of both Pathway and Temporal: past one machine it needs a larger machine or ' +
        "Temporal's store on a database of its own"
      : biggest.part === 'Temporal server'
        ? 'its history service scales out over more processes, but its history shards are fixed when its database ' +
          'is created: create it with enough (16 or more for ten provinces)'
        : 'it scales out by adding processes: PostgreSQL, which takes every write, comes next';
  const peak = biggest.burstCores > biggest.steadyCores ? 'the 06:00 alerts' : "the users' busiest hour";
  return {
    workload: w,
    actionsPerSecond: Math.round(actionsPerSecond * 100) / 100,
    readsPerSecond: Math.round(readsPerSecond * 100) / 100,
    openingsPerSecond: Math.round(openingsPerSecond * 1000) / 1000,
    workerCache,
    parts: sizes,
    totalCores: sizes.reduce((n, s) => n + s.cores, 0),
    totalMemoryMB: sizes.reduce((n, s) => n + s.memoryMB, 0),
    nextLimit: `${biggest.part} (${biggest.cores} ${biggest.cores > 1 ? 'cores' : 'core'}, set by ${peak}): ${why}`,
  };
}

/** The guide as printed by the benchmark: the assumptions, then each part's cores and memory with the arithmetic. */
export function sizingLines(m: Measured, workloads: Workload[], a = ASSUMPTIONS): string[] {
  const out = [
    `Assumed: actions in ${a.workingHours} working hours, the busiest hour ${a.peakFactor} × the mean; ` +
      `${a.readsPerAction} reads per action; a case open about ${a.workingDaysPerCaseOpen} working days; ` +
      `06:00 alerts raised within ${a.alertWindowS} s; parts at most ${a.utilisation * 100} % busy; ` +
      `memory ${a.headroom} × measured.`,
    `CPU ms per operation (Temporal server / workers / API / PostgreSQL): ${(
      ['open', 'update', 'alert', 'read'] as const
    )
      .map(
        (op) =>
          `${op} ${(Object.keys(PARTS) as PartSize['part'][])
            .map((p) => PARTS[p].reduce((n, k) => n + (m.cpuMs[op][k] ?? 0), 0).toFixed(1))
            .join(' / ')}`,
      )
      .join('; ')}`,
  ];
  for (const w of workloads) {
    const s = sizeFor(m, w, a);
    out.push(
      `${w.name}: ${w.openCases.toLocaleString('en')} open cases, ${w.caseManagers.toLocaleString('en')} case ` +
        `managers, ${w.actionsPerDay.toLocaleString('en')} actions a day (peak ${s.actionsPerSecond}/s, reads ` +
        `${s.readsPerSecond}/s), ${w.alertsAtOnce.toLocaleString('en')} alerts at 06:00 ` +
        `(${Math.round(w.alertsAtOnce / a.alertWindowS)}/s)`,
    );
    for (const p of s.parts)
      out.push(
        `  ${p.part.padEnd(15)} ${String(p.cores).padStart(4)} ${p.cores > 1 ? 'cores' : 'core '} ` +
          `(peak ${p.steadyCores}, 06:00 ${p.burstCores}, at ${a.utilisation * 100} %), ` +
          `${String(p.memoryMB).padStart(6)} MB (${p.memoryBasis})`,
      );
    out.push(`  in all ${s.totalCores} cores, ${s.totalMemoryMB.toLocaleString('en')} MB; next limit: ${s.nextLimit}`);
  }
  return out;
}
