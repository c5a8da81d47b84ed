// Sends the outbox's emails over SMTP. An email is written to the outbox first (idempotent by its key), then
// sent and marked SENT; a failed send is recorded and retried by the calling activity.
import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EmailContent } from '../domain/emails.ts';
import { EmailOutbox } from '../db/entities.ts';

export interface Mailer {
  /** Queues an email under `key` (once) and sends it unless it was already sent. */
  deliver(em: EntityManager, key: string, kind: string, recipient: string, content: EmailContent): Promise<void>;
  /** Sends an email queued earlier under `key` (see queueEmail), unless it was already sent. */
  sendQueued(em: EntityManager, key: string): Promise<void>;
  verify(): Promise<void>;
  close(): void;
}

/**
 * Writes an email to the outbox under `key` (once), without sending it: in the transaction of the change it belongs
 * to, so a text that must not leave the database elsewhere (an invitation link) is written only here.
 */
export async function queueEmail(em: EntityManager, key: string, kind: string, recipient: string, content: EmailContent): Promise<void> {
  const attachments = (content.attachments ?? []).map((a) => ({ filename: a.filename, contentType: a.contentType, base64: Buffer.from(a.content).toString('base64') }));
  await em.execute(
    'insert into email_outbox (id, kind, recipient, subject, body, attachments) values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing',
    [key, kind, recipient, content.subject, content.text, JSON.stringify(attachments)],
  );
}

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(smtpUrl, { from });
  const mailer: Mailer = {
    async deliver(em, key, kind, recipient, content) {
      await queueEmail(em, key, kind, recipient, content);
      await mailer.sendQueued(em, key);
    },
    async sendQueued(em, key) {
      const row = await em.fork().findOneOrFail(EmailOutbox, { id: key });
      if (row.status === 'SENT') return;
      try {
        const info = await transport.sendMail({
          to: row.recipient,
          subject: row.subject,
          text: row.body,
          attachments: row.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.base64, 'base64') })),
          // A stable Message-ID lets a receiving server or a person spot a resend of the same email.
          messageId: `<${encodeURIComponent(key)}@pathway>`,
        });
        await em.nativeUpdate(EmailOutbox, { id: key }, { status: 'SENT', sentAt: new Date(), attempts: row.attempts + 1, messageId: info.messageId, lastError: null });
      } catch (e) {
        await em.nativeUpdate(EmailOutbox, { id: key }, { status: 'FAILED', attempts: row.attempts + 1, lastError: String((e as Error).message ?? e) });
        throw e;
      }
    },
    verify: () => transport.verify().then(() => undefined),
    close: () => transport.close(),
  };
  return mailer;
}
