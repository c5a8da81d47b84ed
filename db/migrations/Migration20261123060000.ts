import { Migration } from '@mikro-orm/migrations';

// The provincial person registry that sharing checks and merges with (R-PER-19..21). In production ENS owns
// it; Pathway keeps the shared records it knows here and links each shared individual to one.
export class Migration20261123060000 extends Migration {
  override name = 'Migration20261123060000_provincial_registry';

  override up(): void {
    this.addSql(`
      create table provincial_person (
        id serial primary key,
        first_name text not null,
        last_name text not null,
        first_name_soundex text not null,
        last_name_soundex text not null,
        gender text not null,
        date_of_birth date not null,
        sin text,
        address_line1 text not null,
        city text not null,
        province text not null,
        country text not null,
        postal_code text not null,
        phone text,
        email text,
        has_ens_funding_agreement boolean not null default false,
        created_at timestamptz not null default now()
      );
      create index provincial_person_names on provincial_person (last_name_soundex, first_name_soundex, date_of_birth);
      create index provincial_person_sin on provincial_person (sin);
      alter table individual add column provincial_person_id int references provincial_person(id);
    `);
  }
}
