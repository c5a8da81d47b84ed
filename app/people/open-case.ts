// R-CASE-09, R-FUP-02: a person has at most one open case across organisations. Each organisation keeps its own
// record of the person; the records shared with the government are linked by their provincial record, so the open
// case may belong to another organisation's record of the same person.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, Individual } from '../../db/entities.ts';

/** The person's one open (not Closed) case, at any organisation, through any record linked to theirs. */
export async function openCaseOfPerson(em: EntityManager, person: { id: number; provincialPersonId?: number | null }) {
  const records = person.provincialPersonId
    ? (await em.find(Individual, { provincialPersonId: person.provincialPersonId }, { fields: ['id'] })).map(
        (i) => i.id,
      )
    : [];
  return em.findOne(
    Case,
    { individualId: { $in: [...new Set([person.id, ...records])] }, status: { $ne: 'CLOSED' } },
    { orderBy: { id: 'asc' } },
  );
}
