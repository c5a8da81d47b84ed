// A contact as the access use cases find, lock and check it, and what the audit log records of it.
import { LockMode } from '@mikro-orm/core';
import type { InferEntity } from '@mikro-orm/postgresql';
import { Invitation, OfficeLocation, User, type IUser } from '../../db/entities.ts';
import { escapeLike } from '../../db/sql.ts';
import { refuseAccess, validateEmailFree, validateOfficeLocation } from '../../domain/access.ts';
import { notFound } from '../../domain/refusals.ts';
import type { AppContext } from '../context.ts';

export type IInvitation = InferEntity<typeof Invitation>;

type Db = Pick<AppContext, 'em'>;

/** The contact's fields as its audit rows record them, before and after a change. */
export const snapshot = (u: IUser) => ({
  lastName: u.lastName,
  firstName: u.firstName,
  email: u.email,
  jobTitle: u.jobTitle,
  phone: u.phone,
  mobilePhone: u.mobilePhone,
  language: u.language,
  active: u.active,
  isPrimary: u.isPrimary,
  officeLocationId: u.officeLocationId,
  positionType: u.positionType,
  fte: u.fte,
  startDate: u.startDate,
  endDate: u.endDate,
  userId: u.loginId,
  profiles: u.profiles,
});

export async function pendingInvitation(ctx: Db, contactId: number): Promise<IInvitation | null> {
  return ctx.em.findOne(Invitation, { contactId, status: 'PENDING' });
}

/** The contact, locked until the transaction ends, so two administrators' changes to it happen one after the other. */
export async function lockContact(ctx: Db, organisationId: number, contactId: number): Promise<IUser> {
  const c = await ctx.em.findOne(User, { id: contactId, organisationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!c) throw notFound({ en: 'The requested record', fr: "L'enregistrement demandé" });
  return c;
}

export async function checkEmailFree(
  ctx: Db,
  organisationId: number,
  email: string,
  exceptId: number | null,
): Promise<void> {
  const others = await ctx.em.count(User, {
    organisationId,
    active: true,
    email: { $ilike: escapeLike(email) },
    id: { $ne: exceptId ?? 0 },
  });
  refuseAccess(validateEmailFree(others > 0));
}

export async function checkOfficeLocation(
  ctx: Db,
  organisationId: number,
  id: number | null | undefined,
): Promise<void> {
  if (id != null)
    refuseAccess(validateOfficeLocation((await ctx.em.findOne(OfficeLocation, { id, organisationId })) != null));
}
