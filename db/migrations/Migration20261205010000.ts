import { Migration } from '@mikro-orm/migrations';

// R-DOC-03: each document's PDF beside its original, made by the conversion workflow. A PDF original is its own PDF
// (no copy, no status); a file kept before conversion existed has no status and gets its PDF when it is replaced.
export class Migration20261205010000 extends Migration {
  override name = 'Migration20261205010000_document_pdf';

  override up(): void {
    this.addSql(`
      alter table case_document
        add column pdf_status text null check (pdf_status in ('PROCESSING', 'READY', 'FAILED')),
        add column pdf_content bytea null,
        add column pdf_size_bytes integer null,
        add column pdf_sha256 text null;`);
  }
}
