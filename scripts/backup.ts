// `npm run backup [-- --out DIR]`: a backup folder holding PostgreSQL (pg_dump's custom format, from
// DATABASE_URL or npm start's embedded server), the Temporal dev server's SQLite store (online SQLite backup,
// when Temporal is the embedded one) and the local payload key (without it the Temporal store cannot be read).
// It runs while Pathway runs. For a pair that matches to the action, stop the API and the worker first: the
// two stores are read one after the other, and an action accepted in between is in one of them only.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, parseConfig } from '../infra/config.ts';
import { BACKUP_FILES, copySqlite, openDatabase, runPostgresTool } from './services/backup-tools.ts';
import { projectRoot } from './project-root.ts';

const say = (text: string) => console.log(`backup ▸ ${text}`);

async function main() {
  const config = parseConfig(process.env);
  const dataDir = path.resolve(projectRoot, config.PATHWAY_DATA_DIR);
  const outArg = process.argv.indexOf('--out');
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const out = path.resolve(
    outArg > 0 && process.argv[outArg + 1]
      ? process.argv[outArg + 1]
      : path.join(projectRoot, 'backups', `pathway-${stamp}`),
  );
  if (existsSync(path.join(out, BACKUP_FILES.manifest)))
    throw new Error(`${out} already holds a backup; name another folder with --out`);
  await mkdir(out, { recursive: true, mode: 0o700 });
  const manifest: Record<string, unknown> = { takenAt: new Date().toISOString(), postgres: BACKUP_FILES.postgres };

  // Temporal first: a case opened between the two copies is then in PostgreSQL without its workflow (shown as
  // closed to changes), rather than a workflow whose accepted actions PostgreSQL never recorded.
  if (config.TEMPORAL_ADDRESS) {
    say(`Temporal at ${config.TEMPORAL_ADDRESS} is external: back up its own database with its operator's tools`);
    manifest.temporal = 'external';
  } else if (existsSync(path.join(dataDir, 'temporal.db'))) {
    await copySqlite(path.join(dataDir, 'temporal.db'), path.join(out, BACKUP_FILES.temporal));
    say(`Temporal dev server store copied (SQLite online backup) → ${BACKUP_FILES.temporal}`);
    manifest.temporal = BACKUP_FILES.temporal;
  } else {
    say(`no Temporal store in ${dataDir}; nothing to copy for Temporal`);
    manifest.temporal = null;
  }

  const db = await openDatabase(config, dataDir);
  try {
    await runPostgresTool(
      'pg_dump',
      ['--format=custom', '--no-owner', '--no-acl', `--file=${path.join(out, BACKUP_FILES.postgres)}`],
      db.url,
    );
    say(`PostgreSQL dumped from ${db.source} → ${BACKUP_FILES.postgres}`);
  } finally {
    await db.stop();
  }

  if (!config.PAYLOAD_KEYS && existsSync(path.join(dataDir, 'payload-keys'))) {
    await copyFile(path.join(dataDir, 'payload-keys'), path.join(out, BACKUP_FILES.payloadKeys));
    say(
      `the local payload key copied → ${BACKUP_FILES.payloadKeys} (a secret: keep the backup where only ` +
        `operators can read it)`,
    );
    manifest.payloadKeys = BACKUP_FILES.payloadKeys;
  } else if (config.PAYLOAD_KEYS) {
    say(
      'payload keys come from PAYLOAD_KEYS: keep them in your secret store; every key a kept history uses ' +
        'is needed to read it',
    );
  }
  await writeFile(path.join(out, BACKUP_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  say(`done: ${out}`);
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : `backup failed: ${(e as Error).message}`);
  process.exit(1);
});
