// Organisation contacts for API tests: a valid new contact of an organisation with client tracking, and the
// invitation link read back from the email the SMTP sink received.
import type { TestOrg } from './fixtures.ts';
import { eventually } from './http.ts';
import { receivedMails, type Mail } from './mailbox.ts';

export type { Mail };

let n = 0;
export function newContact(org: TestOrg, overrides: Record<string, unknown> = {}) {
  n += 1;
  return {
    lastName: `Contact${n}`,
    firstName: 'Casey',
    email: `casey.${n}.${org.code.toLowerCase()}@example.org`,
    officeLocationId: org.officeLocationId,
    positionType: 'CASE_MANAGER',
    fte: 1,
    ...overrides,
  };
}

/** The newest email to `to` whose subject matches, once it has arrived. */
export async function mailTo(to: string, subject: RegExp, text = /./, timeoutMs = 20_000): Promise<Mail> {
  return eventually(
    async () => (await receivedMails()).find((m) => m.to.includes(to) && subject.test(m.subject) && text.test(m.text)),
    timeoutMs,
  );
}

export const tokenIn = (mail: Mail) => /\/invitations\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
