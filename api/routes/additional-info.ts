// Additional Case Information: the organisation's configuration (administrators, R-ASM-01/02) and each
// case's answers per module, saved through the case workflow (R-ASM-03/04).
import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { CaseInfoModule, OrgInfoModule, OrgInfoQuestion } from '../../db/entities.ts';
import { requirePermission } from '../auth.ts';
import { loadCase } from '../../app/cases/queries.ts';
import { idParam, parse } from '../http.ts';
import { Refusal } from '../../domain/refusals.ts';
import { configuredModules } from '../../app/additional-info/queries.ts';
import { additionalInfoConfigSchema } from '../../domain/schemas/case.ts';

export function additionalInfoRoutes(orm: MikroORM): Router {
  const r = Router();
  const em = () => orm.em;

  r.get('/organisation/additional-info', async (_req, res) => {
    const user = requirePermission(res, ['case.view', 'org.admin']);
    res.json({ modules: await configuredModules(em(), user.organisationId) });
  });

  // Questions keep their ids (and so their answers) when sent back with them; the ones left out are removed.
  r.put('/organisation/additional-info', async (req, res) => {
    const user = requirePermission(res, 'org.admin');
    const input = parse(additionalInfoConfigSchema, req.body);
    const organisationId = user.organisationId;
    await em().transactional(async (tx) => {
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
              throw new Refusal(
                'invalid',
                'INVALID_INPUT',
                `Question ${q.id} is not one of your organisation's questions; leave out its id to add it.`,
              );
            await tx.nativeUpdate(OrgInfoQuestion, { id: q.id }, data);
            kept.push(q.id);
          } else {
            tx.create(OrgInfoQuestion, data);
          }
        }
      }
      await tx.nativeDelete(OrgInfoQuestion, { organisationId, id: { $nin: kept.length ? kept : [0] } });
    });
    res.json({ modules: await configuredModules(em(), organisationId) });
  });

  r.get('/cases/:caseId/additional-info', async (req, res) => {
    const user = requirePermission(res, 'case.view');
    const c = await loadCase(em(), user, idParam(req, 'caseId'));
    const [modules, saved] = await Promise.all([
      configuredModules(em(), user.organisationId),
      em().find(CaseInfoModule, { caseId: c.id }),
    ]);
    res.json({
      modules: modules.map((m) => {
        const row = saved.find((s) => s.moduleCode === m.moduleCode);
        return {
          ...m,
          status: row?.status ?? 'NOT_STARTED',
          answers: row?.answers ?? {},
          lastUpdated: row?.updatedAt ?? null,
          updatedBy: row?.updatedBy ?? null,
        };
      }),
    });
  });

  return r;
}
