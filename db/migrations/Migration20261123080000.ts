import { Migration } from '@mikro-orm/migrations';

// Indexes the benchmark showed missing at 100,000 cases: a case's tasks (read on every case page and after
// every action), and the caseload pages by organisation and by case manager.
export class Migration20261123080000 extends Migration {
  override name = 'Migration20261123080000_read_indexes';

  override up(): void {
    this.addSql(`
      create index case_task_case on case_task (case_id);
      create index case_org_id on "case" (organisation_id, id);
      create index case_manager_id_id on "case" (case_manager_id, id);
    `);
  }
}
