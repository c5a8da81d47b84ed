import { Migration } from '@mikro-orm/migrations';

// Additional Case Information (R-ASM-01..05): each organisation chooses its modules and questions; each case
// keeps its answers per module with a status.
export class Migration20261123040000 extends Migration {
  override name = 'Migration20261123040000_additional_information';

  override up(): void {
    this.addSql(`
      create table org_info_module (
        organisation_id int not null references organisation(id),
        module_code text not null,
        display_order int not null,
        required boolean not null,
        primary key (organisation_id, module_code)
      );
      create table org_info_question (
        id serial primary key,
        organisation_id int not null references organisation(id),
        module_code text not null,
        text text not null,
        answer_type text not null,
        options jsonb not null default '[]',
        required boolean not null,
        display_order int not null
      );
      create index org_info_question_org on org_info_question (organisation_id, module_code);
      create table case_info_module (
        case_id int not null references "case"(id),
        module_code text not null,
        answers jsonb not null,
        status text not null,
        updated_at timestamptz not null,
        updated_by int references app_user(id),
        primary key (case_id, module_code)
      );
    `);
  }
}
