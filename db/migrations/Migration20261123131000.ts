import { Migration } from '@mikro-orm/migrations';

// R-OPS-03: a stuck step also retries by itself; operations see when.
export class Migration20261123131000 extends Migration {
  override name = 'Migration20261123131000_stuck_step_next_retry';

  override up(): void {
    this.addSql('alter table stuck_step add column next_retry_at timestamptz;');
  }
}
