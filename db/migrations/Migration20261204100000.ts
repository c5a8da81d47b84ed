import { Migration } from '@mikro-orm/migrations';

// R-DOC-05 and the evidence a funding application rests on: replacing a document keeps the file it replaces.
export class Migration20261204100000 extends Migration {
  override name = 'Migration20261204100000_document_versions';

  override up(): void {
    this.addSql(`
      alter table case_document add column version int not null default 1;
      create table case_document_version (
        document_id int not null references case_document (id),
        version int not null,
        file_name text not null,
        content_type text not null,
        size_bytes int not null,
        sha256 text not null,
        content bytea not null,
        created_by int null,
        created_on date not null,
        replaced_by int null,
        replaced_at timestamptz not null default now(),
        primary key (document_id, version)
      );
    `);
  }
}
