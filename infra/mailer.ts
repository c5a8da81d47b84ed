// Sends the outbox's emails over SMTP. An email is written to the outbox first (idempotent by its key), then
// sent and marked SENT; a failed send is recorded and retried by the calling activity.
import type { EntityManager } from '@mikro-orm/postgresql';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EmailContent } from '../domain/emails.ts';
import { EmailOutbox } from '../db/entities.ts';

/** The Message-ID of an outbox email (without angle brackets): stable, so a resend of the same email can be spotted. */
export const messageIdFor = (key: string) => `${encodeURIComponent(key)}@pathway`;

/** The outbox key a Message-ID was made from (messageIdFor), if it is one of Pathway's. */
export function keyOfMessageId(messageId: string | undefined): string | undefined {
  const local = messageId?.endsWith('@pathway') ? messageId.slice(0, -'@pathway'.length) : undefined;
  try {
    return local === undefined ? undefined : decodeURIComponent(local);
  } catch {
    return undefined;
  }
}

/** An email of the outbox: its key (one email per key), kind, recipient and organisation. */
export interface OutboxEmail {
  key: string;
  kind: string;
  recipient: string;
  /**
   * The organisation whose case, user or action the email is about (the dev mailbox shows it to that organisation's
   * Operations Support only); null for the emails of a public request, shown to nobody.
   */
  organisationId: number | null;
}

export interface Mailer {
  /** Queues an email under its key (once) and sends it unless it was already sent. */
  deliver(em: EntityManager, email: OutboxEmail, content: EmailContent): Promise<void>;
  /** Sends an email queued earlier under `key` (see queueEmail), unless it was already sent. */
  sendQueued(em: EntityManager, key: string): Promise<void>;
  verify(): Promise<void>;
  close(): void;
}

/**
 * Writes an email to the outbox under `key` (once), without sending it: in the transaction of the change it belongs
 * to, so a text that must not leave the database elsewhere (an invitation link) is written only here.
 */
export async function queueEmail(em: EntityManager, email: OutboxEmail, content: EmailContent): Promise<void> {
  const attachments = (content.attachments ?? []).map((a) => ({
    filename: a.filename,
    contentType: a.contentType,
    base64: Buffer.from(a.content).toString('base64'),
  }));
  await em.execute(
    'insert into email_outbox (id, kind, recipient, subject, body, attachments, organisation_id) ' +
      'values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing',
    [
      email.key,
      email.kind,
      email.recipient,
      content.subject,
      content.text,
      JSON.stringify(attachments),
      email.organisationId,
    ],
  );
}

/** How long a sent email's SENT mark is retried when PostgreSQL is briefly away (within the activity's 30 s). */
const MARK_SENT_TRIES = [0, 1000, 2000, 4000, 8000];

export function createMailer(smtpUrl: string, from: string): Mailer {
  const transport: Transporter = nodemailer.createTransport(smtpUrl, { from });
  // Emails the SMTP server accepted whose SENT mark could not be written yet: a retry of the activity in this
  // process marks them instead of sending them again. (A crash in that moment still resends: at least once,
  // with the same Message-ID.)
  const sentNotMarked = new Map<string, string>();
  const markSent = async (em: EntityManager, key: string, attempts: number, messageId: string) => {
    for (const [i, wait] of MARK_SENT_TRIES.entries()) {
      await new Promise((r) => setTimeout(r, wait));
      try {
        await em.nativeUpdate(
          EmailOutbox,
          { id: key },
          { status: 'SENT', sentAt: new Date(), attempts, messageId, lastError: null },
        );
        sentNotMarked.delete(key);
        return;
      } catch (e) {
        if (i === MARK_SENT_TRIES.length - 1) throw e;
      }
    }
  };
  const mailer: Mailer = {
    async deliver(em, email, content) {
      await queueEmail(em, email, content);
      await mailer.sendQueued(em, email.key);
    },
    async sendQueued(em, key) {
      const row = await em.fork().findOneOrFail(EmailOutbox, { id: key });
      if (row.status === 'SENT') return;
      const alreadySent = sentNotMarked.get(key);
      if (alreadySent) return markSent(em, key, row.attempts, alreadySent);
      let messageId: string;
      try {
        const info = await transport.sendMail({
          to: row.recipient,
          subject: row.subject,
          text: row.body,
          attachments: row.attachments.map((a) => ({
            filename: a.filename,
            contentType: a.contentType,
            content: Buffer.from(a.base64, 'base64'),
          })),
          // A stable Message-ID lets a receiving server or a person spot a resend of the same email.
          messageId: `<${messageIdFor(key)}>`,
        });
        messageId = info.messageId;
      } catch (e) {
        await em.nativeUpdate(
          EmailOutbox,
          { id: key },
          { status: 'FAILED', attempts: row.attempts + 1, lastError: String((e as Error).message ?? e) },
        );
        throw e;
      }
      sentNotMarked.set(key, messageId);
      await markSent(em, key, row.attempts + 1, messageId);
    },
    verify: () => transport.verify().then(() => undefined),
    close: () => transport.close(),
  };
  return mailer;
}
