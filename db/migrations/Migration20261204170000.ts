import { Migration } from '@mikro-orm/migrations';

// A case's notifications are shown in English and in French: the French of each (null for those raised before).
export class Migration20261204170000 extends Migration {
  override name = 'Migration20261204170000_notification_french';

  override up(): void {
    this.addSql(`alter table case_notification add column message_fr text null;`);
  }
}
