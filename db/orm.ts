// One MikroORM instance per process, configured from DATABASE_URL; migrations ship with the code.
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { entities } from './entities.ts';
import { Migration20261123000000 } from './migrations/Migration20261123000000.ts';
import { Migration20261123010000 } from './migrations/Migration20261123010000.ts';
import { Migration20261123020000 } from './migrations/Migration20261123020000.ts';
import { Migration20261123030000 } from './migrations/Migration20261123030000.ts';
import { Migration20261123040000 } from './migrations/Migration20261123040000.ts';
import { Migration20261123050000 } from './migrations/Migration20261123050000.ts';
import { Migration20261123060000 } from './migrations/Migration20261123060000.ts';
import { Migration20261123070000 } from './migrations/Migration20261123070000.ts';
import { Migration20261123080000 } from './migrations/Migration20261123080000.ts';
import { Migration20261123090000 } from './migrations/Migration20261123090000.ts';
import { Migration20261123110000 } from './migrations/Migration20261123110000.ts';
import { Migration20261123110500 } from './migrations/Migration20261123110500.ts';
import { Migration20261123111000 } from './migrations/Migration20261123111000.ts';
import { Migration20261123113000 } from './migrations/Migration20261123113000.ts';
import { Migration20261123120000 } from './migrations/Migration20261123120000.ts';
import { Migration20261123130000 } from './migrations/Migration20261123130000.ts';
import { Migration20261123131000 } from './migrations/Migration20261123131000.ts';
import { Migration20261124091500 } from './migrations/Migration20261124091500.ts';
import { Migration20261124092000 } from './migrations/Migration20261124092000.ts';
import { Migration20261124092500 } from './migrations/Migration20261124092500.ts';
import { Migration20261124210000 } from './migrations/Migration20261124210000.ts';
import { Migration20261124211000 } from './migrations/Migration20261124211000.ts';
import { Migration20261124212000 } from './migrations/Migration20261124212000.ts';
import { Migration20261125100000 } from './migrations/Migration20261125100000.ts';
import { Migration20261125100500 } from './migrations/Migration20261125100500.ts';
import { Migration20261204100000 } from './migrations/Migration20261204100000.ts';
import { Migration20261204170000 } from './migrations/Migration20261204170000.ts';
import { Migration20261204200000 } from './migrations/Migration20261204200000.ts';
import { Migration20261204203000 } from './migrations/Migration20261204203000.ts';
import { Migration20261204210000 } from './migrations/Migration20261204210000.ts';
import { Migration20261204211000 } from './migrations/Migration20261204211000.ts';
import { Migration20261204220000 } from './migrations/Migration20261204220000.ts';
import { Migration20261204223000 } from './migrations/Migration20261204223000.ts';
import { Migration20261204225000 } from './migrations/Migration20261204225000.ts';
import { Migration20261205010000 } from './migrations/Migration20261205010000.ts';
import { Migration20261205020000 } from './migrations/Migration20261205020000.ts';
import { Migration20261205030000 } from './migrations/Migration20261205030000.ts';
import { Migration20261205040000 } from './migrations/Migration20261205040000.ts';

export type Orm = MikroORM;

export async function openOrm(databaseUrl: string, options: { poolMax?: number } = {}): Promise<Orm> {
  return MikroORM.init({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: [
        { name: 'Migration20261123000000_initial', class: Migration20261123000000 },
        { name: 'Migration20261123010000_address_history', class: Migration20261123010000 },
        { name: 'Migration20261123020000_notifications', class: Migration20261123020000 },
        { name: 'Migration20261123030000_education_experience', class: Migration20261123030000 },
        { name: 'Migration20261123040000_additional_information', class: Migration20261123040000 },
        { name: 'Migration20261123050000_follow_up_anchors', class: Migration20261123050000 },
        { name: 'Migration20261123060000_provincial_registry', class: Migration20261123060000 },
        { name: 'Migration20261123070000_case_command_key', class: Migration20261123070000 },
        { name: 'Migration20261123080000_read_indexes', class: Migration20261123080000 },
        { name: 'Migration20261123090000_search_indexes', class: Migration20261123090000 },
        { name: 'Migration20261123110000_stuck_steps', class: Migration20261123110000 },
        { name: 'Migration20261123110500_referrals', class: Migration20261123110500 },
        { name: 'Migration20261123111000_outbox_attachments', class: Migration20261123111000 },
        { name: 'Migration20261123113000_contacts', class: Migration20261123113000 },
        { name: 'Migration20261123120000_services_funding', class: Migration20261123120000 },
        { name: 'Migration20261123130000_alias_individual_index', class: Migration20261123130000 },
        { name: 'Migration20261123131000_stuck_step_next_retry', class: Migration20261123131000 },
        { name: 'Migration20261124091500_outbox_organisation', class: Migration20261124091500 },
        { name: 'Migration20261124092000_password_reset', class: Migration20261124092000 },
        { name: 'Migration20261124092500_access_request_confirmation', class: Migration20261124092500 },
        { name: 'Migration20261124210000_delivering_organisation_id', class: Migration20261124210000 },
        { name: 'Migration20261124211000_registry_audit', class: Migration20261124211000 },
        { name: 'Migration20261124212000_individual_sin_unique', class: Migration20261124212000 },
        { name: 'Migration20261125100000_sign_in_throttle', class: Migration20261125100000 },
        { name: 'Migration20261125100500_login_id_normal_form', class: Migration20261125100500 },
        { name: 'Migration20261204100000_document_versions', class: Migration20261204100000 },
        { name: 'Migration20261204170000_notification_french', class: Migration20261204170000 },
        { name: 'Migration20261204200000_stuck_step_problem', class: Migration20261204200000 },
        { name: 'Migration20261204203000_individual_change', class: Migration20261204203000 },
        { name: 'Migration20261204210000_delivery_access', class: Migration20261204210000 },
        { name: 'Migration20261204211000_user_reminder', class: Migration20261204211000 },
        {
          name: 'Migration20261204220000_support_sessions_access_reviews',
          class: Migration20261204220000,
        },
        { name: 'Migration20261204223000_business_partner', class: Migration20261204223000 },
        { name: 'Migration20261204225000_individual_contacts', class: Migration20261204225000 },
        { name: 'Migration20261205010000_document_pdf', class: Migration20261205010000 },
        { name: 'Migration20261205020000_referral_drafts', class: Migration20261205020000 },
        { name: 'Migration20261205030000_person_details', class: Migration20261205030000 },
        { name: 'Migration20261205040000_recent_items', class: Migration20261205040000 },
      ],
      transactional: true,
      allOrNothing: true,
      silent: true,
      // Migrations are written by hand; no schema snapshot file is needed.
      snapshot: false,
    },
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: false,
    // Entities are defined with defineEntity; nothing to discover from the file system.
    discovery: { warnWhenNoEntities: true },
  });
}

/** Applies pending migrations; safe to run on every start. */
export async function migrate(orm: Orm): Promise<string[]> {
  const done = await orm.migrator.up();
  return done.map((m) => m.name);
}
