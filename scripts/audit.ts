// `npm run audit:check` (CI): npm audit of every dependency, failing on a high or critical advisory. A registry
// that does not serve the audit endpoint (a mirror or proxy answering 404/405, or no network) cannot tell, so
// that is reported plainly and does not fail the run; any other failure of npm audit does.
import { spawnSync } from 'node:child_process';

interface AuditReport {
  metadata?: { vulnerabilities?: Record<'info' | 'low' | 'moderate' | 'high' | 'critical' | 'total', number> };
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable: unknown }>;
  statusCode?: number;
  code?: string;
  message?: string;
  error?: { code?: string; summary?: string; detail?: string };
}

const UNREACHABLE_CODES =
  /^(ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|FETCH_ERROR|ERR_SOCKET_TIMEOUT)$/;

const run = spawnSync('npm', ['audit', '--json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
  shell: false,
  timeout: 180_000,
});
if (run.signal) {
  console.log(`npm audit: NOT CHECKED — no answer from the registry's audit endpoint within 3 minutes.`);
  process.exit(0);
}
let report: AuditReport;
try {
  report = JSON.parse(run.stdout) as AuditReport;
} catch {
  console.error(`npm audit did not answer with JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

const counts = report.metadata?.vulnerabilities;
if (counts) {
  console.log(
    `npm audit: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ` +
      `${counts.low} low (${counts.total} in all)`,
  );
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(
    ([, v]) => v.severity === 'high' || v.severity === 'critical',
  );
  for (const [name, v] of serious)
    console.log(
      `  ${v.severity.padEnd(8)} ${name}${v.fixAvailable ? ' (a fix is available: bump the pinned version)' : ''}`,
    );
  process.exit(serious.length ? 1 : 0);
}

const code = report.error?.code ?? report.code ?? '';
const status = report.statusCode;
const endpointAbsent = status === 404 || status === 405 || status === 501 || (status !== undefined && status >= 500);
if (endpointAbsent || UNREACHABLE_CODES.test(code)) {
  console.log(
    `npm audit: NOT CHECKED — the registry's audit endpoint did not answer ` +
      `(${status ? `HTTP ${status}` : code}: ${report.message ?? report.error?.summary ?? ''}).`,
  );
  console.log('  Run `npm audit --audit-level=high` where the public npm registry is reachable.');
  process.exit(0);
}
console.error(`npm audit failed: ${report.message ?? report.error?.summary ?? JSON.stringify(report).slice(0, 500)}`);
process.exit(1);
