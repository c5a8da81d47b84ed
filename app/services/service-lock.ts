// The service row lock every participant change runs under, and the one write a status change makes (the entry and
// its history row). Seats are counted and taken one save at a time (R-WL-08); a refused save writes nothing.
import { LockMode } from '@mikro-orm/postgresql';
import { EnhancedService, ServiceParticipant, ServiceParticipantHistory } from '../../db/entities.ts';
import type { AppContext } from '../context.ts';
import { participantsOf, type ParticipantRecord, type ServiceRecord } from './queries.ts';

/** Runs `fn` in one transaction holding the service's row lock: seats are counted and taken one save at a time. */
export function underServiceLock<T>(
  ctx: AppContext,
  id: number,
  fn: (tx: AppContext, s: ServiceRecord, rows: ParticipantRecord[]) => Promise<T>,
): Promise<T> {
  return ctx.em.transactional(async (em) => {
    const tx = { ...ctx, em };
    // select ... for update, read afresh: this request may have read the row before the lock was taken.
    const s = await em.findOneOrFail(EnhancedService, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    return fn(tx, s, await participantsOf(tx, id));
  });
}

export async function changeStatus(
  tx: AppContext,
  participantId: number,
  from: string | null,
  to: string,
  extra: Record<string, unknown> = {},
) {
  await tx.em.nativeUpdate(
    ServiceParticipant,
    { id: participantId },
    { status: to, statusChangedAt: new Date(), ...extra },
  );
  tx.em.create(ServiceParticipantHistory, {
    participantId,
    fromStatus: from,
    toStatus: to,
    changedBy: tx.user.id,
  });
  await tx.em.flush();
}
