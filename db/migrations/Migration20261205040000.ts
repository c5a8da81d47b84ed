import { Migration } from '@mikro-orm/migrations';

// The seeds' Recent Agreements/Cases and Recent Persons: what each user opened last, kept here rather than in an API
// process so every instance shows the same lists. One row per user and item; opening it again moves it up.
export class Migration20261205040000 extends Migration {
  override name = 'Migration20261205040000_recent_items';

  override up(): void {
    this.addSql(`
      create table recent_item (
        user_id integer not null references app_user (id) on delete cascade,
        kind text not null check (kind in ('CASE', 'AGREEMENT', 'PERSON')),
        item_id integer not null,
        organisation_id integer not null references organisation (id),
        opened_at timestamptz not null default now(),
        primary key (user_id, kind, item_id)
      );`);
    this.addSql('create index recent_item_latest on recent_item (user_id, kind, opened_at desc);');
  }
}
