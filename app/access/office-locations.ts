// The office locations a contact of a client-tracking organisation is placed in (R-CON-02).
import { OfficeLocation } from '../../db/entities.ts';
import type { AppContext } from '../context.ts';
import type { IOrg } from './organisation.ts';

export async function addOfficeLocation(ctx: AppContext, org: IOrg, name: string) {
  const office = ctx.em.create(OfficeLocation, { organisationId: org.id, name, active: true });
  await ctx.em.flush();
  return { id: office.id, name: office.name };
}
