import { Migration } from '@mikro-orm/migrations';

// Forgotten passwords (R-UI-07): a single-use link that expires, stored only as its token's SHA-256; and the counters
// that throttle resets, password changes and access requests per account and per address (SR-10).
export class Migration20261124092000 extends Migration {
  override name = 'Migration20261124092000_password_reset';

  override up(): void {
    this.addSql(`
      create table password_reset (
        id serial primary key,
        user_id int not null references app_user(id),
        token_hash text not null unique,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        ended_at timestamptz null,
        end_reason text null check (end_reason in ('USED', 'REPLACED', 'PASSWORD_CHANGED')),
        check ((ended_at is null) = (end_reason is null))
      );
      create index password_reset_pending on password_reset (user_id) where ended_at is null;
      create table throttle (
        bucket text primary key,
        window_started_at timestamptz not null,
        hits int not null
      );
      create index throttle_window on throttle (window_started_at);
    `);
  }
}
