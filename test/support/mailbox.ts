// The test SMTP server's mailbox, read from its folder: the API's dev mailbox shows Operations Support only their own
// organisation's emails, so tests read what arrived where the server keeps it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string }[];
}

/** Parsed once per file: the folder only grows during a run. */
const parsed = new Map<string, Mail>();

/** Every email the test SMTP server has received, newest first. */
export async function receivedMails(): Promise<Mail[]> {
  const dir = process.env.MAILBOX_DIR!;
  const files = (await readdir(dir))
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .reverse();
  for (const f of files.filter((name) => !parsed.has(name))) {
    const mail = await simpleParser(await readFile(path.join(dir, f)));
    const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
    const attachments = mail.attachments.map((a) => ({ filename: a.filename ?? '', contentType: a.contentType }));
    parsed.set(f, { to, subject: mail.subject ?? '', text: mail.text ?? '', attachments });
  }
  return files.map((f) => parsed.get(f)!);
}

/** How many messages with exactly this subject the test SMTP server has received. */
export async function mailsWithSubject(subject: string): Promise<number> {
  const dir = process.env.MAILBOX_DIR!;
  const files = (await readdir(dir)).filter((f) => f.endsWith('.eml'));
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
  return texts.filter((t) => t.includes(`Subject: ${subject}`)).length;
}
