import { Migration } from '@mikro-orm/migrations';

// Indexes for the individual search and the duplicate check, which look names up by Soundex on individuals and
// on aliases separately (a union of index lookups): first names without a last name, and aliases by first name.
export class Migration20261123090000 extends Migration {
  override name = 'Migration20261123090000_search_indexes';

  override up(): void {
    this.addSql(`
      create index individual_first_names on individual (organisation_id, first_name_soundex);
      create index individual_alias_first_names on individual_alias (first_name_soundex);
    `);
  }
}
