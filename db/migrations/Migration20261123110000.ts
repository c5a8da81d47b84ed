import { Migration } from '@mikro-orm/migrations';

// Steps of any workflow that keep failing and wait for an operator (domain/stuck-steps.ts).
export class Migration20261123110000 extends Migration {
  override name = 'Migration20261123110000_stuck_steps';

  override up(): void {
    this.addSql(`
      create table stuck_step (
        id text primary key,
        kind text not null,
        description text not null,
        workflow_id text not null,
        case_id integer null,
        organisation_id integer null references organisation (id),
        status text not null check (status in ('STUCK', 'RETRYING', 'RESOLVED')),
        attempts integer not null default 0,
        last_error text null,
        first_failed_at timestamptz not null,
        last_failed_at timestamptz not null,
        updated_at timestamptz not null,
        retried_by integer null references app_user (id),
        retries integer not null default 0,
        resolved_at timestamptz null
      );
      create index stuck_step_open on stuck_step (status, last_failed_at desc) where status <> 'RESOLVED';
    `);
  }
}
