// No Docker engine runs in CI, so the compose file is checked by reading it: every Pathway service's
// environment must pass the same configuration schema the processes validate at start, every service it depends
// on exists, and Temporal runs as `npm run start:cluster` runs it (same server version, schema steps, shards).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { configSchema, parseConfig } from '../../infra/config.ts';
import { DEFAULT_HISTORY_SHARDS } from '../../scripts/services/temporal-server.ts';
import { TEMPORAL_SERVER_VERSION } from '../../scripts/services/temporal-server-install.ts';
import { searchAttributeCliPairs } from '../../scripts/services/search-attributes.ts';
import { runtimeImports } from '../../worker.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Compose's interpolation with no variable set: ${VAR:-default} gives the default, ${VAR} nothing. */
const interpolate = (v: unknown) =>
  String(v)
    .replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')
    .replace(/\$\{[A-Z_]+\}/g, '');

describe('docker-compose.yml', () => {
  let compose: {
    services: Record<
      string,
      {
        image?: string;
        build?: string;
        command?: string[];
        environment?: Record<string, unknown>;
        depends_on?: string[] | Record<string, { condition: string }>;
        volumes?: string[];
        restart?: string;
        deploy?: { replicas?: number };
      }
    >;
  };
  beforeAll(async () => {
    compose = parse(await readFile(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
  });

  test(
    'has PostgreSQL, Temporal with its schema, namespace and search-attribute jobs, its Web UI, an SMTP catcher, ' +
      'the migration, the API and a scalable worker',
    () => {
      expect(Object.keys(compose.services)).toEqual(
        expect.arrayContaining([
          'api',
          'mailpit',
          'migrate',
          'postgres',
          'temporal',
          'temporal-namespace',
          'temporal-schema',
          'temporal-search-attributes',
          'temporal-ui',
          'worker',
        ]),
      );
      expect(compose.services['temporal-ui'].image).toMatch(/^temporalio\/ui:/);
      expect(compose.services.postgres.image).toMatch(/^postgres:/);
      expect(compose.services.worker.deploy?.replicas).toBeGreaterThan(1);
    },
  );

  test('every image is pinned to a version, and none is the deprecated auto-setup', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (service.build) continue;
      expect([name, service.image]).toEqual([name, expect.stringMatching(/^[\w./-]+:v?\d[\w.-]*$/)]);
      expect(service.image).not.toMatch(/auto-setup/);
    }
  });

  test('the Temporal server and its schema job run the version start:cluster builds, with the same shards', () => {
    expect(compose.services.temporal.image).toBe(`temporalio/server:${TEMPORAL_SERVER_VERSION}`);
    expect(compose.services['temporal-schema'].image).toBe(`temporalio/admin-tools:${TEMPORAL_SERVER_VERSION}`);
    expect(Number(compose.services.temporal.environment?.NUM_HISTORY_SHARDS)).toBe(DEFAULT_HISTORY_SHARDS);
    const steps = compose.services['temporal-schema'].command!.join(' ');
    for (const db of ['temporal', 'temporal_visibility'])
      for (const step of ['create-database', 'setup-schema --version 0.0', 'update-schema'])
        expect(steps).toContain(`--database ${db} ${step}`);
  });

  test('every service it depends on exists, and the one-shot jobs are waited for until they succeed', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      const deps = Array.isArray(service.depends_on) ? service.depends_on : Object.keys(service.depends_on ?? {});
      expect([name, deps.filter((d) => !compose.services[d])]).toEqual([name, []]);
      if (Array.isArray(service.depends_on) || !service.depends_on) continue;
      for (const [dep, { condition }] of Object.entries(service.depends_on))
        if (compose.services[dep].restart === 'no')
          expect([name, dep, condition]).toEqual([name, dep, 'service_completed_successfully']);
    }
    const after = (name: string) => Object.keys(compose.services[name].depends_on ?? {});
    expect(after('temporal')).toContain('temporal-schema');
    expect(after('api')).toContain('temporal-namespace');
    expect(after('worker')).toContain('temporal-namespace');
  });

  test('the files it mounts exist', async () => {
    const mounts = Object.values(compose.services).flatMap((s) => s.volumes ?? []);
    for (const source of mounts.map((m) => m.split(':')[0]).filter((m) => m.startsWith('./')))
      await expect(readFile(path.join(root, source))).resolves.toBeTruthy();
  });

  test.each(['api', 'worker', 'migrate'])('the %s service environment matches the configuration schema', (name) => {
    const service = compose.services[name];
    expect(service.build).toBe('.');
    const env = Object.fromEntries(Object.entries(service.environment ?? {}).map(([k, v]) => [k, interpolate(v)]));
    const known = Object.keys(configSchema.shape);
    expect(Object.keys(env).filter((k) => !known.includes(k))).toEqual([]);
    expect(() => parseConfig(env, ['DATABASE_URL', 'TEMPORAL_ADDRESS', 'SMTP_URL'])).not.toThrow();
  });

  test("the one-shot job registers every search attribute the workflows upsert, with the code's types", () => {
    const job = compose.services['temporal-search-attributes'];
    const listed = String(job.environment?.PATHWAY_SEARCH_ATTRIBUTES).split(/\s+/).filter(Boolean);
    expect(listed.sort()).toEqual(searchAttributeCliPairs().sort());
    expect(job.command?.join('\n')).toContain('temporal operator search-attribute create');
  });

  test('the commands name files that exist', async () => {
    for (const name of ['api', 'worker', 'migrate']) {
      const file = compose.services[name].command![1];
      await expect(readFile(path.join(root, file))).resolves.toBeTruthy();
    }
  });
});

describe('Dockerfile', () => {
  /** The image's own stage (the last), as `[source…, destination]` per COPY, with where each comes from. */
  async function runtimeCopies() {
    const text = await readFile(path.join(root, 'Dockerfile'), 'utf8');
    const stage = text.slice(text.lastIndexOf('\nFROM '));
    return [...stage.matchAll(/^COPY (--from=\S+ )?(.+)$/gm)].map((m) => {
      const args = m[2].trim().split(/\s+/);
      return { from: m[1]?.trim() ?? null, sources: args.slice(0, -1) };
    });
  }

  test('the image holds every module the API, the worker and the migration load, and the built web UI', async () => {
    const copies = await runtimeCopies();
    const copied = copies.filter((c) => !c.from).flatMap((c) => c.sources);
    const loaded = ['api/main.ts', 'worker.ts', 'scripts/migrate.ts', 'workflows/index.ts'].flatMap((entry) => [
      ...runtimeImports(path.join(root, entry)),
    ]);
    const missing = [...new Set(loaded.map((file) => path.relative(root, file)))].filter(
      (file) => !copied.some((source) => file === source || file.startsWith(`${source.replace(/\/$/, '')}/`)),
    );
    expect(missing).toEqual([]);
    expect(copies).toContainEqual({ from: '--from=web', sources: ['/app/dist/web'] });
  });
});
