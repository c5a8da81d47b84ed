import { Migration } from '@mikro-orm/migrations';

// R-PER-14: every address change keeps the previous address with the period it was valid.
export class Migration20261123010000 extends Migration {
  override name = 'Migration20261123010000_address_history';

  override up(): void {
    this.addSql(`
      create table individual_address_history (
        id serial primary key,
        individual_id int not null references individual(id),
        address_line1 text not null,
        city text not null,
        province text not null,
        country text not null,
        postal_code text not null,
        valid_from timestamptz not null,
        valid_to timestamptz not null,
        changed_by int not null references app_user(id)
      );
      create index individual_address_history_individual on individual_address_history (individual_id);
      alter table individual add column address_since timestamptz not null default now();
      alter table case_note add column updated_at timestamptz;
    `);
  }
}
