// Sharing an individual with the government (R-PER-18..23): the provincial registry is read for the persons who may
// be this client, the domain decides (domain/government-sharing.ts), and both records are written in one
// transaction.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Individual, ProvincialPerson, type IIndividual } from '../../db/entities.ts';
import {
  decideShare,
  describeMatch,
  isProvincialMatch,
  type ProvincialRecord,
  type ShareRequest,
} from '../../domain/government-sharing.ts';
import { nameCodes, soundex } from '../../domain/people.ts';
import type { SessionUser } from '../context.ts';
import { notFound, RuleViolationError } from '../../domain/refusals.ts';

/**
 * R-PER-19: the provincial persons who may be this client. The index finds the candidates (the names' Soundex codes
 * and the date of birth, or the SIN); the domain says which of them match.
 */
async function provincialMatches(em: EntityManager, p: IIndividual): Promise<ProvincialRecord[]> {
  const [byName, bySin] = await Promise.all([
    em.find(ProvincialPerson, {
      lastNameSoundex: soundex(p.lastName),
      firstNameSoundex: soundex(p.firstName),
      dateOfBirth: p.dateOfBirth,
    }),
    p.sin ? em.find(ProvincialPerson, { sin: p.sin }) : [],
  ]);
  const candidates = new Map([...byName, ...bySin].map((m) => [m.id, m]));
  return [...candidates.values()].filter((m) => isProvincialMatch(p, m));
}

/** Shares an individual of the user's organisation with the government, once the written consent is confirmed. */
export async function shareIndividual(
  em: EntityManager,
  user: SessionUser,
  id: number,
  request: ShareRequest,
): Promise<void> {
  await em.transactional(async (tx) => {
    const person = await tx.findOne(Individual, { id, organisationId: user.organisationId });
    if (!person) throw notFound({ en: `Individual ${id}`, fr: `La personne ${id}` });
    const matches = person.sharedWithGovernment ? [] : await provincialMatches(tx, person);
    const decided = decideShare(person, matches, request);
    if ('violations' in decided)
      throw new RuleViolationError(decided.violations, { matches: matches.map(describeMatch) });
    if (decided.kind === 'unchanged') return;
    let recordId: number;
    if (decided.kind === 'new-record') {
      const record = tx.create(ProvincialPerson, { ...decided.record, ...nameCodes(decided.record) });
      await tx.flush();
      recordId = record.id;
    } else {
      const record = await tx.findOneOrFail(ProvincialPerson, { id: decided.recordId });
      Object.assign(record, decided.provincial);
      Object.assign(record, nameCodes(record));
      Object.assign(person, decided.individual);
      Object.assign(person, nameCodes(person));
      recordId = record.id;
    }
    Object.assign(person, { sharedWithGovernment: true, consentRecordedAt: new Date(), provincialPersonId: recordId });
  });
}
