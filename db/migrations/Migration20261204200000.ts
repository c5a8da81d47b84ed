import { Migration } from '@mikro-orm/migrations';

// A stuck step Pathway understands (a conflicting answer from an outside system) keeps its explanation and the
// resolutions an operator may choose, or chose; and every step the run it belongs to, for a link to Temporal's UI.
export class Migration20261204200000 extends Migration {
  override name = 'Migration20261204200000_stuck_step_problem';

  override up(): void {
    this.addSql(
      `alter table stuck_step add column problem jsonb null, add column resolutions jsonb not null default '[]', ` +
        `add column run_id text null;`,
    );
  }
}
