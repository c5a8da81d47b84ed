// One way to start Pathway's parts, for `npm start`, the test run, the fault run and the benchmark: PostgreSQL
// (embedded, or external by URL), the Temporal dev server (or an external address), the SMTP sink, the local
// funding system, migrations, then the workers and the API, in this process or as child processes, on free
// loopback ports unless told which. Each part is a handle (./part.ts). stop() ends every part started: the
// workers and the API together, then the others, last started first; then it removes a temporary data folder.
import { appendFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type { WorkerOptions } from '@temporalio/worker';
import { migrate, openOrm, type Orm } from '../../db/orm.ts';
import { dataConverterFor, payloadKeysFromConfig } from '../../infra/payload-codec.ts';
import { shownPath } from '../project-root.ts';
import { startFundingEndpoint, type FundingEndpoint } from '../services/funding-endpoint.ts';
import { freePort } from '../services/ports.ts';
import { startEmbeddedPostgres, type RunningPostgres } from '../services/postgres.ts';
import { startSmtpSink, type SmtpSink } from '../services/smtp-sink.ts';
import { startTemporalDevServer, type RunningDevServer } from '../services/temporal.ts';
import {
  DEFAULT_HISTORY_SHARDS,
  registerNamespace,
  setupTemporalSchemas,
  temporalServerStarter,
} from '../services/temporal-server.ts';
import { installTemporalServer } from '../services/temporal-server-install.ts';
import { registerSearchAttributes } from '../services/search-attributes.ts';
import { childProcessPart } from './child-process.ts';
import { serverPart, type Part, type ProcessPart, type ServerPart, type ServicePart } from './part.ts';
import { localPayloadKeys, type PayloadKeySet } from './payload-keys.ts';
import { apiReady, waitUntilReady, workerPolling } from './ready.ts';

/** Where the workers and the API run. */
export type Runs = 'in-process' | 'child-process';
export type Service<R extends Runs> = R extends 'child-process' ? ProcessPart : ServicePart;
type PortName = 'postgres' | 'temporal' | 'temporalUi' | 'smtp' | 'funding' | 'api';

export interface StackOptions<R extends Runs> {
  run: R;
  /** Names the temporary data folder (pathway-<name>-…). */
  name: string;
  /** A data folder that is kept (npm start's) instead of a temporary one. */
  dataDir?: string;
  /** Keep the temporary data folder at stop(), for a look afterwards. */
  keepDir?: boolean;
  /** Each part writes its log to <logDir>/<part>.log, a folder relative to the data folder; omitted: the console. */
  logDir?: string;
  /** Services running elsewhere, used instead of starting one here. */
  external?: { databaseUrl?: string; temporalAddress?: string; smtpUrl?: string; fundingApiUrl?: string };
  /** Ports to use; the others are free loopback ports. The Temporal Web UI runs only when given a port. */
  ports?: Partial<Record<PortName, number>>;
  /** Where browsers reach the API (PUBLIC_URL), for the Web UI's codec calls; default http://localhost:<api port>. */
  publicUrl?: string;
  /**
   * The Temporal dev server keeps its state in a SQLite file in the data folder, or in memory; 'postgres': the real
   * Temporal server (built on first use) in its own databases of the stack's PostgreSQL, as production runs it.
   */
  temporalStore: 'file' | 'memory' | 'postgres';
  /** The real Temporal server's history shards (default 4); fixed once its database exists. */
  historyShards?: number;
  namespace?: string;
  /** A folder where the SMTP sink also writes each message (true: <data folder>/mailbox), for the dev mailbox. */
  mailbox?: string | boolean;
  /** Settings of the embedded PostgreSQL beyond its defaults. */
  postgresSettings?: Record<string, string>;
  /** Configured payload keys; omitted: a local key kept in the data folder. */
  payloadKeys?: PayloadKeySet;
  /** Runs once the migrations are applied, before the workers and the API start. */
  seed?: (orm: Orm, temporal: Client) => Promise<void>;
  workers?: number;
  /** child-process: API processes sharing the API's port (scripts/api-cluster.ts); default one. */
  apiProcesses?: number;
  /** Variables of the workers and the API over this process's and the stack's; undefined removes one. */
  env?: Record<string, string | undefined>;
  /** child-process: the API's and the workers' scripts (default api/main.ts, worker.ts), Node options per part. */
  apiScript?: string;
  workerScript?: string;
  nodeArgs?: (part: string) => string[];
  /** in-process: worker options over worker.ts's. */
  workerOptions?: Partial<WorkerOptions>;
  say(part: string, text: string): void;
  /** A child process exited without being told to; by default this is said. */
  onExit?: (part: string, how: string) => void;
  /** Also say what a child process writes to stderr about an error. */
  sayErrors?: boolean;
}

export interface RunningStack<R extends Runs> {
  dir: string;
  databaseUrl: string;
  temporalAddress: string;
  temporalUiUrl?: string;
  smtpUrl: string;
  mailbox?: string;
  fundingApiUrl: string;
  apiUrl: string;
  /** The environment of the workers and the API. */
  env: Record<string, string>;
  /** A client of the stack's namespace, with its payload keys. */
  temporal: Client;
  /** The part of an external service does nothing. */
  postgres: ServerPart<RunningPostgres>;
  temporalServer: ServerPart<RunningDevServer>;
  smtp: ServerPart<SmtpSink>;
  funding: ServerPart<FundingEndpoint>;
  workers: Service<R>[];
  /** The first worker. */
  worker: Service<R>;
  api: Service<R>;
  /**
   * Resolves once the API answers /readyz 200 and every worker polls the case task queue (or those of `parts`
   * only); throws at the deadline, or at once when one of them is not running.
   */
  waitReady(timeoutMs: number, parts?: ServicePart[]): Promise<void>;
}

export interface Stack<R extends Runs> {
  /** Starts every part in order; on a failure, what was started is stopped before the error is thrown. */
  start(): Promise<RunningStack<R>>;
  /** Stops every part started; at any time, also while start() runs (after the step under way). */
  stop(): Promise<void>;
}

export function createStack<R extends Runs>(o: StackOptions<R>): Stack<R> {
  const started: { name: string; stop(): Promise<unknown> }[] = [];
  const services = new Set<object>();
  let tempDir: string | undefined;
  let starting: Promise<RunningStack<R>> | undefined;
  let stopping: Promise<void> | undefined;

  /** Starts a part and records it for stop(), unless stop() came first. */
  const begin = async <P extends Part>(part: P): Promise<P> => {
    if (stopping) throw new Error('the stack was stopped while it started');
    await part.start();
    started.push(part);
    return part;
  };

  const run = async (): Promise<RunningStack<R>> => {
    if (stopping) throw new Error('the stack was stopped before it started');
    const dir = o.dataDir
      ? path.resolve(o.dataDir)
      : (tempDir = await mkdtemp(path.join(os.tmpdir(), `pathway-${o.name}-`)));
    await mkdir(dir, { recursive: true });
    if (tempDir) await chmod(dir, 0o755); // PostgreSQL runs as its own user when this runs as root
    const shown = shownPath(dir);
    const logDir = o.logDir && path.resolve(dir, o.logDir);
    if (logDir) await mkdir(logDir, { recursive: true });
    const logFile = (part: string) => (logDir ? path.join(logDir, `${part}.log`) : undefined);
    const port = async (name: PortName) => o.ports?.[name] ?? (await freePort());
    const external = o.external ?? {};
    const namespace = o.namespace ?? 'default';

    let postgres = serverPart<RunningPostgres>('postgres');
    if (external.databaseUrl) o.say('database', 'using DATABASE_URL');
    else {
      const pgPort = await port('postgres');
      const log = logFile('postgres');
      o.say('database', `starting embedded PostgreSQL on port ${pgPort} (data in ${shown}/postgres)`);
      postgres = await begin(
        serverPart('postgres', () =>
          startEmbeddedPostgres({
            dataDir: path.join(dir, 'postgres'),
            port: pgPort,
            database: 'pathway',
            settings: o.postgresSettings,
            onLog: log ? (line) => appendFileSync(log, line.endsWith('\n') ? line : `${line}\n`) : undefined,
          }),
        ),
      );
    }
    const databaseUrl = external.databaseUrl ?? postgres.running()!.url;

    // Known before Temporal starts: its Web UI calls the API's codec endpoint.
    const apiPort = await port('api');
    let temporalServer = serverPart<RunningDevServer>('temporal');
    let temporalUi: string | undefined;
    const sayAttributes = (added: string[]) =>
      o.say('temporal', `search attributes ${added.length ? `registered: ${added.join(', ')}` : 'kept'}`);
    if (external.temporalAddress) o.say('temporal', `using TEMPORAL_ADDRESS=${external.temporalAddress}`);
    else if (o.temporalStore === 'postgres') {
      const temporalPort = await port('temporal');
      const tools = await installTemporalServer((text) => o.say('temporal', text));
      const schemas = await setupTemporalSchemas(tools, databaseUrl);
      o.say('temporal', `schemas of ${schemas.join(' and ')} up to date`);
      const shards = o.historyShards ?? DEFAULT_HISTORY_SHARDS;
      o.say('temporal', `starting the Temporal server on port ${temporalPort} (PostgreSQL, ${shards} history shards)`);
      const start = await temporalServerStarter({
        tools,
        databaseUrl,
        port: temporalPort,
        historyShards: shards,
        dir,
        // Its own log file even without a log folder: it writes its start-up probes' refusals as errors.
        logFile: logFile('temporal') ?? path.join(dir, 'temporal-server.log'),
      });
      temporalServer = await begin(serverPart('temporal', start));
      const admin = await Connection.connect({ address: temporalServer.running()!.address });
      try {
        o.say('temporal', `namespace ${namespace} ${await registerNamespace(admin, namespace)}`);
        sayAttributes(await registerSearchAttributes(admin, namespace));
      } finally {
        await admin.close();
      }
    } else {
      const temporalPort = await port('temporal');
      const uiPort = o.ports?.temporalUi;
      const store = o.temporalStore === 'file' ? path.join(dir, 'temporal.db') : undefined;
      o.say(
        'temporal',
        `starting the Temporal dev server on port ${temporalPort} ` +
          `(${store ? `data in ${shown}/temporal.db` : 'in memory'})`,
      );
      temporalServer = await begin(
        serverPart('temporal', () =>
          startTemporalDevServer({
            port: temporalPort,
            uiPort,
            uiCodecEndpoint: `${(o.publicUrl ?? `http://localhost:${apiPort}`).replace(/\/+$/, '')}/api/codec`,
            dbFilename: store,
            namespace,
            logFile: logFile('temporal'),
          }),
        ),
      );
      sayAttributes(temporalServer.running()!.searchAttributesAdded ?? []);
      if (uiPort !== undefined) temporalUi = `http://localhost:${uiPort}`;
    }
    const temporalAddress = external.temporalAddress ?? temporalServer.running()!.address;

    let smtp = serverPart<SmtpSink>('smtp');
    const mailbox = o.mailbox === true ? path.join(dir, 'mailbox') : o.mailbox || undefined;
    if (external.smtpUrl) o.say('smtp', 'using SMTP_URL');
    else {
      const smtpPort = await port('smtp');
      smtp = await begin(serverPart('smtp', () => startSmtpSink({ port: smtpPort, dir: mailbox })));
      o.say('smtp', `SMTP sink on port ${smtpPort}${mailbox ? "; messages shown in the web UI's dev mailbox" : ''}`);
    }
    const smtpUrl = external.smtpUrl ?? smtp.running()!.url;

    // ENS's funding system: a local stand-in unless an external one is named. Tell it to fail, hang or succeed with
    // POST /control {"mode": "fail" | "hang" | "fail-after-success" | "succeed"} to try stuck steps.
    let funding = serverPart<FundingEndpoint>('funding');
    if (external.fundingApiUrl) o.say('funding', 'using FUNDING_API_URL');
    else {
      const fundingPort = await port('funding');
      funding = await begin(
        serverPart('funding', () => startFundingEndpoint({ port: fundingPort, dataDir: path.join(dir, 'funding') })),
      );
      const url = funding.running()!.url;
      o.say(
        'funding',
        `local funding system on port ${fundingPort} (POST ${url}/control to make it fail, hang or succeed)`,
      );
    }
    const fundingApiUrl = external.fundingApiUrl ?? funding.running()!.url;

    let payloadKeys = o.payloadKeys;
    if (!payloadKeys) {
      payloadKeys = await localPayloadKeys(dir);
      o.say('encryption', `Temporal payloads encrypted with the local key in ${shown}/payload-keys`);
    }
    const keys = payloadKeysFromConfig({ PAYLOAD_KEYS: payloadKeys.keys, PAYLOAD_KEY_ID: payloadKeys.keyId });

    const connection = await Connection.connect({ address: temporalAddress });
    started.push({ name: 'temporal client', stop: () => connection.close() });
    const temporal = new Client({ connection, namespace, dataConverter: dataConverterFor(keys) });
    const orm = await openOrm(databaseUrl);
    try {
      const applied = await migrate(orm);
      o.say('migrate', applied.length ? `applied ${applied.join(', ')}` : 'schema up to date');
      await o.seed?.(orm, temporal);
    } finally {
      await orm.close();
    }

    const env = Object.fromEntries(
      Object.entries({
        ...process.env,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        DATABASE_URL: databaseUrl,
        TEMPORAL_ADDRESS: temporalAddress,
        TEMPORAL_NAMESPACE: namespace,
        TEMPORAL_UI_URL: process.env.TEMPORAL_UI_URL ?? temporalUi,
        SMTP_URL: smtpUrl,
        ...(external.smtpUrl ? {} : { MAILBOX_DIR: mailbox }),
        FUNDING_API_URL: fundingApiUrl,
        PAYLOAD_KEYS: payloadKeys.keys,
        PAYLOAD_KEY_ID: payloadKeys.keyId,
        PORT: String(apiPort),
        ...o.env,
      }).filter((e): e is [string, string] => e[1] !== undefined),
    );

    // Loaded only to run in process, so that a stack of child processes (npm start) does not load the service.
    const inProcess = o.run === 'in-process' ? await import('./in-process.ts') : undefined;
    const onExit =
      o.onExit ??
      ((part: string, how: string) =>
        o.say(part, `exited by itself (${how})${logDir ? `; see ${logFile(part)}` : ''}`));
    const child = (name: string, script: string) =>
      childProcessPart({
        name,
        script,
        env,
        nodeArgs: o.nodeArgs?.(name),
        logFile: logFile(name),
        onError: o.sayErrors ? (text) => o.say(name, text) : undefined,
        onExit: (how) => onExit(name, how),
      });
    const count = o.workers ?? 1;
    const workers = Array.from({ length: count }, (_, i) => {
      const name = count === 1 ? 'worker' : `worker-${i + 1}`;
      return inProcess
        ? inProcess.inProcessWorker(name, env, o.workerOptions ?? {})
        : child(name, o.workerScript ?? 'worker.ts');
    }) as Service<R>[];
    const apiScript = (o.apiProcesses ?? 1) > 1 ? 'scripts/api-cluster.ts' : (o.apiScript ?? 'api/main.ts');
    if (o.apiProcesses) env.API_PROCESSES = String(o.apiProcesses);
    const api = (inProcess ? inProcess.inProcessApi(env) : child('api', apiScript)) as Service<R>;
    for (const worker of workers) {
      o.say(worker.name, 'starting');
      services.add(await begin(worker));
    }
    o.say('api', `starting on port ${apiPort}`);
    services.add(await begin(api));

    const apiUrl = `http://127.0.0.1:${apiPort}`;
    return {
      dir,
      databaseUrl,
      temporalAddress,
      temporalUiUrl: env.TEMPORAL_UI_URL,
      smtpUrl,
      mailbox: external.smtpUrl ? undefined : mailbox,
      fundingApiUrl,
      apiUrl,
      env,
      temporal,
      postgres,
      temporalServer,
      smtp,
      funding,
      workers,
      worker: workers[0],
      api,
      waitReady: (timeoutMs, parts = [api, ...workers]) =>
        waitUntilReady(
          parts.map((part) => {
            const check = part === api ? apiReady(apiUrl) : workerPolling(temporal, namespace, () => part.pid());
            return async () => {
              if (!part.up()) throw new Error(`${part.name} is not running`);
              return check();
            };
          }),
          timeoutMs,
        ),
    };
  };

  const stop = () =>
    (stopping ??= (async () => {
      await starting?.catch(() => {});
      const parts = started.splice(0).reverse();
      const stopPart = (part: (typeof parts)[number]) =>
        part.stop().catch((e: Error) => o.say(part.name, `stop: ${e.message}`));
      await Promise.all(parts.filter((part) => services.has(part)).map(stopPart));
      for (const part of parts) if (!services.has(part)) await stopPart(part);
      if (tempDir && o.keepDir) o.say('stack', `kept ${tempDir}`);
      else if (tempDir) await rm(tempDir, { recursive: true, force: true });
    })());

  return {
    start() {
      if (starting) throw new Error('the stack was started already');
      starting = run();
      return starting.catch(async (e: unknown) => {
        await stop();
        throw e;
      });
    },
    stop,
  };
}
