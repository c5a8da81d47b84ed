import { Migration } from '@mikro-orm/migrations';

// Failed sign-ins counted in PostgreSQL (domain/sign-in-throttle.ts), so that parallel requests and every API
// instance share one count: a row per account, address or known device that has failed. A row untouched for an
// hour is forgotten, and deleted by a later sign-in.
export class Migration20261125100000 extends Migration {
  override name = 'Migration20261125100000_sign_in_throttle';

  override up(): void {
    this.addSql(`
      create table sign_in_throttle (
        key text primary key,
        failures integer not null default 0,
        next_attempt_at timestamptz not null
      );
      create index sign_in_throttle_next_attempt on sign_in_throttle (next_attempt_at);
    `);
  }
}
