// Backups: `npm run backup` copies the running test database (with a case opened through the API) and a
// running Temporal dev server's store; `npm run restore` puts them into a fresh embedded PostgreSQL and data
// folder, where the case, its workflow and the payload key are found again.
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import pg from 'pg';
import { openOrm, type Orm } from '../../db/orm.ts';
import { freePort } from '../../scripts/services/ports.ts';
import { startEmbeddedPostgres } from '../../scripts/services/postgres.ts';
import { startTemporalDevServer } from '../../scripts/services/temporal.ts';
import { createIndividual, createOrg, REGISTRATION } from '../support/fixtures.ts';
import { signIn } from '../support/http.ts';
import { testLog, testLogFile } from '../support/logs.ts';

let orm: Orm;
let dir: string;

beforeAll(async () => {
  orm = await openOrm(process.env.DATABASE_URL!);
  dir = await mkdtemp(path.join(os.tmpdir(), 'pathway-backup-'));
  await chmod(dir, 0o755); // the embedded PostgreSQL runs as its own user when tests run as root
});
afterAll(async () => {
  await orm.close();
  await rm(dir, { recursive: true, force: true });
});

/** Runs an npm script's file as npm would, with only the given variables set beyond PATH and HOME. */
function runScript(script: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.resolve(script), ...args], {
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/root', ...env },
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${script} exited ${code}:\n${out}`))));
  });
}

test(
  'a backup of the running database and Temporal store restores into a fresh instance that holds the case and ' +
    'its workflow',
  async () => {
    const org = await createOrg(orm, 'South Shore Employment');
    const manager = await signIn(org, 'manager');
    const person = await createIndividual(orm, org, { firstName: 'Odile', lastName: 'Comeau' });
    const opened = await manager.post('/api/cases', { individualId: person.id, registration: REGISTRATION });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as number;

    // npm start's data folder: a Temporal dev server writing its SQLite store, and the local payload key.
    const source = path.join(dir, 'source');
    await mkdir(source);
    const temporalPort = await freePort();
    const temporal = await startTemporalDevServer({
      port: temporalPort,
      dbFilename: path.join(source, 'temporal.db'),
      logFile: testLogFile('backup-restore-temporal'),
    });
    const connection = await Connection.connect({ address: temporal.address });
    await new Client({ connection }).workflow.start('caseWorkflow', {
      workflowId: 'backed-up-workflow',
      taskQueue: 'no-worker-here',
      args: [],
    });
    await connection.close();
    await writeFile(path.join(source, 'payload-keys'), 'local-1:c2VjcmV0\n');

    const backupDir = path.join(dir, 'backup');
    const backupLog = await runScript('scripts/backup.ts', ['--out', backupDir], {
      DATABASE_URL: process.env.DATABASE_URL!,
      PATHWAY_DATA_DIR: source,
    });
    expect(backupLog).toContain('PostgreSQL dumped from DATABASE_URL');
    expect(backupLog).toContain('Temporal dev server store copied');
    await temporal.stop();

    // Restore into a fresh data folder: a new embedded PostgreSQL, the Temporal store and the key.
    const target = path.join(dir, 'target');
    const pgPort = await freePort();
    const restoreLog = await runScript('scripts/restore.ts', ['--from', backupDir], {
      PATHWAY_DATA_DIR: target,
      EMBEDDED_PG_PORT: String(pgPort),
    });
    expect(restoreLog).toContain('PostgreSQL restored into the embedded PostgreSQL');
    await expect(
      runScript('scripts/restore.ts', ['--from', backupDir], {
        PATHWAY_DATA_DIR: target,
        EMBEDDED_PG_PORT: String(pgPort),
      }),
    ).rejects.toThrow(/fresh instance/);

    const restored = await startEmbeddedPostgres({
      dataDir: path.join(target, 'postgres'),
      port: pgPort,
      database: 'pathway',
      onLog: testLog('backup-restore-postgres'),
    });
    try {
      const client = new pg.Client({ connectionString: restored.url });
      await client.connect();
      const found = await client.query(
        'select c.status, i.last_name from "case" c join individual i on i.id = c.individual_id where c.id = $1',
        [caseId],
      );
      const tasks = await client.query("select type from case_task where case_id = $1 and state = 'OPEN'", [caseId]);
      await client.end();
      expect(found.rows).toEqual([{ status: 'INTAKE', last_name: 'Comeau' }]);
      expect(tasks.rows).toEqual([{ type: 'COMPLETE_INTAKE' }]);
    } finally {
      await restored.stop();
    }

    const again = await startTemporalDevServer({
      port: await freePort(),
      dbFilename: path.join(target, 'temporal.db'),
      logFile: testLogFile('backup-restore-temporal'),
    });
    try {
      const c = await Connection.connect({ address: again.address });
      const described = await new Client({ connection: c }).workflow.getHandle('backed-up-workflow').describe();
      await c.close();
      expect(described.status.name).toBe('RUNNING');
    } finally {
      await again.stop();
    }
    expect(await readFile(path.join(target, 'payload-keys'), 'utf8')).toBe('local-1:c2VjcmV0\n');
  },
);
