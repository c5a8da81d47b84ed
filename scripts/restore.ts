// `npm run restore -- --from DIR`: puts a backup made by `npm run backup` into a fresh instance: PostgreSQL
// into DATABASE_URL (an empty database) or a new embedded PostgreSQL in PATHWAY_DATA_DIR, and the Temporal
// dev server's store and the local payload key into PATHWAY_DATA_DIR. It never overwrites: with Pathway
// stopped, move the old data away first. `npm start` then finds the cases and their timers.
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { ConfigError, parseConfig } from '../infra/config.ts';
import { BACKUP_FILES, openDatabase, runPostgresTool } from './services/backup-tools.ts';
import { projectRoot } from './project-root.ts';

const say = (text: string) => console.log(`restore ▸ ${text}`);

async function refuseNonEmpty(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "select count(*)::int as n from pg_tables where schemaname = 'public'",
    );
    if (rows[0].n > 0)
      throw new Error(`the database of DATABASE_URL already has ${rows[0].n} tables: restore into an empty database`);
  } finally {
    await client.end();
  }
}

async function main() {
  const config = parseConfig(process.env);
  const fromArg = process.argv.indexOf('--from');
  if (fromArg < 0 || !process.argv[fromArg + 1])
    throw new Error('name the backup folder: npm run restore -- --from backups/pathway-…');
  const from = path.resolve(process.argv[fromArg + 1]);
  const manifest = JSON.parse(await readFile(path.join(from, BACKUP_FILES.manifest), 'utf8')) as {
    takenAt: string;
    temporal: string | null;
  };
  say(`backup of ${manifest.takenAt} from ${from}`);
  const dataDir = path.resolve(projectRoot, config.PATHWAY_DATA_DIR);

  const temporalTarget = path.join(dataDir, 'temporal.db');
  const keysTarget = path.join(dataDir, 'payload-keys');
  if (manifest.temporal === BACKUP_FILES.temporal && !config.TEMPORAL_ADDRESS && existsSync(temporalTarget)) {
    throw new Error(
      `${temporalTarget} exists: a restore goes into a fresh instance, so move it away first (with Pathway stopped)`,
    );
  }
  await mkdir(dataDir, { recursive: true });

  const db = await openDatabase(config, dataDir, { fresh: true });
  try {
    if (config.DATABASE_URL) await refuseNonEmpty(db.url);
    await runPostgresTool(
      'pg_restore',
      ['--no-owner', '--no-acl', '--exit-on-error', '--single-transaction', path.join(from, BACKUP_FILES.postgres)],
      db.url,
    );
    say(`PostgreSQL restored into ${db.source}`);
  } finally {
    await db.stop();
  }

  if (manifest.temporal === BACKUP_FILES.temporal) {
    if (config.TEMPORAL_ADDRESS)
      say(
        `the backup holds the Temporal dev server's store, but ` +
          `TEMPORAL_ADDRESS=${config.TEMPORAL_ADDRESS} is external: restore that Temporal from its own ` +
          `database's backup`,
      );
    else {
      await copyFile(path.join(from, BACKUP_FILES.temporal), temporalTarget);
      say(`Temporal dev server store restored → ${temporalTarget}`);
    }
  } else if (manifest.temporal === 'external')
    say('Temporal was external when the backup was made: restore it from its own database backup');

  const keys = path.join(from, BACKUP_FILES.payloadKeys);
  if (existsSync(keys)) {
    if (!existsSync(keysTarget)) {
      await copyFile(keys, keysTarget);
      say(`the local payload key restored → ${keysTarget}`);
    } else if ((await readFile(keys, 'utf8')) !== (await readFile(keysTarget, 'utf8'))) {
      say(
        `${keysTarget} differs from the backup's key: add the backup's key to it (comma-separated) or the ` +
          `restored histories cannot be read`,
      );
    }
  }
  say('done');
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `restore failed: ${(e as Error).message}`);
  process.exit(1);
});
