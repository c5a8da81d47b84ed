// Structured JSON logs (pino) to standard output, or to LOG_DIR/<name>.log when LOG_DIR is set (the test run keeps
// them out of its console). Client personal information is never logged: log ids, not names.
import path from 'node:path';
import pino from 'pino';

export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info', dir = process.env.LOG_DIR) {
  const options = { name, level, base: { service: name } };
  return dir ? pino(options, pino.destination({ dest: path.join(dir, `${name}.log`), mkdir: true })) : pino(options);
}

export type Logger = ReturnType<typeof createLogger>;
