// No Docker engine runs in CI, so the compose file is checked by reading it: every Pathway service's
// environment must pass the same configuration schema the processes validate at start.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { configSchema, parseConfig } from '../../infra/config.ts';
import { searchAttributeCliPairs } from '../../scripts/services/search-attributes.ts';

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
        deploy?: { replicas?: number };
      }
    >;
  };
  beforeAll(async () => {
    compose = parse(await readFile(path.join(root, 'docker-compose.yml'), 'utf8'), { merge: true });
  });

  test('has PostgreSQL, Temporal, its Web UI, an SMTP catcher, the migration, the API and a scalable worker', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'api',
      'mailpit',
      'migrate',
      'postgres',
      'temporal',
      'temporal-search-attributes',
      'temporal-ui',
      'worker',
    ]);
    expect(compose.services.temporal.image).toMatch(/^temporalio\/auto-setup:/);
    expect(compose.services['temporal-ui'].image).toMatch(/^temporalio\/ui:/);
    expect(compose.services.postgres.image).toMatch(/^postgres:/);
    expect(compose.services.worker.deploy?.replicas).toBeGreaterThan(1);
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
