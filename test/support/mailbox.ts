// The test SMTP server's mailbox, read from its folder (for tests that run no API).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** How many messages with exactly this subject the test SMTP server has received. */
export async function mailsWithSubject(subject: string): Promise<number> {
  const dir = process.env.MAILBOX_DIR!;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.eml'));
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
  return texts.filter((t) => t.includes(`Subject: ${subject}`)).length;
}
