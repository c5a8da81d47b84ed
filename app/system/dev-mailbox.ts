// The development mailbox: the emails the embedded SMTP sink kept in its folder, newest first (at most 200).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';

export async function devMailbox(dir: string) {
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .reverse()
    .slice(0, 200);
  return Promise.all(
    files.map(async (f) => {
      const mail = await simpleParser(await readFile(path.join(dir, f)));
      const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
      const attachments = mail.attachments.map((a) => ({
        filename: a.filename ?? '',
        contentType: a.contentType,
        size: a.size,
      }));
      return {
        id: f.replace(/\.eml$/, ''),
        to,
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        date: mail.date?.toISOString() ?? null,
        attachments,
      };
    }),
  );
}
