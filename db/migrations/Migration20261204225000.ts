import { Migration } from '@mikro-orm/migrations';

// R-PER-17: a person's other phones and emails. The default of each kind stays in individual.phone and
// individual.email, so the single phone and email people already have are their defaults without a copy.
export class Migration20261204225000 extends Migration {
  override name = 'Migration20261204225000_individual_contacts';

  override up(): void {
    this.addSql(`
      create table individual_contact (
        id serial primary key,
        individual_id integer not null references individual (id) on delete cascade,
        kind text not null check (kind in ('PHONE', 'EMAIL')),
        value text not null,
        created_by integer not null references app_user (id),
        created_at timestamptz not null default now()
      );`);
    this.addSql(
      'create unique index individual_contact_value on individual_contact (individual_id, kind, lower(value));',
    );
  }
}
