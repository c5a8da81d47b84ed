// The test run's logs, kept out of its console in test-results/logs/ (one file per part: worker.log, api.log,
// postgres.log, temporal.log, temporal-sdk.log, stack.log), so the console shows jest's report and what the tests
// print themselves. Global setup empties the folder at the start of a run.
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { projectRoot } from '../../scripts/project-root.ts';

export const TEST_LOG_DIR = path.join(projectRoot, 'test-results/logs');

/** The path of test-results/logs/<name>.log, its folder made. */
export function testLogFile(name: string): string {
  mkdirSync(TEST_LOG_DIR, { recursive: true });
  return path.join(TEST_LOG_DIR, `${name}.log`);
}

/** Appends a line to test-results/logs/<name>.log. */
export function testLog(name: string): (line: string) => void {
  const file = testLogFile(name);
  return (line) => appendFileSync(file, `${line}\n`);
}

/**
 * Sends the SDK's log (warnings and errors), and that of its native core, forwarded to it, to temporal-sdk.log:
 * activities that fail on purpose would fill the console otherwise. A test file gets its own copy of the SDK,
 * hence once per file.
 */
export function sdkLogsToFile(): void {
  const write = testLog('temporal-sdk');
  const logger = new DefaultLogger('WARN', ({ level, message, meta, timestampNanos }) =>
    write(
      `${new Date(Number(timestampNanos / 1_000_000n)).toISOString()} [${level}] ${message}` +
        (meta ? ` ${inspect(meta)}` : ''),
    ),
  );
  try {
    Runtime.install({
      logger,
      telemetryOptions: { logging: { filter: { core: 'WARN', other: 'ERROR' }, forward: {} } },
    });
  } catch {
    // already installed for this module registry
  }
}
