// The organisations of Pathway an External intervention can be delivered by (R-DLV-01..03): the list the intervention
// form chooses from, and the one the server finds a chosen id on before the case is shared.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organisation } from '../../db/entities.ts';
import { DELIVERS_INTERVENTIONS, type DeliveringOrganisation } from '../../domain/delivering-organisations.ts';
import type { AppContext } from '../context.ts';

/** Every organisation but the caller's (which delivers In House), by name. */
export async function deliveringOrganisations(ctx: AppContext) {
  const orgs = await ctx.em.find(
    Organisation,
    { ...DELIVERS_INTERVENTIONS, id: { $ne: ctx.user.organisationId } },
    { orderBy: { name: 'asc', id: 'asc' } },
  );
  return { items: orgs.map((o) => ({ id: o.id, code: o.code, name: o.name, city: o.city ?? null })) };
}

/** The organisation `id` names, if it is on the list of the case's organisation; else null. */
export async function deliveringOrganisation(
  em: EntityManager,
  caseOrganisationId: number,
  id: number | undefined,
): Promise<DeliveringOrganisation | null> {
  if (id === undefined || id === caseOrganisationId) return null;
  const org = await em.findOne(Organisation, { ...DELIVERS_INTERVENTIONS, id });
  return org && { id: org.id, name: org.name };
}
