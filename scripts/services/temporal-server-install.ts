// The real Temporal server (not the CLI's dev server) and its schema tool, built from source with Go into
// .tools/temporal-server the first time `npm run start:cluster` or `npm run test:cluster` needs them, then kept.
// Built on first use rather than in npm's postinstall: the build takes minutes and needs Go, and most people
// (and the Docker image) never run the cluster. The PostgreSQL schema folders come from the same module, so the
// schemas always match the server.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../project-root.ts';

/** v1.32.2 and later need a newer Go than this project's machines have. */
export const TEMPORAL_SERVER_VERSION = '1.32.0';
const MODULE = 'go.temporal.io/server';

export interface TemporalServerTools {
  server: string;
  sqlTool: string;
  /** The module's schema/postgresql/v12 folder: temporal/ and visibility/, each with versioned/. */
  postgresSchemaDir: string;
}

const home = path.join(projectRoot, '.tools/temporal-server');
const tools: TemporalServerTools = {
  server: path.join(home, 'bin/temporal-server'),
  sqlTool: path.join(home, 'bin/temporal-sql-tool'),
  postgresSchemaDir: path.join(home, 'schema/postgresql/v12'),
};

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(out.trim()) : reject(new Error(`${command} ${args.join(' ')} failed (${code}): ${out}`)),
    );
  });
}

async function installed(): Promise<boolean> {
  const versionFile = path.join(home, 'VERSION');
  if (!existsSync(versionFile) || !existsSync(tools.server) || !existsSync(tools.sqlTool)) return false;
  return (await readFile(versionFile, 'utf8')).trim() === TEMPORAL_SERVER_VERSION;
}

/** The binaries of TEMPORAL_SERVER_VERSION, built once (a few minutes) when they are not there yet. */
export async function installTemporalServer(say: (text: string) => void): Promise<TemporalServerTools> {
  if (await installed()) return tools;
  // GOTOOLCHAIN=local: build with the machine's Go instead of downloading another toolchain.
  const env = { ...process.env, GOTOOLCHAIN: 'local' };
  const goVersion = await run('go', ['version'], env, projectRoot).catch(() => {
    throw new Error(
      `The Temporal server ${TEMPORAL_SERVER_VERSION} is built from source with Go, which was not found: ` +
        `install Go 1.26.8 or newer and run the command again.`,
    );
  });
  say(`building the Temporal server ${TEMPORAL_SERVER_VERSION} with ${goVersion} (a few minutes, once)`);
  await mkdir(home, { recursive: true });
  const build = await mkdtemp(path.join(home, 'build-'));
  try {
    const buildEnv = { ...env, GOBIN: path.join(build, 'bin') };
    for (const cmd of ['cmd/server', 'cmd/tools/sql'])
      await run('go', ['install', `${MODULE}/${cmd}@v${TEMPORAL_SERVER_VERSION}`], buildEnv, build);
    const modCache = await run('go', ['env', 'GOMODCACHE'], env, build);
    await rm(path.join(home, 'schema'), { recursive: true, force: true });
    await cp(
      path.join(modCache, `${MODULE}@v${TEMPORAL_SERVER_VERSION}`, 'schema/postgresql/v12'),
      tools.postgresSchemaDir,
      {
        recursive: true,
      },
    );
    await run('chmod', ['-R', 'u+w', tools.postgresSchemaDir], env, build); // the module cache's files are read-only
    await mkdir(path.dirname(tools.server), { recursive: true });
    await rename(path.join(build, 'bin/server'), tools.server);
    await rename(path.join(build, 'bin/sql'), tools.sqlTool);
    await writeFile(path.join(home, 'VERSION'), `${TEMPORAL_SERVER_VERSION}\n`);
  } finally {
    await rm(build, { recursive: true, force: true });
  }
  say(`Temporal server ${TEMPORAL_SERVER_VERSION} built into ${path.relative(projectRoot, home)}`);
  return tools;
}
