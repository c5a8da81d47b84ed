import { Migration } from '@mikro-orm/migrations';

// R-DLV-03 (security issue 16, item 2): an External intervention shares its case with the organisation chosen from
// the list, by id. Existing interventions keep their free-text name and share nothing: a name could be matched by
// renaming an organisation, so no name is turned into an id here. An owning organisation that still wants to share
// adds an External intervention with the organisation chosen from the list.
export class Migration20261124210000 extends Migration {
  override name = 'Migration20261124210000_delivering_organisation_id';

  override up(): void {
    this.addSql('alter table intervention add column delivering_organisation_id integer references organisation (id);');
  }
}
