import { Migration } from '@mikro-orm/migrations';

// A command id is unique within its case, not across cases: timer commands ("timer:WEEK_24_DUE:<date>") and
// Update ids derived from an Idempotency-Key repeat from one case to another.
export class Migration20261123070000 extends Migration {
  override name = 'Migration20261123070000_case_command_key';

  override up(): void {
    this.addSql(`
      alter table case_command drop constraint case_command_pkey;
      alter table case_command add primary key (case_id, id);
    `);
  }
}
