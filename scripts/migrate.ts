// `npm run migrate`: applies pending database migrations to DATABASE_URL (the compose file runs it first).
import { migrate, openOrm } from '../db/orm.ts';
import { ConfigError, parseConfig } from '../infra/config.ts';

try {
  const config = parseConfig(process.env, ['DATABASE_URL']);
  const orm = await openOrm(config.DATABASE_URL!);
  const applied = await migrate(orm);
  console.log(applied.length ? `applied ${applied.join(', ')}` : 'schema up to date');
  await orm.close();
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
}
