// Remembering what a user opened, for the seeds' Recent Agreements/Cases and Recent Persons (seed 001, lines 287,
// 390-392, 2657-2661). Kept in PostgreSQL so every API instance shows the same lists.
import type { EntityManager } from '@mikro-orm/postgresql';
import { RecentItem } from '../../db/entities.ts';
import type { SessionUser } from '../context.ts';

export type RecentKind = 'CASE' | 'AGREEMENT' | 'PERSON';

/** The item goes to the top of the user's list of its kind; opening it again only moves it up. */
export async function rememberOpened(em: EntityManager, user: SessionUser, kind: RecentKind, itemId: number) {
  await em.upsert(RecentItem, {
    userId: user.id,
    kind,
    itemId,
    organisationId: user.organisationId,
    openedAt: new Date(),
  });
}
