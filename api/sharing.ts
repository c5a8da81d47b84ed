// Sharing an individual with the government (R-PER-18..23): the provincial registry is checked for the same
// person; with no match a provincial record is created, with matches the user picks one and chooses, per group
// of attributes, which record's values to keep. An ENS-funded provincial person keeps its values (R-PER-21).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Individual, ProvincialPerson, type IIndividual } from '../db/entities.ts';
import { soundex } from '../domain/people.ts';
import type { z } from 'zod';
import { Refusal, notFound } from '../domain/refusals.ts';
import { type SessionUser } from '../app/context.ts';
import { type shareSchema } from '../domain/schemas/people.ts';

type ShareInput = z.infer<typeof shareSchema>;
type Provincial = NonNullable<Awaited<ReturnType<typeof findMatches>>>[number];

const GROUPS = {
  names: ['firstName', 'lastName', 'gender', 'dateOfBirth'],
  address: ['addressLine1', 'city', 'province', 'country', 'postalCode'],
  phone: ['phone'],
  email: ['email'],
} as const;

/** Exact SIN, or the same names (Soundex, same first letters) and date of birth. */
async function findMatches(em: EntityManager, p: IIndividual) {
  const byName = await em.find(ProvincialPerson, {
    lastNameSoundex: soundex(p.lastName),
    firstNameSoundex: soundex(p.firstName),
    dateOfBirth: p.dateOfBirth,
  });
  const sameLetters = byName.filter(
    (m) =>
      m.lastName[0]?.toUpperCase() === p.lastName[0]?.toUpperCase() &&
      m.firstName[0]?.toUpperCase() === p.firstName[0]?.toUpperCase(),
  );
  const bySin = p.sin ? await em.find(ProvincialPerson, { sin: p.sin }) : [];
  return [...new Map([...sameLetters, ...bySin].map((m) => [m.id, m])).values()];
}

const describeMatch = (m: Provincial) => ({
  id: m.id,
  name: `${m.lastName}, ${m.firstName}`,
  gender: m.gender,
  defaultAddress: `${m.addressLine1}, ${m.city}, ${m.province}`,
  dateOfBirth: m.dateOfBirth,
});

function newProvincialRecord(em: EntityManager, p: IIndividual) {
  return em.create(ProvincialPerson, {
    firstName: p.firstName,
    lastName: p.lastName,
    firstNameSoundex: soundex(p.firstName),
    lastNameSoundex: soundex(p.lastName),
    gender: p.gender,
    dateOfBirth: p.dateOfBirth,
    sin: p.sin,
    addressLine1: p.addressLine1,
    city: p.city,
    province: p.province,
    country: p.country,
    postalCode: p.postalCode,
    phone: p.phone,
    email: p.email,
    hasEnsFundingAgreement: false,
  });
}

export async function shareIndividual(
  em: EntityManager,
  user: SessionUser,
  id: number,
  input: ShareInput,
): Promise<void> {
  await em.transactional(async (tx) => {
    const person = await tx.findOne(Individual, { id, organisationId: user.organisationId });
    if (!person) throw notFound(`Individual ${id}`);
    if (person.sharedWithGovernment) return; // R-PER-23: sharing is one-way; sharing again changes nothing
    const matches = await findMatches(tx, person);
    let record: Provincial;
    if (input.selectedMatch === undefined) {
      if (matches.length) {
        throw new Refusal(
          'conflict',
          'PROVINCIAL_MATCHES',
          'One or more persons already exist in the Nova Scotia Government records who match this client. ' +
            'Select the appropriate match (selectedMatch), or "NONE" if none of them is this client.',
          { details: { matches: matches.map(describeMatch) } },
        );
      }
      record = newProvincialRecord(tx, person);
    } else if (input.selectedMatch === 'NONE') {
      if (matches.length && !input.confirmNewProvincialRecord) {
        throw new Refusal(
          'rule',
          'Q-05',
          'Confirm that none of the matches is this client (confirmNewProvincialRecord: true); a new ' +
            'provincial record is then created for ENS to review.',
        );
      }
      record = newProvincialRecord(tx, person);
    } else {
      const chosen = matches.find((m) => m.id === input.selectedMatch);
      if (!chosen)
        throw new Refusal(
          'rule',
          'R-PER-19',
          `Select a matching person from the list (${matches.map((m) => m.id).join(', ') || 'none'}) or cancel.`,
        );
      record = chosen;
      for (const [group, fields] of Object.entries(GROUPS) as [keyof typeof GROUPS, readonly string[]][]) {
        const mine = input.mergeSelections[group] === 'YOURS';
        const differs = fields.some(
          (f) => (person as Record<string, unknown>)[f] !== (record as Record<string, unknown>)[f],
        );
        if (mine && differs && record.hasEnsFundingAgreement) {
          throw new Refusal(
            'rule',
            'R-PER-21',
            `The provincial record holds an ENS-funded agreement, so its ${group} are kept: choose ` +
              `PROVINCIAL for ${group}, and request changes from ENS.`,
          );
        }
        const [from, to] = mine ? [person, record] : [record, person];
        for (const f of fields) (to as Record<string, unknown>)[f] = (from as Record<string, unknown>)[f];
      }
      Object.assign(person, { firstNameSoundex: soundex(person.firstName), lastNameSoundex: soundex(person.lastName) });
      Object.assign(record, { firstNameSoundex: soundex(record.firstName), lastNameSoundex: soundex(record.lastName) });
    }
    await tx.flush();
    Object.assign(person, { sharedWithGovernment: true, consentRecordedAt: new Date(), provincialPersonId: record.id });
  });
}

/** R-PER-12: a shared individual whose provincial record holds an ENS funding agreement is ENS's to change. */
export async function refuseIfEnsLocked(em: EntityManager, person: IIndividual): Promise<void> {
  if (!person.sharedWithGovernment || !person.provincialPersonId) return;
  const record = await em.findOne(ProvincialPerson, { id: person.provincialPersonId });
  if (record?.hasEnsFundingAgreement) {
    throw new Refusal(
      'conflict',
      'R-PER-12',
      'This client is shared with the government and holds an ENS funding agreement: their details cannot ' +
        'be changed here; send ENS a change request.',
    );
  }
}
