import { Migration } from '@mikro-orm/migrations';

// Education & Experience (spec 01 §3.10): one document per case, saved as a whole.
export class Migration20261123030000 extends Migration {
  override name = 'Migration20261123030000_education_experience';

  override up(): void {
    this.addSql(`
      create table case_education (
        case_id int primary key references "case"(id),
        highest_education_level text not null,
        document jsonb not null,
        updated_at timestamptz not null,
        updated_by int references app_user(id)
      );
    `);
  }
}
