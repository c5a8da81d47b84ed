import { Migration } from '@mikro-orm/migrations';

// R-FU-10: the follow-up anchors A and L, frozen when the case enters Follow-up and moved only by a correction.
export class Migration20261123050000 extends Migration {
  override name = 'Migration20261123050000_follow_up_anchors';

  override up(): void {
    this.addSql(`
      alter table "case" add column follow_up_plan_end date, add column follow_up_last_intervention_end date;
      update "case" c set follow_up_plan_end = r.start_date,
             follow_up_last_intervention_end = coalesce(
               (select max(coalesce(i.actual_end_date, i.planned_end_date)) from intervention i
                 where i.case_id = c.id and not i.deleted),
               r.start_date)
        from case_status_row r where r.case_id = c.id and r.status = 'FOLLOW_UP';
    `);
  }
}
