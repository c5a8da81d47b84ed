import { Migration } from '@mikro-orm/migrations';

// R-PER-08 (security issue 16, item 8): one individual per SIN in an organisation, held by a unique index so two adds
// at the same moment cannot both pass the check. Individuals that already share a SIN in one organisation are not
// merged here, which needs a person to judge: the first one added keeps the SIN, the others' SIN moves to
// individual_sin_duplicate (each with the individual that kept it) for operations to review and merge, and the count
// is raised as a notice. Their cases and records are otherwise untouched.
export class Migration20261124212000 extends Migration {
  override name = 'Migration20261124212000_individual_sin_unique';

  override up(): void {
    this.addSql(`
      create table individual_sin_duplicate (
        individual_id integer primary key references individual (id),
        organisation_id integer not null references organisation (id),
        sin text not null,
        kept_by_individual_id integer not null references individual (id),
        found_at timestamptz not null default now()
      );
      insert into individual_sin_duplicate (individual_id, organisation_id, sin, kept_by_individual_id)
        select id, organisation_id, sin, kept from (
          select id, organisation_id, sin, min(id) over (partition by organisation_id, sin) as kept
            from individual where sin is not null
        ) d where id <> kept;
      update individual set sin = null where id in (select individual_id from individual_sin_duplicate);
      do $$
      declare n integer;
      begin
        select count(*) into n from individual_sin_duplicate;
        if n > 0 then
          raise notice '% individual(s) shared a SIN with an earlier one: see individual_sin_duplicate', n;
        end if;
      end $$;
      create unique index individual_organisation_sin on individual (organisation_id, sin) where sin is not null;
    `);
  }
}
