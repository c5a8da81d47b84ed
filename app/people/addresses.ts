// A person's default address as the individual's columns hold it, and R-PER-14's archive: an address that stops
// being the person's goes to the address history with the period it was valid.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AddressHistory, type IIndividual } from '../../db/entities.ts';
import type { Address } from '../../domain/people.ts';

export const addressOf = (p: {
  addressLine1: string;
  city: string;
  province: string;
  country: string;
  postalCode: string;
}): Address => ({
  line1: p.addressLine1,
  city: p.city,
  province: p.province,
  country: p.country,
  postalCode: p.postalCode,
});

/** The columns an address is kept in, on the individual and on its other addresses. */
export const addressColumns = (a: Address) => ({
  addressLine1: a.line1,
  city: a.city,
  province: a.province,
  country: a.country,
  postalCode: a.postalCode,
});

export function archiveAddress(
  em: EntityManager,
  person: IIndividual,
  address: Address,
  validFrom: Date,
  userId: number,
  now: Date,
): void {
  em.create(AddressHistory, {
    individualId: person.id,
    ...addressColumns(address),
    validFrom,
    validTo: now,
    changedBy: userId,
  });
}
