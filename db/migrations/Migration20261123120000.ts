import { Migration } from '@mikro-orm/migrations';

// Enhanced services and their participants (spec 02 §3.1-3.2), case documents (§3.10) and funding requests
// with their history (§3.8, §3.12). A service row is locked while a seat is taken, so two saves at the same
// moment cannot over-book it (R-WL-08); waitlist numbers come from a per-service counter, never reused (R-WL-05).
export class Migration20261123120000 extends Migration {
  override name = 'Migration20261123120000_services_funding';

  override up(): void {
    this.addSql(`
      create table enhanced_service (
        id serial primary key,
        organisation_id int not null references organisation(id),
        service_format text not null,
        accountability_reporting text not null,
        name text not null,
        description text not null,
        service_type text not null,
        primary_audience text,
        status text not null default 'SCHEDULED',
        start_date date not null,
        end_date date not null,
        start_time text,
        end_time text,
        min_participants int not null,
        max_participants int not null,
        location text not null,
        visibility text not null,
        additional_details text,
        last_waitlist_number int not null default 0,
        created_by int not null references app_user(id),
        created_at timestamptz not null default now()
      );
      create index enhanced_service_org on enhanced_service (organisation_id, start_date);

      create table service_participant (
        id serial primary key,
        service_id int not null references enhanced_service(id),
        individual_id int references individual(id),
        case_id int references "case"(id),
        first_name text not null,
        last_name text not null,
        email text,
        phone text,
        status text not null,
        waitlist_number int,
        session_date date,
        created_by int not null references app_user(id),
        created_at timestamptz not null default now(),
        status_changed_at timestamptz not null default now()
      );
      create index service_participant_service on service_participant (service_id);
      create index service_participant_case on service_participant (case_id);

      create table service_participant_history (
        id serial primary key,
        participant_id int not null references service_participant(id),
        from_status text,
        to_status text not null,
        changed_by int not null references app_user(id),
        changed_at timestamptz not null default now()
      );
      create index service_participant_history_participant on service_participant_history (participant_id);

      create table case_document (
        id serial primary key,
        case_id int not null references "case"(id),
        context text not null,
        file_name text not null,
        document_name text not null,
        topic text not null,
        content_type text not null,
        size_bytes int not null,
        sha256 text not null,
        content bytea not null,
        created_by int references app_user(id),
        created_on date not null,
        changed_on date not null,
        deleted_at timestamptz
      );
      create index case_document_case on case_document (case_id);

      create table funding_package (
        id serial primary key,
        case_id int not null references "case"(id),
        intervention_id text not null,
        program_code text not null,
        state text not null,
        workflow_id text not null,
        snapshot jsonb not null,
        agreement_id int,
        created_by int references app_user(id),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );
      create index funding_package_case on funding_package (case_id);
      create unique index funding_package_agreement on funding_package (agreement_id) where agreement_id is not null;
      -- R-FUND-04: one active package per intervention.
      create unique index funding_package_active on funding_package (case_id, intervention_id)
        where state not in ('DELETED', 'CLOSED');

      create table funding_event (
        package_id int not null references funding_package(id),
        command_id text not null,
        seq int not null,
        case_id int not null references "case"(id),
        type text not null,
        detail jsonb not null,
        actor_id int references app_user(id),
        at timestamptz not null,
        primary key (package_id, command_id, seq)
      );
      create index funding_event_case on funding_event (case_id, at);
    `);
  }
}
