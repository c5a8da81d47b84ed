// Sharing an individual with the government (R-PER-18..23): the provincial registry is read for the persons who may
// be this client, the domain decides (domain/government-sharing.ts), and both records are written in one
// transaction with the registry's audit row. The registry holds other organisations' clients: what matched is all
// a first answer says; a match's details come only once the user confirms it is this client, and are audited too.
import { LockMode, type EntityManager, type InferEntity } from '@mikro-orm/postgresql';
import { Case, Individual, ProvincialPerson, type IIndividual } from '../../db/entities.ts';
import { writeRegistryAudit, type RegistryAuditEntry } from '../../db/registry-audit.ts';
import {
  decideShare,
  describeMatch,
  isProvincialMatch,
  MERGE_REVIEW,
  mergeReview,
  type ProvincialRecord,
  type RegistryPerson,
  type ShareRequest,
} from '../../domain/government-sharing.ts';
import { nameCodes, previousDetails, soundex } from '../../domain/people.ts';
import type { SessionUser } from '../context.ts';
import { addressOf } from './addresses.ts';
import { keepPrevious } from './individuals.ts';
import { notFound, RuleViolationError } from '../../domain/refusals.ts';

type ProvincialRow = InferEntity<typeof ProvincialPerson>;

/** The records the organisation serves: it created them, or has an open case of a person linked to one. */
async function servedRecords(em: EntityManager, organisationId: number, rows: ProvincialRow[]): Promise<Set<number>> {
  if (!rows.length) return new Set();
  const linked = await em.find(Individual, { provincialPersonId: { $in: rows.map((r) => r.id) } });
  const open = linked.length
    ? await em.find(Case, {
        individualId: { $in: linked.map((i) => i.id) },
        organisationId,
        status: { $ne: 'CLOSED' },
      })
    : [];
  const withCase = new Set(open.map((c) => linked.find((i) => i.id === c.individualId)!.provincialPersonId));
  return new Set(
    rows.filter((r) => r.createdByOrganisationId === organisationId || withCase.has(r.id)).map((r) => r.id),
  );
}

/**
 * R-PER-19: the provincial persons who may be this client. The index finds the candidates (the names' Soundex codes
 * and the date of birth, or the SIN); the domain says which of them match.
 */
async function provincialMatches(em: EntityManager, user: SessionUser, p: IIndividual): Promise<ProvincialRecord[]> {
  const [byName, bySin] = await Promise.all([
    em.find(ProvincialPerson, {
      lastNameSoundex: soundex(p.lastName),
      firstNameSoundex: soundex(p.firstName),
      dateOfBirth: p.dateOfBirth,
    }),
    p.sin ? em.find(ProvincialPerson, { sin: p.sin }) : [],
  ]);
  const candidates = new Map([...byName, ...bySin].map((m) => [m.id, m]));
  const matches = [...candidates.values()].filter((m) => isProvincialMatch(p, m));
  const served = await servedRecords(em, user.organisationId, matches);
  return matches.map((m) => ({
    ...registryPerson(m),
    id: m.id,
    hasEnsFundingAgreement: m.hasEnsFundingAgreement,
    servedByUser: served.has(m.id),
  }));
}

const registryPerson = (m: RegistryPerson): RegistryPerson => ({
  firstName: m.firstName,
  lastName: m.lastName,
  gender: m.gender,
  dateOfBirth: m.dateOfBirth,
  sin: m.sin ?? null,
  addressLine1: m.addressLine1,
  city: m.city,
  province: m.province,
  country: m.country,
  postalCode: m.postalCode,
  phone: m.phone ?? null,
  email: m.email ?? null,
});

/** Shares an individual of the user's organisation with the government, once the written consent is confirmed. */
export async function shareIndividual(
  em: EntityManager,
  user: SessionUser,
  id: number,
  request: ShareRequest,
): Promise<void> {
  const review = await em.transactional(async (tx) => {
    // Locked: two shares of one individual at the same moment make one provincial record, not two.
    const person = await tx.findOne(
      Individual,
      { id, organisationId: user.organisationId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!person) throw notFound({ en: `Individual ${id}`, fr: `La personne ${id}` });
    const matches = person.sharedWithGovernment ? [] : await provincialMatches(tx, user, person);
    const decided = decideShare(person, matches, request);
    if ('violations' in decided)
      throw new RuleViolationError(decided.violations, { matches: matches.map((m) => describeMatch(person, m)) });
    if (decided.kind === 'unchanged') return null;
    const audited = (e: Omit<RegistryAuditEntry, 'individualId'>) =>
      writeRegistryAudit(tx, user, { ...e, individualId: person.id });
    if (decided.kind === 'review') {
      await audited({ action: 'DETAILS_SHOWN', provincialPersonId: decided.recordId });
      return mergeReview(
        person,
        matches.find((m) => m.id === decided.recordId)!,
      );
    }
    let recordId: number;
    if (decided.kind === 'new-record') {
      const record = tx.create(ProvincialPerson, {
        ...decided.record,
        ...nameCodes(decided.record),
        createdByOrganisationId: user.organisationId,
      });
      await tx.flush();
      recordId = record.id;
      await audited({ action: 'CREATED', provincialPersonId: recordId, after: decided.record });
    } else {
      const record = await tx.findOneOrFail(ProvincialPerson, { id: decided.recordId });
      const recordBefore = registryPerson(record);
      const changed = Object.keys(decided.provincial) as (keyof RegistryPerson)[];
      Object.assign(record, decided.provincial);
      Object.assign(record, nameCodes(record));
      // The province's names or address, when kept, replace the person's as a change would (R-PER-13, R-PER-14).
      const personBefore = { firstName: person.firstName, lastName: person.lastName, address: addressOf(person) };
      Object.assign(person, decided.individual);
      Object.assign(person, nameCodes(person));
      keepPrevious(
        tx,
        person,
        previousDetails(personBefore, { ...person, address: addressOf(person) }),
        user.id,
        new Date(),
      );
      recordId = record.id;
      await audited({
        action: 'MERGED',
        provincialPersonId: recordId,
        before: Object.fromEntries(changed.map((f) => [f, recordBefore[f]])),
        after: decided.provincial,
      });
    }
    Object.assign(person, { sharedWithGovernment: true, consentRecordedAt: new Date(), provincialPersonId: recordId });
    return null;
  });
  // R-PER-20: the confirmed match's details, recorded as shown, then asked about.
  if (review) throw new RuleViolationError([MERGE_REVIEW], { match: review });
}
