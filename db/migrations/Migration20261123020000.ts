import { Migration } from '@mikro-orm/migrations';

// R-INT-09 / R-NOTIF-01: system notifications of a case (one progress check per open intervention). They
// belong to the case, so its current case manager sees them (R-NOTIF-06).
export class Migration20261123020000 extends Migration {
  override name = 'Migration20261123020000_notifications';

  override up(): void {
    this.addSql(`
      create table case_notification (
        case_id int not null references "case"(id),
        key text not null,
        kind text not null,
        priority text not null,
        message text not null,
        due_date date not null,
        created_by int references app_user(id),
        created_at timestamptz not null default now(),
        primary key (case_id, key)
      );
      create index case_notification_due on case_notification (due_date);
    `);
  }
}
