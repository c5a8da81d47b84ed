// R-UI-04 for people: who added the person and who changed which details, newest first. A user of the reader's
// organisation is named; one of another organisation (a person referred or transferred here) is told by that
// organisation's name, as a referral shows nothing more of another organisation's staff.
import type { EntityManager } from '@mikro-orm/postgresql';
import { IndividualChange, Organisation, User, type IIndividual } from '../../db/entities.ts';
import { listedName } from '../../domain/person-name.ts';
import type { PersonField } from '../../domain/person-changes.ts';
import type { SessionUser } from '../context.ts';

export interface PersonChangeEntry {
  at: string;
  /** The user, when of the reader's organisation. */
  by: string | null;
  /** The other organisation whose user it was. */
  byOrganisation: string | null;
  /** The fields changed; empty for the person's creation. */
  fields: PersonField[];
  added: boolean;
}

export async function personChanges(
  em: EntityManager,
  reader: SessionUser,
  person: IIndividual,
): Promise<PersonChangeEntry[]> {
  const changes = await em.find(IndividualChange, { individualId: person.id }, { orderBy: { changedAt: 'desc' } });
  const users = await em.find(User, {
    id: { $in: [...new Set([person.createdBy, ...changes.map((c) => c.changedBy)])] },
  });
  const otherOrganisations = [...new Set(users.map((u) => u.organisationId))].filter(
    (id) => id !== reader.organisationId,
  );
  const organisations = otherOrganisations.length
    ? await em.find(Organisation, { id: { $in: otherOrganisations } })
    : [];
  const userById = new Map(users.map((u) => [u.id, u]));
  const organisationName = new Map(organisations.map((o) => [o.id, o.name]));
  const who = (id: number) => {
    const u = userById.get(id);
    if (!u) return { by: null, byOrganisation: null };
    return u.organisationId === reader.organisationId
      ? { by: listedName(u), byOrganisation: null }
      : { by: null, byOrganisation: organisationName.get(u.organisationId) ?? null };
  };
  return [
    ...changes.map((c) => ({
      at: c.changedAt.toISOString(),
      ...who(c.changedBy),
      fields: c.fields as PersonField[],
      added: false,
    })),
    { at: person.createdAt.toISOString(), ...who(person.createdBy), fields: [], added: true },
  ];
}
