// What the access use cases run with. An administrator's change carries how the audit log names them (R-SEC-14) and
// the address the links in its emails point to; an invitee or a requester has no signed-in user, only the request's
// entity manager and the Temporal client, and where the request came from.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditActor } from '../../domain/access-audit.ts';
import type { AppContext } from '../context.ts';

export interface AccessContext extends AppContext {
  audit: AuditActor;
  publicUrl: string;
}

/** A use case with nobody signed in: accepting an invitation, requesting access. */
export type PublicContext = Pick<AppContext, 'em' | 'temporal'>;

/** Where a public request came from, for the audit log. */
export interface RequestOrigin {
  ip?: string | null;
  userAgent?: string | null;
}

/** Runs `work` in one transaction, with the same context but the transaction's entity manager. */
export function inTransaction<C extends { em: EntityManager }, T>(ctx: C, work: (tx: C) => Promise<T>): Promise<T> {
  return ctx.em.transactional((em) => work({ ...ctx, em }));
}
