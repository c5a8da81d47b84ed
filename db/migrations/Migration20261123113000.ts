import { Migration } from '@mikro-orm/migrations';

// Organisations, contacts, invitations, access requests and the access audit log (spec 04).
// A contact is an app_user row: one without LaMPSS access has no user ID and no password.
export class Migration20261123113000 extends Migration {
  override name = 'Migration20261123113000_contacts';

  override up(): void {
    this.addSql(`
      -- Case- and accent-insensitive comparison for contact search and ordering (R-CON-13, R-CON-15).
      create function fold(s text) returns text language sql immutable parallel safe as $f$
        select lower(translate(s,
          'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿ',
          'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyy'))
      $f$;

      alter table organisation
        add column type text not null default 'PRIVATE_NON_PROFIT',
        add column address_line1 text null,
        add column city text null,
        add column province text null,
        add column postal_code text null,
        add column phone text null,
        add column inactive boolean not null default false,
        add column service_enrolment boolean not null default false,
        add column private_career_college boolean not null default false,
        add column learner_management boolean not null default false,
        add column version integer not null default 1;

      create table office_location (
        id serial primary key,
        organisation_id integer not null references organisation (id),
        name text not null,
        active boolean not null default true
      );

      alter table app_user
        alter column login_id drop not null,
        alter column password_hash drop not null,
        add column job_title text null,
        add column phone text null,
        add column mobile_phone text null,
        add column language text not null default 'EN' check (language in ('EN', 'FR')),
        add column is_primary boolean not null default false,
        add column office_location_id integer null references office_location (id),
        add column position_type text null,
        add column fte numeric(3, 2) null check (fte is null or (fte >= 0.01 and fte <= 1)),
        add column start_date date null,
        add column end_date date null,
        add column account_email text null,
        add column last_sign_in_at timestamptz null,
        add column version integer not null default 1,
        add constraint app_user_access check ((login_id is null) = (password_hash is null)),
        add constraint app_user_primary_has_access check (not is_primary or (active and login_id is not null));
      -- R-CON-05: one primary contact per organisation; R-CON-04: one active contact per email in an organisation.
      create unique index app_user_one_primary on app_user (organisation_id) where is_primary;
      create unique index app_user_active_email on app_user (organisation_id, lower(email)) where active;
      create index app_user_org_names on app_user (organisation_id, fold(last_name), fold(first_name));

      create table invitation (
        id serial primary key,
        organisation_id integer not null references organisation (id),
        contact_id integer not null references app_user (id),
        token_hash text not null unique,
        profiles text[] not null check (cardinality(profiles) >= 1),
        message text null check (char_length(message) <= 1000),
        sent_to_email text not null,
        invited_by integer null references app_user (id),
        created_at timestamptz not null,
        expires_at timestamptz not null,
        status text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'WITHDRAWN', 'EXPIRED', 'CANCELLED')),
        ended_at timestamptz null,
        ended_by integer null references app_user (id),
        end_reason text null
      );
      -- R-INV-06: at most one pending invitation per contact.
      create unique index invitation_one_pending on invitation (contact_id) where status = 'PENDING';

      create table access_request (
        id serial primary key,
        submitted_at timestamptz not null default now(),
        last_name text not null,
        first_name text not null,
        email text not null,
        phone text null,
        job_title text null,
        language text not null default 'EN',
        organisation_name text not null,
        organisation_type text not null,
        address_line1 text not null,
        city text not null,
        province text not null,
        postal_code text not null,
        organisation_phone text not null,
        family text not null check (family in ('OFA', 'PCC')),
        status text not null default 'SUBMITTED' check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
        decided_by integer null references app_user (id),
        decided_at timestamptz null,
        decision_note text null,
        organisation_id integer null references organisation (id),
        contact_id integer null references app_user (id)
      );

      -- R-SEC-14, SR-06: append-only; the trigger refuses every change to a written row.
      create table access_audit (
        id bigserial primary key,
        at timestamptz not null default now(),
        organisation_id integer null references organisation (id),
        actor_id integer null references app_user (id),
        actor_name text not null,
        action text not null,
        target_type text not null,
        target_id text null,
        target_name text null,
        before jsonb null,
        after jsonb null,
        ip text null,
        user_agent text null
      );
      create index access_audit_org on access_audit (organisation_id, at desc, id desc);
      create function access_audit_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'access_audit is append-only: % refused', tg_op;
      end $$;
      create trigger access_audit_no_change before update or delete on access_audit
        for each row execute function access_audit_append_only();
      create trigger access_audit_no_truncate before truncate on access_audit
        for each statement execute function access_audit_append_only();
    `);
  }
}
