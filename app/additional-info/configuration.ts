// The organisation's Additional Case Information configuration (administrators, R-ASM-01/02). Questions keep their
// ids, and so their answers, when sent back with them; the ones left out are removed.
import { OrgInfoModule, OrgInfoQuestion } from '../../db/entities.ts';
import { Refusal } from '../../domain/refusals.ts';
import type { AdditionalInfoConfig } from '../../domain/schemas/case.ts';
import type { AppContext } from '../context.ts';
import { configuredModules } from './modules.ts';

export async function configureModules(ctx: AppContext, input: AdditionalInfoConfig) {
  const { organisationId } = ctx.user;
  await ctx.em.transactional(async (tx) => {
    const existing = new Set((await tx.find(OrgInfoQuestion, { organisationId })).map((q) => q.id));
    const kept: number[] = [];
    await tx.nativeDelete(OrgInfoModule, { organisationId });
    for (const [mi, m] of input.modules.entries()) {
      tx.create(OrgInfoModule, {
        organisationId,
        moduleCode: m.moduleCode,
        displayOrder: mi + 1,
        required: m.required,
      });
      for (const [qi, q] of m.questions.entries()) {
        const data = {
          organisationId,
          moduleCode: m.moduleCode,
          text: q.text,
          answerType: q.answerType,
          options: q.options,
          required: q.required,
          displayOrder: qi + 1,
        };
        if (q.id !== undefined) {
          if (!existing.has(q.id))
            throw new Refusal('invalid', 'INVALID_INPUT', {
              en: `Question ${q.id} is not one of your organisation's questions; leave out its id to add it.`,
              fr:
                `La question ${q.id} ne fait pas partie des questions de ` +
                `votre organisme; omettez son identifiant pour l'ajouter.`,
            });
          await tx.nativeUpdate(OrgInfoQuestion, { id: q.id }, data);
          kept.push(q.id);
        } else {
          tx.create(OrgInfoQuestion, data);
        }
      }
    }
    await tx.nativeDelete(OrgInfoQuestion, { organisationId, id: { $nin: kept.length ? kept : [0] } });
  });
  return { modules: await configuredModules(ctx.em, organisationId) };
}
