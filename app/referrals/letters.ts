// What a referral says: the template a case manager starts from (R-REF-08/10), the letter of a referral being
// written (R-REF-13, the "Preview") and of one sent. Letters name the case, never the client (R-REF-12/13).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import { parseInput } from '../../domain/input.ts';
import { Organisation, ReferralRow } from '../../db/entities.ts';
import { businessDate } from '../../domain/dates.ts';
import { referralLetter, referralTemplate, type Language, type ReferralType } from '../../domain/referrals.ts';
import { notFound } from '../../domain/refusals.ts';
import { referralTemplateQuery } from '../../domain/schemas/case.ts';
import { loadCase } from '../cases/queries.ts';
import type { SessionUser } from '../context.ts';
import { receivingOrganisation } from './queries.ts';

type ReferralDraft = z.infer<typeof referralTemplateQuery>;
export type ReferralLetter = ReturnType<typeof referralLetter>;

/** The organisation a draft goes to: one of the network's, or a name typed in (informational, outside it). */
async function addressee(em: EntityManager, q: ReferralDraft) {
  if (q.type === 'INFO_OUTSIDE_LAMPSS') return { name: q.toOrganisationName ?? '', generalEmail: null };
  const to = await receivingOrganisation(em, q.toOrganisationId);
  return { name: to?.name ?? '', generalEmail: to?.generalEmail ?? null };
}

/**
 * R-REF-08/10: the template's subject and body in the chosen language, and the default "Emailed To" (R-REF-07).
 * The case first, then the query: another organisation's case is a 404 whatever was asked of it.
 */
export async function referralTemplateFor(em: EntityManager, user: SessionUser, caseId: number, query: unknown) {
  const c = await loadCase(em, user, caseId);
  const q = parseInput(referralTemplateQuery, query);
  const to = await addressee(em, q);
  return {
    ...referralTemplate(q.type, q.language, {
      caseId: c.id,
      fromOrganisation: user.organisationName,
      toOrganisation: to.name || '…',
    }),
    emailedTo: to.generalEmail ?? '',
  };
}

/** R-REF-13: the letter of a referral being written, as it will be sent today. */
export async function letterPreview(
  em: EntityManager,
  user: SessionUser,
  caseId: number,
  query: unknown,
): Promise<ReferralLetter> {
  const c = await loadCase(em, user, caseId);
  const q = parseInput(referralTemplateQuery, query);
  const [to, from] = await Promise.all([addressee(em, q), em.findOneOrFail(Organisation, { id: user.organisationId })]);
  return referralLetter(
    {
      type: q.type,
      language: q.language,
      toOrganisationName: to.name,
      contactPerson: q.contactPerson ?? '',
      submittedOn: businessDate(new Date()),
    },
    { caseId: c.id, fromOrganisation: from.name, fromEmail: from.generalEmail ?? null },
  );
}

/** The letter of a referral of the case, as it was sent. */
export async function sentReferralLetter(
  em: EntityManager,
  user: SessionUser,
  caseId: number,
  referralId: string,
): Promise<ReferralLetter> {
  const c = await loadCase(em, user, caseId);
  const row = await em.findOne(ReferralRow, { id: referralId, caseId: c.id });
  if (!row) throw notFound({ en: `Referral ${referralId}`, fr: `Le renvoi ${referralId}` });
  const from = await em.findOneOrFail(Organisation, { id: row.fromOrganisationId });
  return referralLetter(
    { ...row, type: row.type as ReferralType, language: row.language as Language },
    { caseId: c.id, fromOrganisation: from.name, fromEmail: from.generalEmail ?? null },
  );
}
