// Keeping Business Partners (R-BP-01): ENS adds and changes the public ones, an organisation its private ones; and the
// Recent list a choice on an intervention feeds (R-INT-03).
import type { EntityManager } from '@mikro-orm/postgresql';
import { BusinessPartner, BusinessPartnerRecent } from '../../db/entities.ts';
import { assertMayKeep } from '../../domain/business-partners.ts';
import { notFound } from '../../domain/refusals.ts';
import type { BusinessPartnerInput } from '../../domain/schemas/business-partners.ts';
import type { SessionUser } from '../context.ts';

const fields = (input: BusinessPartnerInput) => ({
  name: input.name,
  city: input.city || null,
  services: input.services || null,
  phone: input.phone || null,
});

export async function createPartner(em: EntityManager, user: SessionUser, input: BusinessPartnerInput) {
  assertMayKeep(user.profiles, input.visibility);
  const partner = em.create(BusinessPartner, {
    ownerOrganisationId: input.visibility === 'PUBLIC' ? null : user.organisationId,
    ...fields(input),
  });
  await em.flush();
  return { id: partner.id, name: partner.name, visibility: input.visibility };
}

/** A partner the user sees, kept as `input` says; a private partner of another organisation is not found. */
export async function updatePartner(em: EntityManager, user: SessionUser, id: number, input: BusinessPartnerInput) {
  const partner = await em.findOne(BusinessPartner, {
    id,
    $or: [{ ownerOrganisationId: null }, { ownerOrganisationId: user.organisationId }],
  });
  if (!partner) throw notFound({ en: `Business Partner ${id}`, fr: `Le partenaire d'affaires ${id}` });
  assertMayKeep(user.profiles, partner.ownerOrganisationId === null ? 'PUBLIC' : 'PRIVATE');
  assertMayKeep(user.profiles, input.visibility);
  Object.assign(partner, fields(input), {
    ownerOrganisationId: input.visibility === 'PUBLIC' ? null : user.organisationId,
  });
  await em.flush();
  return { id: partner.id, name: partner.name, visibility: input.visibility };
}

/** R-INT-03: the partner the user just chose goes to the top of their Recent list. */
export async function rememberPartner(em: EntityManager, user: SessionUser, name: string, organisationId?: number) {
  await em.upsert(BusinessPartnerRecent, {
    userId: user.id,
    name,
    organisationId: organisationId ?? null,
    usedAt: new Date(),
  });
}
