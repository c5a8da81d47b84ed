import { Migration } from '@mikro-orm/migrations';

// The run of its workflow a stuck step was reported from, so the Operations page links to that run in Temporal's
// Web UI (null for steps reported before: the link opens the workflow's latest run).
export class Migration20261204203000 extends Migration {
  override name = 'Migration20261204203000_stuck_step_run_id';

  override up(): void {
    this.addSql('alter table stuck_step add column run_id text;');
  }
}
