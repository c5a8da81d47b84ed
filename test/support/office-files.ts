// Real office files for the document tests, written by LibreOffice itself from a text: a Word document (.docx) and an
// OpenDocument text (.odt) as a case manager's word processor saves them.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

/** `text` saved by LibreOffice as a file of type `format` (docx, odt). */
export async function officeFile(text: string, format: 'docx' | 'odt'): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pathway-test-office-'));
  try {
    await writeFile(path.join(dir, 'letter.txt'), text);
    await promisify(execFile)(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        format,
        '--outdir',
        dir,
        path.join(dir, 'letter.txt'),
      ],
      { timeout: 60_000 },
    );
    return await readFile(path.join(dir, `letter.${format}`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A file named .docx that starts like one (a ZIP) but is damaged: what a broken download leaves. */
export const damagedDocx = (): Buffer =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('not the rest of a Word document '.repeat(40))]);
