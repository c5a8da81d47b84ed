import { Migration } from '@mikro-orm/migrations';

// R-REF-21: a referral being written is kept as a draft, so notes and documents can be attached to it before it is
// sent. A draft's id becomes the sent referral's id; `sent_at` is set when the referral is recorded, and an
// attachment is refused from then on. The notes and documents stay the case's own (case_note, case_document): a
// column says which referral they were attached to.
export class Migration20261205020000 extends Migration {
  override name = 'Migration20261205020000_referral_drafts';

  override up(): void {
    this.addSql(`
      create table referral_draft (
        id text primary key,
        case_id integer not null references "case" (id),
        organisation_id integer not null references organisation (id),
        created_by integer not null references app_user (id),
        created_at timestamptz not null default now(),
        sent_at timestamptz
      );`);
    this.addSql('create index referral_draft_case on referral_draft (case_id) where sent_at is null;');
    // No foreign key on notes: the case's projection writes them and must never fail on a draft cancelled meanwhile.
    this.addSql('alter table case_note add column referral_id text;');
    this.addSql(
      'alter table case_document add column referral_id text references referral_draft (id) on delete set null;',
    );
    this.addSql('create index case_note_referral on case_note (referral_id) where referral_id is not null;');
    this.addSql('create index case_document_referral on case_document (referral_id) where referral_id is not null;');
  }
}
