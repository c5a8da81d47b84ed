import { describe, expect, it } from '@jest/globals';
import { ASSUMPTIONS, PROVINCE, sizeFor, sizingLines, times, type Measured } from '../../bench/sizing.ts';

const measured: Measured = {
  cpuMs: {
    open: { temporal: 20, worker: 20, api: 20, postgres: 10, 'postgres-temporal': 10 },
    update: { temporal: 20, worker: 10, api: 10, postgres: 5, 'postgres-temporal': 5 },
    alert: { temporal: 30, worker: 30, api: 0, postgres: 5, 'postgres-temporal': 15 },
    read: { api: 4, postgres: 1 },
  },
  memoryMB: { workerIdle: 400, workerKBPerCachedWorkflow: 500, api: 200, temporal: 300 },
  bytes: { pathwayPerCase: 20 * 1024, temporalPerWorkflow: 40 * 1024 },
};

describe('sizing guide arithmetic', () => {
  it('turns a day of actions into a peak rate: 20,000 in 8 hours, the busiest hour three times the mean', () => {
    const s = sizeFor(measured, PROVINCE);
    expect(s.actionsPerSecond).toBeCloseTo((20_000 / 28_800) * 3, 2);
    expect(s.readsPerSecond).toBeCloseTo(s.actionsPerSecond * ASSUMPTIONS.readsPerAction, 1);
  });

  it('gives each part the cores of its busier moment at half load, the 06:00 alerts for the Temporal server', () => {
    const s = sizeFor(measured, PROVINCE);
    const temporal = s.parts.find((p) => p.part === 'Temporal server')!;
    // 5,000 alerts × 30 ms in 300 s = 0.5 core; at 50 % → 1 core.
    expect(temporal.burstCores).toBeCloseTo(0.5, 2);
    expect(temporal.cores).toBe(1);
    const postgres = s.parts.find((p) => p.part === 'PostgreSQL')!;
    // Pathway's and Temporal's backends together: 5,000 × 20 ms / 300 s.
    expect(postgres.burstCores).toBeCloseTo(0.33, 2);
  });

  it("sizes the workers' memory from their idle size and the cases touched in the busiest hour", () => {
    const s = sizeFor(measured, PROVINCE);
    expect(s.workerCache).toBe(7500); // 2.08 actions a second for an hour
    const workers = s.parts.find((p) => p.part === 'workers')!;
    // 1 process × 400 MB + 7,500 × 500 KB = 4,062 MB, × 1.25 headroom, up to 256 MB.
    expect(workers.memoryMB).toBe(Math.ceil(((400 + (7500 * 500) / 1024) * 1.25) / 256) * 256);
  });

  it('grows ten times the workload into more cores and names the part that limits next', () => {
    const one = sizeFor(measured, PROVINCE);
    const ten = sizeFor(measured, times(PROVINCE, 10));
    expect(ten.totalCores).toBeGreaterThan(one.totalCores * 5);
    expect(ten.nextLimit).toMatch(/^Temporal server \(\d+(\.5)? cores, set by the 06:00 alerts\)/);
    expect(sizingLines(measured, [PROVINCE, times(PROVINCE, 10)]).join('\n')).toContain('10 × a province');
  });
});
