import { Migration } from '@mikro-orm/migrations';

// A person's title, marital status, languages spoken and date of death (spec 01 §3.2), and their other addresses
// (R-PER-17): the default address stays in the individual's own columns, like the default phone and email, so the
// address every person already has is their default without a copy.
export class Migration20261205030000 extends Migration {
  override name = 'Migration20261205030000_person_details';

  override up(): void {
    this.addSql(`
      alter table individual
        add column title text,
        add column marital_status text,
        add column languages text[] not null default '{}',
        add column date_of_death date,
        add constraint individual_death_after_birth check (date_of_death is null or date_of_death >= date_of_birth);`);
    this.addSql(`
      create table individual_address (
        id serial primary key,
        individual_id integer not null references individual (id) on delete cascade,
        address_line1 text not null,
        city text not null,
        province text not null,
        country text not null,
        postal_code text not null,
        created_by integer not null references app_user (id),
        created_at timestamptz not null default now()
      );`);
    this.addSql('create index individual_address_individual on individual_address (individual_id);');
  }
}
