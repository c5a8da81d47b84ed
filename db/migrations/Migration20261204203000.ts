import { Migration } from '@mikro-orm/migrations';

// R-UI-04: each change to a person's details, with the user who made it and the fields it changed.
export class Migration20261204203000 extends Migration {
  override name = 'Migration20261204203000_individual_change';

  override up(): void {
    this.addSql(`
      create table individual_change (
        id serial primary key,
        individual_id int not null references individual(id),
        changed_by int not null references app_user(id),
        changed_at timestamptz not null default now(),
        fields text[] not null
      );
      create index individual_change_individual on individual_change (individual_id, changed_at);
    `);
  }
}
