import { Migration } from '@mikro-orm/migrations';

// An access request is received only once its requester opens the link sent to the address they gave (security
// issue, item 7): until then it is UNCONFIRMED, holds its link's SHA-256 and is shown to nobody. Existing requests keep
// their status.
export class Migration20261124092500 extends Migration {
  override name = 'Migration20261124092500_access_request_confirmation';

  override up(): void {
    this.addSql(`
      alter table access_request drop constraint access_request_status_check;
      alter table access_request add constraint access_request_status_check
        check (status in ('UNCONFIRMED', 'SUBMITTED', 'APPROVED', 'REJECTED'));
      alter table access_request add column confirm_token_hash text null unique;
      alter table access_request add column confirm_expires_at timestamptz null;
      alter table access_request add column confirmed_at timestamptz null;
    `);
  }
}
