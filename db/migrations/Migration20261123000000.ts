import { Migration } from '@mikro-orm/migrations';

// The initial schema. Lists (caseload, alerts, search) read these tables, never Temporal.
export class Migration20261123000000 extends Migration {
  override name = 'Migration20261123000000_initial';

  override up(): void {
    this.addSql(`
      create table organisation (
        id serial primary key,
        code text not null unique,
        name text not null,
        active_funding_agreement boolean not null default true,
        external_case_management boolean not null default true,
        client_tracking boolean not null default true,
        created_at timestamptz not null default now()
      );
      create table app_user (
        id serial primary key,
        organisation_id int not null references organisation(id),
        login_id text not null,
        first_name text not null,
        last_name text not null,
        email text not null,
        password_hash text not null,
        profiles text[] not null default '{}',
        active boolean not null default true,
        created_at timestamptz not null default now()
      );
      create unique index app_user_login on app_user (organisation_id, lower(login_id));
      create table user_session (
        id text primary key,
        user_id int not null references app_user(id),
        created_at timestamptz not null default now(),
        last_seen_at timestamptz not null default now(),
        expires_at timestamptz not null
      );
      create sequence individual_id_seq start 100000 maxvalue 999999;
      create table individual (
        id int primary key default nextval('individual_id_seq'),
        organisation_id int not null references organisation(id),
        first_name text not null,
        last_name text not null,
        first_name_soundex text not null,
        last_name_soundex text not null,
        middle_initial text,
        gender text not null,
        date_of_birth date not null,
        sin text,
        phone text,
        email text,
        address_line1 text not null,
        city text not null,
        province text not null,
        country text not null,
        postal_code text not null,
        shared_with_government boolean not null default false,
        consent_recorded_at timestamptz,
        created_by int not null references app_user(id),
        created_at timestamptz not null default now()
      );
      create index individual_names on individual (organisation_id, last_name_soundex, first_name_soundex);
      create index individual_dob on individual (organisation_id, date_of_birth);
      create index individual_sin on individual (sin);
      create table individual_alias (
        id serial primary key,
        individual_id int not null references individual(id),
        first_name text,
        last_name text,
        first_name_soundex text,
        last_name_soundex text,
        source text not null,
        created_by int not null references app_user(id),
        created_at timestamptz not null default now()
      );
      create index individual_alias_names on individual_alias (last_name_soundex, first_name_soundex);
      create sequence case_id_seq start 100000;
      create table "case" (
        id int primary key default nextval('case_id_seq'),
        individual_id int not null references individual(id),
        organisation_id int not null references organisation(id),
        case_manager_id int not null references app_user(id),
        program text not null,
        accountability_reporting text not null,
        registration jsonb,
        status text not null,
        status_since date not null,
        workflow_id text not null unique,
        created_by int not null references app_user(id),
        created_at timestamptz not null default now(),
        closed_reason text
      );
      create index case_caseload on "case" (case_manager_id, status);
      create index case_org_status on "case" (organisation_id, status);
      create unique index case_one_open_per_individual on "case" (individual_id) where status <> 'CLOSED';
      create table case_status_row (
        id serial primary key,
        case_id int not null references "case"(id),
        status text not null,
        start_date date not null,
        end_date date,
        reason text not null,
        changed_by int references app_user(id),
        recorded_at timestamptz not null default now()
      );
      create index case_status_row_case on case_status_row (case_id);
      create unique index case_status_row_current on case_status_row (case_id) where end_date is null;
      create table case_task (
        id text primary key,
        case_id int not null references "case"(id),
        type text not null,
        opened_on date not null,
        due_date date,
        state text not null,
        outcome text,
        closed_on date,
        closed_by int references app_user(id),
        created_by int references app_user(id)
      );
      create index case_task_open on case_task (case_id) where state = 'OPEN';
      create table case_alert (
        case_id int not null references "case"(id),
        key text not null,
        kind text not null,
        due_date date not null,
        raised_on date not null,
        cleared_on date,
        ref text,
        primary key (case_id, key)
      );
      create index case_alert_open on case_alert (case_id) where cleared_on is null;
      create table intervention (
        id text primary key,
        case_id int not null references "case"(id),
        dimension text not null,
        intervention_type text not null,
        funding_type text not null,
        delivery_model text not null,
        delivering_organisation text,
        planned_start_date date not null,
        planned_end_date date not null,
        description text not null,
        funding_requested boolean not null,
        status text not null,
        actual_end_date date,
        non_completion_reason text,
        deleted boolean not null default false
      );
      create index intervention_case on intervention (case_id);
      create table needs_determination (
        case_id int not null references "case"(id),
        version int not null,
        completed boolean not null,
        employment_goal text,
        job_preferences jsonb not null,
        barriers jsonb not null,
        saved_on date not null,
        saved_by int references app_user(id),
        primary key (case_id, version)
      );
      create table case_note (
        id text primary key,
        case_id int not null references "case"(id),
        text text not null,
        context text,
        created_by int references app_user(id),
        created_at timestamptz not null
      );
      create index case_note_case on case_note (case_id);
      create table employment_outcome (
        id text primary key,
        case_id int not null references "case"(id),
        type text not null,
        actual_outcome_date date not null,
        employment_status text not null,
        details jsonb not null,
        recorded_on date not null,
        recorded_by int references app_user(id),
        deleted_at timestamptz
      );
      create index employment_outcome_case on employment_outcome (case_id);
      -- R-FU-03 / R-PM-14: one RTWAP Closure, one 24-week and one 52-week outcome per case.
      create unique index employment_outcome_once on employment_outcome (case_id, type)
        where type in ('RTWAP_CLOSURE', 'WEEK_24', 'WEEK_52') and deleted_at is null;
      create table case_command (
        id text primary key,
        case_id int not null references "case"(id),
        actor_id int references app_user(id),
        at timestamptz not null,
        events jsonb not null
      );
      create index case_command_case on case_command (case_id, at);
      create table email_outbox (
        id text primary key,
        kind text not null,
        recipient text not null,
        subject text not null,
        body text not null,
        status text not null default 'PENDING',
        attempts int not null default 0,
        last_error text,
        created_at timestamptz not null default now(),
        sent_at timestamptz,
        message_id text
      );
      create table idempotency_key (
        user_id int not null references app_user(id),
        key text not null,
        request_hash text not null,
        status_code int,
        response jsonb,
        created_at timestamptz not null default now(),
        primary key (user_id, key)
      );
    `);
  }
}
