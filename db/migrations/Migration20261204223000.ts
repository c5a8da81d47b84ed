import { Migration } from '@mikro-orm/migrations';

// R-BP-01: Business Partners besides the organisations of Pathway (which are public partners as they are): public ones
// kept by ENS (owner null) and private ones of one organisation; and each user's Recent partners (R-INT-03).
export class Migration20261204223000 extends Migration {
  override name = 'Migration20261204223000_business_partner';

  override up(): void {
    this.addSql(`
      create table business_partner (
        id serial primary key,
        owner_organisation_id int null references organisation(id),
        name text not null,
        city text null,
        services text null,
        phone text null,
        created_at timestamptz not null default now()
      );
      create index business_partner_owner on business_partner (owner_organisation_id);
      create table business_partner_recent (
        user_id int not null references app_user(id),
        name text not null,
        organisation_id int null,
        used_at timestamptz not null default now(),
        primary key (user_id, name)
      );
      -- Educational institutions ENS listed as public partners before Pathway (seed 001, lines 1511-1513).
      insert into business_partner (name, city, services)
      values ('Nova Scotia Community College', 'Halifax', 'Education');
    `);
  }
}
