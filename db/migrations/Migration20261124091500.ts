import { Migration } from '@mikro-orm/migrations';

// The dev mailbox shows Operations Support only their organisation's emails: each outbox email names the organisation
// whose case, user or action it is about. Emails written before have none and are shown to nobody.
export class Migration20261124091500 extends Migration {
  override name = 'Migration20261124091500_outbox_organisation';

  override up(): void {
    this.addSql('alter table email_outbox add column organisation_id int null references organisation(id);');
  }
}
