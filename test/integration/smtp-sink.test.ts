// The SMTP sink that stands in for the mail server (npm start's dev mailbox, the tests, the fault run) keeps
// every message it accepts: messages arriving together are not written over one another.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { startSmtpSink } from '../../scripts/services/smtp-sink.ts';

test('twenty emails sent at once are twenty files in the mailbox folder', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pathway-sink-'));
  const sink = await startSmtpSink({ dir });
  const transport = nodemailer.createTransport(sink.url, { from: 'pathway@localhost' });
  try {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        transport.sendMail({ to: 'cm@example.org', subject: `case ${i}`, text: 'assigned' }),
      ),
    );
    expect((await readdir(dir)).filter((f) => f.endsWith('.eml'))).toHaveLength(20);
    expect(sink.messages.map((m) => m.subject).sort()).toEqual(
      Array.from({ length: 20 }, (_, i) => `case ${i}`).sort(),
    );
  } finally {
    transport.close();
    await sink.stop();
    await rm(dir, { recursive: true, force: true });
  }
});
