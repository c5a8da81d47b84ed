import { Migration } from '@mikro-orm/migrations';

// The provincial registry holds every organisation's shared clients (security issue 16, item 3): only the
// organisation that serves a person changes their record, and every change, creation or reveal of a record's details
// is written to registry_audit (append-only, like access_audit). Records made before this have no creating
// organisation: they are changed only by an organisation with an open case of a person linked to them.
export class Migration20261124211000 extends Migration {
  override name = 'Migration20261124211000_registry_audit';

  override up(): void {
    this.addSql(`
      alter table provincial_person add column created_by_organisation_id integer references organisation (id);

      create table registry_audit (
        id bigserial primary key,
        at timestamptz not null default now(),
        provincial_person_id integer not null references provincial_person (id),
        organisation_id integer not null references organisation (id),
        actor_id integer not null references app_user (id),
        individual_id integer not null references individual (id),
        action text not null,
        before jsonb null,
        after jsonb null
      );
      create index registry_audit_person on registry_audit (provincial_person_id, at desc, id desc);
      create function registry_audit_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'registry_audit is append-only: % refused', tg_op;
      end $$;
      create trigger registry_audit_no_change before update or delete on registry_audit
        for each row execute function registry_audit_append_only();
      create trigger registry_audit_no_truncate before truncate on registry_audit
        for each statement execute function registry_audit_append_only();
    `);
  }
}
