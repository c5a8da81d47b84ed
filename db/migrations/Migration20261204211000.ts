import { Migration } from '@mikro-orm/migrations';

// R-NOTIF-04: reminders users create for themselves, due on a day, with a priority and optionally about a case.
export class Migration20261204211000 extends Migration {
  override name = 'Migration20261204211000_user_reminder';

  override up(): void {
    this.addSql(`
      create table user_reminder (
        id serial primary key,
        organisation_id int not null,
        owner_id int not null references app_user(id),
        case_id int null references "case"(id),
        due_date date not null,
        priority text not null,
        description text not null,
        created_at timestamptz not null default now()
      );
      create index user_reminder_owner on user_reminder (owner_id, due_date);
      create index user_reminder_case on user_reminder (case_id) where case_id is not null;
    `);
  }
}
