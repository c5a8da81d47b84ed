// Dismissing a case's informational notification (R-NOTIF-03, R-NOTIF-05).
import { CaseNotification } from '../../db/entities.ts';
import { validateDismiss } from '../../domain/notifications.ts';
import { assertNoViolations, Refusal } from '../../domain/refusals.ts';
import type { AppContext } from '../context.ts';
import { loadCase } from './queries.ts';

export async function dismissNotification(ctx: AppContext, caseId: number, key: string): Promise<void> {
  const c = await loadCase(ctx.em, ctx.user, caseId);
  const n = await ctx.em.findOne(CaseNotification, { caseId: c.id, key });
  if (!n)
    throw new Refusal('not-found', 'NOT_FOUND', {
      en: 'This notification was not found; it may have been dismissed already.',
      fr: 'Cet avis est introuvable; il a peut-être déjà été effacé.',
    });
  assertNoViolations(validateDismiss(n.kind));
  await ctx.em.nativeDelete(CaseNotification, { caseId: c.id, key: n.key });
}
