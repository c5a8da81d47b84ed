import { Migration } from '@mikro-orm/migrations';
import { normalLoginId } from '../../domain/login-ids.ts';

interface Login {
  id: number;
  organisation_id: number;
  code: string;
  login_id: string;
}

// User IDs stored in their normal form (domain/login-ids.ts: NFKC, then lower case), compared by plain equality.
// Two users of one organisation whose IDs become the same stop the migration, naming both, before anything changes.
export class Migration20261125100500 extends Migration {
  override name = 'Migration20261125100500_login_id_normal_form';

  override async up(): Promise<void> {
    const logins = (await this.execute(
      `select u.id, u.organisation_id, o.code, u.login_id
         from app_user u join organisation o on o.id = u.organisation_id
        where u.login_id is not null order by u.id`,
    )) as unknown as Login[];
    const seen = new Map<string, Login>();
    for (const login of logins) {
      const key = `${login.organisation_id}|${normalLoginId(login.login_id)}`;
      const first = seen.get(key);
      if (first)
        throw new Error(
          `Organisation ${login.code}: the user IDs "${first.login_id}" (app_user ${first.id}) and ` +
            `"${login.login_id}" (app_user ${login.id}) are the same once normalised ` +
            `("${normalLoginId(login.login_id)}"). Give one of them another user ID ` +
            `(update app_user set login_id = '…' where id = ${login.id}), tell that user, then migrate again.`,
        );
      seen.set(key, login);
    }
    await this.execute('drop index app_user_login');
    for (const login of logins) {
      const normal = normalLoginId(login.login_id);
      if (normal !== login.login_id)
        await this.execute('update app_user set login_id = ? where id = ?', [normal, login.id]);
    }
    await this.execute('create unique index app_user_login on app_user (organisation_id, login_id)');
  }
}
