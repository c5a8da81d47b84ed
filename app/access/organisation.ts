// The organisation an access request acts on, and who may manage its contacts.
import type { InferEntity } from '@mikro-orm/postgresql';
import { Organisation } from '../../db/entities.ts';
import { inOrganisationScope, refuseAccess, validateAdministrator, type OrgFlags } from '../../domain/access.ts';
import { notFound } from '../../domain/refusals.ts';
import type { AppContext } from '../context.ts';

export type IOrg = InferEntity<typeof Organisation>;

export const flagsOf = (o: IOrg): OrgFlags => ({
  activeFundingAgreement: o.activeFundingAgreement,
  externalCaseManagement: o.externalCaseManagement,
  clientTracking: o.clientTracking,
  serviceEnrolment: o.serviceEnrolment,
  privateCareerCollege: o.privateCareerCollege,
  learnerManagement: o.learnerManagement,
  inactive: o.inactive,
});

/** The organisation as the API shows it and its audit rows record it. */
export const orgView = (o: IOrg) => ({
  id: o.id,
  code: o.code,
  name: o.name,
  type: o.type,
  address: { line1: o.addressLine1, city: o.city, province: o.province, postalCode: o.postalCode },
  phone: o.phone,
  version: o.version,
  ...flagsOf(o),
});

/** R-SEC-02: the session's organisation, or any for Operations Support; another organisation is "not found". */
export async function scopedOrganisation(ctx: AppContext, organisationId: number): Promise<IOrg> {
  const org = inOrganisationScope(ctx.user, organisationId)
    ? await ctx.em.findOne(Organisation, { id: organisationId })
    : null;
  if (!org) throw notFound({ en: 'The requested record', fr: "L'enregistrement demandé" });
  return org;
}

/** R-CON-10: adding or changing contacts needs an administrator profile. */
export function requireAdministrator(ctx: AppContext): void {
  refuseAccess(validateAdministrator(ctx.user.profiles));
}
