// The development mailbox: the emails the embedded SMTP sink kept in its folder, newest first (at most 200), for
// Operations Support and only their own organisation's (security issue, item 1: any user read every organisation's
// invitation links here). An email belongs to the organisation its outbox row names (infra/mailer.ts); the sink's
// file is matched to that row by its Message-ID. An email of no organisation (a public request's) is shown to nobody.
import { open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { EmailOutbox } from '../../db/entities.ts';
import { forbidden } from '../../domain/refusals.ts';
import { can } from '../../domain/permissions.ts';
import { keyOfMessageId } from '../../infra/mailer.ts';
import type { AppContext } from '../context.ts';

/** How many of the newest files are looked through for the caller's organisation's emails. */
const SCANNED = 2000;
const SHOWN = 200;

/** The Message-ID of a kept email, read from the start of its file only (the headers come first). */
async function messageIdOf(file: string): Promise<string | undefined> {
  const handle = await open(file);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16_384), 0, 16_384, 0);
    const text = buffer.toString('utf8', 0, bytesRead);
    const end = text.search(/\r?\n\r?\n/);
    return /^Message-ID:\s*<([^>\r\n]+)>/im.exec(end < 0 ? text : text.slice(0, end))?.[1];
  } finally {
    await handle.close();
  }
}

export async function devMailbox(ctx: Pick<AppContext, 'em' | 'user'>, dir: string) {
  if (!can(ctx.user.profiles, 'ops.view'))
    throw forbidden({
      en: 'Only LaMPSS Operations Support may read the dev mailbox, and only their organisation’s emails.',
      fr:
        'Seul le Soutien aux opérations du LaMPSS peut lire la boîte de courriel de développement, et seulement les ' +
        'courriels de son organisme.',
    });
  const files = (await readdir(dir).catch(() => [] as string[]))
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .reverse()
    .slice(0, SCANNED);
  const keyed: { f: string; key: string | undefined }[] = [];
  // A hundred files open at a time, well under the process's limit.
  for (let i = 0; i < files.length; i += 100)
    keyed.push(
      ...(await Promise.all(
        files.slice(i, i + 100).map(async (f) => ({
          f,
          key: keyOfMessageId(await messageIdOf(path.join(dir, f)).catch(() => undefined)),
        })),
      )),
    );
  const keys = keyed.flatMap((m) => (m.key ? [m.key] : []));
  const own = new Map(
    (
      await ctx.em.find(
        EmailOutbox,
        { id: { $in: keys }, organisationId: ctx.user.organisationId },
        { fields: ['id', 'kind', 'organisationId'] },
      )
    ).map((row) => [row.id, row]),
  );
  const mine = keyed.filter((m) => m.key && own.has(m.key)).slice(0, SHOWN);
  return Promise.all(
    mine.map(async ({ f, key }) => {
      const mail = await simpleParser(await readFile(path.join(dir, f)));
      const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
      const attachments = mail.attachments.map((a) => ({
        filename: a.filename ?? '',
        contentType: a.contentType,
        size: a.size,
      }));
      const row = own.get(key!)!;
      return {
        id: f.replace(/\.eml$/, ''),
        to,
        subject: mail.subject ?? '',
        text: mail.text ?? '',
        date: mail.date?.toISOString() ?? null,
        attachments,
        kind: row.kind,
        organisationId: row.organisationId,
      };
    }),
  );
}
