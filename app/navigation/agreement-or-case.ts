// The seeds' "Display an Agreement/Case" (seed 001, lines 119 and 301-303): one number, an agreement's or a case's,
// and the user lands on it. Only what the user may open answers; another organisation's case or agreement is "not
// found" in the very words of a number nobody has, so the box tells an outsider nothing.
import { Case } from '../../db/entities.ts';
import { can } from '../../domain/permissions.ts';
import { notFound, Refusal } from '../../domain/refusals.ts';
import type { AppContext } from '../context.ts';
import { loadAgreement } from '../funding/queries.ts';

/** The largest number PostgreSQL keeps as a case or agreement id: a bigger one is a number nobody has. */
const LARGEST_ID = 2_147_483_647;

export type AgreementOrCase = { kind: 'CASE'; caseId: number } | { kind: 'AGREEMENT'; agreementId: number };

const unlessNotFound = <T>(p: Promise<T>) =>
  p.catch((e: unknown) => {
    if (e instanceof Refusal && e.kind === 'not-found') return null;
    throw e;
  });

/** What the number opens: a case of the user's organisation, an agreement they may see, or (rarely) both. */
export async function agreementOrCase(ctx: AppContext, id: number): Promise<{ matches: AgreementOrCase[] }> {
  const [own, agreement] =
    id > LARGEST_ID
      ? [null, null]
      : await Promise.all([
          can(ctx.user.profiles, 'case.view')
            ? ctx.em.findOne(Case, { id, organisationId: ctx.user.organisationId })
            : null,
          unlessNotFound(loadAgreement(ctx, id)),
        ]);
  const matches: AgreementOrCase[] = [
    ...(own ? [{ kind: 'CASE' as const, caseId: own.id }] : []),
    ...(agreement ? [{ kind: 'AGREEMENT' as const, agreementId: id }] : []),
  ];
  if (!matches.length) throw notFound({ en: `Agreement or case ${id}`, fr: `L'entente ou le cas ${id}` });
  return { matches };
}
