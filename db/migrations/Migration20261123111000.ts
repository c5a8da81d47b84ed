import { Migration } from '@mikro-orm/migrations';

// Emails may carry attachments (a referral's letter, R-REF-13); the outbox keeps them so a resend is the same email.
export class Migration20261123111000 extends Migration {
  override name = 'Migration20261123111000_outbox_attachments';

  override up(): void {
    this.addSql(`alter table email_outbox add column attachments jsonb not null default '[]'::jsonb;`);
  }
}
