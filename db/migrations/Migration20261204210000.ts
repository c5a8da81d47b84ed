import { Migration } from '@mikro-orm/migrations';

// R-DLV-03, R-DLV-05: saving an External intervention delivered by an organisation of Pathway shares the client
// with it for good, so the share is a grant of its own (reason DELIVERY) that outlives the intervention; the shares
// made before are granted from the interventions that made them, deleted ones included.
export class Migration20261204210000 extends Migration {
  override name = 'Migration20261204210000_delivery_access';

  override up(): void {
    this.addSql(`
      alter table individual_access drop constraint individual_access_reason_check;
      alter table individual_access add constraint individual_access_reason_check
        check (reason in ('REFERRAL', 'TRANSFER', 'DELIVERY'));
      insert into individual_access (individual_id, organisation_id, reason)
      select distinct c.individual_id, x.delivering_organisation_id, 'DELIVERY'
        from intervention x join "case" c on c.id = x.case_id
       where x.delivery_model = 'EXTERNAL' and x.delivering_organisation_id is not null
         and x.delivering_organisation_id <> c.organisation_id
      on conflict (individual_id, organisation_id) do nothing;
    `);
  }
}
