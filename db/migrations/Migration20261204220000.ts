import { Migration } from '@mikro-orm/migrations';

// R-SEC-18: Operations Support acting as another organisation, one row per such session, kept with the session in
// PostgreSQL so every API instance sees it. R-SEC-17: each periodic access review an administrator records.
export class Migration20261204220000 extends Migration {
  override name = 'Migration20261204220000_support_sessions_access_reviews';

  override up(): void {
    this.addSql(`
      create table support_session (
        id serial primary key,
        session_id text null,
        user_id integer not null references app_user (id),
        user_name text not null,
        organisation_id integer not null references organisation (id),
        reason text not null,
        started_at timestamptz not null default now(),
        ended_at timestamptz null,
        end_reason text null check (end_reason in ('STOPPED', 'SIGNED_OUT', 'SWITCHED', 'ACCESS_ENDED'))
      );`);
    this.addSql('create unique index support_session_open on support_session (session_id) where ended_at is null;');
    this.addSql('create index support_session_organisation on support_session (organisation_id, started_at desc);');
    this.addSql(`
      create table access_review (
        id serial primary key,
        organisation_id integer not null references organisation (id),
        reviewed_by integer not null references app_user (id),
        reviewer_name text not null,
        reviewed_at timestamptz not null default now(),
        users_reviewed integer not null,
        dormant_users integer not null,
        note text null
      );`);
    this.addSql('create index access_review_organisation on access_review (organisation_id, reviewed_at desc);');
  }
}
