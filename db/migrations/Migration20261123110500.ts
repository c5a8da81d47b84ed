import { Migration } from '@mikro-orm/migrations';

// Referrals between organisations (seed 000): the referral rows, the organisation's general contact email that
// referrals go to by default (R-REF-07), and the read access a referral or a transfer gives to a client's record.
export class Migration20261123110500 extends Migration {
  override name = 'Migration20261123110500_referrals';

  override up(): void {
    this.addSql(`
      alter table organisation add column general_email text null;
      create table referral (
        id text primary key,
        case_id int not null references "case"(id),
        type text not null check (type in ('CASE_TRANSFER', 'INFO_WITHIN_LAMPSS', 'INFO_OUTSIDE_LAMPSS')),
        from_organisation_id int not null references organisation(id),
        submitted_by int not null references app_user(id),
        to_organisation_id int null references organisation(id),
        to_organisation_name text not null,
        contact_person text not null,
        emailed_to text not null,
        language text not null check (language in ('EN', 'FR')),
        template text not null,
        subject text not null,
        body text not null,
        submitted_on date not null,
        submitted_at timestamptz not null,
        status text not null check (status in ('SENT', 'EMAILED', 'EMAIL_FAILED')),
        emailed_at timestamptz null,
        transfer_outcome text not null check (transfer_outcome in ('PENDING', 'COMPLETED', 'SUPERSEDED', 'NOT_APPLICABLE')),
        transfer_completed_at timestamptz null,
        check ((type = 'INFO_OUTSIDE_LAMPSS') = (to_organisation_id is null))
      );
      create index referral_case on referral (case_id, submitted_at desc);
      create index referral_incoming on referral (to_organisation_id, transfer_outcome) where to_organisation_id is not null;
      create table individual_access (
        individual_id int not null references individual(id),
        organisation_id int not null references organisation(id),
        reason text not null check (reason in ('REFERRAL', 'TRANSFER')),
        granted_at timestamptz not null default now(),
        primary key (individual_id, organisation_id)
      );
    `);
  }
}
