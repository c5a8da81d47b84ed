// The real Temporal server on PostgreSQL, as production runs it, for `npm run start:cluster` and its test: its
// schemas set up in their own databases (temporal, temporal_visibility) of the PostgreSQL that Pathway uses, a
// config written beside the data, one process running the four services (frontend, history, matching, worker),
// and the namespace registered. Restarts reuse the same config, ports and databases.
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common';
import { stringify } from 'yaml';
import { projectRoot } from '../project-root.ts';
import { freePort } from './ports.ts';
import { stopServerProcess, type RunningDevServer } from './temporal.ts';
import type { TemporalServerTools } from './temporal-server-install.ts';

/** The server's dynamic config, shared with docker-compose.yml's temporal service. */
const TEMPORAL_DYNAMIC_CONFIG = path.join(projectRoot, 'infra/temporal/dynamic-config.yaml');
/** History shards: fixed once the server's database exists (docker-compose.yml runs as many). */
export const DEFAULT_HISTORY_SHARDS = 4;
/** Closed workflows (finished cases) stay readable in Temporal this long; PostgreSQL keeps them for good. */
const RETENTION_DAYS = 30;
const DATABASES = [
  { name: 'temporal', schema: 'temporal' },
  { name: 'temporal_visibility', schema: 'visibility' },
] as const;

export interface TemporalServerOptions {
  tools: TemporalServerTools;
  /** Pathway's PostgreSQL (the server gets its own databases there). */
  databaseUrl: string;
  /** The frontend's gRPC port. */
  port: number;
  historyShards: number;
  /** Folder for the server's config. */
  dir: string;
  logFile?: string;
}

/** Runs the schema tool with its connection in SQL_* variables, as docker-compose.yml's temporal-schema job does. */
function runTool(tool: string, databaseUrl: string, database: string, args: string[]): Promise<void> {
  const url = new URL(databaseUrl);
  const env = {
    ...process.env,
    SQL_PLUGIN: 'postgres12',
    SQL_HOST: url.hostname,
    SQL_PORT: url.port || '5432',
    SQL_USER: decodeURIComponent(url.username),
    SQL_PASSWORD: decodeURIComponent(url.password),
    SQL_DATABASE: database,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`temporal-sql-tool ${args[0]} on ${database} failed (${code}): ${out}`)),
    );
  });
}

/**
 * The server's databases as docker-compose.yml's temporal-schema job sets them up; every step is a no-op when done
 * already (create-database on an existing one, the version table, versions applied), so it runs at every start.
 */
export async function setupTemporalSchemas(tools: TemporalServerTools, databaseUrl: string): Promise<string[]> {
  for (const db of DATABASES) {
    await runTool(tools.sqlTool, databaseUrl, db.name, ['create-database']);
    await runTool(tools.sqlTool, databaseUrl, db.name, ['setup-schema', '--version', '0.0']);
    const versioned = path.join(tools.postgresSchemaDir, db.schema, 'versioned');
    await runTool(tools.sqlTool, databaseUrl, db.name, ['update-schema', '--schema-dir', versioned]);
  }
  return DATABASES.map((db) => db.name);
}

/** The module's config/development-postgres12.yaml, without archival, metrics or pprof, on free loopback ports. */
async function writeConfig(o: TemporalServerOptions): Promise<string> {
  const url = new URL(o.databaseUrl);
  const sql = (databaseName: string, maxConns: number) => ({
    sql: {
      pluginName: 'postgres12',
      databaseName,
      connectAddr: `${url.hostname}:${url.port || 5432}`,
      connectProtocol: 'tcp',
      user: decodeURIComponent(url.username),
      password: decodeURIComponent(url.password),
      maxConns,
      maxIdleConns: maxConns,
      maxConnLifetime: '1h',
    },
  });
  const service = async (grpcPort?: number) => ({
    rpc: { grpcPort: grpcPort ?? (await freePort()), membershipPort: await membershipPort(), bindOnLocalHost: true },
  });
  const frontend = await service(o.port);
  const config = {
    log: { stdout: true, level: 'error' },
    persistence: {
      defaultStore: 'postgres-default',
      visibilityStore: 'postgres-visibility',
      numHistoryShards: o.historyShards,
      datastores: { 'postgres-default': sql('temporal', 20), 'postgres-visibility': sql('temporal_visibility', 4) },
    },
    global: { membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' } },
    services: {
      frontend: { rpc: { ...frontend.rpc, httpPort: await freePort() } },
      matching: await service(),
      history: await service(),
      worker: await service(),
    },
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: {
        active: { enabled: true, initialFailoverVersion: 1, rpcName: 'frontend', rpcAddress: `127.0.0.1:${o.port}` },
      },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    dynamicConfigClient: { filepath: TEMPORAL_DYNAMIC_CONFIG, pollInterval: '60s' },
  };
  const file = path.join(o.dir, 'temporal-server.yaml');
  await writeFile(file, stringify(config));
  return file;
}

/** A free port the cluster_membership table can hold: it keeps the membership port as a smallint (below 32768). */
async function membershipPort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 12_000);
    const free = await new Promise<boolean>((resolve) => {
      const s = net.createServer();
      s.once('error', () => resolve(false));
      s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
    });
    if (free) return port;
  }
}

async function listening(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/**
 * Writes the config once and returns a starter: each call starts the server process on that config and resolves
 * once its frontend answers; stop() ends it with SIGTERM.
 */
export async function temporalServerStarter(o: TemporalServerOptions): Promise<() => Promise<RunningDevServer>> {
  const configFile = await writeConfig(o);
  return async () => {
    const log = o.logFile ? openSync(o.logFile, 'a') : 'inherit';
    const server = spawn(o.tools.server, ['--allow-no-auth', '--config-file', configFile, 'start'], {
      stdio: ['ignore', log, log],
    });
    if (typeof log === 'number') closeSync(log);
    let exit: string | null = null;
    server.once('exit', (code, signal) => (exit = `the Temporal server exited (${signal ?? code})`));
    const address = `127.0.0.1:${o.port}`;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (exit) throw new Error(`${exit} before it was ready${o.logFile ? `; see ${o.logFile}` : ''}`);
      if (await listening(o.port)) {
        const connection = await Connection.connect({ address, connectTimeout: 2000 }).catch(() => undefined);
        const info = await connection?.workflowService.getSystemInfo({}).catch(() => undefined);
        await connection?.close();
        if (info) break;
      }
      if (Date.now() > deadline) throw new Error(`the Temporal server did not answer on ${address} within 120 s`);
      await sleep(250);
    }
    return {
      address,
      pid: server.pid,
      stop: () => stopServerProcess(server),
    };
  };
}

/** Registers the namespace (the server, unlike the dev server, starts with none) and waits until it serves it. */
export async function registerNamespace(connection: Connection, namespace: string): Promise<'registered' | 'kept'> {
  const deadline = Date.now() + 60_000;
  let outcome: 'registered' | 'kept' | undefined;
  for (;;) {
    try {
      if (!outcome) {
        await connection.workflowService.registerNamespace({
          namespace,
          workflowExecutionRetentionPeriod: msToTs(`${RETENTION_DAYS} days`),
        });
        outcome = 'registered';
      }
      // Answers only once the frontend's namespace cache knows the namespace, as the workers' polls need.
      await connection.workflowService.countWorkflowExecutions({ namespace });
      return outcome;
    } catch (e) {
      const code = (e as { code?: number }).code;
      if (!outcome && code === 6)
        outcome = 'kept'; // ALREADY_EXISTS
      else if (Date.now() > deadline) throw e;
      else await sleep(500);
    }
  }
}
