import { Migration } from '@mikro-orm/migrations';

// The duplicate check looks up the few individuals whose name pair matches, then checks each one's aliases:
// an index on the alias's individual keeps that check to an index lookup however many aliases there are.
export class Migration20261123130000 extends Migration {
  override name = 'Migration20261123130000_alias_individual_index';

  override up(): void {
    this.addSql('create index individual_alias_individual on individual_alias (individual_id);');
  }
}
